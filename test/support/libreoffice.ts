// LibreOffice (Debian's libreoffice-writer-nogui and -calc-nogui) converting the package's DOCX and XLSX
// to PDF as the receiving branch's office suite would open them, on a PC without Nikosh that has the
// font the app bundles: through a fontconfig file of its own, LibreOffice sees the system's fonts for
// Latin text but no Bengali font other than Noto Sans Bengali (from @fontsource, WOFF turned back into
// TrueType, which LibreOffice loads). Each run has its own LibreOffice profile, so parallel test files
// do not collide.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { bundledFontDir } from '../../electron/backend/documents/fonts.js';

export function findSoffice(): string {
  for (const candidate of [process.env.SOFFICE_PATH, '/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice']) {
    if (candidate && fs.existsSync(candidate)) return candidate;
  }
  throw new Error('LibreOffice not found: install libreoffice-writer-nogui and libreoffice-calc-nogui (.ci/run does) or set SOFFICE_PATH');
}

/** A WOFF 1.0 font as the TrueType (sfnt) file it wraps: each table inflated where it was compressed. */
export function woffToTtf(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compressed = woff.readUInt32BE(at + 8);
    const length = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compressed);
    return { tag: woff.subarray(at, at + 4), checksum: woff.readUInt32BE(at + 16), data: compressed < length ? zlib.inflateSync(raw) : raw };
  }).sort((a, b) => Buffer.compare(a.tag, b.tag));
  const selector = Math.floor(Math.log2(count));
  const header = Buffer.alloc(12 + 16 * count);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(2 ** selector * 16, 6);
  header.writeUInt16BE(selector, 8);
  header.writeUInt16BE(count * 16 - 2 ** selector * 16, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  tables.forEach((table, i) => {
    table.tag.copy(header, 12 + i * 16);
    header.writeUInt32BE(table.checksum, 16 + i * 16);
    header.writeUInt32BE(offset, 20 + i * 16);
    header.writeUInt32BE(table.data.length, 24 + i * 16);
    const padded = Buffer.concat([table.data, Buffer.alloc((4 - (table.data.length % 4)) % 4)]);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...bodies]);
}

/**
 * The font with its family renamed (name IDs 1, 4, 6 and 16 get `suffix`): the Latin subset of Noto Sans
 * Bengali under a family of its own, so fontconfig keeps it beside the Bengali subset instead of taking
 * one of the two as "Noto Sans Bengali".
 */
export function renameFamily(ttf: Buffer, suffix: string): Buffer {
  const count = ttf.readUInt16BE(4);
  let nameAt = -1;
  let nameRecord = -1;
  for (let i = 0; i < count; i += 1) {
    if (ttf.toString('latin1', 12 + i * 16, 16 + i * 16) === 'name') {
      nameRecord = 12 + i * 16;
      nameAt = ttf.readUInt32BE(nameRecord + 8);
    }
  }
  if (nameAt < 0) throw new Error('no name table');
  const records = ttf.readUInt16BE(nameAt + 2);
  const storage = nameAt + ttf.readUInt16BE(nameAt + 4);
  const strings: Buffer[] = [];
  const header = Buffer.alloc(6 + records * 12);
  header.writeUInt16BE(0, 0);
  header.writeUInt16BE(records, 2);
  header.writeUInt16BE(6 + records * 12, 4);
  let offset = 0;
  for (let r = 0; r < records; r += 1) {
    const at = nameAt + 6 + r * 12;
    const [platform, encoding, language, nameId, length, stringOffset] = [0, 2, 4, 6, 8, 10].map((k) => ttf.readUInt16BE(at + k)) as [number, number, number, number, number, number];
    let bytes = ttf.subarray(storage + stringOffset, storage + stringOffset + length);
    if ([1, 4, 6, 16].includes(nameId)) {
      const wide = platform === 0 || platform === 3;
      const text = wide ? Buffer.from(bytes).swap16().toString('utf16le') : bytes.toString('latin1');
      const renamed = nameId === 6 ? `${text}${suffix.replace(/\s/g, '')}` : nameId === 4 ? text.replace(/Noto Sans Bengali/, `Noto Sans Bengali${suffix}`) : `${text}${suffix}`;
      bytes = wide ? Buffer.from(renamed, 'utf16le').swap16() : Buffer.from(renamed, 'latin1');
    }
    [platform, encoding, language, nameId, bytes.length, offset].forEach((v, k) => header.writeUInt16BE(v, 12 * r + 6 + 2 * k));
    strings.push(bytes);
    offset += bytes.length;
  }
  const table = Buffer.concat([header, ...strings]);
  // the new name table goes at the end; its record points there
  const out = Buffer.concat([ttf, Buffer.alloc((4 - (ttf.length % 4)) % 4)]);
  const tableAt = out.length;
  out.writeUInt32BE(tableAt, nameRecord + 8);
  out.writeUInt32BE(table.length, nameRecord + 12);
  return Buffer.concat([out, table, Buffer.alloc((4 - (table.length % 4)) % 4)]);
}

