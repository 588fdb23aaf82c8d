// Calls the running web app's API directly, as the renderer does (token header, JSON body).
import type { ApiCallName, ApiOutput, Office, ReviewIndicatorRow, ReviewWorkspace } from '../../electron/backend/api/contract.js';

/** The output is typed from the contract; the input stays `unknown` (tests send wrong inputs too). */
export async function webCall<N extends ApiCallName>(appUrl: string, name: N, input: unknown = {}): Promise<ApiOutput<N>> {
  const url = new URL(appUrl);
  const token = /token=([0-9a-f]+)/.exec(url.hash)?.[1] ?? '';
  const response = await fetch(`${url.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-apa-desk-token': token },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: true; value: ApiOutput<N> } | { ok: false; error: unknown };
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The running app's own office; throws (the test fails loudly) when setup has made none. */
export async function webOwnOffice(appUrl: string): Promise<Office> {
  const { ownOffice } = await webCall(appUrl, 'setup.status');
  if (!ownOffice) throw new Error('setup.status: no own office (setup has not completed)');
  return ownOffice;
}

/** The indicator of this code in a review workspace; throws (the test fails loudly) when it has none. */
export function indicatorOf(workspace: ReviewWorkspace, code: string): ReviewIndicatorRow {
  const found = workspace.indicators.find((i) => i.code === code);
  if (!found) throw new Error(`the workspace has no indicator ${code}`);
  return found;
}

export const SETUP_INPUT = {
  office: { nameBn: 'লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ', level: 'division', memoPrefix: '৫৫.০০.০০০০.১১৮.৩৬.০১', website: 'www.legislativediv.gov.bd' },
  signatory: { name: 'সৌমেন পালিত বাবু', designation: 'সহকারী সচিব (কর্মসম্পাদন ব্যবস্থাপনা শাখা)', phone: '০১৮১৪৩৭১৫৫৬' },
};

/** Stages and stores one demo file for an office in 2023-24 (a plan when period is null, else its report, received 10 January). */
export async function webImportDemo(appUrl: string, fileName: string, bytes: Buffer, officeId: number, period: 'H1' | null): Promise<void> {
  const staged = await webCall(appUrl, 'imports.stage', { fileName, contentBase64: bytes.toString('base64') });
  await webCall(appUrl, 'imports.commit', { stagedId: staged.stagedId, officeId, fiscalYear: '2023-24', period, receivedOn: period ? '2024-01-10' : null });
}
