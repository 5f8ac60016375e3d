/**
 * Parses a command's operand texts into matrices with labels, and the shape checks the verbs
 * share. Errors name the operand and the shapes involved.
 */
import { UserError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Limits } from '../limits.js';
import { isSquare, sameShape, type Matrix } from '../numbers/matrix.js';
import { OutOfRange } from '../numbers/scalar.js';
import { parseOperand } from '../parse/matrix.js';
import { ATTACHMENT_REFERENCE, fileOperandMatrix, type DecodedImage } from '../parse/attachments.js';
import { fileLabel } from '../parse/file-format.js';
import type { Attachment, OperandText } from '../types.js';
import { modeOf, shapeText, widestMode, type NumberMode } from '../format.js';
import { matrixKind } from '../linalg/decide.js';

export interface Operands {
  mats: Matrix[];
  labels: string[];
  /** Every operand is rational (the BigInt fast paths apply). */
  exact: boolean;
  /** How the operands compute: rationals, exact symbolic values, certified enclosures, or doubles (DESIGN §4). */
  mode: NumberMode;
  /** Some entry was too long to keep exact. */
  switched: boolean;
  /** The file each operand came from (its name), or undefined for typed ones. */
  files: (string | undefined)[];
}

export function parseOperands(
  ops: OperandText[],
  limits: Limits,
  defaultLabels = ['A', 'B', 'C', 'D', 'E', 'F'],
  images?: ReadonlyMap<Attachment, DecodedImage>,
): Operands {
  const parsed = ops.map((o, i) => {
    if (o.attachment) {
      const f = fileOperandMatrix(o.attachment, limits, images);
      return { matrix: f.matrix, switchedToFloat: f.switched, label: o.label ?? defaultLabels[i] ?? `M${i + 1}` };
    }
    const ref = ATTACHMENT_REFERENCE.exec(o.text.trim());
    if (ref) throw new UserError('missing_attachment', () => t('err.operands.noFile', { n: i + 1, ref: `@${ref[1]}` }));
    const p = parseOperand(o.text, i, limits);
    return { ...p, label: o.label ?? p.label ?? defaultLabels[i] ?? `M${i + 1}` };
  });
  const labels = parsed.map((p) => p.label);
  // Two operands with the same label would make the answer ambiguous: fall back to defaults.
  const unique =
    new Set(labels).size === labels.length ? labels : parsed.map((_, i) => defaultLabels[i] ?? `M${i + 1}`);
  return {
    mats: parsed.map((p) => p.matrix),
    labels: unique,
    exact: parsed.every((p) => p.matrix.exact),
    mode: widestMode(...parsed.map((p) => modeOf(matrixKind(p.matrix)))),
    switched: parsed.some((p) => p.switchedToFloat),
    files: ops.map((o) => (o.attachment ? fileLabel(o.attachment) : undefined)),
  };
}

/** All operands the same shape (no broadcasting). */
export function requireSameShape(o: Operands): void {
  const first = o.mats[0];
  o.mats.forEach((m, i) => {
    if (i > 0 && !sameShape(first, m))
      throw new UserError('shape_mismatch', () =>
        t('err.operands.shapes', {
          first: o.labels[0],
          firstShape: shapeText(first),
          other: o.labels[i],
          n: i + 1,
          otherShape: shapeText(m),
        }),
      );
  });
}

export function requireSquare(o: Operands, verb: string): void {
  o.mats.forEach((m, i) => {
    if (!isSquare(m))
      throw new UserError('not_square', () =>
        t('err.operands.notSquare', { verb, label: o.labels[i], n: i + 1, shape: shapeText(m) }),
      );
  });
}

/**
 * Runs `compute` for one named quantity ("A∘B", "det(A)"): a floating value out of range inside it is reported with
 * that name (run() turns it into an `out_of_range` answer).
 */
export function named<T>(quantity: string, compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    if (e instanceof OutOfRange && e.quantity === undefined) e.quantity = quantity;
    throw e;
  }
}
