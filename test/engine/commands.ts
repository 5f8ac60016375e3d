/**
 * Grammar-aware command generators for the fuzz test (DESIGN §3): valid commands for every verb
 * (random shapes, JSON and MATLAB syntax, builders, labels, operators, chat prefixes, exact and
 * floating entries, optionally extreme magnitudes), and broken ones made by editing valid ones.
 * Each generator is a fast-check arbitrary of command text.
 */
import fc from 'fast-check';
import { TOPICS, VERBS } from '../../src/engine/index.js';

// ------------------------------------------------------------------ entries

const int = fc.integer({ min: -99, max: 99 }).map(String);
const fraction = fc
  .tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 12 }))
  .map(([n, d]) => `${n}/${d}`);
const decimal = fc
  .tuple(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: 1, max: 4 }))
  .map(([n, k]) => (n / 10 ** k).toFixed(k));
const scientific = fc
  .tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: -8, max: 8 }))
  .map(([a, b, e]) => `${a}.${b}e${e}`);

/** Exact literals: integers, fractions, decimals, scientific notation. */
export const exactEntry = fc.oneof(
  { weight: 4, arbitrary: int },
  { weight: 2, arbitrary: fraction },
  { weight: 1, arbitrary: decimal },
  { weight: 1, arbitrary: scientific },
);

/** Constant expressions that switch to floating point: sqrt, pi, e, powers, parentheses. */
export const floatEntry = fc.oneof(
  fc.constantFrom(
    '2*sqrt(3)/5',
    'pi/4',
    'sqrt(2)',
    '-pi',
    'e',
    'e^2',
    '(1+sqrt(5))/2',
    '1/sqrt(7)',
    '-2*e/3',
    'pi^2/6',
    'sqrt(3)-1',
    '2.5e-3*pi',
    '-(sqrt(2))',
    'π/3',
  ),
  fc.tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: 2, max: 11 })).map(([k, p]) => `${k}*sqrt(${p})`),
  fc.tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: 1, max: 8 })).map(([k, d]) => `${k}*pi/${d}`),
);

/**
 * Magnitudes at and past the edges of double precision, exact and floating: the cases of issue 9
 * and their neighbours. Every one must be answered right or refused, never thrown or shown as
 * Infinity/NaN.
 */
export const EXTREME_ENTRIES = [
  '1e-300*pi',
  '1e300',
  '7^236',
  '-7^236',
  '1/7^236',
  '1e200*pi',
  '-1e-320*pi',
  '1e400',
  '1e-2000',
  'sqrt(2)*1e200',
  'pi*1e-30',
  'pi*1e30',
  '-1e-200*sqrt(2)',
  '1e308*10',
  '2^1024',
  '1e-308/1e10',
  '10^-300*e',
  '1e-30',
  '7e25',
  '3e-30',
] as const;
export const extremeEntry = fc.constantFrom(...EXTREME_ENTRIES);

export type EntryKind = 'moderate' | 'extreme';

/** An entry: exact three times in four, floating otherwise; with 'extreme', a third are extreme. */
export function entry(kind: EntryKind): fc.Arbitrary<string> {
  const moderate = fc.oneof({ weight: 3, arbitrary: exactEntry }, { weight: 1, arbitrary: floatEntry });
  return kind === 'moderate'
    ? moderate
    : fc.oneof({ weight: 2, arbitrary: moderate }, { weight: 1, arbitrary: extremeEntry });
}

// ------------------------------------------------------------------ matrices

