/**
 * The cells of a matrix file, as text with their places: CSV (RFC 4180 quoting, so `"1.5"` is 1.5), TSV, semicolon-
 * or space-separated tables, and JSON arrays of rows (numbers or numeric strings). Scanners, not recursion: a
 * hostile file (a 100,000-deep JSON array, one 8 MB line, binary junk) stops at the first limit it passes, with an
 * error naming the file, the row and the column. Numbers are read from the cells by `file-matrix.ts`.
 */
import { UserError, englishError } from '../errors.js';
import type { Attachment } from '../types.js';
import { fileLabel, type FileFormat } from './file-format.js';

/** Characters of one cell: more than any number the digit budget keeps (2,000 digits), with room for an exponent. */
export const MAX_CELL_CHARS = 4000;

/** A number as JSON writes it (RFC 8259): no leading +, no leading zeros, digits on both sides of a point. */
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

export interface Cell {
  text: string;
  /** 1-based line of the file where the cell starts (rows skip blank lines, lines do not). */
  line: number;
}

export interface Table {
  rows: Cell[][];
  /** The separator, for messages ("comma-separated"). */
  kind: string;
}

const KIND: Record<Exclude<FileFormat, 'png' | 'jpeg'>, string> = {
  csv: 'comma-separated',
  tsv: 'tab-separated',
  semicolon: 'semicolon-separated',
  whitespace: 'space-separated',
  json: 'JSON',
};

/** The file as UTF-8 text (a byte-order mark dropped), or a `bad_file` error naming the first bad byte. */
export function fileText(att: Attachment): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(att.bytes);
  } catch {
    const i = firstInvalidUtf8(att.bytes);
    throw englishError(
      'bad_file',
      `${fileLabel(att)} is not UTF-8 text (byte ${i + 1} is 0x${(att.bytes[i] ?? 0).toString(16).padStart(2, '0')}): I read CSV, TSV and JSON as UTF-8, and PNG or JPEG images`,
    );
  }
}

/** Index of the first byte that does not start a well-formed UTF-8 sequence (or the length, if all do). */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    // Overlong three- and four-byte forms, UTF-16 surrogates, and code points past U+10FFFF.
    if ((c === 0xe0 && b[i + 1] < 0xa0) || (c === 0xed && b[i + 1] >= 0xa0)) return i;
    if ((c === 0xf0 && b[i + 1] < 0x90) || (c === 0xf4 && b[i + 1] >= 0x90)) return i;
    i += n + 1;
  }
  return i;
}

/** Reads the table's cells; `maxSide` bounds rows and columns (checked while scanning). Throws UserError. */
export function readTable(att: Attachment, format: Exclude<FileFormat, 'png' | 'jpeg'>, maxSide: number): Table {
  const text = fileText(att);
  const rows = format === 'json' ? readJson(att, text, maxSide) : readDelimited(att, text, format, maxSide);
  if (rows.length === 0)
    throw englishError(
      'empty_matrix',
      `${fileLabel(att)} has no numbers in it`,
      'A matrix file needs at least one row of numbers. Example: a.csv holding 2,3 and 4,1 on two lines.',
    );
  return { rows, kind: KIND[format] };
}

function tooLarge(att: Attachment, what: string, maxSide: number): UserError {
  return englishError(
    'too_large',
    `${fileLabel(att)} ${what}; matrices from files may be at most ${maxSide}×${maxSide}`,
    `Send a smaller part of the matrix (at most ${maxSide} rows and ${maxSide} columns).`,
  );
}

function cellTooLong(att: Attachment, row: number, col: number): UserError {
  return englishError(
    'too_large',
    `row ${row}, column ${col} of ${fileLabel(att)} is longer than ${MAX_CELL_CHARS.toLocaleString('en-US')} characters`,
    'Numbers are kept exact up to 2,000 digits; write longer ones rounded (e.g. 3.14159265358979).',
  );
}

