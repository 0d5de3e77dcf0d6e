import { useEffect } from 'preact/hooks';
import { relatedQuestions } from '../bank/catalog';
import type { Question } from '../bank/types';
import { browseUrl, parseListContext } from '../bank/url-state';
import { allQuestions, bankError, ensureGuidance, ensureQuestions, guidance, questionById } from './bank-state';
import { DraftSection } from './DraftSection';
import { RecordPanel } from './recording/RecordPanel';
import { TakeList } from './recording/TakeList';
import { LinkedStories } from './stories/LinkedStories';
import { isCustom } from '../practice/custom-questions';
import { removeCustomQuestion } from '../practice/deletions';
import { useLocation } from 'preact-iso';
import { Later } from './Later';
import { useState } from 'preact/hooks';
import { SourceList } from './SourceList';
import { QuestionDepth } from './QuestionDepth';
import { ScopedBackup } from './storage/ScopedBackup';
import { ListNav, useListPosition } from './ListNav';

import { plain } from '../bank/text';
/** Other phrasings worth showing: not those that differ from the question only by punctuation. */
const otherPhrasings = (text: string, also: readonly string[] = []) => also.filter((a) => plain(a) !== plain(text));

export default function QuestionView({ id }: { id: string }) {
  const { route, query } = useLocation();
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    void ensureQuestions();
    void ensureGuidance();
  }, []);
  const all = allQuestions.value;
  const question = all ? questionById(id) : undefined;
  const context = parseListContext(query);
  const position = useListPosition(id, context, all);

  useEffect(() => {
    if (question) document.title = `${question.text} — Rehearse`;
    // A new question: start reading at its top (the app moves focus to its title).
    if (question) window.scrollTo(0, 0);
  }, [question]);

  if (bankError.value)
    return (
      <p role="alert" class="banner">
        {bankError.value}
      </p>
    );
  // Render once with everything it needs, so nothing jumps when the framework prompts arrive.
  if (!all || !guidance.value) return <p class="skeleton">Loading…</p>;
  if (!question) {
    return (
      <>
        <h1>Question not found</h1>
        <p>There is no question at this address. It may have been mistyped.</p>
        <a class="button primary" href="/questions">
          Browse all questions
        </a>
      </>
    );
  }

  return (
    <article>
      {context && <ListNav id={id} context={context} position={position} label="This list" />}
      <nav class="breadcrumbs" aria-label="Categories">
        {question.categories.map((c) => (
          <a key={c} href={browseUrl({ category: c })}>
            {c}
          </a>
        ))}
      </nav>
      <h1 class="question-title" id="question-title" tabIndex={-1} dir="auto">
        {question.text}
      </h1>
      <ul class="chips" aria-label="Asked at">
        {question.companies.map((c) => (
          <li key={c}>
            <a class="chip" href={browseUrl({ company: c })}>
              {c}
            </a>
          </li>
        ))}
        {question.level && (
          <li>
            <span class="chip">{question.level} level</span>
          </li>
        )}
        {question.kind === 'pattern' && (
          <li>
            <span class="chip">Response pattern to study</span>
          </li>
        )}
      </ul>

      {isCustom(question.id) && (
        <div class="row" style={{ marginTop: '10px' }}>
          <span class="badge">Your question</span>
          <a class="button" href={`/my-questions/${question.id}/edit`}>
            Edit question
          </a>
          {confirming ? (
            <button type="button" class="button" onClick={async () => (await removeCustomQuestion(question.id, question.text)) && route('/questions', true)}>
              Delete question — confirm
            </button>
          ) : (
            <button type="button" class="button" onClick={() => setConfirming(true)}>
              Delete question
            </button>
          )}
        </div>
      )}

      <Later>
        <section class="section" aria-labelledby="testing">
          <h2 id="testing">What they’re testing</h2>
          <p dir="auto">{question.testing}</p>
        </section>
      </Later>

      <QuestionDepth question={question} />

      {otherPhrasings(question.text, question.alsoAskedAs).length ? (
        <section class="section" aria-labelledby="also">
          <h2 id="also">Also asked as</h2>
          <ul>
            {otherPhrasings(question.text, question.alsoAskedAs).map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <Later>
        <section class="section" aria-labelledby="out-loud">
          <h2 id="out-loud">Say it out loud</h2>
          <RecordPanel question={question} />
          <TakeList question={question} />
        </section>
      </Later>

      <Later>
        <section class="section" aria-labelledby="answer">
          <h2 id="answer">Your answer</h2>
          <DraftSection question={question} frameworks={guidance.value.frameworks} />
        </section>
      </Later>

      <LinkedStories questionId={question.id} />
      <ScopedBackup scope={{ questionId: question.id }} about={`question-${question.id}`} label="Back up this question" />

      <Later>
        <section class="section" aria-labelledby="sources">
          <h2 id="sources">Sources</h2>
          <SourceList sources={question.sources} />
        </section>
      </Later>

      <Later>
        <RelatedQuestions question={question} all={all} />
      </Later>
      {context?.origin === 'list' && <ListNav id={id} context={context} position={position} label="This list, end of page" />}
    </article>
  );
}

/** Worked out when the section is drawn: on a drawn page, in its own turn of the takeover. */
function RelatedQuestions({ question, all }: { question: Question; all: readonly Question[] }) {
  return (
    <section class="section" aria-labelledby="related">
      <h2 id="related">Related questions</h2>
      <ul>
        {relatedQuestions(question, all).map((r) => (
          <li key={r.id}>
            <a href={`/q/${r.id}`} dir="auto">
              {r.text}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
