import { describe, expect, it, vi } from 'vitest';
import { installTranscripts, startTranscript, transcriptSupport } from './transcript.ts';

/** SpeechRecognition as far as the module uses it; events are fired by the test. */
function fakeRecognition(availability: string | Error = 'available') {
  const instances: FakeRecognition[] = [];
  class FakeRecognition extends EventTarget {
    lang = '';
    continuous = false;
    interimResults = true;
    local = false;
    // An accessor on the prototype, as in browsers that offer on-device recognition.
    get processLocally() {
      return this.local;
    }
    set processLocally(v: boolean) {
      this.local = v;
    }
    startedWith: unknown[] = [];
    static available = vi.fn(async () => {
      if (availability instanceof Error) throw availability;
      return availability;
    });
    static install = vi.fn(async () => true);
    constructor() {
      super();
      instances.push(this);
    }
    start(...args: unknown[]) {
      this.startedWith = args;
    }
    stop() {
      setTimeout(() => this.dispatchEvent(new Event('end')));
    }
    abort() {}
    say(...phrases: [string, boolean][]) {
      const results = phrases.map(([transcript, isFinal]) => ({ isFinal, 0: { transcript } }));
      this.dispatchEvent(Object.assign(new Event('result'), { results, resultIndex: 0 }));
    }
  }
  return { SR: FakeRecognition, instances };
}

describe('transcriptSupport', () => {
  it('maps the browser answer for on-device processing', async () => {
    for (const [answer, expected] of [
      ['available', 'available'],
      ['downloadable', 'downloadable'],
      ['downloading', 'downloadable'],
      ['unavailable', 'unavailable'],
    ] as const) {
      const { SR } = fakeRecognition(answer);
      expect(await transcriptSupport('en-US', SR)).toBe(expected);
      expect(SR.available).toHaveBeenCalledWith({ langs: ['en-US'], processLocally: true });
    }
  });

  it('is unavailable without the API, without available(), or when it throws', async () => {
    expect(await transcriptSupport('en-US', undefined)).toBe('unavailable');
    class Old extends EventTarget {} // webkitSpeechRecognition-era: no way to ask for on-device only
    expect(await transcriptSupport('en-US', Old as never)).toBe('unavailable');
    expect(await transcriptSupport('en-US', fakeRecognition(new Error('policy')).SR)).toBe('unavailable');
  });

  it('installs through the browser and reports failure as false', async () => {
    const { SR } = fakeRecognition();
    expect(await installTranscripts('en-US', SR)).toBe(true);
    SR.install.mockRejectedValueOnce(new Error('offline'));
    expect(await installTranscripts('en-US', SR)).toBe(false);
  });
});

describe('startTranscript', () => {
  it('listens on the given track, on the device only, and keeps final results', async () => {
    const { SR, instances } = fakeRecognition();
    const track = { kind: 'audio' } as MediaStreamTrack;
    const live = startTranscript('en-GB', track, SR)!;
    const r = instances[0]!;
    expect(r.processLocally).toBe(true);
    expect(r.continuous).toBe(true);
    expect(r.lang).toBe('en-GB');
    expect(r.startedWith).toEqual([track]);
    r.say(['I led the migration', true], ['of our eval', false]);
    r.say(['of our eval pipeline', true]);
    expect(await live.stop()).toBe('I led the migration of our eval pipeline');
  });

  it('restarts when recognition ends by itself (a long pause), keeping what it had', async () => {
    const { SR, instances } = fakeRecognition();
    const live = startTranscript('en-US', null, SR)!;
    instances[0]!.say(['Situation first', true]);
    instances[0]!.dispatchEvent(new Event('end'));
    expect(instances).toHaveLength(2);
    instances[1]!.say(['then the result', true]);
    expect(await live.stop()).toBe('Situation first then the result');
    expect(instances).toHaveLength(2); // no restart after our own stop
  });

  it('gives up waiting for end after a while', async () => {
    vi.useFakeTimers();
    const { SR, instances } = fakeRecognition();
    const live = startTranscript('en-US', null, SR)!;
    instances[0]!.stop = () => {}; // never fires 'end'
    instances[0]!.say(['hello', true]);
    const text = live.stop();
    await vi.advanceTimersByTimeAsync(2000);
    expect(await text).toBe('hello');
    vi.useRealTimers();
  });

  it('returns null without the API', () => {
    expect(startTranscript('en-US', null, undefined)).toBeNull();
  });
});
