import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { bankError, ensureQuestions, questions } from './bank-state';

/** `/random` (also a home-screen shortcut): jumps to a random question, replacing itself in history so Back skips it. */
export default function RandomQuestion() {
  const { route } = useLocation();
  useEffect(ensureQuestions, []);
  const all = questions.value?.filter((q) => q.kind === 'question');
  useEffect(() => {
    if (all?.length) route(`/q/${all[Math.floor(Math.random() * all.length)]!.id}`, true);
  }, [all, route]);
  if (bankError.value)
    return (
      <p role="alert" class="banner">
        {bankError.value}
      </p>
    );
  return <p class="skeleton">Picking a question…</p>;
}
