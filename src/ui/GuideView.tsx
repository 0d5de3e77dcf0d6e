import { useEffect } from 'preact/hooks';
import { browseUrl } from '../bank/url-state';
import { bankError, ensureGuidance, guidance } from './bank-state';
import { slug } from '../shared/slug';
import { SourceList } from './SourceList';

export default function GuideView() {
  useEffect(() => {
    document.title = 'Guide: answer frameworks and what interviewers look for — Rehearse';
    void ensureGuidance();
  }, []);
  const g = guidance.value;
  if (bankError.value)
    return (
      <p role="alert" class="banner">
        {bankError.value}
      </p>
    );
  if (!g) return <p class="skeleton">Loading…</p>;

  return (
    <>
      <h1>Guide</h1>
      <p class="lede">How to structure an answer, what interviewers listen for, and what each company is known to ask.</p>
      <nav class="guide-toc" aria-label="On this page">
        <a class="chip" href="#frameworks">
          Frameworks
        </a>
        <a class="chip" href="#insights">
          What interviewers look for
        </a>
        <a class="chip" href="#company-notes">
          Company notes
        </a>
      </nav>

      <h2 id="frameworks">Answer frameworks</h2>
      {g.frameworks.map((f) => (
        <section class="card framework" key={f.id} aria-labelledby={`fw-${f.id}`}>
          <h3 id={`fw-${f.id}`}>{f.name}</h3>
          <p>{f.summary}</p>
          <ol class="prompts">
            {f.fields.map((field) => (
              <li key={field.key}>
                <strong>{field.label}</strong>
                {field.prompt}
              </li>
            ))}
          </ol>
          {f.sources.length > 0 && (
            <p class="framework-source">
              <small>
                Source:{' '}
                {f.sources.map((s, i) => (
                  <>
                    {i > 0 && ', '}
                    <a href={s.url} target="_blank" rel="noopener noreferrer">
                      {s.label}
                    </a>
                  </>
                ))}
              </small>
            </p>
          )}
        </section>
      ))}

      <h2 id="insights">What interviewers look for</h2>
      {g.insights.map((insight) => (
        <section class="card insight" key={insight.id} id={insight.id} aria-labelledby={`in-${insight.id}`}>
          <h3 id={`in-${insight.id}`}>{insight.title}</h3>
          <p>{insight.body}</p>
          <ul>
            {insight.advice.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
          <SourceList sources={insight.sources} />
        </section>
      ))}

      <h2 id="company-notes">Company notes</h2>
      {g.companies.map((c) => (
        <section class="card insight company" key={c.company} aria-labelledby={`co-${slug(c.company)}`}>
          <h3 id={`co-${slug(c.company)}`}>
            {c.company}{' '}
            <a href={browseUrl({ company: c.company })}>
              <small>see its questions</small>
            </a>
          </h3>
          <ul>
            {c.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <SourceList sources={c.sources} />
        </section>
      ))}
    </>
  );
}
