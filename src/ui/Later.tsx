import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { ErrorBoundary } from 'preact-iso';

/**
 * Taking over a drawn page in pieces. Preact's render over the whole drawn page is one long task on a slow phone
 * (the largest left after the first paint); a part marked `Later` keeps its drawn nodes through that render and is
 * taken over in a task of its own, one after another, in the order they were met. Outside a takeover (every render
 * after the first, and the build's prerender) `Later` is just its children.
 *
 * A `Later` must draw exactly one element: Preact keeps one node for a component that suspends while it takes over
 * drawn nodes, and resumes into it. Text typed into a drawn field is put back as its part comes to life
 * (`beginTakeover`'s `partLive`, src/start.tsx).
 */
let queue: { chain: Promise<void>; partLive: () => void } | null = null;

/**
 * A task boundary, so the page can answer input and paint between two parts. A `MessageChannel`, not the `setTimeout`
 * of src/shared/tasks.ts: tests hold this one to stop a takeover midway, and start-up's boundaries must not be held.
 */
const nextTurn = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * Starts a takeover: `Later` parts met by the next render wait their turn. `partLive` is called as each part has
 * rendered, before anything else runs (its fields are live and hold the app's values from then on).
 */
export function beginTakeover(partLive: () => void = () => {}): void {
  queue = { chain: Promise.resolve(), partLive };
}

/**
 * Resolves once every part met by the takeover is live, and ends it. A part renders in the task its turn comes in
 * (Preact renders in a microtask), so the queue is done one task after its last turn; a part met inside another
 * joins the queue meanwhile.
 */
export async function takeoverDone(): Promise<void> {
  const current = queue;
  if (!current) return;
  let seen;
  do {
    seen = current.chain;
    await seen;
    await nextTurn();
  } while (seen !== current.chain);
  if (queue === current) queue = null;
}

function Gate({ children }: { children: ComponentChildren }) {
  const turn = useRef<{ ready: boolean; promise: Promise<void>; partLive: (() => void) | null } | null>(null);
  useLayoutEffect(() => {
    const entry = turn.current;
    const partLive = entry?.ready ? entry.partLive : null;
    if (!entry || !partLive) return;
    entry.partLive = null; // once, in the commit that drew the part
    partLive();
  });
  if (queue && !turn.current) {
    const entry = { ready: false, promise: Promise.resolve(), partLive: queue.partLive as (() => void) | null };
    entry.promise = queue.chain = queue.chain.then(nextTurn).then(() => void (entry.ready = true));
    turn.current = entry;
  }
  if (turn.current && !turn.current.ready) throw turn.current.promise; // the drawn nodes stay until this part's turn
  return <>{children}</>;
}

/** Its children, taken over after the rest of a drawn page (see above); a boundary of its own, so only it redraws. */
export function Later({ children }: { children: ComponentChildren }) {
  return (
    <ErrorBoundary>
      <Gate>{children}</Gate>
    </ErrorBoundary>
  );
}
