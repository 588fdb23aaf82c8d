// How a document's HTML reaches the printer (Chromium through Playwright, or Electron's printToPDF).
// Never as a data: URL (Chromium refuses URLs over 2 MiB: a review annex of about 780 offices), but
// served from a URL of the print session itself (a Playwright route, an Electron protocol handler),
// one random URL per print, forgotten once printed. The page is locked down twice: a
// Content-Security-Policy in the page's head and in its response (nothing but its inline styles and
// its data: fonts and images), and JavaScript off in the printing page.

/** What a printed document may load: its own inline CSS, and the fonts and images inside it. */
export const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

/** The policy as the first element of the head, so it governs everything after it. */
export function withPrintPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return `${html.slice(0, head.index + head[0].length)}\n${meta}${html.slice(head.index + head[0].length)}`;
  return `${meta}\n${html}`;
}

export interface PrintResponse {
  body: string;
  headers: Record<string, string>;
}

export const PRINT_RESPONSE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': PRINT_CSP,
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

/** The pages being printed, each under its own URL below `origin` while it prints. */
export class PrintPages {
  private readonly pages = new Map<string, string>();

  /** `origin`: the print session's own, e.g. `apa-print://document` (Electron) or a routed `http://….invalid`. */
  constructor(private readonly origin: string) {}

  /** Serves the HTML (with its policy) until `close()`; `url` is what the printing page loads. */
  open(html: string): { url: string; close(): void } {
    const url = `${this.origin}/${crypto.randomUUID()}.html`;
    this.pages.set(url, withPrintPolicy(html));
    return { url, close: () => void this.pages.delete(url) };
  }

  /** The response for a request of the print session: one of the pages being printed, or null (refused). */
  respond(url: string): PrintResponse | null {
    const body = this.pages.get(url);
    return body === undefined ? null : { body, headers: PRINT_RESPONSE_HEADERS };
  }

  /** What the print session may load: a page being printed, or data inside it. */
  allows(url: string): boolean {
    return url.startsWith('data:') || this.pages.has(url);
  }
}
