/**
 * The machine-readable `data` of each verb's Answer (DESIGN §5). Plain JSON: exact rationals
 * are strings "p/q", integers are JSON numbers (strings when beyond 2^53), floats are numbers.
 * Renderers draw from these shapes only; they never compute mathematics.
 */

/** One entry: an integer or float (number), or an exact fraction / big integer ("-7/3", "123…"). */
export type Entry = number | string;
export type MatrixData = Entry[][];

/** An eigenvalue shown as evidence: a number, or null when its enclosure contains 0 and it is not proved 0. */
export type Eigenvalue = number | null;

export type PsdVerdict = 'pd' | 'psd' | 'not_psd' | 'undecided' | 'not_symmetric' | 'not_square';

export interface PsdData {
  verdict: PsdVerdict;
  /** The matrix judged. */
  matrix: MatrixData;
  label: string;
  /**
   * Ascending midpoints of the eigenvalues' enclosures (evidence, not the judge). Empty when not square. `null` for an
   * eigenvalue whose enclosure still contains 0 while it is not proved to be 0 (the text's `≈0 (|λ| < 10⁻ᵏ)`): its
   * midpoint's sign would be a guess. `eigenvalueEnclosures` holds its bounds.
   */
  eigenvalues: Eigenvalue[];
  /** Ascending certified enclosures [lo, hi] of the eigenvalues (typed sizes); they agree with the verdict. */
  eigenvalueEnclosures?: [Entry, Entry][];
  /**
   * The same enclosures as the text shows them (figures and their alt text use these): proved digits, `0` when
   * exactly 0, `≈0 (|λ| < 10⁻ᵏ)`, `0 < λ < 10⁻ᵏ`, or `in [lo, hi]` when only the sign is proved.
   */
  eigenvalueLabels?: string[];
  /** Rank (exact for exact input); null when not square. */
  rank: number | null;
  /** not_psd: x with xᵀMx < 0. */
  witness?: Entry[];
  /** not_psd: the value xᵀMx (< 0). */
  witnessValue?: Entry;
  /** pd / psd: M = L·D·Lᵀ after the symmetric permutation `perm` (a certificate). */
  factorization?: { perm: number[]; L: MatrixData; D: Entry[] };
  /** not_symmetric: the verdict for the symmetric part (M+Mᵀ)/2, as extra information. */
  symmetricPart?: {
    matrix: MatrixData;
    verdict: Exclude<PsdVerdict, 'not_symmetric' | 'not_square'>;
    eigenvalues: Eigenvalue[];
  };
  /** Every decision was exact (rationals, surds, polynomials in π or e). */
  exact: boolean;
  /** Decided with certified enclosures (not exact, but proved). */
  certified?: boolean;
  /** `undecided`: the quantity that stays within 10^-digits of 0 at the precision cap, and the rank proved so far. */
  undecided?: { what: string; digits: number; rankAtLeast: number; symmetry?: boolean };
  /** Floating input: |λ| ≤ tolerance counts as zero, for the balanced matrix's eigenvalues. */
  tolerance?: number;
  /** Floating input: ascending eigenvalues of the balanced D⁻¹ᐟ²MD⁻¹ᐟ² (D = the diagonal of M), which decide. */
  balancedEigenvalues?: number[];
  /** Floating not_psd whose witness x cannot be written in doubles: a negative 2×2 principal minor (1-based rows). */
  minor?: [number, number];
  /** Floating input: what decided (signs of a diagonal, a clear 2×2 minor, or the balanced eigenvalues). */
  decidedBy?: 'signs' | 'minor' | 'eigenvalues';
  /** A diagonal matrix: the eigenvalues are its entries, as accurate as they are (no ≈0). */
  eigenvaluesAreEntries?: boolean;
  /** The answer as LaTeX (src/engine/latex.ts): matrices as bmatrix, the equation, the verdict. */
  latex?: string;
}

