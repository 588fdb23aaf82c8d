// Issue 13, acceptance 2: a hostile user. A database built from files full of errors (the planted-error
// fixtures, an impossible date, Bijoy text, a second version, a duplicate import refused), then every
// page clicked through in Bengali and in English: the import preview of broken, empty and wrong-type
// files, an office opened, an office's report reviewed, the package page composed. No page error and no
// console error may occur, and no page may go blank (each shows its heading and content).
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSetUpWebApp } from '../support/e2e-app.js';
import { fixture } from '../support/fixture-files.js';
import { projectRoot, tempDir } from '../support/paths.js';
import { webCall, webOwnOffice } from '../support/web-api.js';

const e2e = useSetUpWebApp();
const files = tempDir();
const shots = path.join(projectRoot, 'test-output', 'hostile-user');
const offices: Record<string, number> = {};

/** Stages a fixture and stores it for an office as a careless user would: whatever year and period the file suggests, else 2021-22 H1. */
async function importFixture(name: string, officeId: number): Promise<unknown> {
  const bytes = fs.readFileSync((await fixture(name)).file);
  const analysis = await webCall(e2e.app.url, 'imports.stage', { fileName: name, contentBase64: bytes.toString('base64') });
  return webCall(e2e.app.url, 'imports.commit', {
    stagedId: analysis.stagedId, officeId, fiscalYear: analysis.fiscalYear ?? '2021-22', period: analysis.period ?? 'H1', receivedOn: '2022-01-20',
  });
}

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  const own = await webOwnOffice(e2e.app.url);
  const create = async (key: string, nameBn: string, nameEn: string | null, parentId = own.id) => {
    offices[key] = (await webCall(e2e.app.url, 'offices.create', { parentId, level: 'department', nameBn, ...(nameEn ? { nameEn } : {}) })).id;
  };
  await create('jms', 'জাতীয় মহিলা সংস্থা', 'National Women’s Organisation');
  await create('lged', 'স্থানীয় সরকার প্রকৌশল অধিদপ্তর', 'Local Government Engineering Department');
  await create('library', 'গণগ্রন্থাগার অধিদপ্তর', null);
  await create('planted', 'ভুলে ভরা দপ্তর', 'Office of Many Errors');

  // Reports full of errors: an impossible date, planted errors of every kind, Bijoy text, an old .xls.
  await importFixture('seed004-q2-progress.xlsx', offices.jms!);
  await importFixture('seed003-h1-annex.xlsx', offices.lged!);
  await importFixture('seed002-bijoy.xlsx', offices.library!);
  await importFixture('seed001-q2-report.xls', offices.library!);
  await importFixture('planted-errors.xlsx', offices.planted!);
  await importFixture('seed004-q2-progress.xls', offices.jms!); // a second version for the same office
  // The same file twice is refused, with a code the UI can say in words.
  await expect(importFixture('seed004-q2-progress.xlsx', offices.jms!)).rejects.toThrow(/duplicate-file/);
}, 180_000);

/** Files no office should send: empty, truncated, a picture and a text file called .xlsx, an old Word file, and files with errors. */
async function brokenFiles(): Promise<string[]> {
  const write = (name: string, bytes: Buffer | string) => {
    fs.writeFileSync(path.join(files, name), bytes);
    return path.join(files, name);
  };
  const real = fs.readFileSync((await fixture('seed000-plan.xlsx')).file);
  const copy = async (name: string, as: string) => write(as, fs.readFileSync((await fixture(name)).file));
  return [
    write('খালি.xlsx', Buffer.alloc(0)),
    write('অর্ধেক.xlsx', real.subarray(0, Math.floor(real.length / 2))),
    write('ছবি.xlsx', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')),
    write('নোট.csv', 'এটি কোনো সারণি নয়\nশুধু কিছু লেখা\n'),
    write('পুরোনো.doc', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(2048)])),
    await copy('seed004-q2-progress.xlsx', 'অসম্ভব-তারিখ.xlsx'),
    await copy('planted-errors.xlsx', 'ভুলে-ভরা.xlsx'),
    await copy('seed002-bijoy.xlsx', 'বিজয়.xlsx'),
  ];
}

interface Trouble {
  errors: string[];
}

function watch(page: Page): Trouble {
  const trouble: Trouble = { errors: [] };
  page.on('pageerror', (error) => trouble.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') trouble.errors.push(`console.error: ${message.text()}`);
  });
  return trouble;
}

/** The page is not blank: a heading with text, some content, and no error boundary in its place. */
async function expectShown(page: Page, what: string): Promise<void> {
  const content = page.locator('main.content');
  await expect.poll(async () => (await content.innerText()).trim().length, { message: `${what} is blank` }).toBeGreaterThan(20);
  const failure = page.getByTestId('page-failure');
  expect(await failure.count() ? await failure.innerText() : '', `${what} fell to the error boundary`).toBe('');
  const heading = content.locator('h2, h3').first();
  expect((await heading.innerText()).trim().length, `${what} has no heading`).toBeGreaterThan(0);
}

