// The memo the Package screen starts from: the own office's letterhead and signatory, the file
// number, and the wording of the last saved template (or the standard wording) with the year and
// period filled in.
import type { MemoDraft, MemoTemplate } from '../api/contract/package.js';
import type { Signatory } from '../api/contract/settings.js';
import { fieldError } from '../api/errors.js';
import { toBengaliDigits } from '../../../common/bengali/digits.js';
import type { Db } from '../database/open-database.js';
import { findOwnOffice } from '../offices/office-service.js';
import type { Period } from '../../../common/plan-document/schema.js';
import { readSetting, writeSetting } from '../settings/settings-store.js';
import { PERIOD_NAMES } from '../../../common/terms/plan-terms.js';

const TEMPLATES_KEY = 'memo.templates';

/** Fills {office}, {fiscalYear} and {period} in a template's text. */
export function fillPlaceholders(text: string, values: { office: string; fiscalYear: string; period: Period }): string {
  return text
    .replaceAll('{office}', values.office)
    .replaceAll('{fiscalYear}', toBengaliDigits(values.fiscalYear))
    .replaceAll('{period}', PERIOD_NAMES.bn[values.period]);
}

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
      subject:
        '{office}-এর ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা {fiscalYear}-এর {period} স্ব-মূল্যায়ন প্রতিবেদন এবং আওতাধীন দপ্তর/সংস্থার {period} স্ব-মূল্যায়ন প্রতিবেদন পর্যালোচনা সংক্রান্ত প্রতিবেদন প্রেরণ প্রসঙ্গে।',
      reference: 'ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়ন ও মূল্যায়ন নির্দেশিকা, {fiscalYear}।',
      body: [
        'উপর্যুক্ত বিষয় ও সূত্রের প্রেক্ষিতে {office}-এর ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা {fiscalYear}-এর {period} স্ব-মূল্যায়ন প্রতিবেদন এবং আওতাধীন দপ্তর/সংস্থার {period} স্ব-মূল্যায়ন প্রতিবেদন পর্যালোচনা সংক্রান্ত প্রতিবেদন প্রমাণকসহ পরবর্তী প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য এতদসঙ্গে প্রেরণ করা হলো।',
      ],
      attachments: 'বর্ণনামতে।',
      signatory: { name: '', designation: '', office: null, phone: null, email: null },
      copyList: {
        intro: 'সদয় অবগতি ও কার্যার্থে প্রেরণ করা হলো:',
        entries: ['সচিব মহোদয়ের একান্ত সচিব, {office}।', 'সিস্টেম এনালিস্ট, {office} (ওয়েবসাইটে প্রকাশের অনুরোধসহ)।', 'অফিস কপি।'],
      },
    },
  };
}

export function listTemplates(db: Db): MemoTemplate[] {
  return readSetting<MemoTemplate[]>(db, TEMPLATES_KEY) ?? [];
}

/** The reverse of fillPlaceholders, so a template saved this year reads right next year. */
export function toPlaceholders(text: string, values: { office: string; fiscalYear: string; period: Period }): string {
  return text
    .replaceAll(values.office, '{office}')
    .replaceAll(toBengaliDigits(values.fiscalYear), '{fiscalYear}')
    .replaceAll(PERIOD_NAMES.bn[values.period], '{period}');
}

/** Saves (or replaces by name) a template; the most recently saved one comes first and is the default. */
export function saveTemplate(
  db: Db,
  actor: string,
  input: { name: string; draft: MemoDraft; fiscalYear: string; period: Period },
): MemoTemplate[] {
  const own = findOwnOffice(db);
  const values = { office: own?.nameBn ?? '\u0000', fiscalYear: input.fiscalYear, period: input.period };
  const generic = (s: string) => toPlaceholders(s, values);
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

export function composeDraft(db: Db, fiscalYear: string, period: Period, today: Date): MemoDraft {
  const own = findOwnOffice(db);
  if (!own) throw fieldError('office', 'setup-required', 'set up the own office first');
  const signatory = readSetting<Signatory>(db, 'signatory');
  const template = listTemplates(db)[0] ?? standardTemplate();
  const values = { office: own.nameBn, fiscalYear, period };
  const fill = (s: string) => fillPlaceholders(s, values);
  const t = template.draft;
  return {
    ...t,
    fileNumber: t.fileNumber || own.memoPrefix || '',
    date: today.toISOString().slice(0, 10),
    letterhead: t.letterhead.lines.length
      ? t.letterhead
      : { slogan: t.letterhead.slogan, lines: ['গণপ্রজাতন্ত্রী বাংলাদেশ সরকার', own.nameBn, ...(own.address ? [own.address] : [])], website: own.website },
    subject: fill(t.subject),
    reference: t.reference ? fill(t.reference) : null,
    body: t.body.map(fill),
    recipient: t.recipient.map(fill),
    signatory: t.signatory.name
      ? t.signatory
      : { name: signatory?.name ?? '', designation: signatory?.designation ?? '', office: own.nameBn, phone: signatory?.phone ?? null, email: signatory?.email ?? null },
    copyList: t.copyList ? { intro: t.copyList.intro, entries: t.copyList.entries.map(fill) } : null,
  };
}
