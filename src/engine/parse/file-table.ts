/**
 * The cells of a matrix file, as text with their places: CSV (RFC 4180 quoting, so `"1.5"` is 1.5), TSV, semicolon-
 * or space-separated tables, and JSON arrays of rows (numbers or numeric strings). Scanners, not recursion: a
 * hostile file (a 100,000-deep JSON array, one 8 MB line, binary junk) stops at the first limit it passes, with an
 * error naming the file, the row and the column. Numbers are read from the cells by `file-matrix.ts`.
 */
import { UserError } from '../errors.js';
import { t, type MessageKey } from '../i18n/index.js';
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
  /** The format, for messages ("comma-separated": `err.file.raggedHint`). */
  kind: Exclude<FileFormat, 'png' | 'jpeg'>;
}

/** "row 3, column 2 of a.csv": a cell's place in messages (`row` is `err.file.row` or `err.file.rowLine`). */
export function cellPlace(att: Attachment, row: string, col: number): string {
  return t('err.file.cell', { row, col: String(col), file: fileLabel(att) });
}

function cellOf(att: Attachment, row: number, col: number): string {
  return cellPlace(att, t('err.file.row', { row: String(row) }), col);
}

/** The file as UTF-8 text (a byte-order mark dropped), or a `bad_file` error naming the first bad byte. */
export function fileText(att: Attachment): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(att.bytes);
  } catch {
    const i = firstInvalidUtf8(att.bytes);
    throw new UserError('bad_file', () =>
      t('err.file.notUtf8', {
        file: fileLabel(att),
        byte: String(i + 1),
        hex: (att.bytes[i] ?? 0).toString(16).padStart(2, '0'),
      }),
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
    throw new UserError(
      'empty_matrix',
      () => t('err.file.noNumbers', { file: fileLabel(att) }),
      () => t('err.file.noNumbersHint'),
    );
  return { rows, kind: format };
}

/** What is too large: a line (`length`, `line`), a row's entries (`row`), the one row of a flat JSON array, the rows. */
type TooLarge =
  | { what: 'line'; length: number; line: number }
  | { what: 'entries'; row: number }
  | { what: 'oneRow' }
  | { what: 'rows' };

function tooLarge(att: Attachment, what: TooLarge, maxSide: number): UserError {
  const max = String(maxSide);
  const message = (): string => {
    const file = fileLabel(att);
    switch (what.what) {
      case 'line':
        return t('err.file.longLine', {
          file,
          max,
          length: what.length.toLocaleString('en-US'),
          line: String(what.line),
        });
      case 'entries':
        return t('err.file.tooManyEntries', { file, max, row: String(what.row) });
      case 'oneRow':
        return t('err.file.tooManyInRow', { file, max });
      default:
        return t('err.file.tooManyRows', { file, max });
    }
  };
  return new UserError('too_large', message, () => t('err.file.tooLargeTableHint', { max }));
}

function cellTooLong(att: Attachment, row: number, col: number): UserError {
  return new UserError(
    'too_large',
    () => t('err.file.cellTooLong', { cell: cellOf(att, row, col), max: MAX_CELL_CHARS.toLocaleString('en-US') }),
    () => t('err.file.cellTooLongHint'),
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
        throw tooLarge(att, { what: 'line', length: plain.length, line }, maxSide);
      const texts = plain.split(sep, maxSide + 1);
      const trailing = plain.endsWith(sep) && plain.split(sep, maxSide + 2).length === maxSide + 1;
      if (texts.length > maxSide && !trailing) throw tooLarge(att, { what: 'entries', row: rows.length + 1 }, maxSide);
      const here = line;
      i = end + 1;
      line++;
      if (texts.every((t) => t.trim() === '')) continue;
      texts.forEach((t, c) => {
        if (t.length > MAX_CELL_CHARS) throw cellTooLong(att, rows.length + 1, c + 1);
      });
      rows.push(texts.map((t) => ({ text: t, line: here })));
      if (rows.length > maxSide) throw tooLarge(att, { what: 'rows' }, maxSide);
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
          if (i >= n) {
            const [r, c] = [rows.length + 1, row.length + 1];
            throw new UserError('bad_file', () =>
              t('err.file.quoteOpen', { cell: cellOf(att, r, c), line: String(cellLine) }),
            );
          }
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
      if (row.length > maxSide) throw tooLarge(att, { what: 'entries', row: rows.length + 1 }, maxSide);
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
    if (rows.length > maxSide) throw tooLarge(att, { what: 'rows' }, maxSide);
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
  /** `why` is an `err.file.json.*` key; `cell` ([row, column]) fills its {cell}. */
  const fail = (
    why: MessageKey,
    values: Record<string, string> = {},
    cell?: [number, number],
    hint: MessageKey = 'err.file.jsonHint',
  ): UserError => {
    const at = String(line);
    return new UserError(
      'bad_file',
      () =>
        t('err.file.json', {
          file: fileLabel(att),
          why: t(why, cell ? { ...values, cell: cellOf(att, cell[0], cell[1]) } : values),
          line: at,
        }),
      () => t(hint),
    );
  };
  /** One value: a number or a string, as its text; anything else is an error naming its place. */
  const value = (r: number, c: number): Cell => {
    skip();
    const at = line;
    const ch = text[i];
    if (ch === '"') {
      i++;
      let s = '';
      for (;;) {
        if (i >= n) throw fail('err.file.json.stringOpen', {}, [r, c]);
        const x = text[i];
        if (x === '"') {
          i++;
          break;
        }
        if (x === '\n') throw fail('err.file.json.stringLine', {}, [r, c]);
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
      throw new UserError(
        'too_deep',
        () => t('err.file.json.nested', { cell: cellOf(att, r, c) }),
        () => t('err.file.json.nestedHint'),
      );
    if (ch === '{') throw fail('err.file.json.object', {}, [r, c]);
    const from = i;
    while (i < n && !/[,\]\s[{}"]/.test(text[i])) {
      i++;
      if (i - from > MAX_CELL_CHARS) throw cellTooLong(att, r, c);
    }
    if (i === from)
      throw fail('err.file.json.missing', { end: i < n ? 'no' : 'yes', ch: i < n ? text[i] : '' }, [r, c]);
    const token = text.slice(from, i);
    // Outside quotes only a JSON number (or a word such as NaN or null, refused as not a number with its place):
    // "1*5" or "+.5" is not JSON, and a bit flipped in "1.5" must not read as 5. Expressions go in strings: "1/3".
    if (!JSON_NUMBER.test(token) && !/^[+-]?[A-Za-z]+$/.test(token))
      throw fail('err.file.json.notNumber', { token: token.slice(0, 20) }, [r, c], 'err.file.json.notNumberHint');
    return { text: token, line: at };
  };
  /** The items of one array whose `[` has been read, up to its `]`. */
  const items = <T>(read: (k: number) => T, limitWhat: (k: number) => TooLarge): T[] => {
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
      throw i >= n ? fail('err.file.json.endsEarly') : fail('err.file.json.expected', { ch: text[i] });
    }
  };
  skip();
  if (text[i] !== '[') throw fail('err.file.json.start');
  i++;
  skip();
  let rows: Cell[][];
  if (text[i] === '[') {
    rows = items(
      (r) => {
        skip();
        if (text[i] !== '[') throw fail('err.file.json.rowNotArray', { row: String(r) });
        i++;
        return items(
          (c) => value(r, c),
          () => ({ what: 'entries', row: r }),
        );
      },
      () => ({ what: 'rows' }),
    );
  } else {
    const row = items(
      (c) => value(1, c),
      () => ({ what: 'oneRow' }),
    );
    rows = row.length ? [row] : [];
  }
  skip();
  if (i < n) throw fail('err.file.json.after', { text: text.slice(i, i + 20) });
  rows.forEach((r, k) => {
    if (r.length === 0)
      throw new UserError('empty_matrix', () => t('err.file.emptyRow', { row: String(k + 1), file: fileLabel(att) }));
  });
  return rows;
}