export interface ProductData {
  shape: [number, number];
  operands: MatrixData[];
  /** Operand labels, e.g. ["A","B"]. */
  labels: string[];
  product: MatrixData;
  /** Every entry exact (rationals, surds, polynomials in π or e). */
  exact: boolean;
  /** Some entry is a certified enclosure (shown with its proved digits). */
  certified?: boolean;
  /** One entry worked out, for the figure and text: (i,j) 0-based, factors, result. */
  worked: { row: number; col: number; factors: Entry[]; value: Entry };
  /** The answer as LaTeX (src/engine/latex.ts): matrices as bmatrix, the equation, the verdict. */
  latex?: string;
}

export interface SchurData {
  labels: [string, string];
  matrices: { A: MatrixData; B: MatrixData; AB: MatrixData; ordinaryAB: MatrixData | null };
  verdicts: { A: PsdVerdict; B: PsdVerdict; AB: PsdVerdict; ordinaryAB: PsdVerdict | null };
  eigenvalues: { A: Eigenvalue[]; B: Eigenvalue[]; AB: Eigenvalue[]; ordinaryAB: Eigenvalue[] };
  /** The smallest eigenvalue of each, from its certified enclosure, as the text shows it (see PsdData). */
  smallestEigenvalueLabels?: Partial<Record<'A' | 'B' | 'AB' | 'ordinaryAB', string>>;
  witnesses?: Partial<Record<'A' | 'B' | 'AB' | 'ordinaryAB', { x: Entry[]; value: Entry }>>;
  /** Both A and B PSD: the theorem applies. */
  hypothesis: boolean;
  /** Both PD: the strong form applies. */
  strongHypothesis: boolean;
  /** The proof sketch identity xᵀ(A∘B)x = Σ λₖ (x∘vₖ)ᵀA(x∘vₖ), checked numerically for one x. */
  identityCheck: { x: number[]; lhs: number; rhs: number; agree: boolean } | null;
  /** Every verdict decided exactly (rationals, surds, polynomials in π or e). */
  exact: boolean;
  /** Some verdict was decided with certified enclosures. */
  certified?: boolean;
  /**
   * How each verdict was computed: 'rational', 'exact' (surds, π or e polynomials), 'certified' (enclosures) or 'float'
   * (doubles with rounding bounds): `schur [[pi,0],[0,pi]] [[e,1],[1,e]]` is exact for A and B, certified for A∘B.
   */
  kinds?: { A: string; B: string; AB: string; ordinaryAB: string | null };
  tolerance?: number;
  /** The answer as LaTeX (src/engine/latex.ts): matrices as bmatrix, the equation, the verdict. */
  latex?: string;
}

export type OppenheimValue = 'detA' | 'detB' | 'detAB' | 'diagProdA' | 'diagProdB' | 'boundA' | 'boundB';

export interface OppenheimData {
  labels: [string, string];
  n: number;
  detA: Entry;
  detB: Entry;
  detAB: Entry;
  diagProdA: Entry;
  diagProdB: Entry;
  /** det(A)·∏bᵢᵢ */
  boundA: Entry;
  /** det(B)·∏aᵢᵢ */
  boundB: Entry;
  /**
   * The values above known through certified enclosures (not exactly): each is the enclosure's midpoint, to be read
   * as ≈ (the text shows the digits proved). Absent when every value is exact.
   */
  approximate?: OppenheimValue[];
  /** null: undecided (the difference is 0 to the precision cap, and the theorem's hypothesis is not proved). */
  holdsA: boolean | null;
  holdsB: boolean | null;
  /** null: undecided (the difference is 0 to the precision cap: it may be exactly 0). */
  equalityA: boolean | null;
  equalityB: boolean | null;
  /** Both A and B are PSD (the theorem's hypothesis). */
  applicable: boolean;
  verdicts: { A: PsdVerdict; B: PsdVerdict };
  /** B (or A) has unit diagonal: det(A∘B) ≥ det(A). */
  correlation: { A: boolean; B: boolean };
  /** Hadamard's inequality det(M) ≤ ∏mᵢᵢ for PSD M (null when M is not PSD). */
  hadamard: {
    A: { holds: boolean; equality: boolean | null } | null;
    B: { holds: boolean; equality: boolean | null } | null;
  };
  /** Every comparison decided exactly (rationals, surds, polynomials in π or e). */
  exact: boolean;
  /** Decided with certified enclosures. */
  certified?: boolean;
  /**
   * Comparisons not decided ('A', 'B': the two bounds; 'hadamardA', 'hadamardB'): the difference stayed within
   * 10⁻¹⁰⁰⁰ of 0 (or within the rounding error, for doubles). Their holds/equality are false.
   */
  undecided?: string[];
  tolerance?: number;
  /** The answer as LaTeX (src/engine/latex.ts): matrices as bmatrix, the equation, the verdict. */
  latex?: string;
}

