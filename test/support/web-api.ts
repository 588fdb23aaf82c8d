// Calls the running web app's API directly, as the renderer does (token header, JSON body).
export async function webCall(appUrl: string, name: string, input: unknown = {}): Promise<any> {
  const url = new URL(appUrl);
  const token = /token=([0-9a-f]+)/.exec(url.hash)?.[1] ?? '';
  const response = await fetch(`${url.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-apa-desk-token': token },
    body: JSON.stringify(input),
  });
  const result = await response.json();
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result.value;
}

export const SETUP_INPUT = {
  office: { nameBn: 'লেজিসলেটিভ ও সংসদ বিষয়ক বিভাগ', level: 'division', memoPrefix: '৫৫.০০.০০০০.১১৮.৩৬.০১', website: 'www.legislativediv.gov.bd' },
  signatory: { name: 'সৌমেন পালিত বাবু', designation: 'সহকারী সচিব (কর্মসম্পাদন ব্যবস্থাপনা শাখা)', phone: '০১৮১৪৩৭১৫৫৬' },
};
