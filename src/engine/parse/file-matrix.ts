/**
 * A matrix file's cells → a Matrix. Entries are read like typed ones (integers, decimals, fractions, exponents, the
 * constants and functions of the grammar) and stay exact within the digit budget (DESIGN §7); a matrix past it (any
 * file with more than 2,000 entries: each exact entry has at least two digits, numerator and denominator) is read
 * straight into floating point, plain decimals without the expression parser, so 65,536 cells take milliseconds.
 * Errors name the file, the row and the column, and show an example.
 */
import { englishError } from '../errors.js';
import type { Limits } from '../limits.js';
import { makeMatrix, type Matrix } from '../numbers/matrix.js';
import { FLOAT_RANGE_TEXT, checkedFloat, magnitudeText, OutOfRange, type Scalar } from '../numbers/scalar.js';
import type { Attachment } from '../types.js';
import { EntryError, evaluateEntry } from './expression.js';
import { fileLabel } from './file-format.js';
import type { Cell, Table } from './file-table.js';
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

const NUMBER_HINT =
  'Every cell must be a number: 2, -1.5, 1/3, 2.5e-3 (also sqrt(2), pi). Example: a.csv holding the two lines 2,3 and 4,1.';

/** Reads the table's numbers. Throws UserError (ragged rows, a header, a cell that is not a number, out of range). */
export function tableMatrix(att: Attachment, table: Table, limits: Limits): FileMatrix {
  const name = fileLabel(att);
  const rows = table.rows;
  const cols = rows[0].length;
  const lineNote = (r: number, cell: Cell | undefined): string =>
    cell && cell.line !== r + 1 ? ` (line ${cell.line})` : '';
  rows.forEach((row, r) => {
    if (row.length !== cols)
      throw englishError(
        'ragged_rows',
        `row ${r + 1}${lineNote(r, row[0])} of ${name} has ${row.length} ${row.length === 1 ? 'entry' : 'entries'}, but row 1 has ${cols}`,
        `Every row needs the same number of entries (${table.kind}): look for a missing or an extra separator in row ${r + 1}.`,
      );
  });
  if (rows.length > 1) {
    const words = rows[0].map((c) => c.text.trim()).filter((t) => looksLikeWord(t));
    if (words.length > 0)
      throw englishError(
        'bad_file',
        `row 1 of ${name} looks like a header (${words
          .slice(0, 3)
          .map((w) => `"${w.slice(0, 20)}"`)
          .join(', ')}${words.length > 3 ? ', …' : ''}): the file must hold numbers only`,
        'Delete the header row (pandas: df.to_csv(f, index=False, header=False); NumPy: np.savetxt(f, a, delimiter=",")).',
      );
  }
  const place = (i: number, j: number): string => `row ${i + 1}${lineNote(i, rows[i][j])}, column ${j + 1} of ${name}`;
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
        throw englishError(
          notNumber ? 'not_a_number' : e.code,
          `${place(i, j)}: ${text === '' ? 'the cell is empty' : e.message}`,
          notNumber ? NUMBER_HINT : undefined,
        );
      }
      if (e instanceof OutOfRange)
        throw englishError(
          'out_of_range',
          `${place(i, j)} is about ${magnitudeText(e.log10)}, ${e.direction === 'over' ? 'too large' : 'too small'} for floating point (${FLOAT_RANGE_TEXT}), and the matrix has too many entries to keep exact`,
        );
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
