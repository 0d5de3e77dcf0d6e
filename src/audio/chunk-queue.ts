/** Hands recorded chunks to the caller one at a time, in recording order. */

export interface RecordedChunk {
  /** 0, 1, 2… in recording order. */
  seq: number;
  /** ArrayBuffer, not Blob: Safari cannot store Blobs in IndexedDB. */
  data: ArrayBuffer;
  /** The same for every chunk of a take. */
  mimeType: string;
  /** Recording time when the chunk arrived, i.e. the audio it completes ends about here. */
  atMs: number;
}

/**
 * Blob.arrayBuffer() is async and may resolve out of order, and the caller's store is async too:
 * each chunk waits for the one before it. After the first failure nothing more is delivered, so
 * what the caller stored is always a contiguous run from seq 0 (a hole would corrupt the file).
 */
export class ChunkQueue {
  private tail: Promise<void> = Promise.resolve();
  private halted = false;
  /** Chunks the caller accepted. */
  accepted = 0;

  constructor(
    private readonly deliver: (chunk: RecordedChunk) => void | Promise<void>,
    private readonly onFailure: (error: unknown) => void,
  ) {}

  get open(): boolean {
    return !this.halted;
  }

  push(chunk: Omit<RecordedChunk, 'data'>, data: Promise<ArrayBuffer>): void {
    data.catch(() => {}); // handled in turn below; this only avoids an early "unhandled rejection"
    this.tail = this.tail.then(async () => {
      if (this.halted) return;
      try {
        await this.deliver({ ...chunk, data: await data });
        this.accepted++;
      } catch (error) {
        this.halted = true;
        this.onFailure(error);
      }
    });
  }

  /** Delivers nothing more, including chunks already queued (the take was cancelled). */
  halt(): void {
    this.halted = true;
  }

  /** Settles once every chunk pushed so far, and any pushed meanwhile, has been handled. */
  async drain(): Promise<void> {
    let settled: Promise<void>;
    do await (settled = this.tail);
    while (settled !== this.tail);
  }
}
