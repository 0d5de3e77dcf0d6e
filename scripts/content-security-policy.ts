import type { Plugin } from 'vite';

/** What the page may load: only its own files, audio and images from blob:/data: URLs it makes itself. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self' blob:", // reading back a blob: URL the page made itself (a take kept in memory)
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** As a header a static host sends (dist/_headers): a meta tag cannot say frame-ancestors. */
export const HEADER_POLICY = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/** dist/_headers, for Netlify / Cloudflare Pages: written from the policy above, never by hand. */
export const HEADERS_FILE = `# Netlify / Cloudflare Pages: headers for every path. Written by scripts/content-security-policy.ts at build.
/*
  Content-Security-Policy: ${HEADER_POLICY}
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
`;

/**
 * The policy early in the built page's head, and as headers in dist/_headers. Build only: the dev server injects styles
 * inline for hot reload, which the policy rightly refuses.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'rehearse:content-security-policy',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: HEADERS_FILE });
    },
    transformIndexHtml: {
      order: 'post',
      // Right after the charset, before any script or style it governs.
      handler: (html) =>
        html.replace(
          /<head>(\s*<meta charset="[^"]*"\s*\/?>)?/i,
          (head) => `${head}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        ),
    },
  };
}

/** The `Name: value` lines of a Netlify-style _headers file (one `/*` rule), for the tests that serve with it. */
export function parseHeadersFile(text: string): Record<string, string> {
  const lines = text.split('\n').filter((l) => /^\s+\S[^:]*:/.test(l));
  return Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}
