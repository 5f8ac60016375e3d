/**
 * `apply image`: the input image, the mask and the output side by side (∘ and = between them), each drawn as an
 * image (so the dark card keeps a photo's true colours), small images scaled up by whole pixels with crisp edges,
 * the worked pixel outlined in all three. At most 520 px wide (the card width).
 */
import { createCanvas } from '@napi-rs/canvas';
import type { ImageData } from '../data.js';
import type { Figure } from '../types.js';
import { t } from '../i18n/index.js';
import { contentWidth, paragraph, short } from './apply-kit.js';
import { entryToNumber, formatEntryShort } from './entries.js';
import {
  column,
  heading,
  paragraph as wrapped,
  renderCard,
  row,
  text,
  type Box,
  type FigureOptions,
} from './layout.js';
import { COLORS, FONTS } from './theme.js';

/** The largest side an image panel takes, in logical pixels. */
const PANEL = 136;

/** An 8-bit image (1 or 3 channels, base64) as a box of the given size, outlined pixel at (row, col). */
function imageBox(
  b64: string,
  width: number,
  height: number,
  channels: 1 | 3,
  mark: { row: number; col: number },
): Box {
  const bytes = Buffer.from(b64, 'base64');
  // Whole device pixels per image pixel when the image is small enough, else scaled to fit.
  const per =
    Math.max(width, height) <= PANEL
      ? Math.max(1, Math.floor(PANEL / Math.max(width, height)))
      : PANEL / Math.max(width, height);
  const w = Math.round(width * per);
  const h = Math.round(height * per);
  return {
    w,
    h,
    draw(ctx, x0, y0) {
      const x = Math.round(x0);
      const y = Math.round(y0);
      const src = createCanvas(width, height);
      const sctx = src.getContext('2d');
      const img = sctx.createImageData(width, height);
      for (let p = 0; p < width * height; p++) {
        const r = bytes[p * channels];
        img.data[4 * p] = r;
        img.data[4 * p + 1] = channels === 3 ? bytes[p * 3 + 1] : r;
        img.data[4 * p + 2] = channels === 3 ? bytes[p * 3 + 2] : r;
        img.data[4 * p + 3] = 255;
      }
      sctx.putImageData(img, 0, 0);
      ctx.imageSmoothingEnabled = per < 1 || !Number.isInteger(per);
      ctx.drawImage(src, x, y, w, h);
      ctx.imageSmoothingEnabled = true;
      ctx.strokeStyle = COLORS.border;
      ctx.lineWidth = 1;
      ctx.strokeRect(x - 0.5, y - 0.5, w + 1, h + 1);
      // The worked pixel: a two-tone outline that shows on any colour (at least 6 px across).
      const size = Math.max(6, per);
      const mx = x + mark.col * per + per / 2 - size / 2;
      const my = y + mark.row * per + per / 2 - size / 2;
      ctx.strokeStyle = '#000000';
      ctx.lineWidth = 2.5;
      ctx.strokeRect(mx, my, size, size);
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 1;
      ctx.strokeRect(mx, my, size, size);
    },
  };
}

export async function renderImageFigure(d: ImageData, options: FigureOptions = {}): Promise<Figure> {
  const mark = { row: d.worked.row, col: d.worked.col };
  const maskNames: Record<ImageData['mask'], () => string> = {
    vignette: () => t('applyFig.image.vignette'),
    checkerboard: () => t('applyFig.image.checkerboard'),
    gradient: () => t('applyFig.image.gradient'),
    matrix: () => t('applyFig.image.yourMask'),
  };
  const maskWords = maskNames[d.mask]();
  const captioned = (b: Box, title: string, note: string): Box =>
    // Captions wrap under their image: a longer language's words never widen the row past the card.
    column(
      [
        b,
        wrapped(title, FONTS.label, COLORS.ink, Math.max(PANEL, b.w), 2, 'center'),
        wrapped(note, FONTS.small, COLORS.muted, Math.max(PANEL, b.w), 2, 'center'),
      ],
      3,
      'center',
    );
  const input = captioned(
    imageBox(d.pixels.input, d.width, d.height, d.channels, mark),
    t('applyFig.image.image'),
    t(d.channels === 3 ? 'applyFig.image.rgb' : 'applyFig.image.grey', { h: String(d.height), w: String(d.width) }),
  );
  const mask = captioned(
    imageBox(d.pixels.mask, d.width, d.height, 1, mark),
    t('applyFig.image.mask'),
    t('applyFig.image.maskNote', { mask: maskWords }),
  );
  const output = captioned(
    imageBox(d.pixels.output, d.width, d.height, d.channels, mark),
    t('applyFig.image.product'),
    t('applyFig.image.pixelByPixel'),
  );
  const op = (s: string): Box => text(s, FONTS.operator, COLORS.muted);
  const slot = Math.max(input.w, mask.w, output.w);
  // A caption that wraps makes its column taller: the three images stay level, tops aligned.
  const tallest = Math.max(input.h, mask.h, output.h);
  const level = (b: Box): Box => ({ w: b.w, h: tallest, draw: b.draw });
  const gap = Math.max(24, Math.floor((contentWidth() - 3 * slot) / 2));
  const centred = (b: Box, w: number): Box => ({ w, h: b.h, draw: (ctx, x, y) => b.draw(ctx, x + (w - b.w) / 2, y) });
  const pictureRow = row(
    [
      centred(level(input), slot),
      centred(op('∘'), gap),
      centred(level(mask), slot),
      centred(op('='), gap),
      centred(level(output), slot),
    ],
    0,
    'center',
  );
  const v = (e: typeof d.worked.input) =>
    typeof e === 'string' && e.length <= 17 ? e.replace(/^-/, '\u2212') : formatEntryShort(e, 9);
  const approx = (e: typeof d.worked.output) =>
    typeof e === 'string' && e.includes('/') ? ` ≈ ${short(entryToNumber(e), 3)}` : '';
  const workedValues = {
    row: String(d.worked.row + 1),
    col: String(d.worked.col + 1),
    rgb: d.channels === 3 ? 'yes' : 'no',
    product: `${v(d.worked.input)} × ${v(d.worked.mask)} = ${v(d.worked.output)}${approx(d.worked.output)}`,
  };
  const worked = t('applyFig.image.workedOutlined', workedValues);
  const body = column(
    [
      heading(
        t('applyFig.image.heading'),
        t(d.builtIn ? 'applyFig.image.subBuiltIn' : 'applyFig.image.sub', {
          before: short(d.meanBefore, 3),
          after: short(d.meanAfter, 3),
        }),
      ),
      pictureRow,
      paragraph(worked, FONTS.small, contentWidth(), COLORS.ink),
      paragraph(t('applyFig.image.paragraph'), FONTS.small, contentWidth(), COLORS.muted),
    ],
    10,
  );
  const maskAlt: Record<ImageData['mask'], () => string> = {
    vignette: () => t('applyFig.image.altVignette'),
    checkerboard: () => t('applyFig.image.altCheckerboard'),
    gradient: () => t('applyFig.image.altGradient'),
    matrix: () => t('applyFig.image.altMatrix'),
  };
  const alt = t('applyFig.image.alt', {
    what: d.builtIn
      ? t('applyFig.image.altBuiltIn')
      : t('applyFig.image.altSized', { h: String(d.height), w: String(d.width) }),
    mask: maskAlt[d.mask](),
    worked: t('applyFig.image.worked', workedValues),
    before: short(d.meanBefore, 3),
    after: short(d.meanAfter, 3),
  });
  return renderCard(body, 'apply-image.png', alt, options);
}
