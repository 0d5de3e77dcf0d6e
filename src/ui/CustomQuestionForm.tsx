import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { categoryFacets, companyFacets } from '../bank/catalog';
import type { Question } from '../bank/types';
import { customQuestionsLoaded, isCustom, MY_CATEGORY, saveCustomQuestion } from '../practice/custom-questions';
import { holdUpdates } from '../practice/update-guard';
import { allQuestions, bankError, ensureQuestions, questionById, questions } from './bank-state';

/** `/my-questions/new` and `/my-questions/:id/edit`: the user's own question, e.g. "Why Mistral?". */
export default function CustomQuestionForm({ id }: { id?: string }) {
  useEffect(() => void ensureQuestions(), []);
  useEffect(() => {
    document.title = `${id ? 'Edit your question' : 'Add your own question'} — Rehearse`;
  }, [id]);
  if (bankError.value)
    return (
      <p role="alert" class="banner">
        {bankError.value}
      </p>
    );
  if (!id) return <QuestionForm />;
  // An empty form for an existing question would save over its category, company and notes: wait for the record.
  if (!allQuestions.value || !customQuestionsLoaded.value) return <p class="skeleton">Loading…</p>;
  const existing = isCustom(id) ? questionById(id) : undefined; // the bank's own questions are not editable
  if (!existing) {
    return (
      <>
        <h1>Question not found</h1>
        <p>There is no question of yours at this address; it may have been deleted.</p>
        <a class="button primary" href="/questions">
          Browse all questions
        </a>
      </>
    );
  }
  return <QuestionForm key={id} id={id} existing={existing} />;
}

function QuestionForm({ id, existing }: { id?: string; existing?: Question }) {
  const { route } = useLocation();
  const [text, setText] = useState(existing?.text ?? '');
  const [category, setCategory] = useState(existing?.categories[0] ?? MY_CATEGORY);
  const [company, setCompany] = useState(existing?.companies.filter((c) => c !== 'Mine').join(', ') ?? '');
  const [testing, setTesting] = useState(existing?.testing.startsWith('Your own question') ? '' : (existing?.testing ?? ''));
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [initial] = useState(() => [text, category, company, testing].join('\n'));
  const changed = [text, category, company, testing].join('\n') !== initial;
  useEffect(() => (changed ? holdUpdates('unsaved question') : undefined), [changed]); // the form is saved only on submit
  const bank = questions.value ?? [];

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const outcome = await saveCustomQuestion(
      {
        text,
        categories: category === MY_CATEGORY ? [] : [category],
        companies: company
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean),
        testing,
      },
      id,
    );
    setBusy(false);
    if (outcome.ok) route(`/q/${outcome.id}`);
    else setError(outcome);
  };

  return (
    <form class="stack" onSubmit={(e) => void submit(e)} noValidate>
      <h1>{id ? 'Edit your question' : 'Add your own question'}</h1>
      <p class="lede">A question you expect, e.g. “Why Mistral?”. You can search, draft and practise it like the others.</p>
      <div class="field">
        <label for="cq-text">Question</label>
        <textarea
          id="cq-text"
          dir="auto"
          rows={2}
          value={text}
          required
          aria-invalid={error?.field === 'text'}
          aria-describedby={error?.field === 'text' ? 'cq-error' : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="cq-category">Category</label>
        <select id="cq-category" value={category} onChange={(e) => setCategory(e.currentTarget.value)}>
          <option value={MY_CATEGORY}>{MY_CATEGORY}</option>
          {categoryFacets(bank).map((f) => (
            <option value={f.name}>{f.name}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="cq-company">Company (optional; several separated by commas)</label>
        <input id="cq-company" class="text-input" dir="auto" list="cq-companies" value={company} onInput={(e) => setCompany(e.currentTarget.value)} />
        <datalist id="cq-companies">
          {companyFacets(bank).map((f) => (
            <option value={f.name} />
          ))}
        </datalist>
      </div>
      <div class="field">
        <label for="cq-testing">What it tests (optional)</label>
        <textarea id="cq-testing" dir="auto" rows={2} value={testing} onInput={(e) => setTesting(e.currentTarget.value)} />
      </div>
      {error && (
        <p id="cq-error" class="note" role="alert">
          {error.message}
        </p>
      )}
      <div class="row">
        <button type="submit" class="button primary" disabled={busy}>
          {id ? 'Save question' : 'Add question'}
        </button>
        <a class="button" href={id ? `/q/${id}` : '/questions'}>
          Cancel
        </a>
      </div>
    </form>
  );
}
