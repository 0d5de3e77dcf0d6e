import { useEffect, useState } from 'preact/hooks';
import { holdUpdates } from '../../practice/update-guard';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export const SAVE_STATUS: Record<SaveStatus, string> = {
  idle: '',
  pending: 'Saving…',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved yet — kept on screen, retrying',
};

/**
 * Debounced saving of the newest value: `change` after every edit, `flush` on blur. Also flushed when
 * the page is hidden or left, and on unmount. A failed save keeps the value and retries with backoff.
 */
export function useAutosave<T>(save: (value: T) => Promise<boolean>, delayMs = 500) {
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [saver] = useState(() => createAutosave(save, setStatus, delayMs)); // one saver per mount; setSave keeps `save` fresh
  saver.setSave(save);
  useEffect(() => {
    const flush = () => void saver.flush();
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, [saver]);
  return { status, change: saver.change, flush: saver.flush, cancel: saver.cancel };
}

function createAutosave<T>(initialSave: (value: T) => Promise<boolean>, onStatus: (s: SaveStatus) => void, delayMs: number) {
  let save = initialSave;
  let latest: { value: T } | null = null; // null: nothing unsaved
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let failing = false;
  let retryMs = 2000;
  let release: (() => void) | null = null;

  const settle = () => {
    release?.();
    release = null;
  };

  async function flush(): Promise<void> {
    clearTimeout(timer);
    if (running) {
      await running;
      return latest ? flush() : undefined;
    }
    if (!latest) return;
    const { value } = latest;
    latest = null;
    onStatus('saving');
    running = (async () => {
      const ok = await save(value).catch(() => false);
      if (ok) {
        failing = false;
        retryMs = 2000;
        if (!latest) settle();
        onStatus(latest ? 'pending' : 'saved');
      } else {
        latest ??= { value }; // newer edits win; otherwise retry with this one
        failing = true;
        onStatus('error');
        timer = setTimeout(() => void flush(), retryMs);
        retryMs = Math.min(retryMs * 2, 30_000);
      }
    })().finally(() => (running = null));
    return running;
  }

  return {
    setSave(next: (value: T) => Promise<boolean>) {
      save = next;
    },
    change(value: T) {
      latest = { value };
      release ??= holdUpdates('unsaved story');
      if (!failing) onStatus('pending');
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
    /** Drop what is unsaved and wait for a save under way (the story is about to be deleted). */
    async cancel(): Promise<void> {
      clearTimeout(timer);
      latest = null;
      failing = false;
      settle();
      await running;
    },
  };
}