export interface PropsData {
  /** null: undecided (certified values that agree to the precision cap), see `undecided`. */
  commutative: boolean | null;
  associative: boolean | null;
  distributive: boolean | null;
  identity: boolean | null;
  transpose: boolean | null;
  labels: string[];
  /** Every number exact (rationals, surds, polynomials in π or e). */
  exact: boolean;
  /** Properties whose two sides agree to 1,000 digits without a proof (certified values); their value is false. */
  undecided?: string[];
  /** The answer as LaTeX (src/engine/latex.ts): matrices as bmatrix, the equation, the verdict. */
  latex?: string;
}

export interface RelateData {
  labels: [string, string];
  A: MatrixData;
  B: MatrixData;
  product: MatrixData;
  /** `equal` null: undecided (the two sides agree to the precision cap), see `undecided`. */
  traceIdentity: { trAtB: Entry; sum: Entry; equal: boolean | null };
  diagonal: { applies: boolean; equal: boolean | null; ordinary: MatrixData | null };
  /** Vectors only: a∘b = diag(a)·b. */
  vector: { applies: boolean; equal: boolean | null; diagA: MatrixData | null };
  /** A∘B = (A⊗B)[rows, cols], 0-based: row i·m+i, column j·n+j. */
  kronecker: { rows: number[]; cols: number[]; equal: boolean | null; matrix: MatrixData | null };
  /** Every number exact (rationals, surds, polynomials in π or e). */
  exact: boolean;
  /** Equalities that stayed undecided (certified values agreeing to 1,000 digits): their `equal` is false. */
  undecided?: string[];
  /** The answer as LaTeX (src/engine/latex.ts): matrices as bmatrix, the equation, the verdict. */
  latex?: string;
}

// ---- Study-group verbs (DESIGN §9). The group service fills these; `run()` never does (it has no channel). ----

export type QuizLevelName = 'easy' | 'medium' | 'hard';

/** `quiz`: the question as posted. The right choice is not in it (it stays with the round until the reveal). */
export interface QuizData {
  quiz: {
    /** The round's id, e.g. "q7k2m9" (the letter q and 4–11 lower-case letters or digits). */
    id: string;
    /** One of QUIZ_TOPICS: entry, property, psd, schur, oppenheim, trace, kronecker. */
    topic: string;
    level: QuizLevelName;
    /** The generator's seed: `quiz <topic> <level> seed:<seed>` asks the same question again. */
    seed: number;
    /** Neutral markdown, ≤ 1,500 characters. */
    question: string;
    /** 3–5 choices, ids 'a', 'b', … in display order; labels ≤ 75 characters (they are buttons). */
    choices: { id: string; label: string }[];
    /** When the round closes by itself: epoch milliseconds (as the store keeps times). */
    closesAt: number;
    /** A practice round (`practice`): the asker's own, answered privately, not on the channel's board. */
    practice?: true;
    /** How many have answered so far (never what): the public question message shows it. */
    answered?: number;
  };
}

