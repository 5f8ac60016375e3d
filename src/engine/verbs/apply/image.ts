/**
 * `apply image [image] [vignette|checkerboard|gradient|mask]`: pixelwise filtering, output = image ∘ mask, the
 * mask repeated over the colour channels. The image is a `PixelImage` (8-bit samples): the built-in test picture
 * (drawn here procedurally, deterministic), a typed matrix of brightness, or, once files are in (issue 13), a decoded
 * PNG or JPEG through `pixelImageFromRGBA`: any of them is just another image operand. Masks are exact rationals,
 * so the worked pixel (and a typed image's whole product) is exact; the drawn output is rounded to 8 bits.
 */
import type { ImageData } from '../../data.js';
import { UserError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { latexBlocks, latexEntry, latexMatrix } from '../../latex.js';
import { generate, hadamard, matrixJSON, type Matrix } from '../../numbers/matrix.js';
import { Rational } from '../../numbers/rational.js';
import { formatScalar, isExact, mul, scalarJSON, sign, sub, toFloat, type Scalar } from '../../numbers/scalar.js';
import type { Section } from '../../types.js';
import type { VerbResult } from '../result.js';
import { readable, readableBlock } from './common.js';

/** A decoded image: 8-bit samples, row-major, channels interleaved (grey: 1, RGB: 3). */
export interface PixelImage {
  width: number;
  height: number;
  channels: 1 | 3;
  data: Uint8Array;
}

export const MASKS = ['vignette', 'checkerboard', 'gradient'] as const;
export type MaskName = (typeof MASKS)[number];

/** Side of the built-in test picture. */
export const BUILT_IN_SIDE = 64;

const EXAMPLE = 'apply image [[1,0.5],[0.5,1]]';

/**
 * A decoder's RGBA pixels (canvas `getImageData`, PNG/JPEG decoders) as a PixelImage: alpha dropped, one grey
 * channel when every pixel has R = G = B.
 */
export function pixelImageFromRGBA(width: number, height: number, rgba: Uint8Array | Uint8ClampedArray): PixelImage {
  let grey = true;
  for (let p = 0; p < width * height && grey; p++)
    grey = rgba[4 * p] === rgba[4 * p + 1] && rgba[4 * p] === rgba[4 * p + 2];
  const channels = grey ? 1 : 3;
  const data = new Uint8Array(width * height * channels);
  for (let p = 0; p < width * height; p++) for (let c = 0; c < channels; c++) data[p * channels + c] = rgba[4 * p + c];
  return { width, height, channels, data };
}

/**
 * The built-in test picture, 64×64 RGB: a sky fading to the horizon, a sun, two hills, a tree and a striped field.
 * Every sample is an integer from 0 to 255 (brightness k/255, exact), computed from the pixel's position alone.
 */
export function builtInImage(side = BUILT_IN_SIDE): PixelImage {
  const data = new Uint8Array(side * side * 3);
  const s = side / 64;
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const u = x / s;
      const v = y / s;
      let rgb: [number, number, number];
      const horizon = 38 + 4 * Math.sin(u / 9);
      const farHill = 33 + 6 * Math.cos((u - 10) / 11);
      if ((u - 46) ** 2 + (v - 13) ** 2 <= 49) rgb = [252, 206, 72];
      else if ((u - 16) ** 2 + (v - 31) ** 2 <= 30) rgb = [38, 104, 52];
      else if (Math.abs(u - 16) <= 1 && v >= 31 && v < 46) rgb = [102, 66, 38];
      else if (v < farHill && v < horizon) {
        const t = v / 38;
        rgb = [Math.round(70 + 120 * t), Math.round(130 + 90 * t), Math.round(215 + 30 * t)];
      } else if (v < horizon) rgb = [96, 128, 104];
      else rgb = Math.floor(u / 4 + v / 4) % 2 === 0 ? [78, 156, 64] : [58, 128, 48];
      data.set(rgb, (y * side + x) * 3);
    }
  return { width: side, height: side, channels: 3, data };
}

/** The built-in masks at any size, exact: brightness factors from 0 to 1. */
export function builtInMask(name: MaskName, width: number, height: number): Matrix {
  const cx = Rational.of(width - 1, 2);
  const cy = Rational.of(height - 1, 2);
  const r2 = cx.mul(cx).add(cy.mul(cy));
  const block = Math.max(1, Math.round(Math.max(width, height) / 8));
  return generate(height, width, (y, x) => {
    switch (name) {
      case 'vignette': {
        // 1 at the centre, 1/4 in the corners: 1 − (3/4)·(distance / half-diagonal)².
        const dx = Rational.int(x).sub(cx);
        const dy = Rational.int(y).sub(cy);
        const d2 = dx.mul(dx).add(dy.mul(dy));
        return r2.isZero() ? Rational.ONE : Rational.ONE.sub(Rational.of(3, 4).mul(d2.div(r2)));
      }
      case 'checkerboard':
        return (Math.floor(x / block) + Math.floor(y / block)) % 2 === 0 ? Rational.ONE : Rational.ZERO;
      case 'gradient':
        return width === 1 ? Rational.ONE : Rational.of(x, width - 1);
    }
  });
}

