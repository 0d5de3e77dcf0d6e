import { useRef, useState } from 'preact/hooks';
import type { Framework } from '../bank/types';

/** STAR / SAIL / SPSIL as tabs (arrow keys move between them), each part with its one-line prompt. */
export function FrameworkPrompts({ frameworks }: { frameworks: readonly Framework[] }) {
  const [active, setActive] = useState(0);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const current = frameworks[active];
  if (!current) return null;

  const onKeyDown = (e: KeyboardEvent) => {
    const last = frameworks.length - 1;
    const next = e.key === 'ArrowRight' ? (active === last ? 0 : active + 1) : e.key === 'ArrowLeft' ? (active === 0 ? last : active - 1) : e.key === 'Home' ? 0 : e.key === 'End' ? last : null;
    if (next === null) return;
    e.preventDefault();
    setActive(next);
    tabs.current[next]?.focus();
  };

  return (
    <div>
      <div class="tabs" role="tablist" aria-label="Answer framework" onKeyDown={onKeyDown}>
        {frameworks.map((f, i) => (
          <button
            key={f.id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${f.id}`}
            aria-selected={i === active}
            aria-controls={`panel-${f.id}`}
            tabIndex={i === active ? 0 : -1}
            onClick={() => setActive(i)}
          >
            {f.name}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`} tabIndex={0}>
        <p class="lede" style={{ marginTop: '10px' }}>
          {current.summary}
        </p>
        <ol class="prompts">
          {current.fields.map((field) => (
            <li key={field.key}>
              <strong>{field.label}</strong>
              {field.prompt}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