const statusOf = (page: Page, fileName: string) => page.locator(`tr[data-file="${fileName}"] td[data-status]`).getAttribute('data-status');

async function tour(page: Page, language: 'bn' | 'en', broken: string[]): Promise<void> {
  const shot = (name: string) => page.screenshot({ path: path.join(shots, `${language}-${name}.png`), fullPage: true });

  // Every page in the navigation, whatever pages there are.
  const navs = await page.locator('nav.sidebar [data-nav]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-nav') ?? ''));
  expect(navs.length).toBeGreaterThanOrEqual(5);
  for (const nav of navs) {
    await page.locator(`[data-nav="${nav}"]`).click();
    await expectShown(page, `${language} ${nav}`);
    await shot(`page-${nav}`);
  }

  // The import preview of broken files: each row ends read or refused, each opens.
  await page.locator('[data-nav=import]').click();
  await page.getByTestId('import-files').setInputFiles(broken);
  for (const file of broken) {
    const name = path.basename(file);
    await expect.poll(() => statusOf(page, name), { timeout: 60_000, message: `${name} still reading` }).not.toBe('reading');
    await page.locator(`tr[data-file="${name}"]`).click();
    await expectShown(page, `${language} import ${name}`);
  }
  expect(await statusOf(page, 'খালি.xlsx')).toBe('failed');
  const emptyRow = await page.locator('tr[data-file="খালি.xlsx"]').innerText();
  expect(emptyRow).toContain(language === 'bn' ? 'ফাইলটি খালি' : 'the file is empty');
  await page.locator('tr[data-file="অসম্ভব-তারিখ.xlsx"]').click();
  await expect.poll(() => page.locator('.problems li[data-code=invalid-date]').count()).toBeGreaterThan(0);
  const invalidDate = await page.locator('.problems li[data-code=invalid-date]').first().innerText();
  if (language === 'en') expect(invalidDate).toMatch(/is not a date that exists/);
  else expect(invalidDate).toMatch(/কোনো প্রকৃত তারিখ নয়/);
  await shot('import-invalid-date');
  await page.locator('tr[data-file="ভুলে-ভরা.xlsx"]').click();
  await shot('import-planted-errors');
  await page.locator('tr[data-file="ছবি.xlsx"]').click();
  await shot('import-picture');

  // An office opened, with its documents; English names in English.
  await page.locator('[data-nav=offices]').click();
  const jms = language === 'en' ? 'National Women’s Organisation' : 'জাতীয় মহিলা সংস্থা';
  const tree = page.getByTestId('office-tree');
  await tree.locator('button', { hasText: language === 'en' ? /National Women|জাতীয় মহিলা সংস্থা/ : jms }).first().click();
  await expectShown(page, `${language} office`);
  await shot('office');

  // Review: the year of the reports, an office's report opened.
  await page.locator('[data-nav=review]').click();
  await page.getByTestId('fiscal-year').selectOption('2021-22');
  await expectShown(page, `${language} review overview`);
  const open = page.getByTestId('open-office');
  await expect.poll(() => open.count(), { timeout: 30_000 }).toBeGreaterThan(0);
  await shot('review-overview');
  const count = await open.count();
  for (let i = 0; i < count; i++) {
    // Another page and back: the review page opens on its overview again.
    await page.locator('[data-nav=offices]').click();
    await page.locator('[data-nav=review]').click();
    await page.getByTestId('open-office').nth(i).click();
    await expect.poll(() => page.getByTestId('review-workspace').isVisible(), { timeout: 30_000 }).toBe(true);
    await expectShown(page, `${language} review workspace ${i}`);
    if (i === 0) await shot('review-workspace');
  }

  // The package page with this year's broken reports: composed, whatever it allows.
  await page.locator('[data-nav=package]').click();
  await expectShown(page, `${language} package`);
  // Composed: the memo form and its preview are there (or the page says why not).
  await expect.poll(async () => (await page.getByTestId('generate-package').count()) + (await page.locator('main.content [role=alert]').count()), {
    timeout: 30_000, message: `${language} package: no memo form and no reason`,
  }).toBeGreaterThan(0);
  await shot('package');
}

test('a hostile user clicks through every page in Bengali and in English: no page error, no blank page', async () => {
  const broken = await brokenFiles();
  const page = await e2e.browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const trouble = watch(page);
  await page.goto(e2e.app.url);
  await expect.poll(() => page.locator('nav.sidebar').isVisible()).toBe(true);

  await tour(page, 'bn', broken);
  expect(trouble.errors).toEqual([]);

  await page.getByTestId('language-switch').click();
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
  // A new visit: the import queue starts empty, as after a restart.
  await page.reload();
  await expect.poll(() => page.locator('nav.sidebar').isVisible()).toBe(true);
  await tour(page, 'en', broken);
  expect(trouble.errors).toEqual([]);
  await page.close();
}, 600_000);