/**
 * A typed matrix as brightness in [0, 1]: as it is when every entry is in [0, 1], divided by 255 when the entries
 * are 8-bit values (0 … 255). Anything else is refused, naming the entry.
 */
function brightness(m: Matrix, what: string): { m: Matrix; scaled: boolean } {
  const within = (hi: Rational) => m.e.every((r) => r.every((x) => sign(x) >= 0 && sign(sub(x, hi)) <= 0));
  if (within(Rational.ONE)) return { m, scaled: false };
  if (within(Rational.int(255)))
    return { m: generate(m.rows, m.cols, (i, j) => mul(m.e[i][j], Rational.of(1, 255))), scaled: true };
  const bad = m.e
    .flatMap((r, i) => r.map((x, j) => ({ x, i, j })))
    .find(({ x }) => sign(x) < 0 || sign(sub(x, Rational.int(255))) > 0)!;
  throw new UserError(
    'bad_argument',
    t('apply.image.notBrightness', {
      what,
      i: String(bad.i + 1),
      j: String(bad.j + 1),
      value: formatScalar(bad.x),
    }),
    t('apply.image.notBrightnessHint', { example: EXAMPLE }),
  );
}

/** Nearest-neighbour: the mask value covering pixel (y, x) of a width×height image. */
function maskAt(mask: Matrix, width: number, height: number, y: number, x: number): Scalar {
  return mask.e[Math.floor((y * mask.rows) / height)][Math.floor((x * mask.cols) / width)];
}

function to8bit(v: number): number {
  return Math.max(0, Math.min(255, Math.round(v * 255)));
}

export interface ImageRequest {
  /** The image: the user's typed matrix, or null for the built-in picture (or a decoded file, later). */
  image: Matrix | PixelImage | null;
  /** A built-in mask's name, or the user's mask matrix (scaled to the image, nearest neighbour). */
  mask: MaskName | Matrix;
}

