import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, HEADER_POLICY, contentSecurityPolicy, parseHeadersFile } from './content-security-policy.ts';

/** The _headers file the plugin writes into dist/. */
function headersFile(): Record<string, string> {
  const emitted: { fileName?: string; source?: unknown }[] = [];
  const generateBundle = contentSecurityPolicy().generateBundle as (this: unknown) => void;
  generateBundle.call({ emitFile: (file: { fileName?: string; source?: unknown }) => emitted.push(file) });
  const file = emitted.find((f) => f.fileName === '_headers');
  return parseHeadersFile(String(file?.source ?? ''));
}

describe('the Content-Security-Policy', () => {
  it('is the same in the generated dist/_headers as in the page, plus frame-ancestors', () => {
    expect(headersFile()['Content-Security-Policy']).toBe(HEADER_POLICY);
    expect(HEADER_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
  });

  it('allows no inline script or style and nothing from another origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|https?:|\*/);
  });

  it('goes into the built page head after the charset, before any script', () => {
    const plugin = contentSecurityPolicy();
    const transform = plugin.transformIndexHtml as { handler: (html: string) => string };
    expect(transform.handler('<html><head><script src="/x.js"></script></head></html>')).toMatch(
      /^<html><head>\n {4}<meta http-equiv="Content-Security-Policy" content="default-src 'self';[^"]*" \/><script/,
    );
    expect(transform.handler('<head>\n  <meta charset="UTF-8" />\n  <script src="/x.js"></script>')).toMatch(
      /^<head>\n {2}<meta charset="UTF-8" \/>\n {4}<meta http-equiv="Content-Security-Policy" [^>]*>\n {2}<script/,
    );
  });
});
