// A content stream read operation by operation (operands + operator), each with where its source
// starts and ends so a rewrite can copy untouched operations byte for byte. Written for speed over
// character codes and without building a list: a 500-office annex has some 6 MB of content streams.

const enum C {
  NUL = 0,
  TAB = 9,
  LF = 10,
  FF = 12,
  CR = 13,
  SPACE = 32,
  PERCENT = 37,
  LPAREN = 40,
  RPAREN = 41,
  PLUS = 43,
  MINUS = 45,
  DOT = 46,
  SLASH = 47,
  ZERO = 48,
  NINE = 57,
  LT = 60,
  GT = 62,
  LBRACKET = 91,
  BACKSLASH = 92,
  RBRACKET = 93,
  LBRACE = 123,
  RBRACE = 125,
}

const WHITESPACE = new Uint8Array(256);
for (const c of [C.NUL, C.TAB, C.LF, C.FF, C.CR, C.SPACE]) WHITESPACE[c] = 1;
const DELIMITER = new Uint8Array(256);
for (const c of [C.LPAREN, C.RPAREN, C.LT, C.GT, C.LBRACKET, C.RBRACKET, C.LBRACE, C.RBRACE, C.SLASH, C.PERCENT]) DELIMITER[c] = 1;

const isRegular = (c: number): boolean => c > 255 || (WHITESPACE[c] === 0 && DELIMITER[c] === 0);

/**
 * Calls `visit` for each operation of a latin1 content stream, in order, with its operands (the array
 * is reused: copy what you keep) and where its source starts and ends. Returns false on anything it
 * does not understand (inline images) or when `visit` returns false.
 */
export function scanContent(text: string, visit: (op: string, operands: string[], start: number, end: number) => boolean | void): boolean {
  const operands: string[] = [];
  let opStart = 0;
  let i = 0;
  const n = text.length;

  const skipLiteral = (from: number): number => {
    let depth = 0;
    let j = from;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === C.BACKSLASH) j += 2;
      else {
        if (c === C.LPAREN) depth += 1;
        else if (c === C.RPAREN && --depth === 0) return j + 1;
        j += 1;
      }
    }
    return n;
  };

  // from an opening << or [: the index after its match, strings skipped
  const skipBalanced = (from: number, dict: boolean): number => {
    let depth = 0;
    let j = from;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === C.LPAREN) {
        j = skipLiteral(j);
        continue;
      }
      if (dict ? c === C.LT && text.charCodeAt(j + 1) === C.LT : c === C.LBRACKET) {
        depth += 1;
        j += dict ? 2 : 1;
        continue;
      }
      if (dict ? c === C.GT && text.charCodeAt(j + 1) === C.GT : c === C.RBRACKET) {
        depth -= 1;
        j += dict ? 2 : 1;
        if (depth === 0) return j;
        continue;
      }
      j += 1;
    }
    return -1;
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 256 && WHITESPACE[c] === 1) {
      i += 1;
      continue;
    }
    if (c === C.PERCENT) {
      while (i < n && text.charCodeAt(i) !== C.LF && text.charCodeAt(i) !== C.CR) i += 1;
      continue;
    }
    let end: number;
    if (c === C.LPAREN) end = skipLiteral(i);
    else if (c === C.LT) end = text.charCodeAt(i + 1) === C.LT ? skipBalanced(i, true) : text.indexOf('>', i) + 1;
    else if (c === C.LBRACKET) end = skipBalanced(i, false);
    else if (c === C.SLASH) {
      end = i + 1;
      while (end < n && isRegular(text.charCodeAt(end))) end += 1;
    } else {
      end = i;
      while (end < n && isRegular(text.charCodeAt(end))) end += 1;
      if (end === i) return false; // a stray delimiter
      const numeric = (c >= C.ZERO && c <= C.NINE) || c === C.MINUS || c === C.PLUS || c === C.DOT;
      if (!numeric) {
        const word = text.slice(i, end);
        if (word !== 'true' && word !== 'false' && word !== 'null') {
          if (word === 'BI' || word === 'ID') return false;
          if (visit(word, operands, opStart, end) === false) return false;
          operands.length = 0;
          opStart = end;
          i = end;
          continue;
        }
      }
    }
    if (end <= i) return false;
    operands.push(text.slice(i, end));
    i = end;
  }
  return operands.length === 0;
}

