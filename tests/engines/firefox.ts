/** Firefox ESR through puppeteer-core over WebDriver BiDi (no CDP), headless. */
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { locate, type Capabilities, type EnginePage, type LaunchOptions, type PageFind } from './driver';
import { scratchHome } from './scratch';

export const binary = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const CAPS: Capabilities = {
  offline: 'emulated',
  // Firefox records Ogg/Opus by default and WebM when asked (the app asks for webm;codecs=opus first).
  recordedType: /^audio\/(ogg|webm)/,
  deniedError: 'NotAllowedError',
  deniedMessage: /permission was denied/,
};

/** Prefs common to every launch: quiet start-up, playback without a gesture. */
const BASE_PREFS = {
  'media.autoplay.default': 0, // 0 = allow: Play's audio starts without a prompt
  'media.autoplay.blocking_policy': 0,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.disabledForTesting': true,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};

const MICROPHONE = {
  // A 1 kHz sine, granted without a prompt.
  fake: { 'media.navigator.streams.fake': true, 'media.navigator.permission.disabled': true },
  // The fake device is there, but the site's microphone permission is "Block": getUserMedia rejects.
  denied: { 'media.navigator.streams.fake': true, 'media.navigator.permission.disabled': false, 'permissions.default.microphone': 2 },
};

export async function launch({ microphone }: LaunchOptions): Promise<EnginePage> {
  if (!existsSync(binary))
    throw new Error(`Firefox ESR is not at ${binary}: apt-get install -y firefox-esr (or set FIREFOX_PATH, or leave firefox out of ENGINES)`);
  const home = scratchHome('firefox');
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: binary,
      headless: true,
      userDataDir: join(home.dir, 'profile'),
      env: home.env,
      timeout: 30_000,
      protocolTimeout: 60_000,
      extraPrefsFirefox: { ...BASE_PREFS, ...MICROPHONE[microphone] },
    });
    const [first] = await browser.pages();
    const page = first ?? (await browser.newPage());
    return new FirefoxPage(browser, page, home.remove);
  } catch (error) {
    await browser?.close();
    home.remove();
    throw error;
  }
}

class FirefoxPage implements EnginePage {
  readonly engine = 'firefox' as const;
  readonly caps = CAPS;
  constructor(
    private readonly browser: Browser,
    private readonly page: Page,
    private readonly cleanup: () => void,
  ) {}

  async goto(url: string): Promise<void> {
    try {
      await this.page.goto(url, { waitUntil: 'load' });
    } catch (error) {
      // Firefox's BiDi reports a load that the page itself moved on from (the app's /random replacing its URL with
      // a question's while the load was finishing, seen once in a CI-like run) as NS_BINDING_ABORTED. The page is
      // there all the same: wait for it to finish loading, on this origin; the scenario then checks what it shows.
      if (!String(error).includes('NS_BINDING_ABORTED')) throw error;
      const origin = new URL(url).origin;
      await this.page.waitForFunction((o) => location.origin === o && document.readyState === 'complete', { timeout: 30_000 }, origin);
    }
  }
  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load' });
  }
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>> {
    return this.page.evaluate(fn as never, arg as never) as Promise<Awaited<R>>;
  }
  private async element(find: PageFind): Promise<ElementHandle<Element>> {
    const handle = await this.page.evaluateHandle(locate, find);
    const el = handle.asElement();
    if (!el) {
      await handle.dispose();
      throw new Error(`no element for ${JSON.stringify(find)}`);
    }
    return el as ElementHandle<Element>;
  }
  async click(find: PageFind): Promise<void> {
    const el = await this.element(find);
    try {
      await el.click();
    } finally {
      await el.dispose();
    }
  }
  async type(find: PageFind, text: string): Promise<void> {
    const el = await this.element(find);
    try {
      await el.focus();
      await el.evaluate((e) => {
        const input = e as HTMLInputElement;
        input.setSelectionRange?.(input.value.length, input.value.length);
      });
      await this.page.keyboard.type(text);
    } finally {
      await el.dispose();
    }
  }
  async goOffline(): Promise<void> {
    await this.page.setOfflineMode(true);
  }
  async goOnline(): Promise<void> {
    await this.page.setOfflineMode(false);
  }
  async close(): Promise<void> {
    const child = this.browser.process();
    try {
      await this.browser.close();
      // close() can resolve while Firefox still writes its profile (seen under load): wait for it to exit before removing it.
      if (child && child.exitCode === null && child.signalCode === null)
        await Promise.race([once(child, 'exit'), setTimeout(30_000, undefined, { ref: false })]);
    } finally {
      this.cleanup();
    }
  }
}