/** `answer`: what the answering user is told, privately. */
export interface AnswerData {
  result: {
    quizId: string;
    /** The choice that counts: this one, or the user's first when `already`. */
    choice: string;
    correct: boolean;
    /** Points this answer earned (0 when wrong or already answered). */
    points: number;
    /** The user had answered this round before: nothing changed. */
    already: boolean;
    /** The feedback sentence of `choice` (why it is right, or the mistake it stands for). */
    feedback: string;
    /** The points count once the round closes (at `closesAt`); until then they are `pending` on the board. */
    pending: boolean;
    closesAt: number;
    /** A wrong choice's misconception (the mistake its feedback names). */
    misconception?: { id: string; label: string };
    /** A practice round: no points; it closes with this answer, and its reveal comes with it, privately. */
    practice?: true;
  };
  /** Practice: the round's reveal, for the practising user only. */
  reveal?: RevealData['reveal'];
}

/** `reveal` (or the round closing at `closesAt`): the right answer, who got it, and the worked solution. */
export interface RevealData {
  reveal: {
    quizId: string;
    correctChoice: string;
    correctLabel: string;
    /** 2–5 sentences with the exact numbers. */
    explanation: string;
    /** The command whose answer and figure are the worked solution (its figure goes with the reveal). */
    worked: string;
    /** How many answered, and how many of them got it right. */
    answered: number;
    correctCount: number;
    /** Answers per choice id (choices nobody picked: 0). */
    counts: Record<string, number>;
    /** Who got it, fastest first. */
    correctUsers: { user: string; name?: string }[];
    /** `time`: closesAt passed; `reveal`: someone asked for the answer. */
    closedBy: 'time' | 'reveal';
  };
}

export interface ScoreRow {
  /** The platform's user id. */
  user: string;
  /** A display name, when the adapter knows one (the store keeps ids only). */
  name?: string;
  /** Competition rank by points: players on equal points share it (1, 1, 3). */
  rank: number;
  /** Points of answers to closed rounds. */
  points: number;
  /** Points of answers to rounds still open: they count once the round closes. */
  pending: number;
  /** Answers to rounds still open (right or wrong is not told before the reveal). */
  pendingAnswers: number;
  correct: number;
  answered: number;
  /** Consecutive days, ending today or yesterday, with at least one right answer in the channel. */
  streak: number;
}

/** `scores [week|all]`: the channel's leaderboard, best first. */
export interface ScoresData {
  period: 'week' | 'all';
  scores: ScoreRow[];
  /** The asker's user id, when they are on the board (their row says "you"). */
  you?: string;
}

export type SettingKey =
  'private' | 'figures' | 'numbers' | 'quiz_seconds' | 'theme' | 'speed_bonus' | 'timezone' | 'language';
export type SettingSource = 'default' | 'workspace' | 'channel';

/** `settings [key [value]]`: the effective values for the channel, each with where it comes from. */
export interface SettingsData {
  /** Values in their canonical words, as `settings` accepts them: "on"/"off", "fractions", "90", "dark"… */
  settings: Record<SettingKey, { value: string; source: SettingSource }>;
  /** `settings key`: the one key asked about. */
  shown?: SettingKey;
  /** `settings key value` (or `default`): what changed, for the channel. */
  changed?: { key: SettingKey; value: string; previous: string };
}

/** How often a schedule runs: every day, Monday to Friday, or once a week on `day`. */
export type ScheduleEvery = 'daily' | 'weekdays' | 'weekly';
export type WeekDay = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** One schedule of a channel (DESIGN §12): a command the channel's managers set to run by itself. */
export interface ScheduleRow {
  /** `s` and a few letters or digits, e.g. `s4k9x2`. */
  id: string;
  every: ScheduleEvery;
  /** `weekly` only. */
  day?: WeekDay;
  /** Local time `HH:MM` (24-hour) in `timezone`. */
  at: string;
  /** The channel's time zone (IANA name) the local time is read in. */
  timezone: string;
  /** The command text it runs, e.g. `quiz schur medium`. */
  command: string;
  /** When it runs next: epoch milliseconds. */
  nextRunAt: number;
}

