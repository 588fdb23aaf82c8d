// A large synthetic review database for the bench and the scale tests: N subordinate offices, each
// with an approved plan and Q1 and H1 reports of M indicators (dates, counts, percentages), some
// verified figures, comments and evidence. Inserted with prepared statements in one transaction.
import type Database from 'better-sqlite3';
import type { Level } from '../../../common/plan-document/schema.js';
import { targetsToJson } from '../../../electron/backend/plan-store/stored-values.js';
import { mulberry32 } from '../../support/prng.js';

export interface SyntheticOptions {
  offices: number;
  indicators: number;
  fiscalYear?: string;
  /** Deterministic pseudo-random seed. */
  seed?: number;
}

export interface SyntheticSummary {
  offices: number;
  reports: number;
  indicators: number;
  achievements: number;
  reviewItems: number;
  evidence: number;
}

/** Every run builds the same database. */
const random = mulberry32;

const LEVELS: Level[] = [100, 90, 80, 70, 60];

function isoPlus(start: string, days: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

interface TemplateIndicator {
  area: string;
  activity: string;
  code: string;
  unit: 'date' | 'number' | 'percent';
  weight: number;
  targets: (number | string)[];
}

/** One plan template: two areas (60/40 of the weight), two indicators per activity, total 50. */
function template(count: number, fiscalStart: number): TemplateIndicator[] {
  const out: TemplateIndicator[] = [];
  const firstArea = Math.ceil(count * 0.6);
  for (let k = 0; k < count; k++) {
    const area = k < firstArea ? '1' : '2';
    const n = k < firstArea ? k : k - firstArea;
    const activity = `${area}.${Math.floor(n / 2) + 1}`;
    const code = `${activity}.${(n % 2) + 1}`;
    const unit = (['date', 'number', 'percent'] as const)[k % 3]!;
    const targets =
      unit === 'date'
        ? LEVELS.map((_, i) => isoPlus(`${fiscalStart}-12-01`, i * 10 + (k % 5) * 7))
        : unit === 'number'
          ? LEVELS.map((_, i) => 10 - i * 2)
          : LEVELS.map((_, i) => 100 - i * 10);
    out.push({ area, activity, code, unit, weight: 50 / count, targets });
  }
  return out;
}

export function buildSyntheticReviews(sqlite: Database.Database, options: SyntheticOptions): SyntheticSummary {
  const fiscalYear = options.fiscalYear ?? '2023-24';
  const fiscalStart = Number(fiscalYear.slice(0, 4));
  const rand = random(options.seed ?? 42);
  const plan = template(options.indicators, fiscalStart);
  const summary: SyntheticSummary = { offices: options.offices, reports: 0, indicators: 0, achievements: 0, reviewItems: 0, evidence: 0 };

  const insertOffice = sqlite.prepare(`INSERT INTO offices (parent_id, is_own, name_bn, level) VALUES (?, ?, ?, ?)`);
  const insertYear = sqlite.prepare(`INSERT OR IGNORE INTO fiscal_years (label, start_date, end_date) VALUES (?, ?, ?)`);
  const insertPlan = sqlite.prepare(`INSERT INTO plans (office_id, fiscal_year, kind, version, levels) VALUES (?, ?, ?, ?, ?)`);
  const insertArea = sqlite.prepare(`INSERT INTO plan_areas (plan_id, code, title, weight, position) VALUES (?, ?, ?, ?, ?)`);
  const insertActivity = sqlite.prepare(`INSERT INTO plan_activities (plan_id, area_code, code, title, position) VALUES (?, ?, ?, ?, ?)`);
  const insertIndicator = sqlite.prepare(
    `INSERT INTO plan_indicators (plan_id, activity_id, area_code, code, text, unit, weight, position, targets) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertReport = sqlite.prepare(
    `INSERT INTO reports (office_id, fiscal_year, period, version, plan_id, received_on) VALUES (?, ?, ?, 1, ?, ?)`,
  );
  const insertAchievement = sqlite.prepare(
    `INSERT INTO achievements (report_id, indicator_id, period, value_number, value_date, value_text) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertRemark = sqlite.prepare(`INSERT INTO report_remarks (report_id, indicator_id, remarks, evidence) VALUES (?, ?, ?, ?)`);
  const insertReview = sqlite.prepare(`INSERT INTO reviews (report_id, comment) VALUES (?, ?)`);
  const insertItem = sqlite.prepare(
    `INSERT INTO review_items (review_id, indicator_id, verified_number, verified_date, status, comment) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertFile = sqlite.prepare(`INSERT INTO stored_files (sha256, file_name, byte_size, bytes) VALUES (?, ?, ?, ?)`);
  const insertEvidence = sqlite.prepare(`INSERT INTO evidence_files (report_id, indicator_id, stored_file_id) VALUES (?, ?, ?)`);

  /** One plan table (approved or as a report printed it); returns its indicator ids. */
  const planTable = (officeId: number, kind: 'plan' | 'report', version: number, drift: boolean): { planId: number; ids: number[] } => {
    const planId = Number(insertPlan.run(officeId, fiscalYear, kind, version, JSON.stringify(LEVELS)).lastInsertRowid);
    insertArea.run(planId, '1', 'ই-গভর্ন্যান্স ও উদ্ভাবন সংক্রান্ত কার্যক্রমের বাস্তবায়ন জোরদারকরণ', plan.filter((i) => i.area === '1').length * plan[0]!.weight, 0);
    insertArea.run(planId, '2', 'প্রাতিষ্ঠানিক দক্ষতা বৃদ্ধি', plan.filter((i) => i.area === '2').length * plan[0]!.weight, 1);
    const activities = new Map<string, number>();
    const ids = plan.map((ind, position) => {
      let activityId = activities.get(ind.activity);
      if (activityId === undefined) {
        activityId = Number(insertActivity.run(planId, ind.area, ind.activity, `কার্যক্রম ${ind.activity}`, activities.size).lastInsertRowid);
        activities.set(ind.activity, activityId);
      }
      const weight = drift && position === 0 ? ind.weight + 1 : ind.weight;
      const targets = targetsToJson(LEVELS, Object.fromEntries(ind.targets.map((t, i) => [String(LEVELS[i]), t])));
      const id = Number(insertIndicator.run(planId, activityId, ind.area, ind.code, `সূচক ${ind.code}: ই-সেবা বাস্তবায়ন`, ind.unit, weight, position, targets).lastInsertRowid);
      summary.indicators++;
      return id;
    });
    return { planId, ids };
  };

  /** A claimed value for a quarter: mostly near the targets, some blanks and words. */
  const claim = (ind: TemplateIndicator, quarter: 'Q1' | 'Q2'): { n: number | null; d: string | null; text: string | null } => {
    const r = rand();
    if (r < 0.08) return { n: null, d: null, text: null };
    if (r < 0.12) return { n: null, d: null, text: 'চলমান' };
    if (ind.unit === 'date') {
      return quarter === 'Q2' ? { n: null, d: isoPlus(`${fiscalStart}-11-20`, Math.floor(rand() * 60)), text: null } : { n: null, d: null, text: null };
    }
    if (ind.unit === 'number') return { n: Math.floor(rand() * 6), d: null, text: null };
    return { n: Math.round(50 + rand() * 50), d: null, text: null };
  };

  sqlite.transaction(() => {
    insertYear.run(fiscalYear, `${fiscalStart}-07-01`, `${fiscalStart + 1}-06-30`);
    const ownId = Number(insertOffice.run(null, 1, 'বেঞ্চমার্ক মন্ত্রণালয়', 'ministry').lastInsertRowid);
    const fileId = Number(insertFile.run('0'.repeat(64), 'নোটিশ.pdf', 4, Buffer.from('%PDF')).lastInsertRowid);
    for (let o = 0; o < options.offices; o++) {
      const officeId = Number(insertOffice.run(ownId, 0, `দপ্তর ${String(o + 1).padStart(4, '0')}`, 'department').lastInsertRowid);
      planTable(officeId, 'plan', 1, false);
      const drift = o % 10 === 0;
      // The Q1 report: Q1 column only.
      const q1 = planTable(officeId, 'report', 1, drift);
      const q1Report = Number(insertReport.run(officeId, fiscalYear, 'Q1', q1.planId, `${fiscalStart}-10-${String(10 + (o % 15)).padStart(2, '0')}`).lastInsertRowid);
      // The H1 report: Q1 and Q2 columns.
      const h1 = planTable(officeId, 'report', 2, drift);
      const received = isoPlus(`${fiscalStart + 1}-01-05`, o % 20);
      const h1Report = Number(insertReport.run(officeId, fiscalYear, 'H1', h1.planId, received).lastInsertRowid);
      summary.reports += 2;
      plan.forEach((ind, i) => {
        for (const [reportId, ids, quarters] of [[q1Report, q1.ids, ['Q1']], [h1Report, h1.ids, ['Q1', 'Q2']]] as const) {
          for (const quarter of quarters) {
            const v = claim(ind, quarter);
            if (v.n === null && v.d === null && v.text === null) continue;
            insertAchievement.run(reportId, ids[i], quarter, v.n, v.d, v.text);
            summary.achievements++;
          }
        }
        if (i % 4 === 0) insertRemark.run(h1Report, h1.ids[i], i % 8 === 0 ? '৪র্থ কোয়ার্টারে সম্পন্ন করা হবে' : null, i % 3 === 0 ? 'নোটিশ' : null);
      });
      // A quarter of the offices are under review: a few verified figures, statuses, comments and a file.
      if (o % 4 === 0) {
        const reviewId = Number(insertReview.run(h1Report, 'প্রমাণক অসম্পূর্ণ').lastInsertRowid);
        plan.forEach((ind, i) => {
          if (i % 5 !== 0) return;
          const verifiedNumber = ind.unit === 'date' ? null : ind.unit === 'number' ? 2 : 80;
          const verifiedDate = ind.unit === 'date' ? `${fiscalStart}-12-15` : null;
          insertItem.run(reviewId, h1.ids[i], verifiedNumber, verifiedDate, i % 2 === 0 ? 'accepted' : 'needs-correction', 'যাচাই করা হয়েছে');
          summary.reviewItems++;
        });
        insertEvidence.run(h1Report, h1.ids[0], fileId);
        summary.evidence++;
      }
    }
  })();
  return summary;
}
