/**
 * `apply <application> [data…]`: the reference article's applications, live (DESIGN §11). Five demonstrations, each
 * on a built-in example when no data is given and on the user's matrices and vectors otherwise: `window` (signal
 * processing), `mask` (attention), `gate` (an LSTM step), `taper` (covariance tapering) and `image` (pixelwise
 * filtering). Words and matrices may come in any order after the application; matrices are operands like any
 * verb's, parsed by `parseOperands` with the same limits, so a matrix from a file (issue 13) is just another operand.
 */
import type { ApplicationName, ApplyData } from '../data.js';
import { UserError, quote } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Matrix } from '../numbers/matrix.js';
import { editDistance } from '../parse/normalize.js';
import { operandAt } from '../parse/command.js';
import { WINDOWS, type WindowName } from '../numbers/windows.js';
import type { Command, OperandText } from '../types.js';
import type { VerbModule, VerbSpec, VerbContext } from './module.js';
import { parseOperands } from './operands.js';
import type { VerbResult } from './result.js';
import { gateApplication } from './apply/gate.js';
import { imageApplication, MASKS, type MaskName } from './apply/image.js';
import { maskApplication } from './apply/mask.js';
import { taperApplication } from './apply/taper.js';
import { windowApplication } from './apply/window.js';

export const APPLICATIONS: readonly ApplicationName[] = ['window', 'mask', 'gate', 'taper', 'image'];

/** Other words students use for the applications. */
const ALIASES: Record<string, ApplicationName> = {
  windowing: 'window',
  windows: 'window',
  attention: 'mask',
  masks: 'mask',
  lstm: 'gate',
  gates: 'gate',
  gating: 'gate',
  tapering: 'taper',
  covariance: 'taper',
  images: 'image',
  pixel: 'image',
  pixels: 'image',
  filter: 'image',
};

/** Per application: the words it takes (after normalising), and how to say so. */
const WORDS: Record<
  ApplicationName,
  { accepts: (w: string) => string | null; list: () => string; maxOperands: number }
> = {
  window: {
    accepts: (w) => (w === 'hanning' ? 'hann' : (WINDOWS as readonly string[]).includes(w) ? w : null),
    list: () => t('apply.list.window'),
    maxOperands: 1,
  },
  mask: {
    accepts: (w) => {
      if (w === 'causal') return w;
      const m = /^(?:padding|pad)[:=](\d{1,3})$/.exec(w);
      return m && Number(m[1]) >= 1 ? `padding:${Number(m[1])}` : null;
    },
    list: () => t('apply.list.mask'),
    maxOperands: 1,
  },
  gate: {
    accepts: (w) => {
      const m = /^seed[:=](\d{1,10})$/.exec(w);
      return m && Number(m[1]) <= 0xffffffff ? `seed:${Number(m[1])}` : null;
    },
    list: () => t('apply.list.gate'),
    maxOperands: 4,
  },
  taper: { accepts: () => null, list: () => t('apply.list.taper'), maxOperands: 2 },
  image: {
    accepts: (w) => ((MASKS as readonly string[]).includes(w) ? w : null),
    list: () => t('apply.list.image'),
    maxOperands: 2,
  },
};

const EXAMPLES: Record<ApplicationName, string> = {
  window: 'apply window [0,1,0,-1,0,1,0,-1,0,1,0,-1] blackman',
  mask: 'apply mask [[1,2,0],[0,1,3],[2,2,1]] causal',
  gate: 'apply gate seed:7',
  taper: 'apply taper kms(6,4/5) toeplitz(1,2/3,1/3,0,0,0)',
  image: 'apply image checkerboard',
};

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best;
}

