// Matching the office a file names against the registry (the preview's suggestions).
import { describe, expect, test } from 'vitest';
import { confidentMatch, similarity, suggestOffices, type MatchableOffice } from '../../../electron/backend/plan-import/office-match.js';

const registry: MatchableOffice[] = [
  { id: 1, nameBn: 'মহিলা ও শিশু বিষয়ক মন্ত্রণালয়', nameEn: 'Ministry of Women and Children Affairs', shortName: null },
  { id: 2, nameBn: 'জাতীয় মহিলা সংস্থা', nameEn: 'Jatiya Mohila Sangstha', shortName: 'জামস' },
  { id: 3, nameBn: 'মহিলা বিষয়ক অধিদপ্তর', nameEn: null, shortName: null },
  { id: 4, nameBn: 'বিলুপ্ত দপ্তর', nameEn: null, shortName: null, active: false },
];

describe('office suggestions', () => {
  test('the same name after normalising (punctuation, spacing, case) is a certain match, preselected', () => {
    const suggestions = suggestOffices('  জাতীয়  মহিলা সংস্থা, ', registry);
    expect(suggestions[0]).toEqual({ officeId: 2, name: 'জাতীয় মহিলা সংস্থা', score: 1 });
    expect(confidentMatch(suggestions)).toBe(2);
    expect(suggestOffices('JATIYA MOHILA SANGSTHA', registry)[0]?.officeId).toBe(2);
  });

  test('a title that contains a registry name matches it', () => {
    const [best] = suggestOffices('জাতীয় মহিলা সংস্থার ২য় ত্রৈমাসিক প্রতিবেদন', registry);
    expect(best?.officeId).toBe(2);
    expect(best?.score).toBeGreaterThanOrEqual(0.8);
  });

  test('an OCR slip still suggests the office, by bigram similarity, best first', () => {
    const suggestions = suggestOffices('মহিলা বিষযক অধিদপ্তর', registry);
    expect(suggestions[0]?.officeId).toBe(3);
    expect(suggestions[0]!.score).toBeCloseTo(similarity('মহিলা বিষযক অধিদপ্তর', 'মহিলা বিষয়ক অধিদপ্তর'), 10);
    expect(suggestions[0]!.score).toBeLessThan(1);
    for (let i = 1; i < suggestions.length; i++) expect(suggestions[i]!.score).toBeLessThanOrEqual(suggestions[i - 1]!.score);
  });

  test('inactive offices are never suggested; a name that resembles nothing gets no suggestion', () => {
    expect(suggestOffices('বিলুপ্ত দপ্তর', registry).map((s) => s.officeId)).not.toContain(4);
    expect(suggestOffices('Bangladesh Bank', registry)).toEqual([]);
    expect(suggestOffices(null, registry)).toEqual([]);
  });

  test('an office renamed in the registry is matched by its new name at once', () => {
    expect(suggestOffices('নারী উন্নয়ন দপ্তর', registry)).toEqual([]);
    const renamed = registry.map((o) => (o.id === 3 ? { ...o, nameBn: 'নারী উন্নয়ন দপ্তর' } : o));
    expect(suggestOffices('নারী উন্নয়ন দপ্তর', renamed)[0]).toEqual({ officeId: 3, name: 'নারী উন্নয়ন দপ্তর', score: 1 });
    expect(suggestOffices('মহিলা বিষয়ক অধিদপ্তর', renamed).map((s) => s.officeId)).not.toContain(3);
  });
});
