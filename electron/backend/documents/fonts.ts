// The fonts the documents print with, as @font-face rules whose sources are data: URLs, so Chromium
// needs neither the network nor a file to print. The bundled font is Noto Sans Bengali (@fontsource,
// regular and bold, the bengali and latin subsets); a user may choose a Nikosh file instead.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUNDLED_FONT_FAMILY } from '../../../common/documents/styles.js';

const FONTSOURCE_PACKAGE = '@fontsource/noto-sans-bengali';
const SUBSETS = ['bengali', 'latin'] as const;
const WEIGHTS = [400, 700] as const;

/** The family name a user's font file is registered under (its own name may clash with an installed copy). */
export const USER_FONT_FAMILY = 'APA User Font';

let fontDirOverride: string | null = null;

/** Where the woff2 files are, for a packaged app that ships them outside node_modules. */
export function setBundledFontDir(dir: string | null): void {
  fontDirOverride = dir;
  cachedBundledCss = null;
}

export function bundledFontDir(): string {
  if (fontDirOverride) return fontDirOverride;
  if (process.env.APA_FONT_DIR) return process.env.APA_FONT_DIR;
  // Resolve from the working directory and from this module (works under tsx, vitest and a CJS bundle).
  const bases = [path.join(process.cwd(), 'package.json')];
  if (typeof __filename === 'string') bases.push(__filename);
  for (const base of bases) {
    try {
      const packageJson = createRequire(pathToFileURL(base)).resolve(`${FONTSOURCE_PACKAGE}/package.json`);
      return path.join(path.dirname(packageJson), 'files');
    } catch {
      // try the next base
    }
  }
  throw new Error(`${FONTSOURCE_PACKAGE} not found: set APA_FONT_DIR to its files/ folder`);
}

/** The unicode-range of each subset, as @fontsource declares it. */
const UNICODE_RANGES: Record<(typeof SUBSETS)[number], string> = {
  bengali: 'U+0951-0952,U+0964-0965,U+0980-09FE,U+1CD0,U+1CD2,U+1CD5-1CD6,U+1CD8,U+1CE1,U+1CEA,U+1CED,U+1CF2,U+1CF5-1CF7,U+200C-200D,U+20B9,U+25CC,U+A8F1',
  latin: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
};

export function bundledFontFiles(): Array<{ file: string; weight: number; subset: string }> {
  const dir = bundledFontDir();
  return SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight) => ({ file: path.join(dir, `noto-sans-bengali-${subset}-${weight}-normal.woff2`), weight, subset })),
  );
}

let cachedBundledCss: string | null = null;

/**
 * The bundled font's @font-face rules, one per subset and weight. `font-display: swap`: a subset only a
 * page's margin boxes need (a Bengali page number under Latin text) is not awaited by document.fonts.ready,
 * and with `block` Chromium printed such a page blank; with swap its text prints in a fallback at worst.
 */
export function bundledFontFaceCss(): string {
  if (cachedBundledCss !== null) return cachedBundledCss;
  cachedBundledCss = bundledFontFiles()
    .map(({ file, weight, subset }) => {
      const data = fs.readFileSync(file).toString('base64');
      return `@font-face { font-family: '${BUNDLED_FONT_FAMILY}'; font-style: normal; font-weight: ${weight}; font-display: swap; src: url(data:font/woff2;base64,${data}) format('woff2'); unicode-range: ${UNICODE_RANGES[subset as (typeof SUBSETS)[number]]}; }`;
    })
    .join('\n');
  return cachedBundledCss;
}

const FONT_FORMATS: Record<string, { mime: string; format: string }> = {
  '.ttf': { mime: 'font/ttf', format: 'truetype' },
  '.otf': { mime: 'font/otf', format: 'opentype' },
  '.woff': { mime: 'font/woff', format: 'woff' },
  '.woff2': { mime: 'font/woff2', format: 'woff2' },
};

const userFontCache = new Map<string, { mtimeMs: number; css: string }>();

/** A user's font file (e.g. Nikosh.ttf) as an @font-face rule; Chromium synthesises its bold. */
export function userFontFaceCss(fontFile: string): string {
  const kind = FONT_FORMATS[path.extname(fontFile).toLowerCase()];
  if (!kind) throw new Error(`not a font file (.ttf, .otf, .woff, .woff2): ${fontFile}`);
  const stat = fs.statSync(fontFile);
  const cached = userFontCache.get(fontFile);
  if (cached && cached.mtimeMs === stat.mtimeMs) return cached.css;
  const data = fs.readFileSync(fontFile).toString('base64');
  const css = `@font-face { font-family: '${USER_FONT_FAMILY}'; font-style: normal; font-weight: 400; font-display: swap; src: url(data:${kind.mime};base64,${data}) format('${kind.format}'); }`;
  userFontCache.set(fontFile, { mtimeMs: stat.mtimeMs, css });
  return css;
}