/** The words after `apply`: the application, then its words and operands in any order. */
export function parseApplyWords(text: string): Pick<Command, 'topic' | 'args' | 'operands'> {
  const operands: OperandText[] = [];
  const words: string[] = [];
  let s = text.trim();
  while (s.length > 0) {
    const at = operandAt(s);
    if (at) {
      operands.push(at.operand);
      s = s.slice(at.length).trimStart();
      continue;
    }
    const word = /^\S+/.exec(s)![0];
    words.push(word);
    s = s.slice(word.length).trimStart();
  }
  const first = words.shift()?.toLowerCase();
  if (first === undefined)
    throw new UserError(
      'missing_argument',
      t('apply.needsApp', { apps: APPLICATIONS.join(', ') }),
      t('apply.needsAppHint', { example: EXAMPLES.mask }),
    );
  const app = (APPLICATIONS as readonly string[]).includes(first) ? (first as ApplicationName) : ALIASES[first];
  if (!app) {
    const near = closest(first, [...APPLICATIONS, ...Object.keys(ALIASES)]);
    const apps = APPLICATIONS.join(', ');
    throw new UserError(
      'unknown_word',
      near
        ? t('apply.notAppNear', { word: quote(first, 30), near: ALIASES[near] ?? near, apps })
        : t('apply.notApp', { word: quote(first, 30), apps }),
      t('apply.example', { example: `apply ${near ? (ALIASES[near] ?? near) : 'window'}` }),
    );
  }
  const spec = WORDS[app];
  const args = words.map((w) => {
    const accepted = spec.accepts(w.toLowerCase());
    if (accepted === null) {
      const looksLikeNumber = /^[-+]?\d/.test(w);
      throw new UserError(
        'unknown_word',
        looksLikeNumber
          ? t('apply.isNumber', { word: quote(w, 30) })
          : t('apply.unknownWord', { app, word: quote(w, 30), list: spec.list() }),
        t('apply.example', { example: EXAMPLES[app] }),
      );
    }
    return accepted;
  });
  const seen = new Set<string>();
  for (const a of args) {
    const key = a.split(':')[0];
    if (seen.has(key) || (app === 'window' && seen.size) || (app === 'image' && seen.size))
      throw new UserError(
        'bad_argument',
        app === 'mask'
          ? t('apply.oneOf', { app, key, list: spec.list(), got: args.join(' ') })
          : t('apply.oneChoice', { app, list: spec.list(), got: args.join(' ') }),
        t('apply.example', { example: EXAMPLES[app] }),
      );
    seen.add(key);
  }
  if (operands.length > spec.maxOperands)
    throw new UserError(
      'too_many_operands',
      t('apply.atMost', { app, max: spec.maxOperands, found: String(operands.length) }),
      t('apply.example', { example: EXAMPLES[app] }),
    );
  if (app === 'image' && operands.length === 2 && args.length)
    throw new UserError('bad_argument', t('apply.imageNoRoom', { word: quote(args[0]) }), t('apply.imageNoRoomHint'));
  return { topic: app, args, operands };
}

