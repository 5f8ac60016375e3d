/**
 * A matrix file's cells → a Matrix. Entries are read like typed ones (integers, decimals, fractions, exponents, the
 * constants and functions of the grammar) and stay exact within the digit budget (DESIGN §7); a matrix past it (any
 * file with more than 2,000 entries: each exact entry has at least two digits, numerator and denominator) is read
 * straight into floating point, plain decimals without the expression parser, so 65,536 cells take milliseconds.
 * Errors name the file, the row and the column, and show an example.
 */
import { UserError, defaultHint } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Limits } from '../limits.js';
import { makeMatrix, type Matrix } from '../numbers/matrix.js';
import { checkedFloat, OutOfRange, type Scalar } from '../numbers/scalar.js';
import type { Attachment } from '../types.js';
import { EntryError, evaluateEntry, magnitudeWords } from './expression.js';
import { fileLabel } from './file-format.js';
import { cellPlace, type Cell, type Table } from './file-table.js';
import { entryLimits, exactWithinBudget } from './matrix.js';

export interface FileMatrix {
  matrix: Matrix;
  /** Too many digits to keep exact: floating point (the answer says so). */
  switched: boolean;
}

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Words an entry may contain (the grammar's functions and constants); any other word in row 1 makes it a header. */
const ENTRY_WORDS = new Set([
  'sqrt',
  'pi',
  'e',
  'nan',
  'inf',
  'infinity',
  'null',
  'none',
  'undefined',
  'true',
  'false',
]);

/** Reads the table's numbers. Throws UserError (ragged rows, a header, a cell that is not a number, out of range). */
export function tableMatrix(att: Attachment, table: Table, limits: Limits): FileMatrix {
  const rows = table.rows;
  const cols = rows[0].length;
  /** "row 3", or "row 3 (line 5)" when the row does not start on the line of its number. */
  const rowRef = (r: number, cell: Cell | undefined): string =>
    cell && cell.line !== r + 1
      ? t('err.file.rowLine', { row: String(r + 1), line: String(cell.line) })
      : t('err.file.row', { row: String(r + 1) });
  rows.forEach((row, r) => {
    if (row.length !== cols)
      throw new UserError(
        'ragged_rows',
        () =>
          t('err.file.ragged', {
            row: rowRef(r, row[0]),
            file: fileLabel(att),
            n: row.length,
            cols: String(cols),
          }),
        () => t('err.file.raggedHint', { kind: table.kind, row: String(r + 1) }),
      );
  });
  if (rows.length > 1) {
    const words = rows[0].map((c) => c.text.trim()).filter((t) => looksLikeWord(t));
    if (words.length > 0) {
      const shown = `${words
        .slice(0, 3)
        .map((w) => `"${w.slice(0, 20)}"`)
        .join(', ')}${words.length > 3 ? ', …' : ''}`;
      throw new UserError(
        'bad_file',
        () => t('err.file.header', { file: fileLabel(att), words: shown }),
        () => t('err.file.headerHint'),
      );
    }
  }
  const place = (i: number, j: number): string => cellPlace(att, rowRef(i, rows[i][j]), j + 1);
  const cells = rows.length * cols;
  // At least two digits per exact entry: past half the budget, the matrix cannot stay exact.
  const mayStayExact = cells * 2 <= limits.maxTotalDigits;
  let irrational = false;
  const read = (i: number, j: number): Scalar => {
    const text = cleanCell(rows[i][j].text);
    if (!mayStayExact && PLAIN_NUMBER.test(text)) {
      const f = Number(text);
      if (Number.isFinite(f) && (f !== 0 || !/[1-9]/.test(text.replace(/[eE].*$/, '')))) return f;
    }
    try {
      const v = evaluateEntry(text, entryLimits(limits));
      if (typeof v.value === 'number' && !v.switchedToFloat) irrational = true;
      return mayStayExact ? v.value : checkedFloat(v.value);
    } catch (e) {
      if (e instanceof EntryError) {
        // A cell is a number or it is not: the grammar's finer codes (unknown word, bad expression) say the same here.
        const notNumber = e.code === 'not_a_number' || e.code === 'bad_expression' || e.code === 'unknown_word';
        const code = notNumber ? 'not_a_number' : e.code;
        throw new UserError(
          code,
          () =>
            t('err.file.cellError', { cell: place(i, j), reason: text === '' ? t('err.file.emptyCell') : e.text() }),
          notNumber ? () => t('err.file.numberHint') : () => defaultHint(code),
        );
      }
      if (e instanceof OutOfRange) {
        const { log10, direction } = e;
        throw new UserError('out_of_range', () =>
          t('err.file.outOfRange', {
            cell: place(i, j),
            size: magnitudeWords(log10),
            direction,
            range: t('err.floatRange'),
          }),
        );
      }
      throw e;
    }
  };
  const e = rows.map((row, i) => row.map((_, j) => read(i, j)));
  const matrix = makeMatrix(e);
  if (mayStayExact) return exactWithinBudget(matrix, limits, place);
  return { matrix, switched: !irrational };
}

/** A cell's text as an entry: trimmed, with the typographic minus and exotic spaces a spreadsheet may write. */
function cleanCell(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.trim();
  return text
    .replace(/[\u2212\u2012\u2013]/g, '-')
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .trim();
}

/** A header cell: a word that is not one of the grammar's (sqrt, pi, e) nor a non-finite value, and not a number. */
function looksLikeWord(text: string): boolean {
  if (text === '' || PLAIN_NUMBER.test(text)) return false;
  const words = text.match(/[A-Za-z_]+/g) ?? [];
  return words.some((w) => !ENTRY_WORDS.has(w.toLowerCase()));
}
