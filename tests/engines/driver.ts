/**
 * The small surface the cross-engine scenarios are written against. Each engine implements
 * `EnginePage` (chromium.ts: playwright-core, firefox.ts: puppeteer-core over WebDriver BiDi,
 * webkit.ts: selenium-webdriver + WebKitWebDriver); `Session` adds what is the same everywhere.
 * Elements are found by a script run in the page (see `locate`), so all three find them alike.
 */
import type { StaticServer } from './server';

export type EngineName = 'chromium' | 'firefox' | 'webkit';
export const ALL_ENGINES: readonly EngineName[] = ['chromium', 'firefox', 'webkit'];

/** How an element is found: a CSS selector, a control by its label's text, or an element by its text. */
export type Find =
  | { css: string }
  | { label: string }
  /** An element matching `css` (default: buttons and links) whose aria-label or text matches. */
  | { text: string | RegExp; css?: string };

/** `Find` as it travels into the page (a RegExp does not survive serialisation). */
export type PageFind = { css: string } | { label: string } | { text: { source: string; flags: string } | string; css: string };

export function toPageFind(find: Find): PageFind {
  if ('text' in find) {
    const text = find.text instanceof RegExp ? { source: find.text.source, flags: find.text.flags } : find.text;
    return { text, css: find.css ?? 'button, a[href], [role="button"]' };
  }
  return find;
}

export const describeFind = (find: Find): string =>
  'css' in find && !('text' in find) ? `css ${find.css}` : 'label' in find ? `the field labelled “${find.label}”` : `“${String(find.text)}”`;

/**
 * Runs in the page: the first visible element that `find` describes, or null. Self-contained (no
 * outer names) because each driver ships its source text to the page.
 */
export function locate(find: PageFind): Element | null {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const shown = (el: Element) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  if ('label' in find) {
    for (const label of Array.from(document.querySelectorAll('label'))) {
      if (norm(label.textContent) === find.label && label.control && shown(label.control)) return label.control;
    }
    for (const el of Array.from(document.querySelectorAll('[aria-label]'))) if (norm(el.getAttribute('aria-label')) === find.label && shown(el)) return el;
    return null;
  }
  if (!('text' in find)) return Array.from(document.querySelectorAll(find.css)).find(shown) ?? null;
  const t = find.text;
  const matches = typeof t === 'string' ? (s: string) => s === t : (s: string) => new RegExp(t.source, t.flags).test(s);
  for (const el of Array.from(document.querySelectorAll(find.css))) {
    if (!shown(el)) continue;
    if (matches(norm(el.getAttribute('aria-label'))) || matches(norm(el.textContent))) return el;
  }
  return null;
}

/**
 * A page function `(find) => …` whose body can call `locate(find)`. Built here, in Node, from source
 * text: every driver sends a function's source to the page, and the page needs no eval of its own.
 */
export function inPage<R>(body: string): (find: PageFind) => R {
  return new Function('find', `const locate = ${locate.toString()};\n${body}`) as (find: PageFind) => R;
}

export type Microphone = 'fake' | 'denied';

export interface LaunchOptions {
  /** This engine's own server: its origin is the base URL; WebKit stops it to go offline. */
  server: StaticServer;
  /** 'fake': an engine's fake/mock microphone, granted; 'denied': getUserMedia rejects. */
  microphone: Microphone;
}

export interface Capabilities {
  /** How goOffline() cuts the network: the engine's own emulation, or by stopping the server. */
  offline: 'emulated' | 'server-stopped';
  /** The types this engine's MediaRecorder records (the stored take's mimeType must match). */
  recordedType: RegExp;
  /**
   * The error name getUserMedia really rejects with in this engine's 'denied' setup: NotAllowedError
   * where permission is refused (Chromium, Firefox); WebKitGTK without mock devices has no microphone.
   */
  deniedError: string;
  /** What the app must say for it (written here, not taken from the app's own table). */
  deniedMessage: RegExp;
}

/** What each engine's driver implements: one browser window with one tab. */
export interface EnginePage {
  readonly engine: EngineName;
  readonly caps: Capabilities;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `fn(arg)` in the page and returns its (awaited) result; fn must not use outer names. */
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
  /** A real (trusted) click on the element; throws when there is none. */
  click(find: PageFind): Promise<void>;
  /** Focuses the element and types `text` as keystrokes, after the text already there. */
  type(find: PageFind, text: string): Promise<void>;
  goOffline(): Promise<void>;
  goOnline(): Promise<void>;
  close(): Promise<void>;
}

export interface WaitOptions {
  timeout?: number;
  interval?: number;
  /** Said when it times out, with the last value seen. */
  message?: string;
}

/** Polls `fn` until it returns something truthy (returned) or the time is up (throws, with the last value). */
export async function waitFor<T>(fn: () => Promise<T> | T, { timeout = 10_000, interval = 100, message = 'condition' }: WaitOptions = {}): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) {
      const seen = last instanceof Error ? `${last.name}: ${last.message}` : JSON.stringify(last);
      throw new Error(`Timed out after ${timeout} ms waiting for ${message}; last seen: ${seen}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** One engine's tab, with the scenario-level helpers that are the same in every engine. */
export class Session {
  constructor(
    readonly page: EnginePage,
    private readonly server: StaticServer,
  ) {}

  get engine(): EngineName {
    return this.page.engine;
  }
  get caps(): Capabilities {
    return this.page.caps;
  }

  open(path: string): Promise<void> {
    return this.page.goto(this.server.origin + path);
  }
  reload(): Promise<void> {
    return this.page.reload();
  }
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
  evaluate<R>(fn: () => R): Promise<Awaited<R>>;
  evaluate<A, R>(fn: (arg?: A) => R, arg?: A): Promise<Awaited<R>> {
    return this.page.evaluate(fn, arg);
  }
  waitFor<T>(fn: () => Promise<T> | T, options?: WaitOptions): Promise<T> {
    return waitFor(fn, options);
  }

  /** Whether the element is there (and shown) now. */
  has(find: Find): Promise<boolean> {
    return this.page.evaluate(inPage<boolean>('return locate(find) !== null;'), toPageFind(find));
  }
  /** Waits for the element to be there; the default timeout fits a cold start in a slow engine. */
  async waitForElement(find: Find, timeout = 15_000): Promise<void> {
    await waitFor(() => this.has(find), { timeout, message: describeFind(find) });
  }
  async click(find: Find): Promise<void> {
    await this.waitForElement(find);
    await this.page.click(toPageFind(find));
  }
  /** Types into the field as keystrokes (appends). */
  async type(find: Find, text: string): Promise<void> {
    await this.waitForElement(find);
    await this.page.type(toPageFind(find), text);
  }
  /** Normalised text of the first element the CSS selector matches, or null when there is none. */
  textOf(css: string): Promise<string | null> {
    return this.page.evaluate((sel) => {
      const el = document.querySelector(sel);
      return el ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
    }, css);
  }
  /** Texts of every element the selector matches. */
  textsOf(css: string): Promise<string[]> {
    return this.page.evaluate((sel) => Array.from(document.querySelectorAll(sel)).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()), css);
  }
  /** The value of the form control labelled `label`. */
  valueOf(label: string): Promise<string | null> {
    return this.page.evaluate(inPage<string | null>('const el = locate(find); return el ? el.value : null;'), { label });
  }
  goOffline(): Promise<void> {
    return this.page.goOffline();
  }
  goOnline(): Promise<void> {
    return this.page.goOnline();
  }
  close(): Promise<void> {
    return this.page.close();
  }
}