/** Runs an application on its command (operands parsed here, with the limits, like every verb's). */
export function computeApply(command: Command, { limits, images }: VerbContext): VerbResult<ApplyData> {
  const app = command.topic as ApplicationName | undefined;
  if (!app || !APPLICATIONS.includes(app))
    throw new UserError(
      'missing_argument',
      t('apply.needsApp', { apps: APPLICATIONS.join(', ') }),
      t('apply.needsAppHint', { example: EXAMPLES.mask }),
    );
  const args = command.args ?? [];
  if (command.operands.length > limits.maxOperands)
    throw new UserError(
      'too_many_operands',
      t('apply.maxOperands', { max: String(limits.maxOperands), got: String(command.operands.length) }),
    );
  const totalText = command.operands.reduce((s, o) => s + o.text.length, 0);
  if (totalText > limits.maxTextLength)
    throw new UserError(
      'text_too_long',
      t('apply.textTooLong', { length: String(totalText), max: String(limits.maxTextLength) }),
    );
  // Attached files with no matrix in the text arrive here as operands (the grammar's `files`): count them too.
  if (command.operands.length > WORDS[app].maxOperands)
    throw new UserError(
      'too_many_operands',
      t(command.operands.some((o) => o.attachment) ? 'apply.atMostFiles' : 'apply.atMost', {
        app,
        max: WORDS[app].maxOperands,
        found: String(command.operands.length),
      }),
      t('apply.example', { example: EXAMPLES[app] }),
    );
  const parsed = command.operands.length
    ? parseOperands(command.operands, limits, undefined, images)
    : { mats: [] as Matrix[], labels: [] as string[] };
  const ops = parsed.mats;
  switch (app) {
    case 'window':
      return windowApplication(ops[0] ?? null, args[0] as WindowName | undefined);
    case 'mask': {
      const padding = args.find((a) => a.startsWith('padding:'));
      return maskApplication(ops[0] ?? null, {
        causal: args.includes('causal') || !padding,
        ...(padding ? { padding: Number(padding.slice(8)) } : {}),
      });
    }
    case 'gate': {
      const seed = args.find((a) => a.startsWith('seed:'));
      return gateApplication(ops, seed ? Number(seed.slice(5)) : undefined);
    }
    case 'taper':
      return taperApplication(
        ops,
        parsed.labels,
        command.operands.map((o) => o.text),
      );
    case 'image': {
      const word = args[0] as MaskName | undefined;
      // One matrix and no word: the matrix is the mask over the built-in picture; with a word, it is the image. An
      // attached photo alone is the image (under the default vignette): a student who sends a photo means it.
      const first = command.operands[0]?.attachment;
      const photo = ops.length === 1 && first !== undefined && images?.has(first) === true;
      const [image, mask] =
        ops.length === 2
          ? [ops[0], ops[1]]
          : ops.length === 1 && !word && !photo
            ? [null, ops[0]]
            : [ops[0] ?? null, word ?? 'vignette'];
      return imageApplication({ image, mask });
    }
  }
}

const spec: VerbSpec = {
  verb: 'apply',
  aliases: ['application', 'demo'],
  description: 'The applications, live: window, mask, gate, taper, image (built-in example or your data)',
  usage: '/hadamard apply <window|mask|gate|taper|image> [data…]',
  grammar: { kind: 'words', files: true },
  options: [
    {
      name: 'application',
      description: 'window, mask (attention), gate (LSTM), taper (covariance) or image',
      required: true,
      choices: APPLICATIONS,
      kind: 'word',
    },
    {
      name: 'a',
      description: 'Optional: a matrix or vector, or a word: hann, causal, padding:2, seed:7, vignette…',
      required: false,
      kind: 'word',
    },
    { name: 'b', description: 'Optional: another matrix or vector, or a word', required: false, kind: 'word' },
    { name: 'c', description: 'Optional: another matrix or vector, or a word', required: false, kind: 'word' },
    { name: 'd', description: 'Optional: another matrix or vector, or a word', required: false, kind: 'word' },
    { name: 'e', description: 'Optional: another matrix or vector, or a word', required: false, kind: 'word' },
  ],
  examples: [
    'apply window',
    EXAMPLES.mask,
    'apply gate',
    'apply taper',
    'apply image',
    EXAMPLES.window,
    'apply window [1,2,3,4,5] hann',
    'apply mask padding:2',
    EXAMPLES.gate,
    'apply gate [0.5,-1,2] [0.9,0.1,0.5] [0.2,0.8,0.5] [1,-0.5,0.25]',
    EXAMPLES.taper,
    EXAMPLES.image,
    'apply image [[1,0.5],[0.5,1]]',
    'apply image [[0,0.5,1],[1,0.5,0]] gradient',
  ],
};

export default {
  spec,
  parseWords: (words) => parseApplyWords(words),
  compute: computeApply,
  async figures(data, options) {
    const { renderApplyFigure } = await import('../render/apply.js');
    return [await renderApplyFigure(data, options)];
  },
} satisfies VerbModule<ApplyData>;