/** `schedule` (list), `schedule daily|weekdays|weekly … <command>` (add), `schedule remove <id>`. */
export interface ScheduleData {
  schedules?: ScheduleRow[];
  schedule?: ScheduleRow;
  removed?: { id: string };
}

/**
 * `forget-me`: how many of the user's rows were deleted: their answers (and points), their practice rounds, their
 * commands still in flight (`pending`); the channel rounds they started are kept for the others, without their id.
 */
export interface ForgottenData {
  forgotten: { rounds: number; answers: number; pending: number; practiceRounds: number; replies: number };
}

/** Right answers of all answered, per quiz topic. */
export interface TopicTally {
  topic: string;
  answered: number;
  correct: number;
}

/** How often a misconception was chosen (its id and label: src/engine/quiz/misconceptions.ts). */
export interface MisconceptionCount {
  id: string;
  label: string;
  count: number;
}

/**
 * `me` (private): the asker's progress in this channel. Points, streak and rank are the channel's board (closed,
 * non-practice rounds); answered, correct, topics and misconceptions count practice rounds too (`practiced` of them).
 */
export interface MeData {
  me: {
    user: string;
    points: number;
    pending: number;
    answered: number;
    correct: number;
    practiced: number;
    streak: number;
    /** Every topic, in the quiz's order, answered or not. */
    topics: TopicTally[];
    /** The misconceptions the user's wrong answers chose, most often first (at most 5). */
    misconceptions: MisconceptionCount[];
    /** What to practise next: the weakest topic (or the first not tried) and a level for it. */
    suggestion: { topic: string; level: QuizLevelName; why: string };
  };
}

/** `class` (channel managers, private): this week in the channel, counted over closed, non-practice rounds. */
export interface ClassData {
  class: {
    /** Monday 00:00 UTC of this week (epoch ms). */
    since: number;
    /** Players who answered this week. */
    players: number;
    /** Rounds started this week, and how many have closed. */
    rounds: number;
    closedRounds: number;
    answered: number;
    correct: number;
    /** correct / answered (0 when nobody answered). */
    accuracy: number;
    /** Every topic, in the quiz's order, with how many players answered it. */
    topics: (TopicTally & { players: number })[];
    /** The most chosen misconceptions this week (at most 5). */
    misconceptions: MisconceptionCount[];
    /** `class export`: the CSV attached (every answer to the channel's closed rounds, oldest first). */
    export?: { file: string; rows: number; columns: string[]; truncated: boolean };
  };
}

// ---- apply: the seed's applications, live (DESIGN §11) ----

export type ApplicationName = 'window' | 'mask' | 'gate' | 'taper' | 'image';

/** What every application's data has. */
export interface ApplyCommon {
  application: ApplicationName;
  /** The built-in example (no data given), or the user's data. */
  builtIn: boolean;
  /** Every number in the answer is exact (rational); else the answer says it is numerical. */
  exact: boolean;
  /** 2–3 sentences: why the Hadamard product is what happens here. */
  why: string;
  /** The answer as LaTeX (src/engine/latex.ts). */
  latex?: string;
}

/** `apply window`: a signal times a window, entry by entry, and the magnitude spectra before and after. */
export interface WindowData extends ApplyCommon {
  application: 'window';
  window: 'hann' | 'hamming' | 'blackman' | 'tukey';
  signal: Entry[];
  windowValues: Entry[];
  /** signal ∘ window. */
  product: Entry[];
  /** |DFT| in dB relative to each spectrum's own peak, at k/fftSize cycles per sample, k = 0 … fftSize/2. */
  spectrum: { fftSize: number; before: number[]; after: number[]; floor: number };
  /**
   * The median level (dB relative to the peak) of the frequencies more than `awayBins` bins (of the signal's length)
   * from the strongest peak: the floor that leakage lifts. Null when the signal is too short to have such frequencies.
   */
  leakage: { before: number; after: number; awayBins: number } | null;
}