/** CSV / TSV / semicolon / whitespace: one row per line, blank lines skipped, CR LF and a trailing newline allowed. */
function readDelimited(
  att: Attachment,
  text: string,
  format: 'csv' | 'tsv' | 'semicolon' | 'whitespace',
  maxSide: number,
): Cell[][] {
  const sep = format === 'csv' ? ',' : format === 'tsv' ? '\t' : format === 'semicolon' ? ';' : null;
  const rows: Cell[][] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    // A line without quotes (the usual case) is split in one go, at most maxSide + 1 cells.
    let end = text.indexOf('\n', i);
    if (end < 0) end = n;
    const lineEnd = end > i && text[end - 1] === '\r' ? end - 1 : end;
    const plain = text.slice(i, lineEnd);
    if (sep !== null && !plain.includes('"') && !plain.includes('\r')) {
      if (plain.length > (maxSide + 1) * (MAX_CELL_CHARS + 1))
        throw tooLarge(
          att,
          `has a line ${plain.length.toLocaleString('en-US')} characters long (line ${line})`,
          maxSide,
        );
      const texts = plain.split(sep, maxSide + 1);
      const trailing = plain.endsWith(sep) && plain.split(sep, maxSide + 2).length === maxSide + 1;
      if (texts.length > maxSide && !trailing)
        throw tooLarge(att, `has more than ${maxSide} entries in row ${rows.length + 1}`, maxSide);
      const here = line;
      i = end + 1;
      line++;
      if (texts.every((t) => t.trim() === '')) continue;
      texts.forEach((t, c) => {
        if (t.length > MAX_CELL_CHARS) throw cellTooLong(att, rows.length + 1, c + 1);
      });
      rows.push(texts.map((t) => ({ text: t, line: here })));
      if (rows.length > maxSide) throw tooLarge(att, `has more than ${maxSide} rows`, maxSide);
      continue;
    }
    // One line: cells until a line break outside quotes.
    const row: Cell[] = [];
    let blank = true;
    for (;;) {
      if (sep === null) while (i < n && (text[i] === ' ' || text[i] === '\t')) i++;
      let cell = '';
      const cellLine = line;
      let quoted = false;
      if (sep !== null) while (i < n && text[i] === ' ') i++;
      if (text[i] === '"') {
        quoted = true;
        i++;
        for (;;) {
          if (i >= n)
            throw englishError(
              'bad_file',
              `row ${rows.length + 1}, column ${row.length + 1} of ${fileLabel(att)}: a quote opened on line ${cellLine} is never closed`,
            );
          const ch = text[i];
          if (ch === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === '\n') line++;
          cell += ch;
          i++;
          if (cell.length > MAX_CELL_CHARS) throw cellTooLong(att, rows.length + 1, row.length + 1);
        }
      }
      const from = i;
      while (i < n) {
        const ch = text[i];
        if (ch === '\n' || ch === '\r' || ch === sep || (sep === null && (ch === ' ' || ch === '\t'))) break;
        i++;
        if (i - from > MAX_CELL_CHARS) throw cellTooLong(att, rows.length + 1, row.length + 1);
      }
      cell += text.slice(from, i);
      if (quoted || cell.trim() !== '') blank = false;
      row.push({ text: cell, line: cellLine });
      if (row.length > maxSide)
        throw tooLarge(att, `has more than ${maxSide} entries in row ${rows.length + 1}`, maxSide);
      if (sep === null) {
        while (i < n && (text[i] === ' ' || text[i] === '\t')) i++;
        if (i < n && text[i] !== '\n' && text[i] !== '\r') continue;
        break;
      }
      if (i < n && text[i] === sep) {
        i++;
        continue;
      }
      break;
    }
    // The line break.
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
    if (sep === null && row.length === 1 && row[0].text === '') blank = true;
    if (blank && row.every((c) => c.text.trim() === '')) continue;
    rows.push(row);
    if (rows.length > maxSide) throw tooLarge(att, `has more than ${maxSide} rows`, maxSide);
  }
  // A separator at the end of every line (some exports write one) leaves an empty last column: drop it.
  if (sep !== null && rows.length > 0 && rows.every((r) => r.length > 1 && r[r.length - 1].text.trim() === ''))
    for (const r of rows) r.pop();
  return rows;
}

/**
 * JSON: `[[1, 2], [3, 4]]`, a flat `[1, 2, 3]` (one row), JSON numbers or numeric strings (`"1/3"`); outside quotes
 * anything but a JSON number is refused (`bad_file`), so a damaged file is not read as another matrix. A hand-written
 * scanner: a third level of brackets is refused as soon as it opens, so no nesting depth can exhaust the stack.
 */
