import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CoachPanelProps } from './CoachPanel';

type Panel = ComponentType<CoachPanelProps>;

/** The coach's code and rules load after the draft is on screen: the editor never waits for them. */
export function CoachSlot(props: CoachPanelProps) {
  const [Panel, setPanel] = useState<Panel | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void import('./CoachPanel').then(
      (m) => setPanel(() => m.default),
      () => setFailed(true),
    );
  }, []);
  if (failed) return <p class="hint">The answer coach could not be loaded. Reload the page to try again; your draft is not affected.</p>;
  return Panel ? <Panel {...props} /> : null;
}
