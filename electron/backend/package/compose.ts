// The memo the Package screen starts from: the own office's letterhead (with its wing and branch) and
// signatory, the file number, today in Dhaka, and the wording of the last saved template (or the
// standard wording, after seed 001) with the office, year, period and enclosed parts filled in.
import type { MemoDraft, MemoTemplate, PackageParts } from '../api/contract/package.js';
import type { Signatory } from '../api/contract/settings.js';
import { fieldError } from '../api/errors.js';
import { todayInDhaka } from '../../../common/dates/iso-date.js';
import type { Db } from '../database/open-database.js';
import { findOwnOffice } from '../offices/office-service.js';
import type { Period } from '../../../common/plan-document/schema.js';
import { readOwnBranch } from '../settings/app-settings.js';
import { readSetting, writeSetting } from '../settings/settings-store.js';
import { fillPlaceholders, hasEmptyBranch, isSignatoryEntry, toPlaceholders, type WordingValues } from './memo-wording.js';

const TEMPLATES_KEY = 'memo.templates';

export const ALL_PARTS: PackageParts = { selfAssessment: true, reviewReport: true, feedbackLetters: true, evidenceIndex: true };

export function standardTemplate(): MemoTemplate {
  return {
    name: 'মন্ত্রিপরিষদ বিভাগে অর্ধবার্ষিক প্যাকেজ',
    draft: {
      fileNumber: '',
      showBengaliDate: true,
      letterhead: { slogan: null, lines: [], website: null },
      recipient: ['সচিব', 'সমন্বয় ও সংস্কার', 'মন্ত্রিপরিষদ বিভাগ।'],
      recipientPosition: 'after-signature',
      attention: 'উপসচিব, ই-গভর্ন্যান্স-২ অধিশাখা, মন্ত্রিপরিষদ বিভাগ।',
      subject: '{contents} প্রেরণ প্রসঙ্গে।',
      reference: 'ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়ন ও মূল্যায়ন নির্দেশিকা, {fiscalYear}।',
      body: ['উপর্যুক্ত বিষয় ও সূত্রের প্রেক্ষিতে {contents} {withEvidence}পরবর্তী প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য এতদসঙ্গে প্রেরণ করা হলো।'],
      attachments: 'বর্ণনামতে।',
      signatory: { name: '', designation: '', branch: null, office: null, phone: null, email: null },
      // Seed 001's copy list. An entry naming the signatory's designation is left out when the memo is composed.
      copyList: {
        intro: 'সদয় অবগতি ও কার্যার্থে প্রেরণ করা হলো:',
        entries: [
          'সচিব মহোদয়ের একান্ত সচিব, {office}।',
          'সহকারী প্রোগ্রামার, {office} (ওয়েবসাইটে প্রকাশের অনুরোধসহ)।',
          'যুগ্মসচিব ({branch}) মহোদয়ের ব্যক্তিগত কর্মকর্তা, {office}।',
          'উপসচিব ({branch}) মহোদয়ের ব্যক্তিগত কর্মকর্তা, {office}।',
          'অফিস কপি।',
        ],
      },
    },
  };
}

export function listTemplates(db: Db): MemoTemplate[] {
  return readSetting<MemoTemplate[]>(db, TEMPLATES_KEY) ?? [];
}

function wordingValues(db: Db, fiscalYear: string, period: Period): WordingValues | null {
  const own = findOwnOffice(db);
  if (!own) return null;
  return { office: own.nameBn, fiscalYear, period, branch: readOwnBranch(db).branch };
}

/** Saves (or replaces by name) a template; the most recently saved one comes first and is the default. */
export function saveTemplate(
  db: Db,
  actor: string,
  input: { name: string; draft: MemoDraft; fiscalYear: string; period: Period; parts?: PackageParts },
): MemoTemplate[] {
  const values = wordingValues(db, input.fiscalYear, input.period) ?? { office: '\u0000', fiscalYear: input.fiscalYear, period: input.period };
  const parts = input.parts ?? ALL_PARTS;
  const generic = (s: string) => toPlaceholders(s, values, parts);
  const { date: _date, startAt: _startAt, ...kept } = input.draft;
  const draft = {
    ...kept,
    subject: generic(kept.subject),
    reference: kept.reference ? generic(kept.reference) : null,
    body: kept.body.map(generic),
    copyList: kept.copyList ? { intro: kept.copyList.intro, entries: kept.copyList.entries.map(generic) } : null,
  };
  const templates = [{ name: input.name, draft }, ...listTemplates(db).filter((t) => t.name !== input.name)];
  writeSetting(db, actor, TEMPLATES_KEY, templates);
  return templates;
}

export function composeDraft(db: Db, fiscalYear: string, period: Period, today: Date, parts: PackageParts = ALL_PARTS): MemoDraft {
  const own = findOwnOffice(db);
  const values = wordingValues(db, fiscalYear, period);
  if (!own || !values) throw fieldError('office', 'setup-required', 'set up the own office first');
  const { wing, branch } = readOwnBranch(db);
  const stored = readSetting<Signatory>(db, 'signatory');
  const template = listTemplates(db)[0] ?? standardTemplate();
  const fill = (s: string) => fillPlaceholders(s, values, parts);
  const t = template.draft;
  const signatory = t.signatory.name
    ? t.signatory
    : { name: stored?.name ?? '', designation: stored?.designation ?? '', branch, office: own.nameBn, phone: stored?.phone ?? null, email: stored?.email ?? null };
  const copyEntries = (t.copyList?.entries ?? [])
    .filter((entry) => !hasEmptyBranch(entry, values))
    .map(fill)
    .filter((entry) => !isSignatoryEntry(entry, signatory));
  return {
    ...t,
    fileNumber: t.fileNumber || own.memoPrefix || '',
    date: todayInDhaka(today),
    letterhead: t.letterhead.lines.length
      ? t.letterhead
      : {
          slogan: t.letterhead.slogan,
          lines: ['গণপ্রজাতন্ত্রী বাংলাদেশ সরকার', own.nameBn, ...[wing, branch, own.address].filter((l): l is string => Boolean(l) && l !== own.nameBn)],
          website: own.website,
        },
    subject: fill(t.subject),
    reference: t.reference ? fill(t.reference) : null,
    body: t.body.map(fill),
    recipient: t.recipient.map(fill),
    signatory,
    copyList: t.copyList ? { intro: t.copyList.intro, entries: copyEntries } : null,
  };
}
