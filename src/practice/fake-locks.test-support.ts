/** A small in-memory LockManager for unit tests: exclusive locks, ifAvailable, signal, query(). */
type Grant = () => void;
interface Waiter {
  mode: LockMode;
  grant: Grant;
}

export class FakeLocks {
  private held = new Map<string, { mode: LockMode; count: number }>();
  private queue = new Map<string, Waiter[]>();

  request(name: string, ...rest: [LockOptions, LockGrantedCallback<unknown>] | [LockGrantedCallback<unknown>]): Promise<unknown> {
    const [options, callback] = rest.length === 2 ? rest : [{} as LockOptions, rest[0]];
    const mode = options.mode ?? 'exclusive';
    return new Promise((resolve, reject) => {
      const run = () => {
        const lock = this.held.get(name);
        this.held.set(name, { mode, count: (lock?.count ?? 0) + 1 });
        void Promise.resolve()
          .then(() => callback({ name, mode } as Lock))
          .then(resolve, reject)
          .finally(() => this.release(name));
      };
      if (this.free(name, mode)) return run();
      if (options.ifAvailable) return void Promise.resolve(callback(null)).then(resolve, reject);
      const waiter = { mode, grant: run };
      this.queue.set(name, [...(this.queue.get(name) ?? []), waiter]);
      options.signal?.addEventListener('abort', () => {
        this.queue.set(
          name,
          (this.queue.get(name) ?? []).filter((w) => w !== waiter),
        );
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
  }

  async query(): Promise<LockManagerSnapshot> {
    const held = [...this.held].flatMap(([name, { mode, count }]) => Array.from({ length: count }, () => ({ name, mode, clientId: 'fake' })));
    return { held, pending: [] };
  }

  private free(name: string, mode: LockMode): boolean {
    const lock = this.held.get(name);
    return !lock || (lock.mode === 'shared' && mode === 'shared');
  }

  private release(name: string): void {
    const lock = this.held.get(name)!;
    if (lock.count > 1) this.held.set(name, { ...lock, count: lock.count - 1 });
    else this.held.delete(name);
    const waiting = this.queue.get(name) ?? [];
    while (waiting.length && this.free(name, waiting[0]!.mode)) waiting.shift()!.grant();
  }
}