function readJson(att: Attachment, text: string, maxSide: number): Cell[][] {
  const name = fileLabel(att);
  let i = 0;
  let line = 1;
  const n = text.length;
  const skip = (): void => {
    while (i < n) {
      const ch = text[i];
      if (ch === '\n') line++;
      else if (ch !== ' ' && ch !== '\t' && ch !== '\r') break;
      i++;
    }
  };
  const fail = (why: string, hint?: string): UserError =>
    englishError(
      'bad_file',
      `${name} is not a JSON matrix: ${why} (line ${line})`,
      hint ??
        'A JSON matrix is an array of rows, each an array of numbers. Example: [[2,3],[4,1]] (in Python: json.dump(a.tolist(), f)).',
    );
  const where = (r: number, c: number): string => `row ${r}, column ${c} of ${name}`;
  /** One value: a number or a string, as its text; anything else is an error naming its place. */
  const value = (r: number, c: number): Cell => {
    skip();
    const at = line;
    const ch = text[i];
    if (ch === '"') {
      i++;
      let s = '';
      for (;;) {
        if (i >= n) throw fail(`a string in ${where(r, c)} is never closed`);
        const x = text[i];
        if (x === '"') {
          i++;
          break;
        }
        if (x === '\n') throw fail(`a string in ${where(r, c)} runs past the end of its line`);
        if (x === '\\') {
          const e = text[i + 1];
          if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            s += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
            i += 6;
          } else {
            s += e === 'n' ? '\n' : e === 't' ? '\t' : (e ?? '');
            i += 2;
          }
        } else {
          s += x;
          i++;
        }
        if (s.length > MAX_CELL_CHARS) throw cellTooLong(att, r, c);
      }
      return { text: s, line: at };
    }
    if (ch === '[')
      throw englishError(
        'too_deep',
        `${where(r, c)} is another array: a matrix has two levels of brackets, not three`,
        'A JSON matrix is an array of rows, each an array of numbers. Example: [[2,3],[4,1]].',
      );
    if (ch === '{') throw fail(`${where(r, c)} is a JSON object, not a number`);
    const from = i;
    while (i < n && !/[,\]\s[{}"]/.test(text[i])) {
      i++;
      if (i - from > MAX_CELL_CHARS) throw cellTooLong(att, r, c);
    }
    if (i === from) throw fail(`${where(r, c)} is missing (found ${i < n ? `"${text[i]}"` : 'the end of the file'})`);
    const token = text.slice(from, i);
    // Outside quotes only a JSON number (or a word such as NaN or null, refused as not a number with its place):
    // "1*5" or "+.5" is not JSON, and a bit flipped in "1.5" must not read as 5. Expressions go in strings: "1/3".
    if (!JSON_NUMBER.test(token) && !/^[+-]?[A-Za-z]+$/.test(token))
      throw fail(
        `${where(r, c)} is "${token.slice(0, 20)}", which is not a JSON number`,
        'Write numbers as JSON does (2, -1.5, 2.5e-3), and anything else in quotes: [["1/3", "sqrt(2)"], [1, 2]].',
      );
    return { text: token, line: at };
  };
  /** The items of one array whose `[` has been read, up to its `]`. */
  const items = <T>(read: (k: number) => T, limitWhat: (k: number) => string): T[] => {
    const out: T[] = [];
    skip();
    if (text[i] === ']') {
      i++;
      return out;
    }
    for (;;) {
      out.push(read(out.length + 1));
      if (out.length > maxSide) throw tooLarge(att, limitWhat(out.length), maxSide);
      skip();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return out;
      }
      throw fail(i >= n ? 'the file ends before the closing "]"' : `expected "," or "]" but found "${text[i]}"`);
    }
  };
  skip();
  if (text[i] !== '[') throw fail('it does not start with "["');
  i++;
  skip();
  let rows: Cell[][];
  if (text[i] === '[') {
    rows = items(
      (r) => {
        skip();
        if (text[i] !== '[') throw fail(`row ${r} is not an array (write every row in brackets: [[1,2],[3,4]])`);
        i++;
        return items(
          (c) => value(r, c),
          () => `has more than ${maxSide} entries in row ${r}`,
        );
      },
      () => `has more than ${maxSide} rows`,
    );
  } else {
    const row = items(
      (c) => value(1, c),
      () => `has more than ${maxSide} entries in its one row`,
    );
    rows = row.length ? [row] : [];
  }
  skip();
  if (i < n) throw fail(`there is more after the matrix's closing "]": "${text.slice(i, i + 20)}"`);
  rows.forEach((r, k) => {
    if (r.length === 0) throw englishError('empty_matrix', `row ${k + 1} of ${name} is empty ([])`);
  });
  return rows;
}
