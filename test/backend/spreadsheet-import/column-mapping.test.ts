import { describe, expect, it } from 'vitest';
import { assignLevels } from '../../../electron/backend/spreadsheet-import/column-mapping.js';

describe('assignLevels', () => {
  const t = (level: 100 | 90 | 80 | 70 | 60 | null, byPercent = false) => ({ kind: 'target' as const, level, byPercent });
  it('trusts written percentages, then the count, then the names', () => {
    expect(assignLevels([t(100, true), t(80, true), t(60, true)])).toEqual([100, 80, 60]);
    expect(assignLevels([t(100), t(80), t(70)])).toEqual([100, 80, 60]); // অসাধারণ/উত্তম/চলতিমান
    expect(assignLevels([t(null), t(null), t(null), t(null), t(null)])).toEqual([100, 90, 80, 70, 60]);
    expect(assignLevels([t(null)])).toEqual([100]);
    expect(assignLevels([t(100), t(90)])).toEqual([100, 90]);
    expect(assignLevels([t(null), t(null)])).toEqual([100, 90]);
  });
});
