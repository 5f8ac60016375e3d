/**
 * The oppenheim figure: det(A∘B) and the two lower bounds det(A)∏bᵢᵢ and det(B)∏aᵢᵢ on one number
 * line (distinct marker shapes, one label lane each), the two inequalities with the user's numbers,
 * equality marked, and whether the theorem applies (both PSD).
 */
import type { Entry, OppenheimData, PsdVerdict } from '../data.js';
import type { Figure } from '../types.js';
import { markerBox, numberLine, type Marker } from './charts.js';
import { entryExponent, entryTimesPowerOfTen, entryToNumber, formatEntryShort } from './entries.js';
import {
  column,
  flow,
  heading,
  paragraph,
  renderCard,
  row,
  spacer,
  text,
  type Box,
  type FigureOptions,
} from './layout.js';
import { COLORS, FONTS, contentWidth, type FontSpec } from './theme.js';
import { arithmeticWords, badge, mathLine, verdictWords, type Inline } from './words.js';
import { t } from '../i18n/index.js';

const SHORT = 12;

/** "name = value", or "name ≈ value" when the value is shortened or known only through an enclosure (`approx`). */
function named(name: string, e: Entry, approx = false): string {
  const v = formatEntryShort(e, SHORT);
  return v.startsWith('≈') ? `${name} ${v}` : approx ? `${name} ≈ ${v}` : `${name} = ${v}`;
}

/** An entry in a line of maths, marked ≈ when it is known only through an enclosure. */
function approxEntry(e: Entry, approx: boolean, font: FontSpec, color: string): Inline {
  if (!approx) return { entry: e, color };
  const v = formatEntryShort(e, SHORT);
  return text(v.startsWith('≈') ? v : `≈${v}`, font, color);
}

function inequality(
  marker: Marker,
  left: string,
  right: string,
  detAB: Entry,
  bound: Entry,
  holds: boolean | null,
  equality: boolean | null,
  approx: { detAB: boolean; bound: boolean },
): Box {
  // null: undecided, the two sides equal to the precision cap (the theorem still says ≥ when it applies).
  const rel = equality === null ? '≈' : equality ? '=' : holds ? '≥' : '<';
  const status =
    equality === null
      ? holds
        ? `✓ ${t('oppFig.holdsEqualityUndecided')}`
        : `? ${t('oppFig.undecided')}`
      : equality
        ? `✓ ${t('oppFig.holdsEquality')}`
        : holds
          ? `✓ ${t('oppFig.holds')}`
          : `✗ ${t('oppFig.fails')}`;
  const color = holds !== false ? COLORS.blueText : COLORS.vermillionText;
  // Statement, numbers and verdict as three pieces that wrap onto a second line when long.
  return flow(
    [
      row([markerBox(marker), text(`${left} ≥ ${right}:`, FONTS.body)], 8, 'center'),
      mathLine(
        [
          approxEntry(detAB, approx.detAB, FONTS.body, COLORS.ink),
          ` ${rel} `,
          approxEntry(bound, approx.bound, FONTS.body, marker.color),
        ],
        FONTS.body,
        COLORS.ink,
        SHORT,
      ),
      text(status, { size: 14, bold: true }, color),
    ],
    contentWidth(),
    14,
    4,
    'center',
  );
}

/** "A is not positive semidefinite" as one sentence ("A no es…", not "A es no…"); other verdicts as "A is …". */
function isVerdict(name: string, v: PsdVerdict | null): string {
  return v === 'not_psd' ? t('oppFig.isNotPsd', { name }) : t('oppFig.isVerdict', { name, verdict: verdictWords(v) });
}

