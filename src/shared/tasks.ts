/**
 * A task boundary: resolves in a task of its own, so the browser can answer input and paint before what follows.
 * What comes after a dynamic import runs in the same task as the module's evaluation; a long piece of work after
 * one (the first grade preview after the scheduler's code) is cut off from it with this. `setTimeout`, not a
 * `MessageChannel`: that is the takeover's boundary (src/ui/Later.tsx), which tests hold to stop a takeover midway.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
