/** Chromium (Debian's, /usr/bin/chromium) through playwright-core, with the launch arguments of tests/support. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type ElementHandle, type Page } from 'playwright-core';
import { ARGS, CHROMIUM } from '../support/chromium';
import { locate, type Capabilities, type EnginePage, type LaunchOptions, type PageFind } from './driver';
import { scratchHome } from './scratch';

export const binary = CHROMIUM;

const CAPS: Capabilities = {
  offline: 'emulated',
  recordedType: /^audio\/webm/,
  deniedError: 'NotAllowedError',
  deniedMessage: /permission was denied/,
};

export async function launch({ microphone }: LaunchOptions): Promise<EnginePage> {
  if (!existsSync(binary))
    throw new Error(`Chromium is not at ${binary}: apt-get install -y chromium (or set CHROMIUM_PATH, or leave chromium out of ENGINES)`);
  const home = scratchHome('chromium');
  const media = ['--use-fake-device-for-media-stream', '--autoplay-policy=no-user-gesture-required'];
  // Granted: the fake device and no prompt. Without --use-fake-ui-for-media-stream, headless Chromium
  // dismisses the permission prompt itself and getUserMedia really rejects (NotAllowedError "Permission denied").
  if (microphone === 'fake') media.push('--use-fake-ui-for-media-stream');
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: binary, headless: true, args: [...ARGS, ...media], env: home.env, timeout: 30_000 });
    const context = await browser.newContext();
    const page = await context.newPage();
    return new ChromiumPage(browser, context, page, home.remove);
  } catch (error) {
    await browser?.close();
    home.remove();
    throw error;
  }
}

class ChromiumPage implements EnginePage {
  readonly engine = 'chromium' as const;
  readonly caps = CAPS;
  constructor(
    private readonly browser: Browser,
    private readonly context: BrowserContext,
    private readonly page: Page,
    private readonly cleanup: () => void,
  ) {}

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }
  async reload(): Promise<void> {
    await this.page.reload();
  }
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>> {
    return this.page.evaluate(fn as never, arg) as Promise<Awaited<R>>;
  }
  private async element(find: PageFind): Promise<ElementHandle<Element>> {
    const handle = await this.page.evaluateHandle(locate, find);
    const el = handle.asElement();
    if (!el) throw new Error(`no element for ${JSON.stringify(find)}`);
    return el as ElementHandle<Element>;
  }
  async click(find: PageFind): Promise<void> {
    await (await this.element(find)).click();
  }
  async type(find: PageFind, text: string): Promise<void> {
    const el = await this.element(find);
    await el.focus();
    await el.evaluate((e) => {
      const input = e as HTMLInputElement;
      input.setSelectionRange?.(input.value.length, input.value.length);
    });
    await this.page.keyboard.type(text);
  }
  async goOffline(): Promise<void> {
    await this.context.setOffline(true);
  }
  async goOnline(): Promise<void> {
    await this.context.setOffline(false);
  }
  async close(): Promise<void> {
    try {
      await this.browser.close();
    } finally {
      this.cleanup();
    }
  }
}
