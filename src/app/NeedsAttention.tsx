import { kindName, needsAttention } from '../practice/attention';

/**
 * Records that could not be read back: counted in the storage area, each named with what is wrong.
 * They are kept (a backup may restore them) but never shown, so a bad one cannot break a screen.
 */
export function NeedsAttention() {
  const bad = needsAttention.value;
  if (bad.length === 0) return null;
  const count = bad.length === 1 ? '1 record' : `${bad.length} records`;
  return (
    <div class="needs-attention" role="status">
      <details>
        <summary>Needs attention: {count} could not be read</summary>
        <p>They are left as they are and kept out of the app; the rest of your work is unaffected.</p>
        <ul>
          {bad.map((b) => (
            <li key={`${b.kind}:${b.key}`}>
              {kindName(b.kind)} <code dir="auto">{b.key}</code>: {b.problem}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
