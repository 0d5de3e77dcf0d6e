// The part of selenium-webdriver 4.46 (plain JavaScript, no types of its own) that webkit.ts uses.
// Kept here rather than adding @types/selenium-webdriver, which trails the package by several versions.
declare module 'selenium-webdriver' {
  export class WebElement {
    click(): Promise<void>;
    sendKeys(...keys: string[]): Promise<void>;
  }
  export class WebDriver {
    static createSession(executor: unknown, capabilities: Record<string, unknown>, onQuit?: () => unknown): WebDriver;
    getSession(): Promise<{ getId(): string }>;
    getCapabilities(): Promise<{ get(key: string): unknown }>;
    executeScript<T = unknown>(script: string, ...args: unknown[]): Promise<T>;
    get(url: string): Promise<void>;
    navigate(): { refresh(): Promise<void> };
    manage(): { setTimeouts(t: { script?: number; pageLoad?: number; implicit?: number }): Promise<void> };
    quit(): Promise<void>;
  }
}

declare module 'selenium-webdriver/http/index.js' {
  export class HttpClient {
    constructor(serverUrl: string);
  }
  export class Executor {
    constructor(client: HttpClient | Promise<HttpClient>);
  }
}
