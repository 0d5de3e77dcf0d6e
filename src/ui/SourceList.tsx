import type { Source } from '../bank/types';

const host = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

/** Links out to where a question or insight was reported. Opening one is the only way the app reaches another site. */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return <p class="lede">Reported by candidates; no public link.</p>;
  return (
    <ul class="sources">
      {sources.map((s) => (
        <li key={s.url}>
          <a href={s.url} target="_blank" rel="noopener noreferrer">
            {s.label}
          </a>{' '}
          <span class="host">({host(s.url)})</span>
        </li>
      ))}
    </ul>
  );
}