/** `apply mask`: an attention mask on a score matrix, then a row softmax, in both conventions. */
export interface MaskData extends ApplyCommon {
  application: 'mask';
  /** causal, padding, or both (the two masks multiplied entrywise). */
  kind: 'causal' | 'padding' | 'causal+padding';
  /** padding:k — the last k key positions are padding. */
  padding?: number;
  /** Token names of the built-in sentence (rows = queries, columns = keys). */
  tokens?: string[];
  scores: MatrixData;
  /** 1 where a query may attend to a key, 0 where it is masked. */
  mask: number[][];
  /** softmax of each row of the scores, no mask. */
  probabilities: number[][];
  /** probabilities ∘ mask: masked entries exactly 0, rows summing to less than 1. */
  multiplied: number[][];
  rowSums: number[];
  /** multiplied / its row sums. */
  renormalised: number[][];
  /** softmax of scores + (−∞ where masked): masked entries exactly 0. */
  additive: number[][];
  /** Largest |renormalised − additive| (floating rounding only: the two conventions are equal). */
  maxDifference: number;
}

/** `apply gate`: one LSTM cell step cₜ = f∘cₜ₋₁ + i∘g. */
export interface GateData extends ApplyCommon {
  application: 'gate';
  /** The seed of the built-in vectors (`seed:N`), null for the user's. */
  seed: number | null;
  cPrev: Entry[];
  f: Entry[];
  i: Entry[];
  g: Entry[];
  /** f ∘ cₜ₋₁: the memory kept. */
  kept: Entry[];
  /** i ∘ g: what is written. */
  written: Entry[];
  /** kept + written. */
  c: Entry[];
}

/** `apply taper`: a covariance times a compactly supported taper; Schur keeps the product PSD. */
export interface TaperData extends ApplyCommon {
  application: 'taper';
  labels: [string, string];
  /** What A and B are, in words ("exponential correlation kms(8, 9/10)"). */
  describe: [string, string];
  A: MatrixData;
  B: MatrixData;
  product: MatrixData;
  verdicts: { A: PsdVerdict; B: PsdVerdict; product: PsdVerdict };
  ranks: { A: number | null; B: number | null; product: number | null };
  /** Smallest eigenvalue (floating, evidence); null when not square or not computable. */
  lambdaMin: { A: number | null; B: number | null; product: number | null };
  /** Entries that are exactly 0 in B and in A∘B, of n². */
  zeros: { B: number; product: number; total: number };
  tolerance?: number;
}

/** `apply image`: pixelwise filtering, image ∘ mask (the mask repeated over the colour channels). */
export interface ImageData extends ApplyCommon {
  application: 'image';
  mask: 'vignette' | 'checkerboard' | 'gradient' | 'matrix';
  width: number;
  height: number;
  /** 1 (grey) or 3 (RGB), for the image and the output; the mask is grey. */
  channels: 1 | 3;
  /** 8-bit samples, row-major, channels interleaved, base64: what the figure draws (the exact values are below). */
  pixels: { input: string; mask: string; output: string };
  /** The user's typed image and mask (small), exactly: image, mask and their product. */
  matrices?: { image: MatrixData; mask: MatrixData; product: MatrixData };
  /** One pixel worked out exactly (0-based row, column; brightness in [0, 1]). */
  worked: { row: number; col: number; channel: 'grey' | 'red'; input: Entry; mask: Entry; output: Entry };
  meanBefore: number;
  meanAfter: number;
}

export type ApplyData = WindowData | MaskData | GateData | TaperData | ImageData;
