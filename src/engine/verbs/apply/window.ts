/**
 * `apply window [signal] [hann|hamming|blackman|tukey]`: the signal times a window, sample by sample (x∘w), and the
 * magnitude spectra before and after, so the drop in spectral leakage shows. The product is exact when the signal
 * and the window are; the spectra are floating point, computed with fft.js (a radix-4 FFT, zero-padded to a power of
 * two: README, "Choices worth knowing").
 */
import FFT from 'fft.js';
import type { WindowData } from '../../data.js';
import { UserError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { fence } from '../../format.js';
import { latexBlocks, latexMatrix } from '../../latex.js';
import { checkedFloat, cleanFloat, formatScalar, mul, type Scalar } from '../../numbers/scalar.js';
import { named } from '../operands.js';
import { WINDOWS, windowValues, type WindowName } from '../../numbers/windows.js';
import type { Section } from '../../types.js';
import type { VerbResult } from '../result.js';
import { entries, exactness, vectorOf } from './common.js';
import type { Matrix } from '../../numbers/matrix.js';

/** Samples of the built-in signal. */
export const BUILT_IN_LENGTH = 64;
/** The spectra are drawn this far down (dB below the peak); lower levels, and exact zeros, sit on it. */
export const SPECTRUM_FLOOR = -120;

/** Main-lobe half-width of each window, in bins of the signal's length: "away from the peak" starts past it. */
const MAIN_LOBE: Record<WindowName, number> = { hann: 2, hamming: 2, blackman: 3, tukey: 2 };

/**
 * The built-in signal: a strong tone at 8.5 cycles per 64 samples (half-way between two DFT bins: the worst case
 * for leakage) and a tone 40 dB weaker at 20.25 cycles, which the leakage of the unwindowed signal hides.
 */
export function builtInSignal(n = BUILT_IN_LENGTH): number[] {
  return Array.from(
    { length: n },
    (_, k) => Math.sin((2 * Math.PI * 8.5 * k) / n) + 0.01 * Math.sin((2 * Math.PI * 20.25 * k) / n),
  );
}

/** |DFT| of x zero-padded to `size`, at bins 0 … size/2, in dB relative to its largest value (floor for zeros). */
export function magnitudeDb(x: number[], size: number): number[] {
  const fft = new FFT(size);
  const input = new Array<number>(size).fill(0);
  x.forEach((v, k) => (input[k] = v));
  const out = fft.createComplexArray() as number[];
  fft.realTransform(out, input);
  const mags = Array.from({ length: size / 2 + 1 }, (_, k) => Math.hypot(out[2 * k], out[2 * k + 1]));
  const peak = Math.max(...mags);
  return mags.map((m) =>
    peak > 0 && m > 0 ? Math.max(SPECTRUM_FLOOR, cleanFloat(20 * Math.log10(m / peak))) : SPECTRUM_FLOOR,
  );
}

/** The FFT size: a power of two with at least 8 points per sample of the signal, and at least 512. */
export function fftSizeFor(n: number): number {
  let size = 512;
  while (size < 8 * n) size *= 2;
  return size;
}

/**
 * The typical level far from the spectrum's peak: the median of the levels more than `away` bins (of the signal's
 * own length n) from it. Leakage lifts that whole floor; a weak tone is one narrow bump and barely moves a median.
 */
function leakageOf(db: number[], size: number, n: number, away: number): number | null {
  const peak = db.indexOf(Math.max(...db));
  const distance = (away * size) / n;
  const far = db.filter((_, k) => Math.abs(k - peak) > distance).sort((a, b) => a - b);
  return far.length ? cleanFloat(far[Math.floor(far.length / 2)]) : null;
}

function db(x: number): string {
  return `${x <= SPECTRUM_FLOOR ? '≤ ' : ''}${Math.round(x)} dB`.replace('-', '−');
}

/** Up to 12 entries in full; longer vectors as their first 8 and last 3. */
export function vectorText(v: Scalar[]): string {
  const shown = v.length > 12 ? [...v.slice(0, 8).map(short), '…', ...v.slice(-3).map(short)] : v.map(short);
  return `(${shown.join(', ')})`;
}

function short(x: Scalar): string {
  return formatScalar(x, 4);
}

export function windowApplication(
  signalMatrix: Matrix | null,
  windowWord: WindowName | undefined,
): VerbResult<WindowData> {
  const name = windowWord ?? 'hann';
  const builtIn = signalMatrix === null;
  const example = 'apply window [0,1,0,-1,0,1,0,-1] hann';
  const signal: Scalar[] = builtIn ? builtInSignal() : vectorOf(signalMatrix, t('apply.window.theSignal'), example);
  if (signal.length < 2)
    throw new UserError('bad_argument', t('apply.window.tooShort'), t('apply.exampleBare', { example }));
  const n = signal.length;
  const w = windowValues(name, n);
  const product = signal.map((x, k) => mul(x, w[k]));
  const exact = [...signal, ...w].every((x) => typeof x !== 'number');
  const size = fftSizeFor(n);
  // The spectra are floating point: every sample must be a double (a value beyond the range is refused, named).
  const before = named(t('apply.window.spectrumX'), () => magnitudeDb(signal.map(checkedFloat), size));
  const after = named(t('apply.window.spectrumXw'), () => magnitudeDb(product.map(checkedFloat), size));
  const away = 2 * MAIN_LOBE[name];
  const lb = leakageOf(before, size, n, away);
  const la = leakageOf(after, size, n, away);
  const leakage = lb !== null && la !== null ? { before: lb, after: la, awayBins: away } : null;

  const why = t('apply.window.why', { window: name });
  const drop = leakage
    ? t('apply.window.drop', { away: String(away), before: db(leakage.before), after: db(leakage.after) })
    : t('apply.window.noDrop');
  const label = t(builtIn ? 'apply.window.builtIn' : 'apply.window.yours', { n: String(n) });
  const sections: Section[] = [
    {
      body: fence(
        [
          `x      = ${vectorText(signal)}`,
          `w      = ${vectorText(w)}  (${name})`,
          `x∘w    = ${vectorText(product)}`,
        ].join('\n'),
      ),
    },
    { heading: t('apply.window.leakage'), body: drop },
    { heading: t('apply.why'), body: why },
    {
      body: t('apply.window.note', {
        exactness: t(exact ? 'apply.window.noteExact' : 'apply.window.noteFloat'),
        size: String(size),
        floor: String(SPECTRUM_FLOOR),
      }),
    },
  ];
  const data: WindowData = {
    application: 'window',
    builtIn,
    exact,
    why,
    window: name,
    signal: entries(signal),
    windowValues: entries(w),
    product: entries(product),
    spectrum: { fftSize: size, before, after, floor: SPECTRUM_FLOOR },
    leakage,
  };
  data.latex = latexBlocks([
    `x \\circ w = ${latexMatrix([data.signal])} \\circ ${latexMatrix([data.windowValues])} = ${latexMatrix([data.product])}`,
  ]);
  return {
    title: t('apply.window.title', { window: name }),
    summary: t('apply.window.summary', { label, exact: exactness(exact), drop }),
    sections,
    data,
  };
}

/** Window names accepted after `apply window`. */
export function isWindowName(w: string): w is WindowName {
  return (WINDOWS as readonly string[]).includes(w);
}
