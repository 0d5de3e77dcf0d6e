/**
 * WebKitGTK (MiniBrowser, the engine nearest to Safari on Linux) through WebKitWebDriver and
 * selenium-webdriver. WebKitGTK has no headless mode: each launch starts its own Xvfb (a free display,
 * picked by Xvfb itself) and gives WebKitWebDriver, hence MiniBrowser, that DISPLAY.
 * Without a display the new-session request hangs, so creating a session has a time limit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { WebDriver, type WebElement } from 'selenium-webdriver';
import { Executor, HttpClient } from 'selenium-webdriver/http/index.js';
import { locate, waitFor, type Capabilities, type EnginePage, type LaunchOptions, type PageFind } from './driver';
import type { StaticServer } from './server';
import { scratchHome } from './scratch';

export const binary = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const driverBinary = process.env.WEBKITWEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const XVFB = '/usr/bin/Xvfb';
const SESSION_TIMEOUT_MS = 45_000;

const CAPS: Capabilities = {
  offline: 'server-stopped',
  recordedType: /^audio\/mp4/,
  // Without the mock devices WebKitGTK has no microphone at all, and says so this way (the app: "No microphone was found").
  deniedError: 'OverconstrainedError',
  deniedMessage: /No microphone was found/,
};

function missing(): string | null {
  for (const [path, pkg] of [
    [binary, 'libwebkit2gtk-4.1-0 (with webkit2gtk-driver)'],
    [driverBinary, 'webkit2gtk-driver'],
    [XVFB, 'xvfb'],
  ] as const) {
    if (!existsSync(path)) return `${path} is missing: apt-get install -y ${pkg} (or leave webkit out of ENGINES)`;
  }
  return null;
}

/** Starts Xvfb on a display it finds free itself (-displayfd), and returns that display. */
function startXvfb(env: Record<string, string>): Promise<{ display: string; proc: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-noreset'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      env,
      detached: true, // a process group of its own, ended as one by endGroup()
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`Xvfb did not start within 10 s: ${err}`));
    }, 10_000);
    proc.stderr!.on('data', (d) => (err += d));
    (proc.stdio[3] as NodeJS.ReadableStream).on('data', (d) => {
      out += d;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve({ display: `:${out.trim()}`, proc });
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}) before reporting a display: ${err}`));
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Ends a process group we spawned (WebKitWebDriver and the MiniBrowser it started, or Xvfb). */
function endGroup(proc: ChildProcess | undefined): Promise<void> {
  if (!proc?.pid || proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const t = setTimeout(() => {
      try {
        process.kill(-proc.pid!, 'SIGKILL');
      } catch {
        /* gone */
      }
      resolve();
    }, 3000);
    proc.once('exit', () => {
      clearTimeout(t);
      resolve();
    });
    try {
      process.kill(-proc.pid!, 'SIGTERM');
    } catch {
      clearTimeout(t);
      resolve();
    }
  });
}

export async function launch({ microphone, server }: LaunchOptions): Promise<EnginePage> {
  const problem = missing();
  if (problem) throw new Error(`WebKitGTK: ${problem}`);
  const home = scratchHome('webkit');
  let xvfb: ChildProcess | undefined;
  let wd: ChildProcess | undefined;
  const cleanup = async () => {
    await endGroup(wd);
    await endGroup(xvfb);
    home.remove();
  };
  try {
    const x = await startXvfb(home.env);
    xvfb = x.proc;
    const port = await freePort();
    let log = '';
    wd = spawn(driverBinary, [`--port=${port}`, '--host=127.0.0.1'], {
      env: { ...home.env, DISPLAY: x.display, GDK_BACKEND: 'x11', WAYLAND_DISPLAY: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so close() also ends the MiniBrowser it starts
    });
    wd.stdout!.on('data', (d) => (log = (log + d).slice(-4000)));
    wd.stderr!.on('data', (d) => (log = (log + d).slice(-4000)));
    const url = `http://127.0.0.1:${port}`;
    await waitFor(
      () =>
        fetch(`${url}/status`).then(
          (r) => r.ok,
          () => false,
        ),
      { timeout: 10_000, message: 'WebKitWebDriver to listen' },
    );

    const args = ['--automation', '--enable-media-stream=true'];
    // With the mock devices getUserMedia is granted a fake microphone (a beep); without them it rejects.
    if (microphone === 'fake') args.push('--enable-mock-capture-devices=true');
    const driver = WebDriver.createSession(new Executor(new HttpClient(url)), {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary, args },
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        driver.getSession(),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`WebKitWebDriver made no session within ${SESSION_TIMEOUT_MS / 1000} s (DISPLAY ${x.display}). Its output:\n${log}`)),
            SESSION_TIMEOUT_MS,
          );
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
    await driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
    return new WebKitPage(driver, server, cleanup);
  } catch (error) {
    await cleanup();
    throw error;
  }
}

class WebKitPage implements EnginePage {
  readonly engine = 'webkit' as const;
  readonly caps = CAPS;
  constructor(
    private readonly driver: WebDriver,
    private readonly server: StaticServer,
    private readonly cleanup: () => Promise<void>,
  ) {}

  async goto(url: string): Promise<void> {
    await this.driver.get(url);
  }
  async reload(): Promise<void> {
    await this.driver.navigate().refresh();
  }
  async evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>> {
    // Execute Script awaits a returned promise (WebDriver spec); undefined comes back as null.
    return this.driver.executeScript<Awaited<R>>(`return (${fn.toString()})(arguments[0]);`, arg ?? null);
  }
  private async element(find: PageFind): Promise<WebElement> {
    const el = await this.driver.executeScript<WebElement | null>(`return (${locate.toString()})(arguments[0]);`, find);
    if (!el) throw new Error(`no element for ${JSON.stringify(find)}`);
    return el;
  }
  async click(find: PageFind): Promise<void> {
    await (await this.element(find)).click();
  }
  async type(find: PageFind, text: string): Promise<void> {
    // Element Send Keys focuses the field and puts the caret at its end before typing.
    await (await this.element(find)).sendKeys(text);
  }
  /** No network emulation in WebKitGTK: the server goes away (same port when it comes back). */
  async goOffline(): Promise<void> {
    await this.server.stop();
  }
  async goOnline(): Promise<void> {
    await this.server.start();
  }
  async close(): Promise<void> {
    try {
      await Promise.race([this.driver.quit(), new Promise((r) => setTimeout(r, 10_000))]);
    } catch {
      /* the processes are ended below either way */
    } finally {
      await this.cleanup();
    }
  }
}
