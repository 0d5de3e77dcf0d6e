import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { TakeCoachProps } from './TakeCoach';

/** The coach's code loads only when a take with a transcript is opened. */
export function TakeCoachSlot(props: TakeCoachProps) {
  const [Coach, setCoach] = useState<ComponentType<TakeCoachProps> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void (async () => {
      try {
        const m = await import('./TakeCoach'); // awaited: see CoachSlot
        setCoach(() => m.default);
      } catch (error) {
        console.error(error);
        setFailed(true);
      }
    })();
  }, []);
  if (failed) return <p class="hint">The answer coach could not be loaded. Reload the page to try again.</p>;
  return Coach ? <Coach {...props} /> : null;
}
