import { useEffect, useState } from 'preact/hooks';
import { browseUrl } from '../../bank/url-state';
import { countdown } from '../../practice/countdown';
import { progress, type Progress } from '../../practice/progress';
import { readProgressRecords, type ProgressRecords } from '../../practice/progress-load';
import { interviewTargets, loadTargets } from '../../practice/targets';
import { count, dayDate, duration, number, shortDate } from '../../shared/format';
import { allQuestions, ensureQuestions, questionById } from '../bank-state';
import { Columns, Meter, Sparkline } from './charts';
import { InterviewDateField } from './InterviewDateField';
import './progress.css';

const weekday = (t: number) => new Date(t).toLocaleDateString(undefined, { weekday: 'short' });

/** What the user has practised: per category, per week, per question; streak, stories, rounds and reviews to come. */
export default function ProgressView() {
  const [records, setRecords] = useState<ProgressRecords | null | undefined>(undefined);
  const [failed, setFailed] = useState('');
  useEffect(() => {
    document.title = 'Progress — Rehearse';
    void ensureQuestions();
    void loadTargets();
    readProgressRecords().then(setRecords, (error: unknown) =>
      setFailed(`Your progress could not be read (${error instanceof Error ? error.message : String(error)}).`),
    );
  }, []);
  const questions = allQuestions.value;
  const targets = interviewTargets.value;
  return (
    <>
      <h1>Progress</h1>
      {failed && <p role="alert">{failed}</p>}
      {records === null && <p role="alert">Storage is not available in this browser, so there is no progress to show.</p>}
      {!failed && (records === undefined || !questions) && <p class="skeleton">Counting your practice…</p>}
      {records && questions && <Figures p={progress({ questions, ...records }, Date.now())} />}
      {targets && (
        <section class="section card" aria-labelledby="interview">
          <h2 id="interview">Your interview</h2>
          <Countdown date={targets.date} dueTimes={records ? records.reviews.map((r) => r.card.due.getTime()) : []} />
          <InterviewDateField targets={targets} />
        </section>
      )}
    </>
  );
}

function Countdown({ date, dueTimes }: { date: string | null | undefined; dueTimes: number[] }) {
  const c = countdown(date, Date.now(), dueTimes);
  if (!c) return null;
  return (
    <p class="countdown">
      {c.days === 0 ? 'Today' : `In ${count(c.days, 'day', 'days')}`} ({dayDate(c.day)}):{' '}
      {c.days === 0
        ? 'good luck.'
        : `${count(c.reviewsBefore, 'review comes', 'reviews come')} due before then, and ${count(c.rounds, 'mock round fits', 'mock rounds fit')} at one a day.`}
    </p>
  );
}

