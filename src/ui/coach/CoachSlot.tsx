import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CoachPanelProps } from './CoachPanel';

type Panel = ComponentType<CoachPanelProps>;

/** The coach's code and rules load after the draft is on screen: the editor never waits for them. */
export function CoachSlot(props: CoachPanelProps) {
  const [Panel, setPanel] = useState<Panel | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    // Awaited, not .then(ok, failed): Vite moves an import's first .then into its preload, where a failed
    // stylesheet (offline before the worker holds it) skips it and rejects with nobody listening.
    void (async () => {
      try {
        const m = await import('./CoachPanel');
        setPanel(() => m.default);
      } catch (error) {
        console.error(error);
        setFailed(true);
      }
    })();
  }, []);
  if (failed) return <p class="hint">The answer coach could not be loaded. Reload the page to try again; your draft is not affected.</p>;
  return Panel ? <Panel {...props} /> : null;
}
