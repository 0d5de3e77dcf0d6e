import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { ErrorBoundary } from 'preact-iso';

/**
 * Taking over a drawn page in pieces. Preact's render over the whole drawn page is one long task on a slow phone
 * (the largest left after the first paint); a section marked `Later` keeps its drawn nodes through that render and
 * is taken over in a task of its own, one after another, in the order they were met. Outside a takeover (every
 * render after the first, and the server's) `Later` is just its children.
 *
 * A `Later` must draw exactly one element: Preact keeps one node for a component that suspends while it takes over
 * drawn nodes, and resumes into it.
 */
let taking: { chain: Promise<void>; waiting: number; settled: () => void; done: Promise<void> } | null = null;

/** A task boundary: the next section's render is a task of its own, so the page can answer input and paint between. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** Starts a takeover: `Later` sections met by the next render wait their turn. */
export function beginTakeover(): void {
  let settled = () => {};
  const done = new Promise<void>((resolve) => (settled = resolve));
  taking = { chain: Promise.resolve(), waiting: 0, settled, done };
}

/**
 * Resolves once every section met by the takeover's render is taken over (at once if none was); the takeover then
 * ends, and `Later` renders its children directly again.
 */
export function takeoverDone(): Promise<void> {
  const current = taking;
  if (!current) return Promise.resolve();
  if (current.waiting === 0) {
    taking = null;
    return Promise.resolve();
  }
  // Every turn is taken once the chain has run and the last section drawn (a section gone before its turn never
  // counts down); a section met inside another joins the chain meanwhile.
  const chainRun = (async () => {
    let seen;
    do {
      seen = current.chain;
      await seen;
      await nextTask();
    } while (seen !== current.chain);
  })();
  return Promise.race([current.done, chainRun]).then(() => {
    if (taking === current) taking = null;
  });
}

function Gate({ children }: { children: ComponentChildren }) {
  const turn = useRef<{ ready: boolean; promise: Promise<void> } | null>(null);
  const counted = useRef(false);
  if (taking && !turn.current) {
    const current = taking;
    current.waiting++;
    counted.current = true;
    const entry = { ready: false, promise: Promise.resolve() };
    entry.promise = current.chain = current.chain.then(nextTask).then(() => void (entry.ready = true));
    turn.current = entry;
  }
  if (turn.current && !turn.current.ready) throw turn.current.promise; // the drawn nodes stay until this section's turn
  useLayoutEffect(() => {
    if (!counted.current) return;
    counted.current = false;
    const current = taking;
    if (current && --current.waiting === 0) current.settled();
  }, []);
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