export function imageApplication(request: ImageRequest): VerbResult<ImageData> {
  const typed =
    request.image !== null && !('data' in request.image) ? brightness(request.image, t('apply.image.theImage')) : null;
  const picture: PixelImage | null = typed ? null : ((request.image as PixelImage | null) ?? builtInImage());
  const width = typed ? typed.m.cols : picture!.width;
  const height = typed ? typed.m.rows : picture!.height;
  const channels: 1 | 3 = typed ? 1 : picture!.channels;
  const maskName = typeof request.mask === 'string' ? request.mask : 'matrix';
  const userMask = typeof request.mask === 'string' ? null : brightness(request.mask, t('apply.image.theMask'));
  const mask = userMask ? userMask.m : builtInMask(request.mask as MaskName, width, height);
  const sample = (y: number, x: number, c: number): Scalar =>
    typed ? typed.m.e[y][x] : Rational.of(picture!.data[(y * width + x) * channels + c], 255);
  const maskValue = (y: number, x: number): Scalar => maskAt(mask, width, height, y, x);

  const input = new Uint8Array(width * height * channels);
  const maskPixels = new Uint8Array(width * height);
  const output = new Uint8Array(width * height * channels);
  let sumIn = 0;
  let sumOut = 0;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const mv = toFloat(maskValue(y, x));
      maskPixels[y * width + x] = to8bit(mv);
      for (let c = 0; c < channels; c++) {
        const v = typed ? toFloat(sample(y, x, c)) : picture!.data[(y * width + x) * channels + c] / 255;
        input[(y * width + x) * channels + c] = typed ? to8bit(v) : picture!.data[(y * width + x) * channels + c];
        output[(y * width + x) * channels + c] = to8bit(v * mv);
        sumIn += v;
        sumOut += v * mv;
      }
    }
  const count = width * height * channels;
  // The worked pixel: a quarter of the way in, unless that is a dull one (a 0, or a mask of exactly 1): then the
  // first pixel, row by row, with a nonzero input and a mask strictly between 0 and 1, or failing that both nonzero.
  const quarter = { row: Math.floor(height / 4), col: Math.floor(width / 4) };
  const interesting = (y: number, x: number, strict: boolean) => {
    const m = toFloat(maskValue(y, x));
    return toFloat(sample(y, x, 0)) !== 0 && m !== 0 && (!strict || m !== 1);
  };
  const pick = (strict: boolean) => {
    if (interesting(quarter.row, quarter.col, strict)) return quarter;
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) if (interesting(y, x, strict)) return { row: y, col: x };
    return null;
  };
  const { row, col } = pick(true) ?? pick(false) ?? quarter;
  const wIn = sample(row, col, 0);
  const wMask = maskValue(row, col);
  const wOut = mul(wIn, wMask);
  const channelName = channels === 1 ? 'grey' : 'red';
  const exact = isExact(wIn) && isExact(wMask) && (!typed || typed.m.exact) && (!userMask || userMask.m.exact);

  let matrices: ImageData['matrices'];
  if (typed) {
    const scaledMask = generate(height, width, (y, x) => maskValue(y, x));
    const product = hadamard(typed.m, scaledMask);
    matrices = { image: matrixJSON(typed.m), mask: matrixJSON(scaledMask), product: matrixJSON(product) };
  }
  const blocks = mask.rows !== height || mask.cols !== width;
  const maskWords: Record<typeof maskName, () => string> = {
    vignette: () => t('apply.image.vignette'),
    checkerboard: () => t('apply.image.checkerboard'),
    gradient: () => t('apply.image.gradient'),
    matrix: () =>
      t(blocks ? 'apply.image.yourMaskBlocks' : 'apply.image.yourMask', {
        rows: String(mask.rows),
        cols: String(mask.cols),
        h: String(Math.round(height / mask.rows)),
        w: String(Math.round(width / mask.cols)),
      }),
  };
  const size = { h: String(height), w: String(width) };
  const what = typed
    ? t('apply.image.yourImage', size)
    : request.image
      ? t('apply.image.givenImage', size)
      : t('apply.image.builtIn', size);
  const why = t('apply.image.why');
  const f = (x: Scalar) => readable(x, 6);
  const approx = (x: Scalar) =>
    isExact(x) && !x.isInteger() && f(x).includes('/') ? ` ≈ ${formatScalar(toFloat(x), 3)}` : '';
  const sections: Section[] = [];
  if (typed && matrices && width <= 8 && height <= 8)
    sections.push({
      body: readableBlock(
        [
          { label: t('apply.image.image'), m: typed.m },
          { label: t('apply.image.mask'), m: generate(height, width, (y, x) => maskValue(y, x)) },
          {
            label: `${t('apply.image.image')}∘${t('apply.image.mask')}`,
            m: hadamard(
              typed.m,
              generate(height, width, (y, x) => maskValue(y, x)),
            ),
          },
        ],
        ['∘', '='],
      ),
    });
  sections.push(
    {
      body: t('apply.image.pixel', {
        row: String(row + 1),
        col: String(col + 1),
        rgb: channels === 3 ? 'yes' : 'no',
        product: `${f(wIn)} × ${f(wMask)} = ${f(wOut)}${approx(wOut)}`,
        before: formatScalar(sumIn / count, 3),
        after: formatScalar(sumOut / count, 3),
      }),
    },
    { heading: t('apply.why'), body: why },
    {
      body: t('apply.image.note', {
        exactness: t(exact ? 'apply.image.exact' : 'apply.numericalFloat'),
        scaled: typed?.scaled || userMask?.scaled ? 'yes' : 'no',
      }),
    },
  );
  const b64 = (a: Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
  const data: ImageData = {
    application: 'image',
    builtIn: request.image === null,
    exact,
    why,
    mask: maskName,
    width,
    height,
    channels,
    pixels: { input: b64(input), mask: b64(maskPixels), output: b64(output) },
    ...(matrices ? { matrices } : {}),
    worked: {
      row,
      col,
      channel: channelName,
      input: scalarJSON(wIn),
      mask: scalarJSON(wMask),
      output: scalarJSON(wOut),
    },
    meanBefore: round(sumIn / count),
    meanAfter: round(sumOut / count),
  };
  const lines = matrices
    ? [
        `X \\circ M = ${latexMatrix(matrices.image)} \\circ ${latexMatrix(matrices.mask)} = ${latexMatrix(matrices.product)}`,
      ]
    : [];
  lines.push(
    `(X \\circ M)_{${row + 1},${col + 1}} = x_{${row + 1},${col + 1}}\\, m_{${row + 1},${col + 1}} = ${latexEntry(data.worked.input)} \\cdot ${latexEntry(data.worked.mask)} = ${latexEntry(data.worked.output)}`,
  );
  data.latex = latexBlocks(lines);
  return {
    title: t('apply.image.title'),
    summary: t('apply.image.summary', {
      what: capital(what),
      mask: maskWords[maskName](),
      row: String(row + 1),
      col: String(col + 1),
      product: `${f(wIn)} × ${f(wMask)} = ${f(wOut)}`,
      exact: exact ? 'yes' : 'no',
    }),
    sections,
    data,
  };
}

function round(x: number): number {
  return Number(x.toPrecision(6));
}

function capital(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}