export async function renderOppenheimFigure(d: OppenheimData, options: FigureOptions = {}): Promise<Figure> {
  const [a, b] = d.labels;
  const approx = new Set(d.approximate ?? []);
  const ab = `${a}∘${b}`;
  const detAB = `det(${ab})`;
  const boundAName = `det(${a})·∏${b.toLowerCase()}ᵢᵢ`;
  const boundBName = `det(${b})·∏${a.toLowerCase()}ᵢᵢ`;
  // Values beyond the double range (floating determinants carried in scaled form) go on a common power of ten.
  const top = Math.max(...[d.detAB, d.boundA, d.boundB].map(entryExponent));
  const common = Math.abs(top) > 300 ? top : 0;
  const position = (e: Entry): number => (common ? entryTimesPowerOfTen(e, common) : entryToNumber(e));
  const mAB: Marker = {
    value: position(d.detAB),
    label: named(detAB, d.detAB, approx.has('detAB')),
    color: COLORS.ink,
    shape: 'diamond',
  };
  const mA: Marker = {
    value: position(d.boundA),
    label: named(boundAName, d.boundA, approx.has('boundA')),
    color: COLORS.blueText,
    shape: 'circle',
  };
  const mB: Marker = {
    value: position(d.boundB),
    label: named(boundBName, d.boundB, approx.has('boundB')),
    color: COLORS.orangeText,
    shape: 'square',
  };
  const line = numberLine([mAB, mA, mB], contentWidth());

  const applies = d.applicable
    ? badge({
        symbol: '✓',
        words: t('oppFig.applies', { a, b }),
        fill: '#e3f0f9',
        stroke: COLORS.blue,
        ink: COLORS.blueText,
      })
    : badge({
        symbol: '✗',
        words: t('oppFig.notApplies', {
          list: [
            d.verdicts.A === 'pd' || d.verdicts.A === 'psd' ? '' : isVerdict(a, d.verdicts.A),
            d.verdicts.B === 'pd' || d.verdicts.B === 'psd' ? '' : isVerdict(b, d.verdicts.B),
          ]
            .filter(Boolean)
            .join(', '),
        }),
        fill: '#fbe9df',
        stroke: COLORS.vermillion,
        ink: COLORS.vermillionText,
      });

  const extras: Box[] = [];
  if (d.correlation.A || d.correlation.B) {
    const unit = d.correlation.B ? b : a;
    const other = d.correlation.B ? a : b;
    extras.push(paragraph(t('oppFig.correlation', { unit, ab, other }), FONTS.small, COLORS.muted));
  }
  const hadamardLine = (
    label: string,
    det: Entry,
    diag: Entry,
    h: { holds: boolean; equality: boolean | null } | null,
    approxDet: boolean,
  ): void => {
    if (!h) return;
    extras.push(
      flow(
        [
          text(t('oppFig.hadamard', { label, prod: `∏${label.toLowerCase()}ᵢᵢ` }), FONTS.small, COLORS.muted),
          mathLine(
            [
              approxEntry(det, approxDet, FONTS.small, COLORS.muted),
              h.equality === null ? ' ≈ ' : h.equality ? ' = ' : h.holds ? ' ≤ ' : ' > ',
              { entry: diag },
              h.equality === null
                ? `  ✓ ${t('oppFig.equalityUndecided')}`
                : h.holds
                  ? h.equality
                    ? `  ✓ ${t('oppFig.equality')}`
                    : '  ✓'
                  : '  ✗',
            ],
            FONTS.small,
            COLORS.muted,
            SHORT,
          ),
        ],
        contentWidth(),
        8,
        2,
        'center',
      ),
    );
  };
  hadamardLine(a, d.detA, d.diagProdA, d.hadamard.A, approx.has('detA'));
  hadamardLine(b, d.detB, d.diagProdB, d.hadamard.B, approx.has('detB'));

  const body = column(
    [
      heading(
        t('oppFig.title'),
        t('oppFig.subtitle', {
          shape: `${d.n}×${d.n}`,
          a,
          b,
          arithmetic: arithmeticWords(d.exact, d.certified === true),
        }),
      ),
      spacer(1, 2),
      applies,
      inequality(mA, detAB, boundAName, d.detAB, d.boundA, d.holdsA, d.equalityA, {
        detAB: approx.has('detAB'),
        bound: approx.has('boundA'),
      }),
      inequality(mB, detAB, boundBName, d.detAB, d.boundB, d.holdsB, d.equalityB, {
        detAB: approx.has('detAB'),
        bound: approx.has('boundB'),
      }),
      spacer(1, 4),
      line,
      ...extras,
    ],
    10,
  );
  const word = (holds: boolean | null, eq: boolean | null): string =>
    t(
      eq === null
        ? holds
          ? 'oppFig.altHoldsEqualityUndecided'
          : 'oppFig.altUndecided'
        : eq
          ? 'oppFig.altHoldsEquality'
          : holds
            ? 'oppFig.altHolds'
            : 'oppFig.altFails',
    );
  const alt = [
    t('oppFig.alt1', { shape: `${d.n}×${d.n}`, a, b }),
    d.applicable
      ? t('oppFig.altApplies')
      : t('oppFig.altNotApplies', { failingA: isVerdict(a, d.verdicts.A), failingB: isVerdict(b, d.verdicts.B) }),
    t('oppFig.altLine', { labels: `${mAB.label}, ${mA.label}, ${mB.label}` }),
    t('oppFig.altInequalities', {
      ineqA: `${detAB} ≥ ${boundAName}`,
      wordA: word(d.holdsA, d.equalityA),
      ineqB: `${detAB} ≥ ${boundBName}`,
      wordB: word(d.holdsB, d.equalityB),
    }),
  ].join(' ');
  return renderCard(body, 'oppenheim.png', alt, options);
}
