/**
 * Figure cases of `apply` (the seed's applications), largest and smallest inputs of each. Their data is computed by
 * the applications themselves (pure and deterministic): a spectrum of 257 points or a 64×64 picture is not typed
 * by hand. Shared by the figure tests, `npm run gallery` (light and dark) and `npm run bench:apps`.
 */
import type { GateData, ImageData, MaskData, TaperData, WindowData } from '../../../src/engine/data.js';
import { DEFAULT_LIMITS } from '../../../src/engine/limits.js';
import { makeMatrix, type Matrix } from '../../../src/engine/numbers/matrix.js';
import { parseOperand } from '../../../src/engine/parse/matrix.js';
import { gateApplication } from '../../../src/engine/verbs/apply/gate.js';
import { imageApplication } from '../../../src/engine/verbs/apply/image.js';
import { maskApplication } from '../../../src/engine/verbs/apply/mask.js';
import { taperApplication } from '../../../src/engine/verbs/apply/taper.js';
import { windowApplication } from '../../../src/engine/verbs/apply/window.js';

export type ApplyCase =
  | { name: string; kind: 'apply-window'; data: WindowData }
  | { name: string; kind: 'apply-mask'; data: MaskData }
  | { name: string; kind: 'apply-gate'; data: GateData }
  | { name: string; kind: 'apply-taper'; data: TaperData }
  | { name: string; kind: 'apply-image'; data: ImageData };

const m = (text: string): Matrix => parseOperand(text, 0, DEFAULT_LIMITS).matrix;

/** A 256-sample signal, as a file's column will bring (issue 13): a chirp-like sum with a slow drift. */
const long = makeMatrix([
  Array.from(
    { length: 256 },
    (_, k) => Math.sin((2 * Math.PI * 30.3 * k) / 256) + 0.5 * Math.cos((2 * Math.PI * 71.7 * k) / 256) + k / 512,
  ),
]);

export const APPLY_CASES: ApplyCase[] = [
  { name: 'apply-window', kind: 'apply-window', data: windowApplication(null, 'hann').data },
  { name: 'apply-window-short', kind: 'apply-window', data: windowApplication(m('[1,2,3,4,5]'), 'hann').data },
  { name: 'apply-window-256-blackman', kind: 'apply-window', data: windowApplication(long, 'blackman').data },
  { name: 'apply-mask', kind: 'apply-mask', data: maskApplication(null, { causal: true }).data },
  {
    name: 'apply-mask-padding',
    kind: 'apply-mask',
    data: maskApplication(m('[[1,2,3],[0,-1,4]]'), { causal: false, padding: 1 }).data,
  },
  {
    name: 'apply-mask-12x12',
    kind: 'apply-mask',
    data: maskApplication(m('toeplitz(3,2,1,0,-1,-2,-3,-2,-1,0,1,2)'), { causal: true, padding: 3 }).data,
  },
  { name: 'apply-gate', kind: 'apply-gate', data: gateApplication([], undefined).data },
  {
    name: 'apply-gate-one-cell',
    kind: 'apply-gate',
    data: gateApplication([m('[-3/2]'), m('[1]'), m('[0]'), m('[0.7]')], undefined).data,
  },
  {
    name: 'apply-gate-12',
    kind: 'apply-gate',
    data: gateApplication(
      [
        m('[1,-2,3,-4,5,-6,7,-8,9,-10,11,-12]'),
        m('[0,0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,1,0.99]'),
        m('[1,0.9,0.8,0.7,0.6,0.5,0.4,0.3,0.2,0.1,0,0.01]'),
        m('[0.9,-0.9,0.5,-0.5,0.1,-0.1,0,1,-1,0.25,-0.25,0.75]'),
      ],
      undefined,
    ).data,
  },
  { name: 'apply-taper', kind: 'apply-taper', data: taperApplication([], ['A', 'B'], []).data },
  {
    name: 'apply-taper-not-psd',
    kind: 'apply-taper',
    data: taperApplication(
      [m('[[1,2],[2,1]]'), m('[[1,1/2],[1/2,1]]')],
      ['A', 'B'],
      ['[[1,2],[2,1]]', '[[1,1/2],[1/2,1]]'],
    ).data,
  },
  {
    name: 'apply-taper-12x12',
    kind: 'apply-taper',
    data: taperApplication([m('kms(12, 1/2)')], ['A', 'B'], ['kms(12, 1/2)']).data,
  },
  { name: 'apply-image', kind: 'apply-image', data: imageApplication({ image: null, mask: 'vignette' }).data },
  {
    name: 'apply-image-checkerboard',
    kind: 'apply-image',
    data: imageApplication({ image: null, mask: 'checkerboard' }).data,
  },
  {
    name: 'apply-image-typed',
    kind: 'apply-image',
    data: imageApplication({ image: m('[[0,128,255],[255,64,0]]'), mask: m('[[1,1/2,1/4],[0,1,1]]') }).data,
  },
];
