// The renderer's side of the API contract. In Electron the preload bridge carries calls over IPC;
// in the browser (npm run web) they go to the local web server with the per-run token.
import type { ApiCallName, ApiInput, ApiOutput } from '../../../electron/backend/api/contract.js';
import type { ApiErrorBody, ApiResult } from '../../../electron/backend/api/errors.js';

declare global {
  interface Window {
    apaDesk?: { call(name: string, input: unknown): Promise<unknown> };
  }
}

export class ApiCallError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
  }
  /** Field issues keyed by path, for forms. */
  fieldIssues(): Record<string, string> {
    return this.body.kind === 'validation' ? Object.fromEntries(this.body.issues.map((i) => [i.path, i.code])) : {};
  }
}

const TOKEN_KEY = 'apa-desk-token';

/** The web transport's per-run token (also sent with file uploads). */
export function webToken(): string {
  const match = /token=([0-9a-f]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

async function transport(name: string, input: unknown): Promise<ApiResult<unknown>> {
  if (window.apaDesk) return (await window.apaDesk.call(name, input)) as ApiResult<unknown>;
  const response = await fetch(`./api/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-apa-desk-token': webToken() },
    body: JSON.stringify(input ?? {}),
  });
  if (!response.ok) return { ok: false, error: { kind: 'internal', message: `HTTP ${response.status}` } };
  return (await response.json()) as ApiResult<unknown>;
}

export async function call<N extends ApiCallName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
  const result = await transport(name, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value as ApiOutput<N>;
}

/** Reads the token from the URL at start-up, before any component changes the location. */
export function initTransport(): void {
  if (!window.apaDesk) webToken();
}