function Figures({ p }: { p: Progress }) {
  const t = p.totals;
  const fresh = t.practised === 0 && t.stories === 0 && t.rounds === 0;
  return (
    <>
      <p class="lede">
        {fresh
          ? 'Nothing practised yet: draft an answer, record a take or run a mock round, and it shows here.'
          : `${t.practised} of ${t.questions} questions practised, ${t.recorded} said out loud.`}
      </p>
      <dl class="stat-tiles">
        <div>
          <dt>Questions practised</dt>
          <dd>
            {t.practised}
            <span class="of"> of {t.questions}</span>
          </dd>
        </div>
        <div>
          <dt>Recorded</dt>
          <dd>
            {duration(t.recordedMs / 1000)}
            <span class="of"> · {count(t.takes, 'take', 'takes')}</span>
          </dd>
        </div>
        <div>
          <dt>Streak</dt>
          <dd>
            {count(p.streak.current, 'day', 'days')}
            <span class="of"> longest {p.streak.longest}</span>
          </dd>
        </div>
        <div>
          <dt>Stories</dt>
          <dd>{t.stories}</dd>
        </div>
        <div>
          <dt>Mock rounds</dt>
          <dd>{t.rounds}</dd>
        </div>
      </dl>
      {p.streak.current > 0 && !p.streak.practisedToday && <p class="lede">Practise today to keep your streak of {count(p.streak.current, 'day', 'days')}.</p>}

      <section class="section card" aria-labelledby="by-category">
        <h2 id="by-category">Questions practised by category</h2>
        <table class="category-table">
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">Practised</th>
            </tr>
          </thead>
          <tbody>
            {p.categories.map((c) => (
              <tr key={c.name}>
                <th scope="row">
                  <a href={browseUrl({ category: c.name })}>{c.name}</a>
                </th>
                <td class="num">
                  {c.practised} of {c.total}
                  {c.recorded > 0 && <span class="of"> · {c.recorded} recorded</span>}
                  <Meter value={c.practised} inner={c.recorded} total={c.total} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section class="section card" aria-labelledby="per-week">
        <h2 id="per-week">Minutes recorded per week</h2>
        {p.weeks.every((w) => w.takes === 0) ? (
          <p>Nothing recorded in the last {p.weeks.length} weeks.</p>
        ) : (
          <Columns
            summary="Minutes recorded per week, oldest first"
            bars={p.weeks.map((w, i) => ({
              label: shortDate(w.start),
              value: w.ms / 60_000,
              shown: w.ms < 6_000 ? '<0.1' : number(Math.round(w.ms / 6_000) / 10),
              text: w.takes ? `${duration(w.ms / 1000)} in ${count(w.takes, 'take', 'takes')}` : 'nothing',
              current: i === p.weeks.length - 1,
            }))}
          />
        )}
      </section>

      <section class="section card" aria-labelledby="due-week">
        <h2 id="due-week">Reviews due this week</h2>
        {p.dueWeek.every((d) => d.count === 0) ? (
          <p>No review due this week: grade a question after you practise it, and it comes back here.</p>
        ) : (
          <Columns
            summary="Reviews due each day, today first"
            bars={p.dueWeek.map((d, i) => ({
              label: i === 0 ? 'Today' : weekday(d.day),
              value: d.count,
              text: count(d.count, 'review', 'reviews'),
              current: i === 0,
            }))}
          />
        )}
        {p.dueWeek[0]!.count > 0 && (
          <p>
            <a href="/questions?status=due">{count(p.dueWeek[0]!.count, 'review is', 'reviews are')} due today</a>
          </p>
        )}
      </section>

      <section class="section card" aria-labelledby="story-coverage">
        <h2 id="story-coverage">Stories by category</h2>
        {p.uncoveredCategories.length > 0 ? (
          <p>
            No story yet for {count(p.uncoveredCategories.length, 'category', 'categories')} (dashed below). <a href="/stories">Write one</a>.
          </p>
        ) : (
          <p>Every category has a story.</p>
        )}
        <ul class="chips story-coverage" aria-label="Stories per category">
          {p.storyCategories.map((c) => (
            <li key={c.name} class={`chip${c.stories === 0 ? ' chip-empty' : ''}`}>
              {c.name} <span class="count">{c.stories}</span>
            </li>
          ))}
        </ul>
      </section>

      <section class="section card" aria-labelledby="rounds-done">
        <h2 id="rounds-done">Mock rounds</h2>
        {p.rounds.length === 0 ? (
          <p>
            No mock round finished yet. <a href="/round">Start one</a>.
          </p>
        ) : (
          <ul class="round-list">
            {p.rounds.map((r) => (
              <li key={r.id}>
                <strong dir="auto">{r.title}</strong>{' '}
                <span class="lede">
                  {dayDate(r.finishedAt)} · {r.answered} of {count(r.questions, 'question', 'questions')} answered
                  {r.skipped > 0 ? ` · ${r.skipped} skipped` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="section card" aria-labelledby="per-question">
        <h2 id="per-question">Each question</h2>
        {p.questions.length === 0 ? (
          <p>No question practised yet.</p>
        ) : (
          <ul class="question-progress">
            {p.questions.map((qp) => {
              const q = questionById(qp.questionId);
              const last = qp.takes.at(-1);
              return (
                <li key={qp.questionId}>
                  <a href={`/q/${encodeURIComponent(qp.questionId)}`} dir="auto">
                    {q?.text ?? qp.questionId}
                  </a>
                  <span class="lede">
                    {qp.draftWords > 0 ? `Draft ${count(qp.draftWords, 'word', 'words')}` : 'No draft'}
                    {qp.takes.length > 0
                      ? ` · ${count(qp.takes.length, 'take', 'takes')}, speaking ${qp.takes.map((x) => duration(x.speakingMs / 1000)).join(' → ')}`
                      : ' · not said out loud yet'}
                    {qp.rounds > 0 ? ` · answered in ${count(qp.rounds, 'mock round', 'mock rounds')}` : ''}
                    {last?.words ? ` · last take ${count(last.words, 'word', 'words')}` : ''}
                  </span>
                  <Sparkline values={qp.takes.map((x) => x.speakingMs)} />
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