const grid = (rows: number, cols: number, e: fc.Arbitrary<string>) =>
  fc.array(fc.array(e, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

/** A typed rows×cols matrix in one of the grammar's syntaxes. */
export function typedMatrix(rows: number, cols: number, kind: EntryKind): fc.Arbitrary<string> {
  return fc
    .tuple(
      grid(rows, cols, entry(kind)),
      fc.constantFrom('json', 'json-spaced', 'matlab', 'matlab-commas', 'newline', 'flat'),
    )
    .map(([m, syntax]) => {
      switch (syntax) {
        case 'json':
          return `[${m.map((r) => `[${r.join(',')}]`).join(',')}]`;
        case 'json-spaced':
          return `[${m.map((r) => `[${r.join(', ')}]`).join(', ')}]`;
        case 'matlab':
          return `[${m.map((r) => r.join(' ')).join('; ')}]`;
        case 'matlab-commas':
          return `[${m.map((r) => r.join(', ')).join('; ')}]`;
        case 'newline':
          return `[${m.map((r) => r.join(' ')).join('\n')}]`;
        default:
          // A flat list is a row vector; other shapes fall back to JSON.
          return rows === 1 ? `[${m[0].join(',')}]` : `[${m.map((r) => `[${r.join(',')}]`).join(',')}]`;
      }
    });
}

/** The named builders that make a rows×cols matrix (none for most non-square shapes). */
export function builders(rows: number, cols: number, kind: EntryKind): fc.Arbitrary<string>[] {
  const out: fc.Arbitrary<string>[] = [fc.constant(`ones(${rows},${cols})`)];
  if (rows === 1 && cols > 1) out.push(fc.constant(`hann(${cols})`));
  if (rows !== cols) return out;
  const n = rows;
  out.push(
    fc.constantFrom(`eye(${n})`, `I${n}`, `ones(${n})`, `J${n}`, `hilbert(${n})`, `pascal(${n})`, `causal(${n})`),
    fc.array(entry(kind), { minLength: n, maxLength: n }).map((v) => `diag(${v.join(',')})`),
    fc.array(entry(kind), { minLength: n, maxLength: n }).map((v) => `toeplitz(${v.join(',')})`),
    entry(kind).map((rho) => `kms(${n}, ${rho})`),
    fc.constantFrom(`gauss(${n}, ${n})`, `gauss(${n}, 3/2)`),
  );
  return out;
}

/** A rows×cols operand: typed most of the time, a builder otherwise. */
export function matrix(rows: number, cols: number, kind: EntryKind): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: typedMatrix(rows, cols, kind) },
    { weight: 1, arbitrary: fc.oneof(...builders(rows, cols, kind)) },
  );
}

// ------------------------------------------------------------------ commands

const SEPARATORS = [' ', ' ', ' ∘ ', ' .* ', ' o ', ' ⊙ ', ' * '];
const LABEL_SETS = [
  ['A', 'B', 'C', 'D', 'E', 'F'],
  ['X', 'Y', 'Z', 'W', 'V', 'U'],
  ['M1', 'M2', 'M3', 'M4', 'M5', 'M6'],
  ['P', 'Q', 'R', 'S', 'T', 'K'],
];

/** Operands joined with random operators, labelled (`A=…`) or not. */
function operands(mats: fc.Arbitrary<string>[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.tuple(...mats),
      fc.array(fc.constantFrom(...SEPARATORS), { minLength: mats.length, maxLength: mats.length }),
      fc.option(fc.constantFrom(...LABEL_SETS), { freq: 2 }),
    )
    .map(([ms, seps, labels]) =>
      ms.map((m, i) => `${i === 0 ? '' : seps[i]}${labels ? `${labels[i]}=` : ''}${m}`).join(''),
    );
}

const smallSize = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 5, max: 6 }) },
);
const shapeArb = fc.oneof(
  fc.tuple(smallSize, smallSize),
  smallSize.map((n): [number, number] => [n, n]),
  smallSize.map((n): [number, number] => [1, n]),
  smallSize.map((n): [number, number] => [n, 1]),
);

/** Big square builders (up to the 12×12 limit) for the square verbs, now and then. */
const bigBuilder = fc
  .tuple(fc.integer({ min: 7, max: 12 }), fc.constantFrom('eye', 'ones', 'hilbert', 'pascal', 'I', 'J'))
  .map(([n, b]) => (b.length === 1 ? `${b}${n}` : `${b}(${n})`));

