// Matches the office named in a file against the registry: exact after normalising, else the
// closest names by character-bigram similarity (robust to OCR slips and spacing).
import type { Office } from '../api/contract.js';

/** What matching needs of an office (inactive ones, where given, are never suggested). */
export type MatchableOffice = Pick<Office, 'id' | 'nameBn' | 'nameEn' | 'shortName'> & { active?: boolean };

export interface OfficeSuggestion {
  officeId: number;
  name: string;
  /** 0..1, 1 = the same name after normalising. */
  score: number;
}

export function normaliseName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u200c\u200d]/g, '')
    .replace(/[,.;:।()\-–—"'“”]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const s = ` ${text} `;
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient of two bigram counts. */
function dice(x: Map<string, number>, y: Map<string, number>): number {
  let overlap = 0;
  let total = 0;
  for (const [g, n] of x) {
    overlap += Math.min(n, y.get(g) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * overlap) / total;
}

/** Dice coefficient over character bigrams. */
export function similarity(a: string, b: string): number {
  return dice(bigrams(normaliseName(a)), bigrams(normaliseName(b)));
}

interface ComparableName {
  normalised: string;
  grams: Map<string, number>;
}

// The registry's names, normalised and split into bigrams once: every staged file is matched against
// every office. Keyed by the name itself, so a renamed office is worked out anew; cleared when full.
const registryNames = new Map<string, ComparableName>();

function comparable(name: string): ComparableName {
  let known = registryNames.get(name);
  if (!known) {
    if (registryNames.size >= 5_000) registryNames.clear();
    const normalised = normaliseName(name);
    known = { normalised, grams: bigrams(normalised) };
    registryNames.set(name, known);
  }
  return known;
}

/**
 * The best registry matches for a name found in a file. A name in a title line often carries more
 * than the office ("… এর ২য় ত্রৈমাসিক প্রতিবেদন"), so containment of a registry name counts as a match too.
 */
export function suggestOffices(name: string | null, offices: MatchableOffice[], limit = 5): OfficeSuggestion[] {
  if (!name) return [];
  const wanted = normaliseName(name);
  const wantedGrams = bigrams(wanted);
  const suggestions: OfficeSuggestion[] = [];
  for (const o of offices) {
    if (o.active === false) continue;
    let score = 0;
    for (const n of [o.nameBn, o.nameEn, o.shortName]) {
      if (!n) continue;
      const candidate = comparable(n);
      const s =
        candidate.normalised === wanted ? 1 : candidate.normalised.length >= 6 && wanted.includes(candidate.normalised) ? 0.95 : dice(candidate.grams, wantedGrams);
      if (s > score) score = s;
    }
    if (score >= 0.35) suggestions.push({ officeId: o.id, name: o.nameBn, score });
  }
  return suggestions.sort((a, b) => b.score - a.score).slice(0, limit);
}

/** A suggestion good enough to preselect. */
export function confidentMatch(suggestions: OfficeSuggestion[]): number | null {
  const [best, second] = suggestions;
  if (!best || best.score < 0.8) return null;
  if (second && second.score >= best.score - 0.05 && best.score < 1) return null;
  return best.officeId;
}
