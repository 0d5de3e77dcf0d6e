import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BANK_FRAMEWORK_IDS, FRAMEWORK_PARTS, keptOutOfView, partText, shownText, storeKey, switchFramework, type FrameworkId } from './frameworks';

const STAR = { situation: 'Evals were vibes.', task: 'I owned quality.', action: 'Built a 400-query eval set.', result: 'Caught 3 regressions.' };
const view = (fields: Record<string, string>, framework: FrameworkId) =>
  Object.fromEntries(FRAMEWORK_PARTS[framework].map((p) => [p.key, partText(fields, framework, p.key)]));
/** Keys holding text: what a switch must never lose. */
const texts = (fields: Record<string, string>) => Object.values(fields).filter(Boolean);

describe('framework switches', () => {
  it('match the parts the bank’s guidance gives each framework', () => {
    const guidance = JSON.parse(readFileSync(new URL('../../data/guidance.json', import.meta.url), 'utf8')) as {
      frameworks: { id: string; fields: { key: string; label: string }[] }[];
    };
    for (const id of BANK_FRAMEWORK_IDS) {
      const bank = guidance.frameworks.find((f) => f.id === id)!;
      expect(FRAMEWORK_PARTS[id].map(({ key, label }) => ({ key, label }))).toEqual(bank.fields.map(({ key, label }) => ({ key, label })));
    }
  });

  it('STAR → SAIL: Situation and Task open, Result becomes Impact, STAR’s parts stay stored', () => {
    const sail = switchFramework(STAR, 'star', 'sail');
    expect(view(sail, 'sail')).toEqual({
      situation: 'Evals were vibes.\n\nI owned quality.',
      action: 'Built a 400-query eval set.',
      impact: 'Caught 3 regressions.',
      learning: '',
    });
    expect(sail).toMatchObject(STAR);
    expect(keptOutOfView(sail, 'sail')).toEqual([
      { framework: 'star', label: 'Situation' },
      { framework: 'star', label: 'Task' },
      { framework: 'star', label: 'Result' },
    ]);
  });

  it('STAR → SAIL → STAR shows STAR exactly as written, with nothing doubled', () => {
    const back = switchFramework(switchFramework(STAR, 'star', 'sail'), 'sail', 'star');
    expect(view(back, 'star')).toEqual(STAR);
    expect(texts(back)).toEqual(Object.values(STAR));
    expect(keptOutOfView(back, 'star')).toEqual([]);
  });

  it('text edited after a switch is kept when switching back, and said to be kept', () => {
    const sail = switchFramework(STAR, 'star', 'sail');
    const impact = 'Caught 3 regressions; p95 latency down 40%.';
    const edited = { ...sail, [storeKey(sail, 'sail', 'impact')]: impact, [storeKey(sail, 'sail', 'learning')]: 'Gate on evals first.' };
    const back = switchFramework(edited, 'sail', 'star');
    expect(view(back, 'star')).toEqual(STAR);
    expect(partText(back, 'sail', 'impact')).toBe(impact);
    expect(keptOutOfView(back, 'star')).toEqual([
      { framework: 'sail', label: 'Impact' },
      { framework: 'sail', label: 'Learning' },
    ]);
    // And back to SAIL: the edits, not a fresh copy of STAR's Result.
    expect(view(switchFramework(back, 'star', 'sail'), 'sail').impact).toBe(impact);
  });

  it('SAIL → STAR: Impact and Learning make the Result; back to SAIL restores SAIL', () => {
    const SAIL = { situation: 'Launch slipped.', action: 'Cut scope.', impact: 'Shipped in 2 weeks.', learning: 'Scope early.' };
    const star = switchFramework(SAIL, 'sail', 'star');
    expect(view(star, 'star')).toEqual({ situation: 'Launch slipped.', task: '', action: 'Cut scope.', result: 'Shipped in 2 weeks.\n\nScope early.' });
    const back = switchFramework(star, 'star', 'sail');
    expect(view(back, 'sail')).toEqual(SAIL);
    expect(texts(back)).toEqual(Object.values(SAIL));
  });

  it('STAR → SPSIL maps Task to Problem, Action to Solution, Result to Impact', () => {
    expect(view(switchFramework(STAR, 'star', 'spsil'), 'spsil')).toEqual({
      situation: STAR.situation,
      problem: STAR.task,
      solution: STAR.action,
      impact: STAR.result,
      lessons: '',
    });
    expect(view(switchFramework(switchFramework(STAR, 'star', 'spsil'), 'spsil', 'star'), 'star')).toEqual(STAR);
  });

  it('Free text starts as the labelled draft when empty, keeps its own text when not', () => {
    const free = switchFramework(STAR, 'star', 'free');
    expect(partText(free, 'free', 'free')).toBe(
      'Situation: Evals were vibes.\n\nTask: I owned quality.\n\nAction: Built a 400-query eval set.\n\nResult: Caught 3 regressions.',
    );
    expect(partText(switchFramework({ ...STAR, free: 'Mine.' }, 'star', 'free'), 'free', 'free')).toBe('Mine.');
    // Free text carries into nothing: its text is kept and said to be.
    const star = switchFramework({ free: 'Only free text.' }, 'free', 'star');
    expect(shownText(star, 'star').join('')).toBe('');
    expect(keptOutOfView(star, 'star')).toEqual([{ framework: 'free', label: 'Free text' }]);
    // Unedited, it goes back into the parts it came from.
    expect(view(switchFramework(free, 'free', 'star'), 'star')).toEqual(STAR);
    expect(texts(switchFramework(free, 'free', 'star'))).toEqual(Object.values(STAR));
  });

  it('STAR → SAIL → Free text joins what SAIL showed; back through SAIL to STAR restores STAR', () => {
    const free = switchFramework(switchFramework(STAR, 'star', 'sail'), 'sail', 'free');
    expect(partText(free, 'free', 'free')).toBe(
      'Situation: Evals were vibes.\n\nI owned quality.\n\nAction: Built a 400-query eval set.\n\nImpact: Caught 3 regressions.',
    );
    const star = switchFramework(switchFramework(free, 'free', 'sail'), 'sail', 'star');
    expect(view(star, 'star')).toEqual(STAR);
    expect(texts(star)).toEqual(Object.values(STAR));
  });

  it('a part’s own text is never overwritten; carried text lives under the part’s own key', () => {
    const sail = switchFramework({ ...STAR, impact: 'Own impact.' }, 'star', 'sail');
    expect(view(sail, 'sail').impact).toBe('Own impact.');
    expect(Object.keys(switchFramework(STAR, 'star', 'sail')).sort()).toEqual(['action', 'result', 'sail:impact', 'sail:situation', 'situation', 'task']);
  });

  it('a switch over empty fields carries nothing', () => {
    expect(texts(switchFramework({}, 'star', 'sail'))).toEqual([]);
    expect(texts(switchFramework({ situation: 'Only this.' }, 'star', 'sail'))).toEqual(['Only this.']);
  });
});