function verbBody(verb: string, kind: EntryKind): fc.Arbitrary<string> {
  const same = (k: number) => shapeArb.chain(([r, c]) => operands(Array.from({ length: k }, () => matrix(r, c, kind))));
  const square = (k: number) =>
    fc.oneof(
      { weight: 8, arbitrary: smallSize.chain((n) => operands(Array.from({ length: k }, () => matrix(n, n, kind)))) },
      {
        weight: 1,
        arbitrary: fc.array(bigBuilder, { minLength: k, maxLength: k }).map((bs) => {
          // Builders of one size (the first one's), so the shapes agree.
          const n = /\d+/.exec(bs[0])![0];
          return bs.map((b) => b.replace(/\d+/, n)).join(' ∘ ');
        }),
      },
    );
  switch (verb) {
    case 'product':
      return fc.integer({ min: 2, max: 6 }).chain((k) => same(k));
    case 'schur':
    case 'oppenheim':
      return square(2);
    case 'psd':
      return fc.oneof({ weight: 4, arbitrary: square(1) }, { weight: 1, arbitrary: same(1) });
    case 'props':
      return fc.integer({ min: 2, max: 3 }).chain((k) => same(k));
    case 'relate':
      return same(2);
    case 'apply':
      return applyBody(kind);
    case 'explain':
      return fc
        .option(fc.constantFrom(...TOPICS, 'def', 'algebra', 'kronecker', 'uses', 'all'), { freq: 3 })
        .map((t) => t ?? '');
    default:
      return fc.option(fc.constantFrom(...VERBS), { freq: 3 }).map((t) => t ?? '');
  }
}

/** Gate entries (sigmoid outputs) and pixel brightness: exact values in [0, 1]. */
const unitEntry = fc.constantFrom('0', '1', '1/2', '0.25', '0.9', '3/7', '0.05');

/** A unit-interval vector of length n. */
const unitVector = (n: number) => fc.array(unitEntry, { minLength: n, maxLength: n }).map((v) => `[${v.join(',')}]`);

/** `apply` bodies: each application, built in or on typed data (gates and pixels kept in [0, 1], as they must be). */
function applyBody(kind: EntryKind): fc.Arbitrary<string> {
  const n2 = fc.integer({ min: 2, max: 6 });
  return fc.oneof(
    fc.constantFrom(
      'window',
      'mask',
      'gate',
      'taper',
      'image',
      'window blackman',
      'mask padding:2',
      'gate seed:3',
      'image gradient',
    ),
    fc
      .tuple(n2, fc.constantFrom('', ' hann', ' hamming', ' blackman', ' tukey'))
      .chain(([n, w]) => matrix(1, n, kind).map((m) => `window ${m}${w}`)),
    n2.chain((n) =>
      fc
        .tuple(matrix(n, n, kind), fc.constantFrom('', ' causal', ' padding:1', ' causal padding:1'))
        .map(([m, w]) => `mask ${m}${w}`),
    ),
    n2.chain((n) =>
      fc
        .tuple(matrix(1, n, kind), unitVector(n), unitVector(n), matrix(1, n, kind))
        .map(([c, f, i, g]) => `gate ${c} ${f} ${i} ${g}`),
    ),
    n2.chain((n) =>
      fc.tuple(matrix(n, n, kind), fc.option(matrix(n, n, kind))).map(([a, b]) => `taper ${a}${b ? ` ${b}` : ''}`),
    ),
    n2.chain((n) =>
      fc
        .tuple(
          fc.array(unitVector(n), { minLength: 2, maxLength: 3 }),
          fc.constantFrom('', ' vignette', ' checkerboard', ' gradient'),
        )
        .map(([rows, w]) => `image [${rows.map((r) => r.slice(1, -1)).join(';')}]${w}`),
    ),
  );
}

const PREFIXES = ['', '', '', '/hadamard ', '/HADAMARD ', '@hadamard-bot ', '<@U024BE7LH> ', '<@!123456789> '];

/** A valid command: every verb (weighted towards the computing ones), with the usual chat dress. */
export function validCommand(kind: EntryKind): fc.Arbitrary<{ verb: string; text: string }> {
  return fc
    .constantFrom(
      ...([
        'product',
        'product',
        'product',
        'schur',
        'schur',
        'psd',
        'psd',
        'oppenheim',
        'oppenheim',
        'props',
        'relate',
        'relate',
        'apply',
        'explain',
        'help',
      ] as const),
    )
    .chain((verb) =>
      fc.record({
        verb: fc.constant(verb),
        body: verbBody(verb, kind),
        word: fc.constantFrom(
          verb === 'product' ? '' : verb,
          verb === 'product' ? 'product' : verb,
          verb[0].toUpperCase() + verb.slice(1),
        ),
        prefix: fc.constantFrom(...PREFIXES),
        fence: fc.constantFrom('', '', '', '`', '```\n'),
      }),
    )
    .map(({ verb, body, word, prefix, fence }) => {
      const core = [word, body].filter((s) => s !== '').join(' ');
      const close = fence === '```\n' ? '\n```' : fence;
      return { verb, text: `${prefix}${fence}${core}${close}` };
    });
}

