// No text shown to the user is written into the renderer's components: JSX text with letters in it and
// the user-facing attributes (title, placeholder, aria-label, alt) given a literal with letters must go
// through i18next (the dictionaries and the areas' strings modules). What is not language (digits,
// "—", "%", "…", "*") may stay. Parsed with the TypeScript compiler, not matched with a regex.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths.js';

const USER_FACING_ATTRIBUTES = new Set(['title', 'placeholder', 'aria-label', 'alt', 'label', 'heading', 'caption', 'message', 'description']);
const LETTER = /\p{L}/u;

export interface HardCoded {
  file: string;
  line: number;
  text: string;
}

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith('.tsx') ? [full] : [];
  });
}

/** A string literal (or a template without substitutions) written directly as an attribute's value. */
function literalOf(node: ts.JsxAttribute['initializer']): ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | null {
  if (!node) return null;
  if (ts.isStringLiteral(node)) return node;
  if (ts.isJsxExpression(node) && node.expression && (ts.isStringLiteral(node.expression) || ts.isNoSubstitutionTemplateLiteral(node.expression))) return node.expression;
  return null;
}

/** The literals an expression shows as it stands: itself, a conditional's branches, the fallback of ?? and ||, a template's fixed parts. */
function shownLiterals(expr: ts.Expression): Array<{ text: string } & ts.Node> {
  if (ts.isParenthesizedExpression(expr)) return shownLiterals(expr.expression);
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr];
  if (ts.isTemplateExpression(expr)) return [expr.head, ...expr.templateSpans.map((span) => span.literal)];
  if (ts.isConditionalExpression(expr)) return [...shownLiterals(expr.whenTrue), ...shownLiterals(expr.whenFalse)];
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.AmpersandAmpersandToken) return shownLiterals(expr.right);
  }
  return [];
}

export function hardCodedStrings(source: string, file: string): HardCoded[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const out: HardCoded[] = [];
  const report = (node: ts.Node, text: string) => {
    out.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: text.trim().replace(/\s+/g, ' ') });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) report(node, node.text);
    // {'text'}, {cond ? 'Yes' : 'No'}, {name ?? 'none'} as a child of an element.
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const literal of shownLiterals(node.expression)) if (LETTER.test(literal.text)) report(literal, literal.text);
    }
    if (ts.isJsxAttribute(node) && USER_FACING_ATTRIBUTES.has(node.name.getText(sf))) {
      const literal = literalOf(node.initializer);
      if (literal && LETTER.test(literal.text)) report(node, `${node.name.getText(sf)}="${literal.text}"`);
      else if (node.initializer && ts.isJsxExpression(node.initializer) && node.initializer.expression) {
        for (const inner of shownLiterals(node.initializer.expression)) if (LETTER.test(inner.text)) report(inner, `${node.name.getText(sf)}="${inner.text}"`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function rendererViolations(): HardCoded[] {
  const root = path.join(projectRoot, 'renderer/src');
  return tsxFiles(root).flatMap((full) => hardCodedStrings(fs.readFileSync(full, 'utf8'), path.relative(projectRoot, full).split(path.sep).join('/')));
}

/**
 * Known violations, to be fixed: the check fails on any new one and on any listed one that is gone
 * (remove it from the list). Keyed by file and text, not line. None today.
 */
const KNOWN: Array<[file: string, text: string]> = [];

describe('no hard-coded user-visible text in renderer components', () => {
  it('finds JSX text and literal user-facing attributes, and lets symbols and translated text by', () => {
    const found = hardCodedStrings(
      [
        'export const A = () => (<div title="Close" aria-label={"বন্ধ"} placeholder={t("x")} alt="—">',
        '  Save now <span>{t("ok")}</span> — 12 % <b>সংরক্ষণ</b> {"In braces"} {x ? "Yes" : t("no")} {n ?? "—"} {`${n} KB`}',
        '  <i title={x ? t("a") : "Open"}>{f("not shown as it stands")}</i> {"…"}',
        '</div>);',
      ].join('\n'),
      'x.tsx',
    ).map((h) => h.text);
    expect(found).toEqual(['title="Close"', 'aria-label="বন্ধ"', 'Save now', 'সংরক্ষণ', 'In braces', 'Yes', 'KB', 'title="Open"']);
  });

  it('has none in renderer/src beyond the known list', () => {
    const violations = rendererViolations();
    const key = (file: string, text: string) => `${file} :: ${text}`;
    const known = new Set(KNOWN.map(([file, text]) => key(file, text)));
    const unexpected = violations.filter((v) => !known.has(key(v.file, v.text))).map((v) => `${v.file}:${v.line} ${v.text}`);
    const found = new Set(violations.map((v) => key(v.file, v.text)));
    const fixed = [...known].filter((k) => !found.has(k));
    expect(unexpected, 'hard-coded text: put it in the dictionaries and use t()').toEqual([]);
    expect(fixed, 'fixed: remove these from KNOWN').toEqual([]);
  });
});
