import { useState } from 'preact/hooks';
import type { Facet } from '../../bank/catalog';
import { LEVEL_LABELS, LEVELS, saveTargets, type InterviewLevel, type InterviewTargets } from '../../practice/targets';
import { list } from '../../shared/format';

/**
 * The level the user interviews at and the companies they interview with: coverage counts for these.
 * Each change is saved at once; a failed write says so and the choice stays on screen.
 */
export function InterviewTargetsForm({ targets, companies }: { targets: InterviewTargets; companies: readonly Facet[] }) {
  const [failed, setFailed] = useState<string | null>(null);
  // Open while none is chosen when the screen opens; after that the user's own open/closed stands (ticking one never folds the list).
  const [openAtFirst] = useState(targets.companies.length === 0);
  const save = async (next: InterviewTargets) => {
    const result = await saveTargets(next);
    setFailed(result.ok ? null : `Your choice could not be saved: ${result.problem.message}`);
  };
  const chosen = new Set(targets.companies);
  const toggle = (name: string) =>
    void save({ ...targets, companies: chosen.has(name) ? targets.companies.filter((c) => c !== name) : [...targets.companies, name] });

  return (
    <div class="interview-targets">
      <fieldset class="framework-choice level-choice">
        <legend>Level you interview at</legend>
        {LEVELS.map((level: InterviewLevel) => (
          <label key={level} class="radio-chip">
            <input type="radio" name="interview-level" value={level} checked={targets.level === level} onChange={() => void save({ ...targets, level })} />
            {LEVEL_LABELS[level]}
          </label>
        ))}
      </fieldset>
      <details class="company-choice" open={openAtFirst}>
        <summary>
          Companies you interview with: <span class="chosen">{targets.companies.length ? list(targets.companies) : 'none chosen yet'}</span>
        </summary>
        <fieldset class="company-options">
          <legend class="visually-hidden">Companies you interview with</legend>
          {companies.map((c) => (
            <label key={c.name} class="radio-chip check-chip">
              <input type="checkbox" name="interview-company" value={c.name} checked={chosen.has(c.name)} onChange={() => toggle(c.name)} />
              {c.name}
            </label>
          ))}
        </fieldset>
      </details>
      {failed && (
        <p role="alert" class="banner">
          {failed}
        </p>
      )}
    </div>
  );
}