// ------------------------------------------------------------------ broken commands

const EDIT_ALPHABET = '[](),;.*/^+-eo0123456789 ∘ijJIsqrtpi\n`&lt;x=ABhelpsdchur'.split('');
const BAD_TOKENS = [
  'x',
  'nan',
  'Infinity',
  '1/0',
  '2^^3',
  '()',
  '1e99999',
  'sqrt(-1)',
  'zeros(2)',
  '--',
  ',,',
  ']',
  '[',
  'pi(',
  'e^e^e^e^e',
  'A=',
];

/** A valid command with one edit (or, one time in four, two or three): characters, brackets, operands, words, the verb. */
export function editedCommand(): fc.Arbitrary<string> {
  const edit = fc.tuple(
    fc.constantFrom('del', 'dup', 'ins', 'swap', 'token', 'drop-bracket', 'truncate', 'verb', 'drop-operand', 'ragged'),
    fc.nat(),
    fc.constantFrom(...EDIT_ALPHABET),
    fc.constantFrom(...BAD_TOKENS),
  );
  return fc.tuple(validCommand('moderate'), fc.array(edit, { minLength: 1, maxLength: 3 })).map(([{ text }, edits]) => {
    let t = text;
    for (const [kind, pos, ch, token] of edits) {
      const i = pos % Math.max(1, t.length);
      switch (kind) {
        case 'del':
          t = t.slice(0, i) + t.slice(i + 1);
          break;
        case 'dup':
          t = t.slice(0, i) + (t[i] ?? '') + t.slice(i);
          break;
        case 'ins':
          t = t.slice(0, i) + ch + t.slice(i);
          break;
        case 'swap':
          t = t.slice(0, i) + ch + t.slice(i + 1);
          break;
        case 'token': {
          // Replace one entry-like run (digits, names) with a bad token.
          const runs = [...t.matchAll(/[\w./^*+-]+/g)];
          const r = runs[pos % Math.max(1, runs.length)];
          if (r) t = t.slice(0, r.index) + token + t.slice(r.index + r[0].length);
          break;
        }
        case 'drop-bracket': {
          const at = [...t].map((c, k) => ('[]()'.includes(c) ? k : -1)).filter((k) => k >= 0);
          const k = at[pos % Math.max(1, at.length)];
          if (k !== undefined) t = t.slice(0, k) + t.slice(k + 1);
          break;
        }
        case 'truncate':
          t = t.slice(0, i);
          break;
        case 'verb': {
          // Misspell the verb word (drop or double one letter); with none, put a misspelt one in front.
          const v = /\b(product|schur|psd|oppenheim|props|relate|explain|help)\b/i.exec(t);
          if (v) {
            const k = 1 + (pos % (v[1].length - 1));
            const typo = pos % 2 ? v[1].slice(0, k) + v[1].slice(k + 1) : v[1].slice(0, k) + v[1][k] + v[1].slice(k);
            t = t.slice(0, v.index) + typo + t.slice(v.index + v[1].length);
          } else t = ['hadamrd ', 'shur ', 'pds ', 'oppenhiem '][pos % 4] + t;
          break;
        }
        case 'drop-operand':
          t = t.replace(/\[[^[\]]*(?:\[[^[\]]*\][^[\]]*)*\]/, '');
          break;
        case 'ragged':
          t = t.replace(/\](\s*[,;\]])/, `,${ch === '\n' ? '1' : '2'}]$1`);
          break;
      }
    }
    return t;
  });
}

/** Random strings over the grammar's alphabet, and arbitrary Unicode. */
export const grammarNoise = fc.string({ unit: fc.constantFrom(...EDIT_ALPHABET), maxLength: 200 });
export const unicodeNoise = fc.string({ unit: 'binary', maxLength: 300 });