let fontConfig: string | null = null;

/** The system's fonts that have Bengali (Lohit, FreeSans …): LibreOffice must not fall back to them. */
function systemBengaliFonts(): string[] {
  try {
    return execFileSync('fc-list', [':lang=bn', 'file'], { encoding: 'utf8' }).split('\n').map((l) => l.replace(/:\s*$/, '').trim()).filter(Boolean);
  } catch {
    return [];
  }
}

const xmlText = (text: string): string => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

/**
 * A fontconfig file: the system's fonts without their Bengali ones, and Noto Sans Bengali, regular and
 * bold, whole as the app prints with it (its Bengali subset, and its Latin subset behind it). Nikosh, which
 * the DOCX names, is missing: it is replaced by Noto Sans Bengali, as Word replaces it by the font table's
 * altName (LibreOffice reads no altName, so the test's fontconfig says it).
 */
export function bundledFontsConfig(): string {
  if (fontConfig) return fontConfig;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apa-lo-fonts-'));
  const fonts = path.join(dir, 'fonts');
  fs.mkdirSync(fonts);
  for (const weight of [400, 700]) {
    const bengali = fs.readFileSync(path.join(bundledFontDir(), `noto-sans-bengali-bengali-${weight}-normal.woff`));
    fs.writeFileSync(path.join(fonts, `NotoSansBengali-${weight}.ttf`), woffToTtf(bengali));
    const latin = fs.readFileSync(path.join(bundledFontDir(), `noto-sans-bengali-latin-${weight}-normal.woff`));
    fs.writeFileSync(path.join(fonts, `NotoSansBengaliLatin-${weight}.ttf`), renameFamily(woffToTtf(latin), ' Latin'));
  }
  const rejected = systemBengaliFonts().map((file) => `<glob>${xmlText(file)}</glob>`).join('');
  const file = path.join(dir, 'fonts.conf');
  fs.writeFileSync(
    file,
    '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n' +
      '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n' +
      `  <dir>${xmlText(fonts)}</dir>\n  <cachedir>${xmlText(path.join(dir, 'cache'))}</cachedir>\n` +
      (rejected ? `  <selectfont><rejectfont>${rejected}</rejectfont></selectfont>\n` : '') +
      '  <alias binding="strong"><family>Noto Sans Bengali</family><prefer><family>Noto Sans Bengali</family><family>Noto Sans Bengali Latin</family></prefer></alias>\n' +
      '  <alias binding="strong"><family>Nikosh</family><prefer><family>Noto Sans Bengali</family><family>Noto Sans Bengali Latin</family></prefer></alias>\n' +
      '</fontconfig>\n',
  );
  fontConfig = file;
  return file;
}

/**
 * Converts files to PDF with LibreOffice into `outDir` (one soffice run for all of them); returns each
 * input's PDF path. Files of the same base name must go to different folders.
 */
export function convertToPdf(files: string[], outDir: string): Map<string, string> {
  fs.mkdirSync(outDir, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'apa-lo-profile-'));
  try {
    execFileSync(findSoffice(), [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
      env: { ...process.env, FONTCONFIG_FILE: bundledFontsConfig(), HOME: profile },
      stdio: 'pipe',
      timeout: 600_000,
    });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const out = new Map<string, string>();
  for (const file of files) {
    const pdf = path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`);
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${file}`);
    out.set(file, pdf);
  }
  return out;
}
