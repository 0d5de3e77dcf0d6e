import { useEffect, useState } from 'preact/hooks';
import type { Question } from '../../bank/types';
import { link, unlink } from '../../practice/stories';
import { allQuestions, ensureQuestions } from '../bank-state';

import { plain } from '../../bank/text';
import { count } from '../../shared/format';

/** Every word of the filter appears in the question or one of its other phrasings. */
function matches(q: Question, filter: string): boolean {
  const words = plain(filter).split(' ').filter(Boolean);
  if (!words.length) return true;
  const hay = plain([q.text, ...(q.alsoAskedAs ?? []), ...q.categories].join(' '));
  return words.every((w) => hay.includes(w));
}

/** A story's linked questions, each with Unlink, and a filter + select to link one more. */
export function StoryLinks({ storyId, questionIds, disabled }: { storyId: string; questionIds: readonly string[]; disabled: boolean }) {
  const [filter, setFilter] = useState('');
  const [choice, setChoice] = useState('');
  const [message, setMessage] = useState('');
  useEffect(() => void ensureQuestions(), []);
  const all = allQuestions.value ?? []; // the user's own questions too
  const textOf = (id: string) => all.find((q) => q.id === id)?.text ?? 'A question that is no longer in the bank';
  const candidates = all.filter((q) => !questionIds.includes(q.id) && matches(q, filter));
  const chosen = candidates.some((q) => q.id === choice) ? choice : '';
  const groups = new Map<string, Question[]>();
  for (const q of candidates) {
    const group = q.categories[0] ?? 'Other';
    groups.set(group, [...(groups.get(group) ?? []), q]);
  }

  async function onLink(event: Event) {
    event.preventDefault();
    if (!chosen) return;
    if (await link(storyId, chosen)) {
      setMessage(`Linked “${textOf(chosen)}”.`);
      setChoice('');
    }
  }

  async function onUnlink(id: string) {
    if (await unlink(storyId, id)) setMessage(`Unlinked “${textOf(id)}”.`);
  }

  return (
    <section class="section" aria-labelledby="story-questions">
      <h2 id="story-questions">Questions this story answers</h2>
      {questionIds.length ? (
        <ul class="linked-list">
          {questionIds.map((id) => (
            <li key={id}>
              <a href={`/q/${id}`} dir="auto">
                {textOf(id)}
              </a>
              <button type="button" class="button" disabled={disabled} onClick={() => void onUnlink(id)}>
                Unlink<span class="visually-hidden"> “{textOf(id)}”</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">Not linked yet. Link every question this story could answer: one story often serves five or six.</p>
      )}
      <form class="link-form" onSubmit={(e) => void onLink(e)}>
        <div class="field">
          <label for="link-filter">Find a question</label>
          <input
            id="link-filter"
            class="text-input"
            dir="auto"
            type="search"
            value={filter}
            placeholder="e.g. conflict, hallucination"
            onInput={(e) => setFilter(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="link-question">Question to link</label>
          <p class="hint" id="link-question-hint">
            {count(candidates.length, 'question', 'questions')} {filter.trim() ? 'match' : 'to choose from'}
          </p>
          <div class="row">
            <select
              id="link-question"
              class="text-input"
              aria-describedby="link-question-hint"
              value={chosen}
              onChange={(e) => setChoice(e.currentTarget.value)}
            >
              <option value="">Choose a question…</option>
              {[...groups].map(([group, qs]) => (
                <optgroup key={group} label={group}>
                  {qs.map((q) => (
                    <option key={q.id} value={q.id} dir="auto">
                      {q.text}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            <button type="submit" class="button primary" disabled={disabled || !chosen}>
              Link
            </button>
          </div>
        </div>
      </form>
      <p class="visually-hidden" role="status">
        {message}
      </p>
    </section>
  );
}
