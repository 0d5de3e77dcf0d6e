import { describe, expect, it, vi } from 'vitest';
import { ChunkQueue, type RecordedChunk } from './chunk-queue.ts';

function deferred() {
  let resolve!: (b: ArrayBuffer) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<ArrayBuffer>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}
const meta = (seq: number) => ({ seq, mimeType: 'audio/webm', atMs: seq * 1000 });

describe('ChunkQueue', () => {
  it('delivers in push order whatever order the bytes arrive in, one at a time', async () => {
    const log: string[] = [];
    const queue = new ChunkQueue(async (c: RecordedChunk) => {
      log.push(`start ${c.seq}`);
      await new Promise((r) => setTimeout(r, 5));
      log.push(`end ${c.seq}`);
    }, vi.fn());
    const bytes = [deferred(), deferred(), deferred()];
    bytes.forEach((b, i) => queue.push(meta(i), b.promise));
    bytes[2]!.resolve(new ArrayBuffer(3));
    bytes[0]!.resolve(new ArrayBuffer(1));
    bytes[1]!.resolve(new ArrayBuffer(2));
    await queue.drain();
    expect(log).toEqual(['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2']);
    expect(queue.accepted).toBe(3);
  });

  it('stops at the first failure, from the caller or from reading the blob', async () => {
    for (const failAt of ['deliver', 'read'] as const) {
      const delivered: number[] = [];
      const onFailure = vi.fn();
      const boom = new Error(failAt);
      const queue = new ChunkQueue((c) => {
        if (failAt === 'deliver' && c.seq === 1) throw boom;
        delivered.push(c.seq);
      }, onFailure);
      queue.push(meta(0), Promise.resolve(new ArrayBuffer(1)));
      queue.push(meta(1), failAt === 'read' ? Promise.reject(boom) : Promise.resolve(new ArrayBuffer(1)));
      queue.push(meta(2), Promise.resolve(new ArrayBuffer(1)));
      await queue.drain();
      expect(delivered).toEqual([0]);
      expect(onFailure).toHaveBeenCalledExactlyOnceWith(boom);
      expect(queue.open).toBe(false);
      expect(queue.accepted).toBe(1);
    }
  });

  it('drain() also waits for chunks pushed while it waits', async () => {
    const delivered: number[] = [];
    const queue = new ChunkQueue(async (c) => {
      await new Promise((r) => setTimeout(r, 5));
      delivered.push(c.seq);
    }, vi.fn());
    queue.push(meta(0), Promise.resolve(new ArrayBuffer(1)));
    const drained = queue.drain();
    queue.push(meta(1), Promise.resolve(new ArrayBuffer(1)));
    await drained;
    expect(delivered).toEqual([0, 1]);
  });

  it('delivers nothing more after halt()', async () => {
    const deliver = vi.fn();
    const queue = new ChunkQueue(deliver, vi.fn());
    const late = deferred();
    queue.push(meta(0), late.promise);
    queue.halt();
    late.resolve(new ArrayBuffer(1));
    await queue.drain();
    expect(deliver).not.toHaveBeenCalled();
  });
});
