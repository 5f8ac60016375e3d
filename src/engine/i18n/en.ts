/**
 * English, the source catalogue: every key the bot's translated surfaces use (help, explain, the schur answer and
 * figure, the verdict words, the arithmetic notes, the language setting). ICU MessageFormat: `{name}` placeholders,
 * `{n, plural, one {…} other {…}}`. Every other language has exactly these keys and placeholders (a test checks).
 * Mathematics keeps its own notation in every language: `.` as the decimal point, `,` between entries.
 */
export const en = {
  // ── help ──────────────────────────────────────────────────────────────────────────────────────────────────────
  'help.title': 'hadamard-bot help',
  'help.summary': 'Compute and learn the Hadamard (entrywise) product: /hadamard A B, or a verb first.',
  'help.verbs': 'Verbs',
  'help.try': 'Try',
  'help.examples': 'Examples',
  'help.how': 'How it works',
  'help.verbTitle': 'help {verb}',
  'help.noHelp': 'there is no help for {word}',
  'help.noHelpVerbs': 'there is no help for {word}; verbs are {verbs}',
  'help.matrixSyntax':
    'Matrices: `[[2,3],[4,1]]` or `[2 3; 4 1]`; a flat `[1,2,3]` is a row. Entries: `2`, `-1.5`, `1/3`, `2.5e-3`, `2*sqrt(3)/5`, `pi/4`, and the functions `sin cos tan exp log abs` (`cos(pi/3)` is exactly 1/2, `log` is natural). Builders: `eye(3)` `I3`, `ones(2,3)` `J3`, `hilbert(4)`, `pascal(4)`, `diag(1,2,3)`, `kms(4, 1/2)` (ρ^|i−j|), `gauss(4, 2)` (exp(−(i−j)²/s²)), `hann(5)` (a window, as a row), `causal(4)` (ones on and below the diagonal), `toeplitz(1, 1/2, 1/4)` (symmetric). Optional labels `A=…` and operators `∘ .* * o` between matrices. Up to 6 matrices, 12×12 each. Integers, decimals and fractions are exact.',
  'verb.product.description': 'Entrywise (Hadamard) product of 2 to 6 matrices of the same shape',
  'verb.schur.description': 'Schur product theorem: PSD verdicts for A, B and A∘B, contrasted with AB',
  'verb.psd.description': 'Is this matrix positive semidefinite? Exact verdict with a certificate',
  'verb.oppenheim.description': "Oppenheim's inequality det(A∘B) ≥ det(A)·∏bᵢᵢ both ways round, and Hadamard's",
  'verb.props.description': 'Check commutativity, associativity, distributivity, identity J and transpose',
  'verb.relate.description': 'Relations to the ordinary product: diagonal case, diag(a)b, trace identity, A⊗B',
  'verb.apply.description': 'The applications, live: window, mask, gate, taper, image (built-in example or your data)',
  'verb.explain.description': 'The theory, for a second-year student: definition, schur, oppenheim, applications…',
  'verb.help.description': 'How to use the bot, with examples that work when pasted',
  'verb.quiz.description':
    'A multiple-choice question for the channel: entry, property, psd, schur, oppenheim, trace, kronecker',
  'verb.answer.description': 'Answer a quiz by its id and your choice (the buttons under the quiz do the same)',
  'verb.reveal.description': 'Close a quiz now: the right answer, who got it, and the worked solution',
  'verb.scores.description':
    "The channel's leaderboard, this week or all time: points, accuracy and streaks; pin keeps it posted",
  'verb.settings.description':
    "Show or change the channel's settings: private, figures, numbers, quiz_seconds, theme, timezone, language…",
  'verb.forget-me.description': 'Delete your quiz answers and scores wherever the bot keeps them',
  'verb.schedule.description': 'Run a command in this channel by itself: daily, on weekdays or weekly at a local time',
  'verb.me.description': 'Your progress, privately: points, accuracy per topic, your misconceptions, what to practise',
  'verb.practice.description':
    'A private question for you alone, from your weakest topic unless you name one; off the board',
  'verb.class.description':
    "For channel managers: this week's participation, accuracy and misconceptions; export as CSV",

  'discord.command.description': 'Hadamard (entrywise) matrix product: compute it exactly, check theorems, learn',
  'discord.fileOption.description':
    'A file instead of {matrix}: CSV, TSV or JSON matrix (up to 256×256), or a PNG/JPEG image',
  'verb.product.option.a': 'First matrix, e.g. [[2,3],[4,1]] or [2 3; 4 1]',
  'verb.product.option.b': 'Second matrix, same shape as the first',
  'verb.product.option.c': 'Optional third matrix',
  'verb.product.option.d': 'Optional fourth matrix',
  'verb.product.option.e': 'Optional fifth matrix',
  'verb.product.option.f': 'Optional sixth matrix',
  'verb.schur.option.a': 'Square matrix A, e.g. [[2,3],[4,1]] or [2 3; 4 1]',
  'verb.schur.option.b': 'Square matrix B, same size as A',
  'verb.psd.option.m': 'Square matrix, e.g. [[2,3],[4,1]] or [2 3; 4 1]',
  'verb.oppenheim.option.a': 'Square matrix A, e.g. [[2,3],[4,1]] or [2 3; 4 1]',
  'verb.oppenheim.option.b': 'Square matrix B, same size as A',
  'verb.props.option.a': 'Matrix A, e.g. [[2,3],[4,1]] or [2 3; 4 1]',
  'verb.props.option.b': 'Matrix B, same shape as A',
  'verb.props.option.c': 'Optional matrix C (for associativity and distributivity)',
  'verb.relate.option.a': 'Matrix A, e.g. [[2,3],[4,1]] or [2 3; 4 1]',
  'verb.relate.option.b': 'Matrix B, same shape as A',
  'verb.apply.option.application': 'window, mask (attention), gate (LSTM), taper (covariance) or image',
  'verb.apply.option.a': 'Optional: a matrix or vector, or a word: hann, causal, padding:2, seed:7, vignette…',
  'verb.apply.option.b': 'Optional: another matrix or vector, or a word',
  'verb.apply.option.c': 'Optional: another matrix or vector, or a word',
  'verb.apply.option.d': 'Optional: another matrix or vector, or a word',
  'verb.apply.option.e': 'Optional: another matrix or vector, or a word',
  'verb.explain.option.topic': 'definition, properties, schur, oppenheim, relations or applications',
  'verb.help.option.verb': 'The verb to explain',
  'verb.quiz.option.topic': 'What to ask about (default: the seed picks)',
  'verb.quiz.option.level': 'easy, medium or hard (default: the seed picks)',
  'verb.quiz.option.seed': 'Replay a question: the seed shown under it (a whole number)',
  'verb.answer.option.quiz': 'The quiz id, shown on the quiz message (e.g. q7k2m9)',
  'verb.answer.option.choice': 'Your choice',
  'verb.reveal.option.quiz': 'The quiz id, shown on the quiz message (e.g. q7k2m9)',
  'verb.scores.notes':
    "- Points count when a round closes. `week` is the channel's week: from Monday 00:00 in its time zone (`/hadamard settings timezone Europe/Berlin`; default UTC).\n- `scores pin` (people who may manage the channel) posts the board once and then edits that same message as rounds close, at most every 30 seconds; a week board starts afresh on Monday. A new pin replaces the old one (which then says so); if the message is deleted, the next update posts it again. On Slack a pinned board is text only (Slack cannot edit a shared image).",
  'verb.scores.option.period': 'This week (default) or all time',
  'verb.scores.option.pin': 'pin: post the board once and update that message as rounds close (channel managers)',
  'verb.settings.option.key': 'The setting to show or change',
  'verb.settings.option.value': 'on/off, fractions/decimals, 10–3600 (seconds), light/dark, a time zone, or default',
  'verb.schedule.notes':
    "- Times are local to the channel: `/hadamard settings timezone Europe/Berlin` (default UTC). A schedule keeps its local time across daylight-saving changes; a time that does not exist that day (the spring gap) runs just after the gap, one that happens twice runs once.\n- Only people who may manage the channel add or remove schedules; anyone may list them. A channel has at most 10. The command is checked when you schedule it; a scheduled run posts in the channel for everyone, on nobody's behalf (so not `answer`, `reveal`, `settings`, `forget-me`).\n- Each run happens once, however many copies of the bot run. After downtime the bot makes up the latest missed run if it is less than an hour old, and skips older ones: never a burst.\n- A scheduled `scores week` that runs on a Monday (the channel's week starts Monday 00:00 local) posts the final board of the week that just ended; on other days, the week so far. `schedule weekly mon 09:00 scores week` posts last week's winners every Monday.",
  'verb.schedule.option.every': 'daily, weekdays (Mon–Fri) or weekly; remove deletes one; empty lists them',
  'verb.schedule.option.day': 'The day of a weekly schedule',
  'verb.schedule.option.at': "Local time HH:MM, 24-hour, in the channel's time zone (or the id to remove)",
  'verb.schedule.option.command': 'The command it runs, e.g. quiz schur medium, scores week, apply window',
  'verb.practice.option.topic': 'What to practise (default: your weakest topic)',
  'verb.practice.option.level': 'easy, medium or hard (default: one that fits your accuracy)',
  'verb.class.option.view': 'This week (default) or export: the channel’s answers as a CSV file',

  // ── explain ───────────────────────────────────────────────────────────────────────────────────────────────────
  'explain.overview.title': 'The Hadamard product in six ideas',
  'explain.overview.summary':
    'One line per idea: what the product is, its algebra, two theorems, its relations and its uses.',
  'explain.overview.more': 'Each topic in depth: `/hadamard explain <topic>` with {topics}.',
  'explain.more': 'More: `/hadamard explain <topic>` with {topics}.',
  'explain.unknown': '{word} is not a topic; topics are {topics}',
  'explain.definition.title': 'The Hadamard product',
  'explain.definition.summary':
    'The Hadamard product multiplies two same-shape matrices entry by entry: (A∘B)ᵢⱼ = aᵢⱼ·bᵢⱼ.',
  'explain.definition.body':
    'Take two matrices A and B of the same size m×n. Their Hadamard (or Schur, or entrywise) product A∘B is the m×n matrix whose entry in row i, column j is aᵢⱼ·bᵢⱼ. Nothing is summed and no rows meet columns: each position is on its own.\n```\n⎡ 2  3 ⎤   ⎡ 5  6 ⎤   ⎡ 10  18 ⎤\n⎣ 4  1 ⎦ ∘ ⎣ 7  8 ⎦ = ⎣ 28   8 ⎦\n```\nContrast this with the ordinary product AB, where entry (i,j) is a sum over a whole row of A and a whole column of B. The Hadamard product needs equal shapes (there is no broadcasting: a 1×2 and a 2×1 matrix cannot be multiplied entrywise). Try it: `/hadamard [[2,3],[4,1]] [[5,6],[7,8]]`.',
  'explain.properties.title': 'Algebraic properties',
  'explain.properties.summary':
    'Entrywise multiplication inherits the rules of multiplying numbers, position by position.',
  'explain.properties.body':
    '- Commutativity: A∘B = B∘A\n- Associativity: (A∘B)∘C = A∘(B∘C)\n- Distributivity: A∘(B+C) = A∘B + A∘C\n- Identity: the all-ones matrix J, not the identity matrix I: A∘J = A (while A∘I keeps only the diagonal of A)\n- Transpose: (A∘B)ᵀ = Aᵀ∘Bᵀ\nEach holds because it holds for real numbers in every single position. Check them on your own matrices: `/hadamard props [[1,2],[3,4]] [[5,6],[7,8]] [[1,0],[0,1]]`.',
  'explain.schur.title': 'The Schur product theorem',
  'explain.schur.summary': 'If A and B are positive semidefinite, so is A∘B; if both are positive definite, so is A∘B.',
  'explain.schur.body':
    'A symmetric matrix M is positive semidefinite (M ⪰ 0) when xᵀMx ≥ 0 for every vector x, and positive definite when xᵀMx > 0 for every x ≠ 0. Covariance matrices are the everyday example.\n**Theorem (Schur).** For n×n positive semidefinite A and B, A∘B is positive semidefinite; if A and B are positive definite, A∘B is positive definite.\n**Why (sketch).** Write B by its eigenvectors: B = Σₖ λₖ vₖvₖᵀ with every λₖ ≥ 0. Then bᵢⱼ = Σₖ λₖ (vₖ)ᵢ(vₖ)ⱼ, and for any x\n```\nxᵀ(A∘B)x = Σᵢⱼ aᵢⱼ bᵢⱼ xᵢ xⱼ = Σₖ λₖ (x∘vₖ)ᵀ A (x∘vₖ) ≥ 0\n```\nbecause each λₖ ≥ 0 and each (x∘vₖ)ᵀA(x∘vₖ) ≥ 0 since A ⪰ 0.\nThe ordinary product does **not** behave like this: for PSD A and B, AB need not be symmetric, let alone PSD. And if the hypothesis fails (A or B not PSD), the theorem says nothing: A∘B may or may not be PSD. See both with `/hadamard schur [[2,1],[1,2]] [[1,1],[1,1]]`.',
  'explain.oppenheim.title': "Oppenheim's inequality",
  'explain.oppenheim.summary': 'For PSD A and B: det(A∘B) ≥ det(A)·∏bᵢᵢ, and also ≥ det(B)·∏aᵢᵢ.',
  'explain.oppenheim.body':
    "**Oppenheim's inequality.** For n×n positive semidefinite A and B, det(A∘B) ≥ det(A)·b₁₁b₂₂⋯bₙₙ. Swapping the roles of A and B gives det(A∘B) ≥ det(B)·∏aᵢᵢ as well.\n**Correlation matrices.** If B has unit diagonal (a correlation matrix), the product of its diagonal is 1 and the bound reads det(A∘B) ≥ det(A): entrywise damping by a correlation matrix never shrinks the determinant.\n**Hadamard's inequality** det(A) ≤ a₁₁a₂₂⋯aₙₙ for PSD A is the special case A∘I: the identity I is PSD with det(I) = 1, A∘I = diag(a₁₁,…,aₙₙ), and Oppenheim gives ∏aᵢᵢ = det(A∘I) ≥ det(A)·1.\n**Equality.** If A is diagonal, A∘B is diagonal with entries aᵢᵢbᵢᵢ, so det(A∘B) = det(A)·∏bᵢᵢ exactly. If B = J (all ones, a singular correlation matrix), A∘J = A and again det(A∘B) = det(A)·1. The bot decides equality exactly for integer, decimal and fraction input.\nTry: `/hadamard oppenheim [[2,1],[1,2]] [[3,1],[1,3]]` and `/hadamard oppenheim [[2,1],[1,2]] ones(2,2)`.",
  'explain.relations.title': 'Relations to the ordinary product',
  'explain.relations.summary':
    'Diagonal matrices, diag(a)·b, the trace identity and the Kronecker product connect ∘ with ordinary products.',
  'explain.relations.body':
    '- **Diagonal matrices:** if A and B are both diagonal, A∘B = AB. One of the rare cases where the two products agree.\n- **Vectors:** a∘b = diag(a)·b: multiplying entrywise by a is the same as multiplying by the diagonal matrix with a on its diagonal.\n- **Trace identity:** tr(AᵀB) = 1ᵀ(A∘B)1 = Σᵢⱼ aᵢⱼbᵢⱼ, the Frobenius inner product: sum all entries of A∘B.\n- **Kronecker product:** A∘B is a submatrix of A⊗B: for m×n matrices, take rows 1, m+2, 2m+3, … and columns 1, n+2, 2n+3, … (the positions (i−1)·m+i and (j−1)·n+j).\nSee all four on your numbers: `/hadamard relate [[1,2],[3,4]] [[5,6],[7,8]]`.',
  'explain.applications.title': 'Where the Hadamard product is used',
  'explain.applications.summary':
    'Whenever each position should be treated on its own: statistics, machine learning, signals and images.',
  'explain.applications.body':
    '- **Covariance tapering (statistics):** multiply a covariance matrix entrywise by a compactly supported correlation matrix to zero out far-apart pairs. By the Schur product theorem the tapered matrix stays PSD, so it is still a valid covariance; spatial ∘ temporal correlation builds space-time covariances the same way.\n- **Gates and attention masks (machine learning):** an LSTM or GRU gate g ∈ [0,1]ⁿ scales a state entrywise, g∘c; an attention mask multiplies (or adds −∞ to) the scores entrywise to hide positions.\n- **Window functions (signal processing):** before a Fourier transform a signal is multiplied sample by sample by a window (Hann, Hamming) to reduce leakage; spectral masking multiplies a spectrogram entrywise.\n- **Pixelwise filtering (images):** a mask or per-pixel gain image multiplies an image entrywise: vignetting correction, alpha masks, selective edits.\nTry a tiny mask: `/hadamard [[0.9,0.5],[0.5,0.9]] [[1,1],[0,1]]`, or see each one live with a figure: `/hadamard apply window`, `apply mask`, `apply gate`, `apply taper`, `apply image`.',

  // ── product ───────────────────────────────────────────────────────────────────────────────────────────────────
  'product.title': 'Hadamard product',
  'product.summary': '{name} = {matrix} ({shape}, {kind})',
  'product.kindExact': 'exact',
  'product.kindCertified': 'certified',
  'product.kindNumerical': 'numerical',
  'product.entryByEntry':
    'Entry by entry: {worked}.\nEvery entry is multiplied with the entry in the same place, nothing else.',
  'product.asDecimals': 'As decimals (every digit shown is proved): {matrix}',
  'product.noteRational': 'Exact rational arithmetic.',
  'product.noteExact': 'Exact arithmetic: square roots and powers of π or e are kept exactly, as written.',
  'product.noteCertified':
    'Certified arithmetic: values known only through enclosures (exp, log, trigonometric functions of other arguments, π with e) are shown with the digits their enclosures prove.',
  'product.noteCertifiedSwitched':
    'Certified arithmetic: numbers too long to keep exact are shown with the digits their enclosures prove.',
  'product.noteFloat':
    'Numerical answer (floating point): the numbers are doubles read from a file, past the exact budget.',
  'product.noteFloatSwitched':
    'Numerical answer (floating point): the numbers were too long to keep exact (over 2,000 digits in an entry or 4,000 in a matrix), so the engine switched to floating point.',
  'productFig.title': 'Hadamard product {name}',
  'productFig.subtitle': '{count} matrices of shape {shape}',
  'productFig.worked': 'Entry ({i}, {j}) worked out',
  'productFig.rule': 'Multiply entries in the same position: {rule}',
  'productFig.heatNote': 'Too many digits for one figure: some matrices are shown as colour maps. ',
  'productFig.exactShortened':
    'Exact arithmetic. Long numbers are shortened here (≈); the text answer has them in full.',
  'productFig.exact': 'Exact arithmetic.',
  'productFig.certified': 'Certified enclosures: every digit shown is proved.',
  'productFig.float': 'Floating-point input: numbers rounded for display.',
  'productFig.altShapeHeat':
    'Hadamard product of {count} {shape} matrices, {name}, drawn as heatmaps (purple negative, orange positive).',
  'productFig.altShapeGrid': 'Hadamard product of {count} {shape} matrices, {name}, drawn as grids of numbers.',
  'productFig.altWorked': 'Entry ({i}, {j}) worked out: {factors} = {value}.',
  'productFig.altRule': 'Each entry of the product is the product of the entries in the same position.',
  'productFig.altColours':
    'Each entry of the product is the product of the entries in the same position; matching positions share a colour and the worked entry is outlined.',

  // ── verdicts ──────────────────────────────────────────────────────────────────────────────────────────────────
  'verdict.pd': 'positive definite',
  'verdict.psd': 'positive semidefinite (singular, rank {rank})',
  'verdict.psdRank': 'positive semidefinite, rank {rank}',
  'verdict.psdSingular': 'positive semidefinite (singular)',
  'verdict.not_psd': 'not positive semidefinite',
  'verdict.not_symmetric': 'not symmetric',
  'verdict.not_square': 'not square',
  'verdict.undecided': 'undecided',
  'verdict.undecidedLong': 'undecided: a quantity equals 0 to the precision cap',
  'verdict.none': 'not computed',
  'verdict.notDecided': 'not decided',

  // ── certificates and eigenvalues ──────────────────────────────────────────────────────────────────────────────
  'cert.undecided': 'Undecided: {words}',
  'cert.witness': 'Witness: x = {x} gives xᵀ{label}x = {value} < 0.',
  'cert.minor':
    'Certificate: the 2×2 principal minor on rows {i} and {j} is negative: {product} < {square} (a witness vector would not fit in floating point).',
  'cert.diagonalPd': 'Certificate: {label} is diagonal, so its eigenvalues are its diagonal entries: all positive.',
  'cert.diagonalPsd':
    'Certificate: {label} is diagonal, so its eigenvalues are its diagonal entries: all ≥ 0, {rank} of them positive.',
  'cert.ldlt':
    'Certificate: {label} = PᵀLDLᵀP (LDLᵀ with symmetric pivoting) with D = diag({pivots}), every pivot ≥ 0.',
  'cert.ldltPsd':
    'Certificate: {label} = PᵀLDLᵀP (LDLᵀ with symmetric pivoting) with D = diag({pivots}), every pivot ≥ 0, {rank} of them positive.',
  'cert.cholesky':
    'Certificate: balanced by powers of two, B = S{label}S (the same verdict as {label}) minus {tolerance}·I has a Cholesky factorization in doubles, and the rounding bounds of that factorization are below {tolerance}: every eigenvalue of B is positive{shown}.',
  'cert.choleskyLowest': ' (its smallest eigenvalue is about {value})',
  'eigen.approxZero': '≈0 (|λ| < {bound})',
  'eigen.positiveBelow': '0 < λ < {bound}',
  'eigen.between': 'in [{lo}, {hi}]',

  // ── arithmetic notes ──────────────────────────────────────────────────────────────────────────────────────────
  'note.rational': 'Exact rational arithmetic: every verdict above is decided exactly.',
  'note.exact':
    'Exact arithmetic: the entries are rationals, square roots and polynomials in π or in e, where 0 is decided exactly and every sign by enclosures refined until it is sure.',
  'note.certified':
    'Certified arithmetic: {why}, so every sign above is proved with enclosures refined up to 1,000 digits; nothing is rounded away, and what stays within 10⁻¹⁰⁰⁰ of 0 is called undecided.',
  'note.certifiedSwitched':
    'some numbers are too long to keep exact (over 2,000 digits in an entry or 4,000 in a matrix)',
  'note.certifiedWhy':
    'some entries are known only through enclosures (exp, log or trigonometric functions of other arguments, π together with e)',
  'note.float':
    "Floating point with proofs: {why}, so the verdicts are decided in doubles with rigorous bounds on every rounding (a shifted Cholesky factorization proves definiteness, a witness's xᵀMx is bounded below 0); what those bounds cannot separate from 0 is called undecided.",
  'note.floatSwitched': 'the numbers were too long to keep exact (over 2,000 digits in an entry or 4,000 in a matrix)',
  'note.floatWhy': 'the matrices are doubles read from a file, past the exact budget',
  'note.fromFiles': 'From files: {list}.',
  'note.fromFile': '{label} is {file} ({shape})',
  'note.listSeparator': '; ',
  'fig.logScale': 'log scale',
  'note.decimalPoint':
    'Matrices are written the same in every language: `.` is the decimal point and `,` separates entries (`[[1.5, 2]]`).',
  'words.exact': 'exact arithmetic',
  'words.certified': 'certified enclosures',
  'words.float': 'floating point',

  // ── schur: the answer ─────────────────────────────────────────────────────────────────────────────────────────
  'schur.title': 'Schur product theorem',
  'schur.verdicts': 'Verdicts',
  'schur.theorem': 'The theorem',
  'schur.proof': 'Proof sketch, checked',
  'schur.line': '- {name}: **{verdict}**',
  'schur.lineNotSymmetricAB':
    ' (so it cannot be PSD: the ordinary product of symmetric matrices need not be symmetric)',
  'schur.lineSymmetricPart': ' (PSD is defined for symmetric matrices; its symmetric part is {verdict})',
  'schur.lineNotComputed': '- {name}: not computed: {where} would be about {size}, beyond the range of floating point',
  'schur.anEntry': 'an entry',
  'schur.smallest': ', smallest eigenvalue {value}',
  'schur.summaryStrong': '{a} and {b} are positive definite, so {ab} is positive definite (Schur) — and it is.',
  'schur.summaryPsd':
    '{a} and {b} are positive semidefinite, so {ab} is positive semidefinite (Schur) — and it is: {verdict}.',
  'schur.theoremOk':
    'The hypothesis holds, so the Schur product theorem guarantees {ab} {rel} 0, and the check confirms it.',
  'schur.theoremUndecided':
    'The hypothesis holds, so the Schur product theorem guarantees {ab} {rel} 0; the direct check is undecided (a quantity equal to 0 to {digits} digits), which the theorem settles.',
  'schur.theoremBug': 'The hypothesis holds but the check disagrees: please report this as a bug.',
  'schur.summaryOpen':
    'Whether {a} and {b} are both positive semidefinite is undecided (a quantity equal to 0 to the precision cap), so the Schur product theorem is neither applied nor ruled out; {ab} is {verdict}.',
  'schur.theoremOpen': 'The hypothesis ({a} ⪰ 0 and {b} ⪰ 0) is undecided here: see the verdicts above.',
  'schur.failing': '{name} is {verdict}',
  'schur.summaryFails': 'The Schur product theorem does not apply ({failing}); {ab} is {verdict} anyway.',
  'schur.whyNotSymmetric':
    ' Positive semidefiniteness is defined for symmetric matrices, so a non-symmetric input cannot satisfy it.',
  'schur.theoremFails':
    'The hypothesis ({a} ⪰ 0 and {b} ⪰ 0) fails, so the theorem promises nothing here.{why} Without the hypothesis {ab} may or may not be PSD; here it is {verdict}.',
  'schur.contrastRange':
    "The ordinary product {ord} is beyond the range of floating point here, so it is not compared; the Hadamard product keeps each entry's size, the ordinary one adds n of them.",
  'schur.contrastLuck':
    'The ordinary product {ord} happens to be {verdict} here, but that is luck: for PSD A and B, AB need not even be symmetric.',
  'schur.contrastNot':
    'The ordinary product {ord} is {verdict}: the ordinary product does not preserve positive semidefiniteness, the Hadamard product does.',
  'schur.proofBody':
    'With {b} = Σₖ λₖ vₖvₖᵀ: xᵀ({ab})x = Σₖ λₖ (x∘vₖ)ᵀ{a}(x∘vₖ). For x = ({x}): left {lhs}, right {rhs} — {agree} (floating point). When every λₖ ≥ 0 and {a} ⪰ 0, each term is ≥ 0.',
  'schur.agree': 'they agree',
  'schur.disagree': 'they DISAGREE',

  // ── schur: the figure ─────────────────────────────────────────────────────────────────────────────────────────
  'schurFig.statementStrong': '{a} ≻ 0 and {b} ≻ 0 ⇒ {ab} ≻ 0 (strong form: positive definite)',
  'schurFig.statement': '{a} ⪰ 0 and {b} ⪰ 0 ⇒ {ab} ⪰ 0',
  'schurFig.is': 'Is {m} {rel} 0?',
  'schurFig.then': 'Then {m} {rel} 0?',
  'schurFig.and': 'and',
  'schurFig.applies': 'the theorem applies',
  'schurFig.notApplies': 'the theorem does not apply',
  'schurFig.claimStrong': '{a} and {b} are positive definite, so {ab} is positive definite',
  'schurFig.claim': '{a} and {b} are positive semidefinite, so {ab} is positive semidefinite',
  'schurFig.indeed': '; indeed {fact}',
  'schurFig.isVerdict': '{name} is {verdict}',
  'schurFig.both': '{first} and {second}',
  'schurFig.fails': '✗ The hypothesis fails: {who}.',
  'schurFig.saysNothing': 'The theorem says nothing about {ab} here; it happens to be {verdict}.',
  'schurFig.luck': 'Here {ord} happens to be positive semidefinite too.',
  'schurFig.needNot': 'Products of PSD matrices need not be PSD, nor even symmetric.',
  'schurFig.contrast': 'Contrast: the ordinary product {ord}',
  'schurFig.about': "Schur's theorem is about the entrywise product {ab}, not {ord}.",
  'schurFig.identity': 'Proof identity xᵀ({ab})x = Σₖ λₖ (x∘vₖ)ᵀ{a}(x∘vₖ), checked for one x: {check}',
  'schurFig.exact': 'Exact arithmetic; eigenvalues are certified enclosures, as evidence.',
  'schurFig.provedBy': 'Verdicts proved: {list}.',
  'schurFig.withEnclosures': '{m} with certified enclosures',
  'schurFig.exactly': '{m} exactly',
  'schurFig.float': 'Floating point with rounding bounds.',
  'schurFig.floatTolerance': 'Floating point with rounding bounds, tolerance {tolerance}.',
  'schurFig.smallest': ' (smallest eigenvalue {value})',
  'schurFig.alt1': 'Schur product theorem figure, {shape} matrices: {statement}.',
  'schurFig.altHolds': 'The hypothesis holds, so the theorem applies.',
  'schurFig.altFails': 'The hypothesis fails, so the theorem does not apply.',
  'schurFig.altContrast': 'For contrast, the ordinary product {ord} is {verdict}.',
  // ── psd (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'psd.title': 'Positive semidefinite?',
  'psd.summary': '{label} is **{verdict}**.',
  'psd.summaryPd': '{label} is **{verdict}** (rank {rank}).',
  'psd.summaryNotPsd': '{label} is **not positive semidefinite**.',
  'psd.notSquare':
    '{label} is {shape}, not square: positive semidefiniteness is defined for square symmetric matrices.',
  'psd.notSymmetric':
    '{label} is not symmetric, so "positive semidefinite" does not apply (it is defined for symmetric matrices).',
  'psd.symmetricPart': 'The symmetric part',
  'psd.symmetricPartWhy':
    'For xᵀ{label}x only the symmetric part S = ({label}+{label}ᵀ)/2 matters, since xᵀ{label}x = xᵀSx for every x.',
  'psd.symmetricVerdict': 'S is **{verdict}**.',
  'psd.symmetricVerdictNotPsd': 'S is **not positive semidefinite**.',
  'psd.undecided':
    'Whether {label} is positive semidefinite is **undecided**: one quantity is equal to 0 to {digits} digits, and may be exactly 0.',
  'psd.undecidedSymmetry':
    'Whether {label} is positive semidefinite is **undecided**: two entries that should match agree to {digits} digits, and may be exactly equal.',
  'psd.undecidedWords':
    '{what} is equal to 0 to {digits} digits; it may be exactly 0. If it is positive the factorization goes on; if it is 0, {label} is singular (positive semidefinite of rank {rank} if the rest of the factorization is 0 too); if it is negative, {label} is not positive semidefinite.',
  'psd.undecidedWordsSymmetry':
    '{what} of {label} are equal to {digits} digits; they may be exactly equal. If they are, {label} is symmetric and its verdict can be asked again with the two written the same way; if not, {label} is not symmetric.',
  'psd.what.pivot': 'pivot {k} of the LDLᵀ factorization',
  'psd.what.schurComplement': 'an off-diagonal entry of the Schur complement after {k} pivots',
  'psd.what.detPivot': 'a pivot of the determinant',
  'psd.what.rank': 'the rank',
  'psd.what.sign': 'a sign',
  'psd.what.entries': 'entries ({i},{j}) and ({j},{i})',
  'psd.what.balanced': 'the smallest eigenvalue of the balanced matrix',
  'psd.what.quantity': 'a quantity',
  'psd.eigenNotShown': 'not shown (an entry or an eigenvalue is beyond the range of floating point)',
  'psd.eigenDiagonal': 'Eigenvalues (the diagonal entries of {label}): {list}.',
  'psd.eigenCertified': 'Eigenvalues (certified enclosures, shown as evidence; the digits shown are proved): {list}.',
  'psd.eigenCertifiedZeros':
    'Eigenvalues (certified enclosures, shown as evidence; the digits shown are proved) ({zeros, plural, one {one is} other {# are}} exactly 0: the rank is {rank}): {list}.',
  'psd.eigenFloat': 'Eigenvalues (floating point, shown as evidence): {list}.',
  'psd.eigenBalanced': 'Eigenvalues of the balanced D⁻¹ᐟ²{label}D⁻¹ᐟ², which decide: {list}.',
  'psd.noneNegative': 'None is negative.',
  'psd.latexPsd': '(positive semidefinite)',
  'psd.latexNotSymmetric': '(not symmetric: PSD is defined for symmetric matrices)',
  'psd.latexNotSquare': '{label} is not square: PSD is defined for square matrices',
  'psd.latexNotDecided': '{label}: not decided',
  'psdFig.heading': 'Is {label} positive semidefinite?',
  'psdFig.eigenDiagonal': 'Eigenvalues (the diagonal entries)',
  'psdFig.eigenEvidence': 'Eigenvalues (evidence, not the judge)',
  'psdFig.itsEigenvalues': 'its eigenvalues',
  'psdFig.band': 'shaded band: too close to 0 to tell apart in floating point',
  'psdFig.counts': '{n} eigenvalues, ascending: {negative} negative, {zeros} zero, {positive} positive',
  'psdFig.countsAbout': '{n} eigenvalues, ascending: {negative} negative, {zeros} about zero, {positive} positive',
  'psdFig.pd': 'All eigenvalues are positive: xᵀMx > 0 for every x\u00a0≠\u00a00.',
  'psdFig.psd':
    'Rank {rank} of {n}: {zeros, plural, one {# eigenvalue is} other {# eigenvalues are}} zero, none negative.',
  'psdFig.notSquare': 'A {shape} matrix is not square: PSD is defined for square matrices.',
  'psdFig.notSymmetric': '{label} ≠ {label}ᵀ (outlined pairs): PSD is defined for symmetric matrices.',
  'psdFig.witness': 'Witness: a vector x with xᵀMx < 0',
  'psdFig.minor': 'Certificate: a negative 2×2 principal minor',
  'psdFig.ldlt': 'Certificate: {lhs} = L·D·Lᵀ with',
  'psdFig.entries': '{n, plural, one {# entry} other {# entries}}',
  'psdFig.symmetricPart': 'Symmetric part ({label}+{label}ᵀ)/2:',
  'psdFig.balancedTolerance': 'balanced tolerance {tolerance}',
  'psdFig.bySigns': 'decided by signs',
  'psdFig.aMatrix': 'a {shape} matrix',
  'psdFig.altHead': 'Positive semidefiniteness of {label} ({shape}): {verdict}.',
  'psdFig.altEigen': 'Eigenvalues, ascending: {list}.',
  'psdFig.altWitness': 'Witness x = ({x}) gives xᵀMx = {value} < 0.',
  'psdFig.altNegativeValue': 'a negative value',
  'psdFig.altMinor': 'The 2×2 principal minor on rows {i} and {j} is negative.',
  'psdFig.altSymmetric': 'Its symmetric part is {verdict}.',
  'psdFig.altUndecided': 'Undecided: {what} is equal to 0 to {digits} digits; it may be exactly 0.',
  // English says it as for one quantity (as it always has); the other languages say that the two entries agree.
  'psdFig.altUndecidedSymmetry': 'Undecided: {what} is equal to 0 to {digits} digits; it may be exactly 0.',
  // Shared by every matrix verb (the note under an answer whose matrices came from files).

  // ── oppenheim (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'opp.title': "Oppenheim's inequality",
  'opp.bounds': 'The bounds',
  'opp.hadamard': "Hadamard's inequality",
  'opp.boundLine': '- {bound} = {factors} = {value}  →  {det} {rel} bound: {verdict}',
  'opp.holds': 'holds',
  'opp.holdsEquality': 'holds with equality',
  'opp.fails': 'fails',
  'opp.undecided': 'undecided: the difference is 0 to {digits} digits or to the rounding error',
  'opp.appliesHold':
    "{a} and {b} are positive semidefinite, so Oppenheim's inequality applies both ways round, and both bounds hold.",
  'opp.appliesUndecided':
    "{a} and {b} are positive semidefinite, so Oppenheim's inequality applies both ways round; the theorem guarantees both bounds, and what the enclosures could not separate from equality is said above.",
  'opp.appliesBug':
    "{a} and {b} are positive semidefinite, so Oppenheim's inequality applies both ways round — yet a bound fails: please report this as a bug.",
  'opp.needsOne':
    "Oppenheim's inequality needs {a} ⪰ 0 and {b} ⪰ 0, but {failing}: the bounds are shown but nothing is promised.",
  'opp.needsBoth':
    "Oppenheim's inequality needs {a} ⪰ 0 and {b} ⪰ 0, but {failingA} and {failingB}: the bounds are shown but nothing is promised.",
  'opp.isVerdict': '{name} is {verdict}',
  'opp.isNotPsd': '{name} is not positive semidefinite',
  'opp.equalityExact': 'Equality holds here, decided exactly.',
  'opp.equalityStructure': 'Equality holds here, decided from the structure (a diagonal factor).',
  'opp.equalityCases':
    'Typical equality cases: a diagonal factor (then {ab} is diagonal with entries aᵢᵢbᵢᵢ and det({ab}) = {bound}), the all-ones J ({a}∘J = {a}), and a singular product whose bound is 0 as well.',
  'opp.correlationB': '{b} has unit diagonal (a correlation matrix), so the bound reads det({ab}) ≥ det({a}).',
  'opp.correlationA': '{a} has unit diagonal (a correlation matrix), so det({ab}) ≥ det({b}).',
  'opp.hadamardLine': "Hadamard's inequality for {label}: det({label}) = {det} {rel} {prod} = {diag} ({status}).",
  'opp.hadamardHolds': 'holds',
  'opp.hadamardHoldsEquality': 'holds, with equality',
  'opp.hadamardFails': 'FAILS',
  'opp.hadamardUndecided':
    "Hadamard's inequality for {label}: det({label}) = {det} and {prod} = {diag} (undecided: equal to {digits} digits or to the rounding error; the theorem says ≤).",
  'opp.floatNote':
    "Determinants are computed with a separate power of two, so no size overflows, and a comparison is decided only beyond their rounding error, {factor}·n·ε times Hadamard's bound ∏‖rowᵢ‖₂.",
  'opp.summary': '{det} = {value} {relA} {boundA} = {valueA} and {relB} {boundB} = {valueB}.',
  'opp.summaryEquality': '{det} = {value} {relA} {boundA} = {valueA} and {relB} {boundB} = {valueB} (equality).',
  'opp.summaryNotApplicable':
    'Oppenheim does not apply ({a} and {b} must both be PSD); {det} = {value}, bounds {valueA} and {valueB}.',
  'opp.latexNotApplicable': "Oppenheim's inequality needs {a} and {b} positive semidefinite; here it does not apply.",
  'opp.notSquare':
    'oppenheim needs square matrices, but {label} (the {which, select, first {first} other {second}} matrix) is {shape}',
  'opp.notSquareHint': 'This needs square matrices (n×n). Example: /hadamard psd [[2,1],[1,2]]',
  'opp.shapeMismatch':
    '{a} (the first matrix) is {shapeA} but {b} (the second) is {shapeB}; the entrywise product needs equal shapes',
  'opp.shapeMismatchHint':
    'The entrywise product needs matrices of the same shape (no broadcasting). Example: [[1,2]] [[3,4]] (both 1×2).',
  'oppFig.title': "Oppenheim's inequality",
  'oppFig.subtitle': '{shape} matrices {a}, {b}; {arithmetic}',
  'oppFig.applies': '{a} and {b} are positive semidefinite: the theorem applies',
  'oppFig.notApplies': 'the theorem does not apply: {list}',
  'oppFig.isVerdict': '{name} is {verdict}',
  'oppFig.isNotPsd': '{name} is not positive semidefinite',
  'oppFig.holds': 'holds',
  'oppFig.holdsEquality': 'holds with equality',
  'oppFig.holdsEqualityUndecided': 'holds; equality undecided',
  'oppFig.undecided': 'undecided',
  'oppFig.fails': 'fails',
  'oppFig.correlation': '{unit} has unit diagonal (a correlation matrix): det({ab}) ≥ det({other}).',
  'oppFig.hadamard': "Hadamard's inequality det({label}) ≤ {prod}:",
  'oppFig.equality': 'equality',
  'oppFig.equalityUndecided': '(equality undecided)',
  'oppFig.alt1': "Oppenheim's inequality for {shape} matrices {a} and {b}.",
  'oppFig.altApplies': 'Both are positive semidefinite, so the theorem applies.',
  'oppFig.altNotApplies': 'The theorem does not apply: {failingA}, {failingB}.',
  'oppFig.altLine': 'On a number line: {labels}.',
  'oppFig.altInequalities': '{ineqA} {wordA}; {ineqB} {wordB}.',
  'oppFig.altHolds': 'holds',
  'oppFig.altHoldsEquality': 'holds with equality',
  'oppFig.altHoldsEqualityUndecided': 'holds, with equality undecided',
  'oppFig.altUndecided': 'is undecided',
  'oppFig.altFails': 'fails',

  // ── props (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'props.title': 'Algebraic properties',
  'props.checked': 'Checked entry by entry',
  'props.commutativity': '- Commutativity: {a}∘{b} = {b}∘{a}  {mark}',
  'props.associativity': '- Associativity: ({a}∘{b})∘{c} = {a}∘({b}∘{c})  {mark}',
  'props.distributivity': '- Distributivity: {a}∘({b}+{c}) = {a}∘{b} + {a}∘{c}  {mark}',
  'props.identity': '- Identity: {a}∘J = {a} with J the {rows}×{cols} all-ones matrix  {mark}',
  'props.transpose': '- Transpose: ({a}∘{b})ᵀ = {a}ᵀ∘{b}ᵀ  {mark}',
  'props.holds': '✓ holds',
  'props.fails': '✗ FAILS',
  'props.needsC': '– (needs a third matrix C)',
  'props.undecided':
    '≈ undecided (both sides agree to 1,000 digits; the identity holds for all real numbers, enclosures cannot prove it)',
  'props.nameCommutative': 'commutative',
  'props.nameAssociative': 'associative',
  'props.nameDistributive': 'distributive',
  'props.nameIdentity': 'identity',
  'props.nameTranspose': 'transpose',
  'props.summaryUndecided':
    '{proved} of {checked, plural, one {# property} other {# properties}} proved on these matrices; {names} undecided (certified values that agree to 1,000 digits).',
  'props.summaryAll': 'All {checked} properties hold on these matrices.',
  'props.summaryAllNoC':
    'All {checked} properties hold on these matrices (give a third matrix C to check associativity and distributivity too).',
  'props.summaryFailed': 'A property failed: this should be impossible, please report it.',
  'props.why':
    'Why: each entry of a Hadamard product is an ordinary product of numbers, so the rules of real multiplication (commutative, associative, distributive over +, with 1 as identity) hold in every position at once; J has a 1 in every position.',
  'props.floatNote':
    ' Both sides are compared entry by entry, up to the rounding error of the products involved (8ε of their size).',
  'props.latexHolds': '(holds)',
  'props.latexFails': '(fails)',
  'props.latexNeedsC': '(needs a third matrix C)',
  'props.latexUndecided': '(undecided: both sides agree to 1,000 digits)',

  // ── relate (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'relate.title': 'Relations to the ordinary product',
  'relate.summary': 'tr({a}ᵀ{b}) = 1ᵀ({ab})1 = {sum}; {ab} sits inside {kron} at rows/cols {rows} / {cols}.',
  'relate.summaryDiagonal':
    'tr({a}ᵀ{b}) = 1ᵀ({ab})1 = {sum}; {ab} sits inside {kron} at rows/cols {rows} / {cols}; diagonal, so {ab} = {ord}.',
  'relate.sumOfEntries': 'the sum of the entries of {ab}',
  'relate.traceHeading': 'Trace identity (Frobenius inner product)',
  'relate.traceBody': 'tr({a}ᵀ{b}) = {tr} and 1ᵀ({ab})1 = Σᵢⱼ aᵢⱼbᵢⱼ = {sum}: {verdict}.',
  'relate.traceEqual': 'equal ✓',
  'relate.traceUndecided': 'undecided (equal to 1,000 digits, not proved)',
  'relate.traceNotEqual': 'NOT equal ✗',
  'relate.undecidedMark': '≈ (undecided: equal to 1,000 digits)',
  'relate.diagHeading': 'Diagonal case',
  'relate.diagBoth':
    '{a} and {b} are both diagonal, so {ab} = {ord} = {matrix} {mark} — a rare case where the two products agree.',
  'relate.diagNot':
    '{a} and {b} are not both diagonal, so {ab} and {other} generally differ. For diagonal matrices they coincide: try `relate diag(1,2,3) diag(4,5,6)`.',
  'relate.ordRange': '{ord} (beyond the range of floating point here)',
  'relate.ordUndefined': '{ord} (undefined for these shapes)',
  'relate.vectorHeading': 'Vector case',
  'relate.vectorBody': 'As vectors, a∘b = diag(a)·b {mark}:',
  'relate.kronHeading': 'Inside the Kronecker product',
  'relate.kronBody':
    '{ab} is the submatrix of {kron} ({kr}×{kc}) at rows {rows} and columns {cols}: the entry of {kron} in row (i−1)·{m}+i, column (j−1)·{n}+j is aᵢⱼ·bᵢⱼ {mark}.',
  'relate.kronTooLarge': ' (A⊗B is too large to draw; the indices are checked all the same.)',
  'relate.floatNote': ' Equalities are checked up to rounding error (8·m·n·ε of the sizes summed).',
  'relate.undecidedNote':
    ' Undecided: {names} (the two sides agree to 1,000 digits, which enclosures cannot turn into a proof).',
  'relate.nameTrace': 'the trace identity',
  'relate.nameEquality': 'an equality',
  'relate.latexBothDiagonal': '(both diagonal)',
  'relate.latexKron': '(rows, columns of the Kronecker product)',
  'relateFig.title': 'Hadamard product and its relatives',
  'relateFig.subtitle': '{shape} matrices {a}, {b}; {arithmetic}',
  'relateFig.pick1': 'pick the',
  'relateFig.pick2': 'tinted entries',
  'relateFig.pickStacked': '↓ pick the tinted entries',
  'relateFig.captionShaded':
    'Block (i, j) of {kron} is {la}ᵢⱼ·{b}, and its own entry (i, j) is {la}ᵢⱼ{lb}ᵢⱼ: the squares, in the colours of {ab}. Grey: the rest of {kron}, shaded by size.',
  'relateFig.captionNotDrawn':
    'Block (i, j) of {kron} is {la}ᵢⱼ·{b}, and its own entry (i, j) is {la}ᵢⱼ{lb}ᵢⱼ: the squares, in the colours of {ab}. Grey: the rest of {kron}, not drawn at this size.',
  'relateFig.corner': 'the pattern, drawn for the top-left {k}×{l} corner',
  'relateFig.gather': '↓ gather the squares: {ab}',
  'relateFig.trace': 'Trace identity: tr({a}ᵀ{b}) = 1ᵀ({ab})1 = Σᵢⱼ {la}ᵢⱼ{lb}ᵢⱼ:',
  'relateFig.where': 'where Σᵢⱼ {la}ᵢⱼ{lb}ᵢⱼ =',
  'relateFig.undecided': 'undecided',
  'relateFig.inside': '{ab} sits inside {kron}: rows {rows} and columns {cols}{check}',
  'relateFig.vectors': 'Vectors: {la}∘{lb} = diag({la})·{lb}{check}',
  'relateFig.diagonal': '{a} and {b} are diagonal: {ab} = {ord}{check}',
  'relateFig.notDiagonal': '{a}, {b} not both diagonal: {ab} and {ord} differ in general.',
  'relateFig.alt1': 'Relations of the Hadamard product for {shape} matrices {a} and {b}.',
  'relateFig.alt2':
    'The {kr}×{kc} Kronecker product {kron} is drawn with the entries in rows {rows} and columns {cols} highlighted; together they form {ab}.',
  'relateFig.alt2Checked':
    'The {kr}×{kc} Kronecker product {kron} is drawn with the entries in rows {rows} and columns {cols} highlighted; together they form {ab}, as checked.',
  'relateFig.alt3': 'Trace identity: tr({a}ᵀ{b}) = {tr} and the sum of the entries of {ab} = {sum}, {verdict}.',
  'relateFig.altEqual': 'equal',
  'relateFig.altNotEqual': 'not equal',
  'relateFig.altUndecided': 'equal to 1,000 digits (undecided)',
  'relateFig.alt4': 'Both are diagonal, so {ab} = {ord}.',

  // ── apply (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'apply.why': 'Why the Hadamard product',
  'apply.needsApp': 'apply needs an application: {apps}',
  'apply.needsAppHint': 'Example: /hadamard apply window, /hadamard {example}',
  'apply.notApp': '{word} is not an application I can show; they are {apps}',
  'apply.notAppNear': '{word} is not an application I can show — did you mean "{near}"?; they are {apps}',
  'apply.example': 'Example: /hadamard {example}',
  'apply.exampleBare': 'Example: {example}',
  'apply.isNumber': '{word} is a number, not a matrix: put the entries in brackets',
  'apply.unknownWord': 'apply {app} does not know {word}: it takes {list}',
  'apply.oneChoice': 'apply {app} takes one choice of {list}; got {got}',
  'apply.oneOf': 'apply {app} takes one {key} of {list}; got {got}',
  'apply.list.window': 'a window: hann, hamming, blackman or tukey',
  'apply.list.mask': 'causal, padding:k (the last k keys are padding), or both',
  'apply.list.gate': 'seed:N (N from 0 to 4294967295) for other built-in vectors',
  'apply.list.taper': 'no words, only the matrices A and B',
  'apply.list.image': 'a mask: vignette, checkerboard or gradient (or a mask matrix)',
  'apply.atMost': 'apply {app} takes at most {max, plural, one {# matrix} other {# matrices}}; I found {found}',
  'apply.atMostFiles':
    'apply {app} takes at most {max, plural, one {# matrix} other {# matrices}}; I found {found} (counting the attached files)',
  'apply.imageNoRoom': 'with two matrices (an image and its mask) there is no room for the mask {word}',
  'apply.imageNoRoomHint':
    'Example: /hadamard apply image [[1,0.5],[0.5,1]] [[0,1],[1,0]], or /hadamard apply image [[1,0.5],[0.5,1]] vignette',
  'apply.maxOperands': 'at most {max} matrices; got {got}',
  'apply.textTooLong': 'the matrices are {length} characters long; the limit is {max}',
  'apply.notVector': '{what} must be a vector (one row or one column), but it is {shape}',
  'apply.notVectorHint': 'Give it as a row: {example}',
  'apply.numericalFloat': 'Numerical (floating point)',
  'apply.window.title': 'Applications: a {window} window',
  'apply.window.summary': 'x∘w for {label}, {exact, select, yes {exact} other {numerical}}. {drop}',
  'apply.window.theSignal': 'The signal',
  'apply.window.tooShort': 'a window needs a signal of at least 2 samples',
  'apply.window.spectrumX': 'the spectrum of x',
  'apply.window.spectrumXw': 'the spectrum of x∘w',
  'apply.window.why':
    'Windowing is x∘w: each sample is multiplied by the window value at the same time step, a Hadamard product of two vectors. The DFT treats the n samples as one period of a periodic signal, so a tone that does not fit a whole number of periods jumps at the seam, and that jump leaks into every frequency. The {window} window tapers both ends towards zero, which removes the jump: the leakage drops, at the price of a wider main peak.',
  'apply.window.drop':
    'Far from the main peak (more than {away} bins away), the spectrum’s typical (median) level is {before} before and {after} after the window.',
  'apply.window.noDrop':
    'The signal is too short to have frequencies away from its main peak; the spectra show the shape anyway.',
  'apply.window.builtIn':
    'the built-in signal ({n} samples: a tone at 8.5 cycles, half-way between two DFT bins, and one 40 dB weaker at 20.25 cycles)',
  'apply.window.yours': 'your signal ({n} samples)',
  'apply.window.leakage': 'Spectral leakage',
  'apply.window.noteExact': 'x∘w is exact (rational arithmetic).',
  'apply.window.noteFloat': 'Numerical (floating point): the signal or the window has irrational values.',
  'apply.window.note':
    "{exactness} The spectra are floating point: |DFT| by fft.js, zero-padded to {size} points, in dB below each spectrum's own peak (drawn down to {floor} dB).",
  'apply.mask.title': 'Applications: an attention mask',
  'apply.mask.summary':
    '{mask}. softmax(S)∘M has row sums {sums}; renormalised, it equals softmax with −∞ on the masked scores (numerical).',
  'apply.mask.sentence': 'The cat sat on the mat',
  'apply.mask.notSquare':
    'a causal mask needs as many queries as keys (a square score matrix), but the scores are {m}×{n}',
  'apply.mask.notSquareHint': 'Example: {example}, or padding:1 for any shape',
  'apply.mask.allPadding': 'padding:{k} masks every one of the {n} keys, so no query could attend to anything',
  'apply.mask.allPaddingHint': 'Padding must leave at least one key: padding:{k}. Example: apply mask padding:2',
  'apply.mask.underflow':
    'the softmax probability of {where} is about 10^{exponent}: too small for floating point (nonzero sizes from about 4.9×10⁻³²⁴ to 1.8×10³⁰⁸), and showing it as 0 would lose a nonzero',
  'apply.mask.underflowHint':
    'Scores within a few hundred of each other along a row keep every probability in range. Example: {example}',
  'apply.mask.whereToken': 'query "{query}" → key "{key}" (entry ({i},{j}))',
  'apply.mask.whereEntry': 'entry ({i},{j})',
  'apply.mask.causal': 'causal: each query sees itself and the keys before it',
  'apply.mask.padding': 'padding: the last {k, plural, one {# key is} other {# keys are}} padding, seen by no query',
  'apply.mask.both':
    'causal ∘ padding (masks combine by the Hadamard product too): no future keys, and not the last {k}',
  'apply.mask.why':
    'A mask is a 0/1 matrix laid over the attention entry by entry: P∘M keeps the probabilities a query may use and zeroes the rest, a Hadamard product. The zeroed probabilities were part of each row’s softmax denominator, so a row of P∘M sums to less than 1 and must be divided by its sum again (renormalised) to be a distribution. Adding −∞ to the masked scores before the softmax does both in one step, since e^−∞ = 0 drops those terms from the denominator: the two conventions give the same attention.',
  'apply.mask.scores': 'scores S',
  'apply.mask.mask': 'mask M',
  'apply.mask.convention1': 'Convention 1: multiply the probabilities by M, then renormalise',
  'apply.mask.convention2': 'Convention 2: add −∞ to the masked scores, then softmax',
  'apply.mask.rowSums': 'Row sums of softmax(S)∘M: {sums} (the mass given to masked keys is gone).',
  'apply.mask.eachRow': 'softmax(S)∘M, each row divided by its sum:',
  'apply.mask.same':
    'softmax(S + (−∞)·(J − M)) gives the same matrix: the largest difference between the two is {difference} (floating-point rounding).',
  'apply.mask.note':
    'Numerical (floating point): the softmax uses exp. Masked entries are exactly 0 in both conventions; {builtIn, select, yes {the scores are the built-in sentence’s} other {the scores are yours}}{exact, select, yes { and exact} other {}}.',
  'apply.gate.title': 'Applications: an LSTM gate',
  'apply.gate.summary':
    'cₜ = f∘cₜ₋₁ + i∘g = ({c}) ({d, plural, one {# cell} other {# cells}}, {exact, select, yes {exact} other {numerical}}).',
  'apply.gate.needsFour': 'gate needs four vectors, cₜ₋₁ f i g, or none for a built-in example; got {n}',
  'apply.gate.needsFourHint': 'Example: /hadamard {example}, or /hadamard apply gate seed:7',
  'apply.gate.seedWithVectors': 'seed:N builds the vectors; with your own four vectors there is nothing to seed',
  'apply.gate.vector': '{name} (the {k, select, 1 {first} 2 {second} 3 {third} other {fourth}} vector)',
  'apply.gate.lengths': 'cₜ₋₁ has {d} entries but {name} has {length}: the cell step multiplies them entry by entry',
  'apply.gate.forget': 'f (the forget gate)',
  'apply.gate.input': 'i (the input gate)',
  'apply.gate.notSigmoid': '{name} is a sigmoid output, between 0 and 1, but its entry {k} is {value}',
  'apply.gate.notSigmoidHint':
    "A gate's entries say how much passes: 0 (nothing) to 1 (all). Example: /hadamard {example}",
  'apply.gate.why':
    'Each gate is a vector of numbers between 0 and 1, one per memory cell, and it acts by the Hadamard product: f∘cₜ₋₁ keeps a fraction of each cell’s old value, i∘g writes a fraction of each candidate value. Every cell is gated on its own, so the network can hold one number for many steps (f near 1, i near 0) while it overwrites another (f near 0, i near 1). An ordinary matrix product would mix the cells together; the entrywise product is what lets each one remember or forget separately.',
  'apply.gate.most':
    'Cell {keeps} keeps the most of its memory (f = {f}); cell {writes} writes the most of its candidate (i = {i}).',
  'apply.gate.exact': 'Exact rational arithmetic',
  'apply.gate.note': '{exactness}. The full LSTM also computes hₜ = o∘tanh(cₜ), one more Hadamard product.',
  'apply.gate.noteSeed':
    '{exactness}; built-in vectors from seed {seed} (`apply gate seed:N` for others). The full LSTM also computes hₜ = o∘tanh(cₜ), one more Hadamard product.',
  'apply.taper.title': 'Applications: covariance tapering',
  'apply.taper.summary':
    '{ab} is {verdict}{hypothesis, select, yes {, as Schur guarantees} other {}}; {zeros} of {total} entries are exactly 0 ({exact, select, yes {exact} other {numerical}}).',
  'apply.taper.tooMany': 'taper takes at most two matrices, A and B; got {n}',
  'apply.taper.notSquare': '{name} is {shape}: a covariance is square',
  'apply.taper.shapes': '{a} is {shapeA} but {b} is {shapeB}; the entrywise product needs equal shapes',
  'apply.taper.describeA': 'exponential (AR(1)) correlation ρ^|i−j|, kms({n}, 9/10)',
  'apply.taper.describeB': 'Wendland taper (1 − r)⁴(4r + 1), r = |i − j|/{w}, zero from lag {w} on',
  'apply.taper.givenMatrix': 'the given matrix',
  'apply.taper.notComputed': 'not computed',
  'apply.taper.holds':
    '{a} and {b} are positive semidefinite, so the Schur product theorem guarantees {ab} ⪰ 0, and the check confirms it: {verdict}.',
  'apply.taper.fails':
    'The theorem needs both factors positive semidefinite, and {failing}: it promises nothing, and {ab} is {verdict}.',
  'apply.taper.zeros': '{zeros} of the {total} entries of {ab} are exactly 0.',
  'apply.taper.why':
    'Tapering multiplies a covariance entry by entry by a taper that is exactly 0 beyond some distance: the Hadamard product keeps nearby covariances (scaled a little) and zeroes far ones, so the matrix becomes sparse and fast to factor. Zeroing entries of a covariance by hand can destroy positive semidefiniteness; multiplying by a PSD taper cannot, because the Hadamard product of PSD matrices is PSD (Schur). That is why tapers are chosen among positive definite functions such as Wendland’s.',
  'apply.taper.lambdaNote': 'The λmin are the midpoints of certified enclosures (evidence, not the judge).',
  'apply.image.title': 'Applications: filtering an image pixel by pixel',
  'apply.image.summary':
    '{what} ∘ {mask}: pixel ({row},{col}) becomes {product}{exact, select, yes { (exact)} other {}}.',
  'apply.image.theImage': 'The image',
  'apply.image.theMask': 'The mask',
  'apply.image.notBrightness':
    '{what} holds brightness, from 0 (black) to 1 (white) or 0 to 255, but entry ({i},{j}) is {value}',
  'apply.image.notBrightnessHint': 'Example: /hadamard {example} (a mask: how much of each pixel passes, 0 to 1)',
  'apply.image.vignette': 'a vignette (1 at the centre, 1/4 in the corners)',
  'apply.image.checkerboard': 'a checkerboard (1 keeps a square, 0 blacks it out)',
  'apply.image.gradient': 'a gradient (0 at the left edge to 1 at the right)',
  'apply.image.yourMask': 'your {rows}×{cols} mask',
  'apply.image.yourMaskBlocks': 'your {rows}×{cols} mask, each entry covering a {h}×{w} block of pixels',
  'apply.image.yourImage': 'your {h}×{w} image',
  'apply.image.givenImage': 'the {h}×{w} image',
  'apply.image.builtIn': 'the built-in {h}×{w} colour picture',
  'apply.image.why':
    'A grey image is a matrix of brightness values (a colour image is three of them, one per channel), and a mask of the same size says how much of each pixel passes. Filtering by a mask is image ∘ mask: each output pixel is the input pixel times the mask value in the same place, nothing else, exactly the Hadamard product (for colour, the mask is repeated over the three channels). Unlike a blur or any convolution, no pixel looks at its neighbours.',
  'apply.image.image': 'image',
  'apply.image.mask': 'mask',
  'apply.image.pixel':
    'Pixel ({row},{col}){rgb, select, yes {, red channel} other {}}: {product} (brightness from 0 to 1).\nMean brightness: {before} before, {after} after.',
  'apply.image.exact': 'The pixel above is exact (rational arithmetic)',
  'apply.image.note':
    '{exactness}{scaled, select, yes {; 8-bit values were divided by 255} other {}}. The figure draws the images rounded to 8 bits per channel.',
  'applyFig.window.heading': 'Windowing: x ∘ w, a {window} window',
  'applyFig.window.sub': '{n} samples · x∘w {exact, select, yes {exact} other {numerical}}',
  'applyFig.window.subBuiltIn':
    '{n} samples (built-in: a tone and one 40 dB weaker) · x∘w {exact, select, yes {exact} other {numerical}}',
  'applyFig.window.signal': 'signal x',
  'applyFig.window.window': '∘ window w ({window})',
  'applyFig.window.product': '= x ∘ w: each sample times the window value there',
  'applyFig.window.spectrum': 'Magnitude spectrum (dB below the peak)',
  'applyFig.window.weakTone': 'weak tone',
  'applyFig.window.frequency': 'frequency, cycles per sample',
  'applyFig.window.before': 'before: x alone',
  'applyFig.window.beforeFar': 'before: x alone, far from the peak {level}',
  'applyFig.window.after': 'after: x∘w ({window})',
  'applyFig.window.afterFar': 'after: x∘w ({window}), far from the peak {level}',
  'applyFig.window.alt':
    'Windowing a {n}-sample signal with a {window} window: three strips show the signal x, the window w (0 at both ends, 1 in the middle) and their entrywise product x∘w, which fades to 0 at both ends.',
  'applyFig.window.altSpectra': 'Below, the magnitude spectra in dB: the signal alone (dashed) and x∘w (solid).',
  'applyFig.window.altLeak':
    "Far from the main peak the spectrum's typical level drops from {before} before to {after} after the window: less spectral leakage.",
  'applyFig.window.altWeak': 'With the window, the weak second tone stands out of the leakage.',
  'applyFig.mask.heading': 'Attention mask: softmax, then ∘ M',
  'applyFig.mask.subBuiltIn': 'built-in sentence · floating point (softmax uses exp)',
  'applyFig.mask.sub': 'your {m}×{n} scores · floating point (softmax uses exp)',
  'applyFig.mask.scores': 'scores S',
  'applyFig.mask.rowsCols': 'rows: queries, columns: keys',
  'applyFig.mask.mask': 'mask M',
  'applyFig.mask.lessThan1': 'rows sum to less than 1',
  'applyFig.mask.divide': '÷ row sums',
  'applyFig.mask.minusInfinity': '= softmax(S − ∞ where M is 0)',
  'applyFig.mask.probability': 'probability',
  'applyFig.mask.masked': 'masked: exactly 0',
  'applyFig.mask.paragraph':
    "Each row of softmax(S)∘M sums to less than 1: the masked keys' share is gone. Dividing by the row sum, or adding −∞ to the masked scores before the softmax, gives the same attention (largest difference {difference}).",
  'applyFig.mask.alt':
    'Attention with a {mask} mask on a {m}×{n} score matrix. Four heat grids: the scores; the 0/1 mask (masked cells hatched); softmax of the scores times the mask, whose rows sum to {sums}; and the renormalised attention, equal to the softmax with minus infinity on the masked scores. Renormalised rows: {rows}.',
  'applyFig.gate.keep': 'keep: f ∘ cₜ₋₁',
  'applyFig.gate.write': 'write: i ∘ g',
  'applyFig.gate.sum': 'sum',
  'applyFig.gate.heading': 'LSTM cell step: cₜ = f∘cₜ₋₁ + i∘g',
  'applyFig.gate.sub':
    '{n, plural, one {# memory cell} other {# memory cells}} · your vectors · {exact, select, yes {exact} other {numerical}}',
  'applyFig.gate.subBuiltIn':
    '{n, plural, one {# memory cell} other {# memory cells}} · built-in, seed {seed} · {exact, select, yes {exact} other {numerical}}',
  'applyFig.gate.paragraph':
    'Green gauges: how much of each cell passes (0 to 1). Bars: values, right of the line positive, left negative. Each cell is gated on its own: that is the entrywise product.',
  'applyFig.gate.cell': 'cell {k}: {f} × {c0} = {kept} kept, {i} × {g} = {written} written, new state {c}',
  'applyFig.gate.alt':
    'One LSTM cell step on {n} cells, c_t = f∘c_(t−1) + i∘g, as a table of gauges and bars. {rows}{more}.',
  'applyFig.taper.heading': 'Covariance tapering: A ∘ B',
  'applyFig.taper.subExact': '{n}×{n} · exact verdicts · λmin: floating evidence',
  'applyFig.taper.subFloat': '{n}×{n} · floating point · λmin: floating evidence',
  'applyFig.taper.psdRank': 'PSD, rank {rank}',
  'applyFig.taper.notPsd': 'not PSD',
  'applyFig.taper.zero': 'exactly 0',
  'applyFig.taper.paragraph': '{describeA}; {describeB}. {zeros} of {total} entries of {ab} are exactly 0. {schur}',
  'applyFig.taper.schur': '{a} and {b} are positive semidefinite, so {ab} is too (Schur).',
  'applyFig.taper.noSchur': "Schur's hypothesis fails here: no guarantee.",
  'applyFig.taper.alt':
    'Covariance tapering on {n}×{n} matrices, three heat grids on one colour scale: {a} ({describeA}), {verdictA}, smallest eigenvalue {lambdaA}; {b} ({describeB}), {verdictB}, smallest eigenvalue {lambdaB}; and {ab}, {verdictAB}, smallest eigenvalue {lambdaAB}, with {zeros} of {total} entries exactly zero (hatched), a band along the diagonal.',
  'applyFig.taper.altSchur':
    'By the Schur product theorem the product of two positive semidefinite matrices is positive semidefinite.',
  'applyFig.image.heading': 'Pixelwise filtering: image ∘ mask',
  'applyFig.image.subBuiltIn': 'built-in test picture · mean brightness {before} → {after}',
  'applyFig.image.sub': 'your image · mean brightness {before} → {after}',
  'applyFig.image.image': 'image',
  'applyFig.image.mask': 'mask',
  'applyFig.image.product': 'image ∘ mask',
  'applyFig.image.rgb': '{h}×{w}, RGB',
  'applyFig.image.grey': '{h}×{w}, grey',
  'applyFig.image.maskNote': '{mask}, 0 to 1',
  'applyFig.image.yourMask': 'your mask',
  'applyFig.image.vignette': 'vignette',
  'applyFig.image.checkerboard': 'checkerboard',
  'applyFig.image.gradient': 'gradient',
  'applyFig.image.pixelByPixel': 'pixel by pixel',
  'applyFig.image.workedOutlined': 'Pixel ({row},{col}){rgb, select, yes {, red} other {}}, outlined: {product}',
  'applyFig.image.worked': 'Pixel ({row},{col}){rgb, select, yes {, red} other {}}: {product}',
  'applyFig.image.paragraph':
    'Each output pixel is the input pixel times the mask value in the same place (for colour, in each channel): no neighbours involved.',
  'applyFig.image.altVignette': 'a vignette, bright in the centre and darker towards the corners',
  'applyFig.image.altCheckerboard': 'a checkerboard of white squares (1, kept) and black squares (0, removed)',
  'applyFig.image.altGradient': 'a gradient from black at the left edge to white at the right',
  'applyFig.image.altMatrix': 'the given mask',
  'applyFig.image.altBuiltIn': 'a built-in test picture (sky, sun, hills, a tree and a striped field)',
  'applyFig.image.altSized': 'a {h}×{w} image',
  'applyFig.image.alt':
    'Pixelwise filtering: {what}, {mask}, and their entrywise product, the filtered image, side by side. {worked}. Mean brightness {before} before and {after} after.',

  // ── quiz (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── groups (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'groups.example': 'Example: {command}',
  'groups.permission': 'permission to manage this channel',
  'groups.permission.discord': 'the Manage Channels permission',
  'groups.permission.slack': 'a Slack workspace admin or owner',
  'groups.notQuizId':
    '{word} is not a quiz id: ids are the letter q and a few letters or digits, like q7k2m9, and each quiz message shows its own',
  'scores.notPeriod': '{word} is not a period: scores are for this week (week) or all time (all)',
  'scores.you': 'you',
  'scores.when.week': 'this week',
  'scores.when.all': 'all time',
  'scores.when.weekOf': 'the week of {date} (final)',
  'scores.title': 'Leaderboard, {when}',
  'scores.leaderboard': 'Leaderboard',
  'scores.nothingCounted': 'nothing counted yet',
  'scores.counted': '{correct} of {answered} right',
  'scores.countedStreak': '{correct} of {answered} right, streak {streak} {streak, plural, one {day} other {days}}',
  'scores.pendingPoints': ' (+{pending} pending)',
  'scores.pendingAnswers': ' ({answers} {answers, plural, one {answer} other {answers}} pending)',
  'scores.line': '{rank}. {name}: **{points}** {points, plural, one {point} other {points}}{pending}, {counted}',
  'scores.lead.you': 'you lead with {points} {points, plural, one {point} other {points}}.',
  'scores.lead.one': '{leader} leads with {points} {points, plural, one {point} other {points}}.',
  'scores.lead.shared': '{names} share the lead with {points} {points, plural, one {point} other {points}}.',
  'scores.lead.nonePending': 'no points counted yet: {pending} are pending until their rounds close.',
  'scores.lead.none': 'no points yet: a right answer puts you on the board.',
  'scores.list.two': '{first} and {second}',
  'scores.list.many': '{rest} and {last}',
  'scores.summary': '{players} {players, plural, one {player} other {players}} {when}; {lead}',
  'scores.minePending':
    ' Your {pending} pending {pending, plural, one {point} other {points}} count once {answers, plural, one {the round closes} other {their rounds close}}.',
  'scores.empty': 'No answers yet {when}: start a round with /hadamard quiz.',
  'scores.rules':
    'Points: 10 for a right answer (plus a speed bonus when the channel turns it on), counted when its round closes (until then they are pending); players on equal points share a rank; the streak counts days in a row with a right answer.',
  'scores.pin.notAllowed': 'pinning the board needs {permission}; /hadamard scores shows it to you now',
  'scores.pin.notAllowedHint': 'Ask someone who manages the channel, or see the board: /hadamard scores',
  'scores.pin.noPoster': 'a pinned board is a message the bot edits in a chat channel, and it cannot post in this one',
  'scores.pin.noPosterHint': 'Pin it in a Slack or Discord channel (or on the local page): /hadamard scores pin',
  'scores.pin.refused': 'the board could not be posted in this channel (is the bot a member of it?)',
  'scores.pin.refusedHint': 'Invite the bot to the channel, then: /hadamard scores pin',
  'scores.pin.replaced': 'This board is no longer updated: the channel pinned a new one below.',
  'scores.pin.title': 'Board pinned',
  'scores.pin.summaryWeek':
    "The week's board is posted in this channel and will update in place as rounds close (at most every {seconds} s).",
  'scores.pin.summaryAll':
    'The all-time board is posted in this channel and will update in place as rounds close (at most every {seconds} s).',
  'scores.pin.previous': ' The previous pin is no longer updated.',
  'scores.pin.footer': '_Pinned: this board updates itself as rounds close. Updated {time}._',
  'scores.fig.noAnswers': 'no answers',
  'scores.fig.accuracy': '{correct} of {answered} right ({pct}%)',
  'scores.fig.streak': 'streak {n} {n, plural, one {day} other {days}}',
  'scores.fig.noStreak': 'no streak',
  'scores.fig.pendingPoints': '+{points} pending',
  'scores.fig.pendingAnswers': '{n} {n, plural, one {answer} other {answers}} pending',
  'scores.fig.you': '(you)',
  'scores.fig.subtitle': '{n} {n, plural, one {player} other {players}} · bar length = points',
  'scores.fig.subtitleEmpty': 'points, accuracy and streaks appear here',
  'scores.fig.emptyWeek': 'No answers yet this week.',
  'scores.fig.emptyAll': 'No answers yet in this channel.',
  'scores.fig.emptyBody':
    'Start a round with /hadamard quiz: every right answer puts you on the board, and a right answer each day builds a streak.',
  'scores.fig.altEmpty': 'Leaderboard, {when}: no answers yet. Start a round with /hadamard quiz.',
  'scores.fig.more': 'and {n} more {n, plural, one {player} other {players}}',
  'scores.fig.legend': 'Accuracy: right answers of all answered. Streak: days in a row with a right answer.',
  'scores.fig.legendPending': ' Hatched: points pending until their round closes.',
  'scores.fig.alt': 'Leaderboard, {when}, {n} {n, plural, one {player} other {players}}, bar length = points: ',
  'scores.fig.altRow':
    '{rank}. {name}: {points} {points, plural, one {point} other {points}}{pending}, {accuracy}, {streak}',
  'settings.desc.private': 'answers are private (ephemeral) unless asked otherwise',
  'settings.desc.figures': 'answers come with their figures',
  'settings.desc.numbers': 'exact values shown as fractions or as decimals',
  'settings.desc.quiz_seconds': 'how long a quiz stays open before the answer is revealed',
  'settings.desc.theme': 'the card colour of figures',
  'settings.desc.speed_bonus': 'a small bonus for answering early (correctness always counts first)',
  'settings.desc.timezone': "the channel's local time: when schedules run, and when its week starts (Monday 00:00)",
  'settings.desc.language': "the language of the channel's posts (private replies follow each user's own language)",
  'settings.values.onOff': 'on or off',
  'settings.values.numbers': 'fractions or decimals',
  'settings.values.quiz_seconds': '{min} to {max} seconds',
  'settings.values.theme': 'light or dark',
  'settings.values.timezone': 'an IANA time zone such as Europe/Berlin or America/New_York',
  'settings.values.language': 'en, es, pt-BR, fr or de',
  'settings.source.channel': 'channel',
  'settings.source.workspace': 'workspace',
  'settings.source.default': 'default',
  'settings.unknownKey': '{word} is not a setting; the settings are {keys}',
  'settings.unknownKeyHint': 'Settings: {keys}. Example: /hadamard settings quiz_seconds 90',
  'settings.badSeconds': 'quiz_seconds must be from {min} to {max} seconds; {word} is {seconds} s',
  'settings.badZone':
    '{word} is not a time zone I know: give an IANA name (Region/City), which follows daylight saving time',
  'settings.badZoneHint': 'Example: {command} (or America/New_York, Asia/Tokyo, UTC)',
  'settings.badValue': '{word} is not a value of {key}: it takes {values} (or default)',
  'settings.oneValue': 'settings takes one key and one value; I found {words}',
  'settings.notAllowed':
    "changing the channel's settings needs {permission}; you can still see them with /hadamard settings",
  'settings.notAllowedHint': 'Ask someone who manages the channel, or show the settings: /hadamard settings',
  'settings.line': '- `{key}`: **{value}** ({source}) — {description}; {values}',
  'settings.changed': '{key} is now {value} in this channel (was {previous}).',
  'settings.shown': '{key} is {value} here ({source}).',
  'settings.all': "This channel's settings, and where each value comes from.",
  'settings.title': 'Settings',
  'settings.howToChange':
    'Change one: `/hadamard settings <key> <value>` (or `default`). Needs permission to manage the channel.',
  'schedule.forms':
    'schedule daily HH:MM <command>, schedule weekdays HH:MM <command>, schedule weekly <mon…sun> HH:MM <command>, schedule remove <id>, or schedule (the list)',
  'schedule.notId':
    '{word} is not a schedule id: ids are the letter s and a few letters or digits, like s4k9x2; /hadamard schedule lists them',
  'schedule.listNoWords': 'schedule list takes no more words',
  'schedule.removeNeedsId': 'schedule remove needs the id of the schedule to remove',
  'schedule.removeOneId': 'schedule remove takes one id; I found {words}',
  'schedule.removeHint': 'Example: /hadamard schedule remove s4k9x2 (/hadamard schedule lists the ids)',
  'schedule.notEvery':
    '{word} is not how often a schedule runs: it runs daily, on weekdays (Monday to Friday) or weekly',
  'schedule.formsHint': 'The forms: {forms}. Example: {command}',
  'schedule.needsDay': 'a weekly schedule needs its day: {days}',
  'schedule.notDay': '{word} is not a day: a weekly schedule needs its day: {days}',
  'schedule.dailyNoDay': 'a daily schedule runs every day, so it takes no day; for one day a week, say weekly {day}',
  'schedule.weekdaysNoDay':
    'a weekdays schedule runs Monday to Friday, so it takes no day; for one day a week, say weekly {day}',
  'schedule.needsTime': 'a schedule needs its local time as HH:MM (24-hour), e.g. 09:00 or 17:30',
  'schedule.notTime':
    '{word} is not a time of day: a schedule needs its local time as HH:MM (24-hour), e.g. 09:00 or 17:30',
  'schedule.needsCommand': 'a schedule needs the command it runs after its time, e.g. quiz schur medium or scores week',
  'schedule.tooLong': 'the scheduled command is {length} characters long; a schedule runs at most {max}',
  'schedule.noSchedule': 'a schedule cannot run schedule: it runs a command of the channel, like quiz, scores or apply',
  'schedule.notAllowed':
    "changing the channel's schedules needs {permission}; you can still see them with /hadamard schedule",
  'schedule.notAllowedHint': 'Ask someone who manages the channel, or list the schedules: /hadamard schedule',
  'schedule.title': 'Schedules',
  'schedule.count': '{n} {n, plural, one {schedule} other {schedules}} in this channel (of {max} at most).',
  'schedule.none': 'This channel has no schedules yet.',
  'schedule.howTo':
    "Add one: `/hadamard schedule daily 09:00 quiz schur medium`, `/hadamard schedule weekly fri 17:00 scores week`; remove one: `/hadamard schedule remove <id>`. Times are in the channel's time zone (`/hadamard settings timezone Europe/Berlin`). Needs permission to manage the channel.",
  'schedule.badCommand': 'the scheduled command does not work: {message}',
  'schedule.badCommandHint':
    '{hint} — A schedule runs a command as you would type it, e.g. /hadamard schedule daily 09:00 quiz schur medium',
  'schedule.notSchedulable':
    "a schedule cannot run {verb}: a scheduled run posts in the channel for everyone, on nobody's behalf",
  'schedule.notSchedulablePin':
    "a schedule cannot run scores pin (a pinned board updates by itself): a scheduled run posts in the channel for everyone, on nobody's behalf",
  'schedule.notSchedulableHint':
    'Schedule what the channel should see: /hadamard schedule daily 09:00 quiz, or /hadamard schedule weekly mon 09:00 scores week',
  'schedule.full': 'this channel has {max} schedules, the most it may have; remove one first',
  'schedule.fullHint': 'See them with /hadamard schedule, then remove one: /hadamard schedule remove <id>',
  'schedule.addedTitle': 'Schedule {id}',
  'schedule.added': 'Scheduled: `{command}` {when}. First run: {time}.',
  'schedule.addedBody':
    'It posts in this channel for everyone. Remove it with `/hadamard schedule remove {id}`; list them with `/hadamard schedule`.',
  'schedule.noSuch': 'this channel has no schedule {id}',
  'schedule.noSuchHint': 'List the schedules with their ids: /hadamard schedule',
  'schedule.removedTitle': 'Schedule {id} removed',
  'schedule.removed': 'Schedule {id} is removed: it will not run again.',
  'schedule.when.daily': 'daily at {at} ({zone})',
  'schedule.when.weekdays': 'on weekdays at {at} ({zone})',
  'schedule.when.weekly': 'every {day} at {at} ({zone})',
  'schedule.line': '`{id}` {when}: `{command}` — next {time}',
  'schedule.footer': '_Scheduled {when} (`{id}`): `/hadamard {command}`._',
  'me.noWords': 'me takes no words; I found {words}',
  'me.noWordsHint': 'Example: /hadamard me (and /hadamard practice for a question on your weakest topic)',
  'me.accuracy': '{correct} of {answered} right ({pct}%)',
  'me.notTried': 'not tried',
  'me.none': 'No answers of yours here yet. Try {practice}: a private question, just for you.',
  'me.summary':
    '{points} {points, plural, one {point} other {points}} in this channel{pending}; {accuracy}{practiced}{streak}.',
  'me.summaryPending': ' (+{pending} pending until their rounds close)',
  'me.summaryPracticed': ', {n} of them in practice',
  'me.summaryStreak': '; streak {n} {n, plural, one {day} other {days}}',
  'me.byTopic': 'Accuracy by topic',
  'me.topic': '- {topic}: {accuracy}',
  'me.topicWeakest': '- {topic}: {accuracy} ← practise this',
  'me.mistakes': 'The mistakes your wrong answers chose',
  'me.next': 'Next',
  'me.nextBody':
    "{practice}: {why}. Practice questions are yours alone: they count here, never on the channel's board.",
  'me.whyUntried': 'a topic you have not tried yet',
  'me.whyLowest': 'your lowest accuracy: {correct} of {answered} right in {topic}',
  'me.title': 'Your progress',
  'me.fig.tally': '{correct} of {answered} ({pct}%)',
  'me.fig.noAnswers': 'no answers yet',
  'me.fig.overall': '{correct} of {answered} right ({pct}%)',
  'me.fig.overallPracticed': '{correct} of {answered} right ({pct}%), {practiced} in practice',
  'me.fig.streak': 'streak {n} {n, plural, one {day} other {days}}',
  'me.fig.noStreak': 'no streak',
  'me.fig.points': '{n} {n, plural, one {point} other {points}}',
  'me.fig.pointsPending': '{n} {n, plural, one {point} other {points}} (+{pending} pending)',
  'me.fig.title': 'Your progress: accuracy by topic',
  'me.fig.legend': 'Bar length = share of right answers; dashed: not tried. {topic} (orange) is the one to practise.',
  'me.fig.mistakes': 'Your most chosen mistakes',
  'me.fig.next': 'Next: {command}',
  'me.fig.alt': 'Your progress: {points}{pending}, {overall}, {streak}. ',
  'me.fig.altPending': ', {pending} pending',
  'me.fig.altTopics': 'Accuracy by topic: {topics}. ',
  'me.fig.altMistakes': 'Most chosen mistakes: {list}. ',
  'me.fig.altSuggested': 'Suggested: practice {topic} {level}.',
  'class.notView': '{word} is not a class view: class shows this week, class export sends the answers as CSV',
  'class.notAllowedView': 'the class view is for those who manage this channel ({permission})',
  'class.notAllowedExport': 'the class export is for those who manage this channel ({permission})',
  'class.notAllowedHint': 'Your own progress is yours to see: /hadamard me',
  'class.summary':
    'This week: {players} {players, plural, one {player} other {players}}, {rounds} {rounds, plural, one {round} other {rounds}} ({closed} closed), {answered} {answered, plural, one {answer} other {answers}}, {pct} right.',
  'class.none':
    'No answers to closed rounds this week yet ({rounds} {rounds, plural, one {round} other {rounds}} started).',
  'class.byTopic': 'Accuracy by topic',
  'class.topic':
    '- {topic}: {correct} of {answered} right ({pct}), {players} {players, plural, one {player} other {players}}',
  'class.topicNotAsked': '- {topic}: not asked',
  'class.misconceptions': 'Most chosen misconceptions',
  'class.counted':
    "Counted: answers to this week's closed rounds (weeks start Monday, UTC); practice questions are private and not counted. The answers as a file: `{command}`.",
  'class.title': 'Class view, this week',
  'class.exportTitle': 'Class export',
  'class.exportSummary':
    "{file}: {n} {n, plural, one {answer} other {answers}} to this channel's closed rounds, oldest first{truncated}.",
  'class.exportTruncated': ' (the most recent {max}: there are more)',
  'class.exportEmpty': "{file}: no answers to this channel's closed rounds yet (the file has only its header).",
  'class.exportColumns':
    'Columns: {columns}. One row per answer; times in UTC (ISO 8601). User ids only (no names); practice questions and rounds still open are left out.',
  'class.exportFile': "The answers of this channel's quiz rounds ({n})",
  'forget.noWords': 'forget-me takes no words; I found {words}',
  'forget.title': 'Forgotten',
  'forget.summary':
    'Deleted {answers} {answers, plural, one {answer} other {answers}} (and their points, misconceptions and practice), {practice} {practice, plural, one {practice question} other {practice questions}} and {replies} {replies, plural, one {edit link} other {edit links}}; {rounds} {rounds, plural, one {quiz} other {quizzes}} you started stay for the others who answered, without your name.',
  'forget.body':
    "This covers every channel on {platform}: your scores, /hadamard me and the class views no longer count you. The bot never kept your messages' text, only ids, choices and times.",

  // ── errors (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'err.hint.empty_command': 'Try: {example} — or `/hadamard help` for everything the bot can do.',
  'err.hint.text_too_long': 'Send smaller matrices (up to 12×12), or split the question into several commands.',
  'err.hint.unknown_verb':
    'Verbs: product, schur, psd, oppenheim, props, relate, apply, explain, help; in a channel also quiz, answer, reveal, scores, settings, forget-me, schedule. Example: /hadamard schur [[2,1],[1,2]] [[1,1],[1,1]]',
  'err.hint.unknown_word':
    'Matrices look like [[2,3],[4,1]] or [2 3; 4 1]; builders: eye(3), ones(2,3), hilbert(4), pascal(4), diag(1,2,3), I3, J3, kms(4, 1/2), gauss(4, 2), hann(5), causal(4), toeplitz(1, 1/2, 0). Example: {example}',
  'err.hint.unknown_topic':
    'Topics: definition, properties, schur, oppenheim, relations, applications. Example: /hadamard explain schur',
  'err.hint.missing_operand': 'Give the matrices one after another. Example: {example}',
  'err.hint.too_many_operands': 'The product takes 2 to 6 matrices. Example: /hadamard [1 2] [3 4] [5 6]',
  'err.hint.unbalanced_brackets':
    'Every [ needs its ]. Example: [[2,3],[4,1]] (JSON style) or [2 3; 4 1] (MATLAB style).',
  'err.hint.ragged_rows': 'Every row needs the same number of entries. Example: [[1,2,3],[4,5,6]] is 2×3.',
  'err.hint.empty_matrix': 'A matrix needs at least one entry. Example: [[2,3],[4,1]]',
  'err.hint.not_a_number':
    'Entries are numbers like 2, -1.5, 1/3, 2.5e-3, or expressions like 2*sqrt(3)/5, pi/4, cos(pi/3) and log(2).',
  'err.hint.division_by_zero': 'Division by zero is undefined. Example of a fraction entry: [[1/2, 1/3],[1/4, 1/5]]',
  'err.hint.bad_expression':
    'Entries may use numbers, + - * / ^ ( ), pi, e and sqrt sin cos tan exp log abs. Example: [[1/2, sqrt(2)],[cos(pi/3), exp(-1)]]',
  'err.hint.too_deep': 'Simplify the entry: at most 32 nested parentheses, signs or powers. Example: (1+2)*(3-4)/5',
  'err.hint.too_large': 'Use smaller matrices (up to 12×12) or smaller numbers. Example: hilbert(12) .* pascal(12)',
  'err.hint.bad_file':
    'Attach a CSV or TSV file (one row per line, numbers only, no header), a JSON array of rows such as [[2,3],[4,1]], or a PNG or JPEG image. Example: a.csv holding the two lines 2,3 and 4,1.',
  'err.hint.missing_attachment':
    '@1 names the first attached file, @2 the second. Example: hadamard --attach a.csv --attach b.csv "schur @1 @2" (in the CLI).',
  'err.hint.unavailable': 'Try again in a minute. Computations work meanwhile, e.g. {example}',
  'err.hint.not_allowed': 'Ask someone who manages this channel. You can always see the settings: /hadamard settings',
  'err.hint.needs_channel':
    'Study-group commands (quiz, answer, reveal, scores, settings, forget-me) run in a chat channel, the local page or the CLI. Example: /hadamard quiz',
  'err.hint.missing_argument':
    'Give the words the command needs. Examples: /hadamard answer q7k2m9 b, /hadamard reveal q7k2m9',
  'err.hint.bad_argument':
    'Examples: /hadamard quiz schur hard, /hadamard answer q7k2m9 b, /hadamard scores all, /hadamard settings quiz_seconds 90',
  'err.hint.unknown_setting':
    'Settings: private, figures, numbers, quiz_seconds, theme, speed_bonus, timezone, language. Example: /hadamard settings quiz_seconds 90',
  'err.hint.out_of_range':
    'Numbers of any size are carried (1e400, exp(-1000)), but not sizes whose exponent itself has more than 14 digits, such as exp(1e20). Rescale the entries (psd and schur verdicts do not change when a matrix is multiplied by a positive number). Example: /hadamard [[2*pi, 1],[1, 3]] [[1, 2],[2, 5]]',
  'err.hint.shape_mismatch':
    'The entrywise product needs matrices of the same shape (no broadcasting). Example: [[1,2]] [[3,4]] (both 1×2).',
  'err.hint.not_square': 'This needs square matrices (n×n). Example: /hadamard psd [[2,1],[1,2]]',
  'err.hint.not_vector': 'Give vectors like [1 2 3].',
  'err.hint.timeout':
    'Use shorter numbers or smaller matrices; decimals with a few digits or small fractions stay fast. Example: /hadamard schur hilbert(6) pascal(6)',
  'err.layout': 'Error ({code}): {message}\nHint: {hint}',
  'err.example': 'Example: {example}',
  'err.where.matrix':
    '{n, plural, =1 {the first matrix} =2 {the second matrix} =3 {the third matrix} =4 {the fourth matrix} =5 {the fifth matrix} =6 {the sixth matrix} other {the \'#\'# matrix}}',
  'err.where.command': 'the command',
  'err.where.aMatrix': 'a matrix',
  'err.command.tooLong': 'the command is {length} characters long; the limit is {max}',
  'err.command.empty': 'the command is empty',
  'err.command.unknownVerb': '{word} (at character {at}) is not a verb I know',
  'err.command.unknownVerbClose': '{word} (at character {at}) is not a verb I know — did you mean "{close}"?',
  'err.command.tooManyFilesExact':
    '{verb} takes exactly {max} {max, plural, one {matrix} other {matrices}}, and {files} files are attached: say which, e.g. {example}',
  'err.command.tooManyFilesRange':
    '{verb} takes {min} to {max} matrices, and {files} files are attached: say which, e.g. {example}',
  'err.command.missingFile':
    '@{n} names the {n, plural, =1 {first} =2 {second} =3 {third} =4 {fourth} =5 {fifth} =6 {sixth} other {\'#\'#}} attached file, but {files, plural, =0 {no file is attached} one {only one file is attached} other {only # files are attached}}',
  'err.command.tooFewOne': '{verb} needs one matrix; I found {got, plural, =0 {none} one {only one} other {#}}',
  'err.command.tooFewExact':
    '{verb} needs exactly {min} matrices; I found {got, plural, =0 {none} one {only one} other {#}}',
  'err.command.tooFewAtLeast':
    '{verb} needs at least {min} matrices; I found {got, plural, =0 {none} one {only one} other {#}}',
  'err.command.tooManyExact': '{verb} takes exactly {max} {max, plural, one {matrix} other {matrices}}; I found {got}',
  'err.command.tooManyRange': '{verb} takes {min} to {max} matrices; I found {got}',
  'err.command.emptyLabel': 'the label {label} (at character {at}) has no matrix after its "="',
  'err.command.notAMatrix': '{word} (at character {at}) stands where a matrix should be',
  'err.command.notFinite': '{word} (at character {at}) is not a number: entries must be finite real numbers',
  'err.command.bareNumber': '{word} (at character {at}) is a number, not a matrix: put entries in brackets',
  'err.command.unknownWord': "I don't know {word} (at character {at})",
  'err.brackets.stray': 'the "{ch}" at character {at} has no matching "{want}"',
  'err.brackets.neverClosed': 'the "{open}" at character {at} is never closed',
  'err.brackets.unmatched': '{where}: the "{ch}" at character {at} has no matching "{want}"',
  'err.brackets.mismatched': '{where}: the "{open}" at character {at} is closed by a "{ch}" at character {closeAt}',
  'err.brackets.unclosed': '{where}: the "{open}" at character {at} is never closed',
  'err.matrix.empty': '{where} is empty',
  'err.matrix.emptyBrackets': '{where} is empty ([])',
  'err.matrix.emptyRow': 'row {row} of {where} is empty',
  'err.matrix.entry': 'entry ({row},{col}) of {where}: {reason}',
  'err.matrix.tooLarge': '{where} is {rows}×{cols}; the limit is {max}×{max}',
  'err.matrix.notAMatrix': '{where}: {word} is not a matrix',
  'err.matrix.missingParen': '{where}: {text} is missing its ")"',
  'err.matrix.afterBuilder': '{where}: unexpected {word} after {name}(…)',
  'err.matrix.afterMatrix': '{where}: unexpected {word} after the matrix',
  'err.matrix.diagEmpty': '{where}: diag() needs at least one entry',
  'err.matrix.diagEntry': 'entry {k} of diag(…) in {where}: {reason}',
  'err.matrix.zeros': '{where}: zeros(…) is not supported (a zero matrix makes every product zero)',
  'err.matrix.builderSizes':
    '{where}: {call} needs {ones, select, true {one or two positive whole numbers} other {one positive whole number}}',
  'err.matrix.oneSize': '{where}: {name}(…) takes one size, e.g. {name}(3)',
  'err.matrix.builderArgument': '{what} of {call} in {where}: {reason}',
  'err.matrix.argument': 'entry {k}',
  'err.matrix.builderSize': '{where}: {call} needs a size n, a positive whole number',
  'err.matrix.arity': '{where}: {name}(…) takes {k, plural, one {one argument} other {# arguments}}; got {call}',
  'err.matrix.toeplitzEmpty': '{where}: toeplitz() needs its first column',
  'err.matrix.gaussZero': '{where}: {call} needs s ≠ 0 (it divides by s²)',
  'err.matrix.threeLevels': '{where}: matrices have two levels of brackets, not three',
  'err.matrix.betweenRows': '{where}: unexpected {word} between rows (write every row in brackets)',
  'err.matrix.mixedRows': '{where}: mixes rows in brackets with plain entries',
  'err.matrix.ragged': 'row {row} of {where} has {n} {n, plural, one {entry} other {entries}}, but row 1 has {cols}',
  'err.entry.character': 'the character "{ch}" cannot appear in a number',
  'err.entry.empty': 'an entry is empty',
  'err.entry.shouldEnd': '{text} has "{token}" where it should end',
  'err.entry.beyondAnySize':
    '{text} is about {size}: beyond any size this engine can carry (a power of ten with more than 10¹⁴ digits in its exponent)',
  'err.entry.tooDeep': '{text} has more than {max} nested parentheses, signs or powers',
  'err.entry.divByZero': '{text} divides by zero',
  'err.entry.divUndecided':
    '{text} divides by a value equal to 0 to 1,000 digits: it may be exactly 0, so the quotient cannot be decided',
  'err.entry.powUndecided':
    '{text} raises a value equal to 0 to 1,000 digits to a non-integer power: whether it is defined cannot be decided',
  'err.entry.notReal': '{text} is not a real number',
  'err.entry.endsEarly': '{text} ends too early',
  'err.entry.needsParentheses': '{name} needs parentheses in {text}, e.g. {example}',
  'err.notFinite': '{word} is not a number: entries must be finite real numbers',
  'err.entry.unknownWord': '{word} is not a number (allowed: numbers, + - * / ^ ( ), pi, e and {functions})',
  'err.entry.numberExpected': '{text} has "{token}" where a number should be',
  'err.entry.missing': '{text} is missing a "{op}"',
  'err.function.undecided':
    '{call} needs {what, select, cosNonzero {cos of its argument to be nonzero} positive {a positive argument} other {an argument ≥ 0}}, and its argument is equal to 0 to {digits, number} digits: it may be exactly 0, so whether {call} is defined cannot be decided',
  'err.function.logZero': '{call} is −∞, not a number: log(x) → −∞ as x → 0',
  'err.function.logNegative': '{call} is not a real number: log is defined for positive numbers only',
  'err.function.tanPole': '{call} is undefined: tan has a pole at π/2 + kπ (cos is 0 there)',
  'err.function.sqrtNegative': '{call} takes the square root of a negative number',
  'err.magnitude.huge': 'more than 10^(10^15)',
  'err.magnitude.unknown': 'a number of unknown size',
  'err.operands.noFile':
    '{n, plural, =1 {the first matrix} =2 {the second matrix} =3 {the third matrix} =4 {the fourth matrix} =5 {the fifth matrix} =6 {the sixth matrix} other {the \'#\'# matrix}} is {ref}, an attached file, but no file is attached to this command',
  'err.operands.shapes':
    '{first} (the first matrix) is {firstShape} but {other} (the {n, plural, =2 {second} =3 {third} =4 {fourth} =5 {fifth} =6 {sixth} other {\'#\'#}}) is {otherShape}; the entrywise product needs equal shapes',
  'err.operands.notSquare':
    '{verb} needs square matrices, but {label} (the {n, plural, =1 {first} =2 {second} =3 {third} =4 {fourth} =5 {fifth} =6 {sixth} other {\'#\'#}} matrix) is {shape}',
  'err.deadline': 'this needs more than {seconds} s of work (very long exact fractions make exact elimination slow)',
  'err.engine.unknownVerb': '{verb} is not a verb I know',
  'err.engine.needsChannel':
    '{verb} is a study-group command: it keeps state for a channel, so it runs in Slack, Discord, the local page or the CLI, not in the bare engine',
  'err.engine.timeout': 'the computation took longer than {seconds} s',
  'err.engine.beyondAnySize': 'a number in this answer is about 10^({log}): beyond any size this engine can carry',
  'err.engine.grewTooLarge': 'the numbers grew too large to compute with',
  'err.outOfRange.aNumber': 'a number in this answer',
  'err.outOfRange.entryOf': 'entry ({row},{col}) of {quantity}',
  'err.outOfRange.about':
    '{what} would be about {size}, {direction, select, over {too large} other {too small}} for floating point ({range})',
  'err.outOfRange.leaves': '{what} would leave the range of floating point ({range})',
  'err.floatRange': 'nonzero sizes from about 4.9×10⁻³²⁴ to 1.8×10³⁰⁸',
  'err.image.undecodable': '{file} could not be decoded as an image ({why})',
  'err.image.notImage': '{file} is not a PNG or JPEG image',
  'err.hint.image': 'Attach the image itself, exported as PNG or JPEG (a screenshot works), up to 1024×1024 pixels.',
  'err.hint.bareNumber': 'Example: [[2,3],[4,1]] (a 1×1 matrix is [5])',
  'err.hint.builders': 'Builders: {builders}.',
  'err.hint.builder':
    'Example: {name, select, kms {kms(4, 1/2) (ρ^|i−j|: 1, 1/2, 1/4, 1/8 along a row)} gauss {gauss(4, 2) (exp(−(i−j)²/s²), exact powers of e)} hann {hann(5) (the row 0, 1/2, 1, 1/2, 0)} causal {causal(4) (ones on and below the diagonal)} other {toeplitz(1, 1/2, 1/4) (symmetric, first column 1, 1/2, 1/4)}}',
  'err.hint.mixedRows': 'Example: [[1,2],[3,4]] or [1 2; 3 4]',
  'err.hint.entryWords':
    'Entries may use numbers, + - * / ^ ( ), pi, e, sqrt, sin, cos, tan, exp, log (natural; ln too) and abs. Example: [[cos(pi/3), exp(-1)], [log(2), abs(-1/3)]]',
  'err.hint.log': 'log (natural logarithm, also ln) needs a positive number. Example: [[log(2), log(1/2)], [ln(e), 1]]',
  'err.hint.tan': 'tan is defined away from π/2 + kπ. Example: [[tan(pi/4), tan(pi/3)]]',
  'err.hint.sqrt': 'sqrt needs a number ≥ 0. Example: [[sqrt(2), sqrt(1/4)]]',

  // ── relate (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── apply (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── quiz (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'quiz.example': 'Example: {example}',
  'quiz.wordsHint': 'Topics: {topics}; levels: {levels}; replay a question with seed:N. Example: {example}',
  'quiz.badSeed': 'the seed {seed} is not a whole number from 0 to {max}',
  'quiz.badSeedHint': 'Example: /hadamard quiz seed:42 (the seed is shown under every question)',
  'quiz.twoSeeds': 'two seeds: give one',
  'quiz.twoTopics': 'two topics ({a} and {b}): give one',
  'quiz.twoLevels': 'two levels ({a} and {b}): give one',
  'quiz.unknownWord': '{word} is not a quiz topic or level; topics are {topics}',
  'quiz.answerHint': 'Example: {example} (the quiz id is on the quiz message; choices are a to e, or press a button)',
  'quiz.answerMissing': 'answer needs the quiz id and your choice',
  'quiz.answerTooMany': 'answer takes two words, the quiz id and one choice; I found {n}',
  'quiz.answerNoChoice': 'answer needs your choice after the quiz id {id}',
  'quiz.answerNotChoice': '{word} is not a choice: choices are the letters a to e',
  'quiz.revealMissing': 'reveal needs the id of the quiz to close',
  'quiz.revealMissingHint': 'Example: {example} (the id is on the quiz message)',
  'quiz.revealTooMany': 'reveal takes one quiz id; I found {n} words',
  'quiz.topic.entry': 'an entry of A∘B',
  'quiz.topic.property': 'true or false: a property on given matrices',
  'quiz.topic.psd': 'is M positive semidefinite?',
  'quiz.topic.schur': 'will A∘B be PSD, given A and B? (Schur)',
  'quiz.topic.oppenheim': "Oppenheim's bounds: which is larger, does equality hold?",
  'quiz.topic.trace': 'tr(AᵀB) as a sum',
  'quiz.topic.kronecker': 'where A∘B sits inside A⊗B',
  'quiz.level.easy': 'Easy',
  'quiz.level.medium': 'Medium',
  'quiz.level.hard': 'Hard',
  'quiz.headline': '{level} question — {topic} — {n} choices, one answer each.',
  'quiz.headlinePractice': '{level} practice question, for you alone — {topic} — {n} choices.',
  'quiz.howButtons': 'Press a button to answer (or type {command}).',
  'quiz.howCommand': 'Answer with {command}, the letter of your choice.',
  'quiz.replay': 'Replay: {command}.',
  'quiz.rulesPractice':
    'Only you see this question; your answer shows the right one and why at once, and counts for {me}, not on the board.',
  'quiz.rules': 'One answer each, seen only by you; the answer and the worked solution appear when the round closes.',
  'quiz.choices': 'Choices',
  'quiz.answeredSoFar':
    '{n, plural, =0 {Nobody has answered so far.} one {1 person has answered so far.} other {{count} people have answered so far.}}',
  'quiz.closesIn': 'Closes in {seconds} s.',
  'quiz.title': 'Quiz {id} · {topic} · {level}',
  'quiz.titlePractice': 'Practice {id} · {topic} · {level}',
  'quiz.noQuiz': 'there is no quiz {id}',
  'quiz.startOne': 'Start one: /hadamard quiz',
  'quiz.notAChoice': 'quiz {id} has choices {choices}; "{choice}" is not one of them',
  'quiz.closed': 'quiz {id} is closed: the answer has been revealed',
  'quiz.practiseAgain': 'Practise again: /hadamard practice',
  'quiz.startNext': 'Start the next one: /hadamard quiz',
  'quiz.already': 'You already answered {choice}): one answer per round, so this click changes nothing.',
  'quiz.practiceRight': '✓ Right: {choice}) is the answer. (Practice: no points, but it counts for /hadamard me.)',
  'quiz.practiceWrong': '✗ Not this one: {choice}) is not the answer. The right one is below.',
  'quiz.right':
    '✓ Right: {choice}) is the answer. +{points, plural, one {{count} point} other {{count} points}} once the round closes in {seconds} s.',
  'quiz.rightBonus':
    '✓ Right: {choice}) is the answer. +{points, plural, one {{count} point} other {{count} points}} ({bonus} for speed) once the round closes in {seconds} s.',
  'quiz.wrong':
    '✗ Not this one: {choice}) is not the answer. The right one is revealed when the round closes in {seconds} s.',
  'quiz.countsOnce': 'It counts once the round closes in {seconds} s.',
  'quiz.yourPracticeAnswer': 'Your practice answer ({id})',
  'quiz.yourAnswer': 'Your answer to {id}',
  'quiz.notYours': 'quiz {id} closes in {seconds} s; only the person who started it can reveal it early',
  'quiz.notYoursPermission':
    'quiz {id} closes in {seconds} s; only the person who started it or someone with {permission} can reveal it early',
  'quiz.waitOrAnswer': 'Wait for the round to close, or answer it: /hadamard answer {id} <letter>',
  'quiz.gotIt': 'Got it: {names}.',
  'quiz.nobodyGotIt': 'Nobody got it this time.',
  'quiz.answers': 'Answers: {tally}.',
  'quiz.revealTitle': 'Quiz {id}: the answer',
  'quiz.theAnswer': 'The answer is {choice}) {label}.',
  'quiz.tally': '{right} of {answered} got it.',
  'quiz.why': 'Why',
  'quiz.worked': 'Worked: {command}',
  'quiz.entry.right':
    'Right: (A∘B){idx} = {aij}·{bij} = {fa}·{fb} = {value}, the two entries in the same place multiplied.',
  'quiz.entry.ordinary':
    "That is the ordinary product's entry (AB){idx} = {sum} = {value}: row {i} of A times column {j} of B; the Hadamard product multiplies only {aij} and {bij}.",
  'quiz.entry.transposed':
    'That is {aij}·{bji} = {fa}·{fb} = {value}: the transpose slipped in; (A∘B){idx} pairs {aij} with {bij}, same row, same column.',
  'quiz.entry.added':
    'That is {aij} + {bij} = {fa} + {fb} = {value}: the Hadamard product multiplies the two entries, it does not add them.',
  'quiz.entry.mirrored':
    'That is (A∘B){jdx} = {fa}·{fb} = {value}: row and column swapped; (A∘B){idx} is in row {i}, column {j}.',
  'quiz.entry.reversed':
    'That is (BA){idx} = {sum} = {value}, an ordinary product (and in the other order); the Hadamard product is {aij}·{bij}.',
  'quiz.entry.signPositive': 'The sign slipped: {fa}·{fb} = {value}, positive.',
  'quiz.entry.signNegative': 'The sign slipped: {fa}·{fb} = {value}, negative.',
  'quiz.entry.divided':
    'That is {aij} ÷ {bij} = {quotient}: fractions multiply numerator by numerator and denominator by denominator, {fa}·{fb} = {value}.',
  'quiz.entry.extra': 'That multiplies by {f} once too often: (A∘B){idx} = {aij}·{bij} = {value}.',
  'quiz.entry.heading': '**Entry of a Hadamard product.**',
  'quiz.entry.ask': 'What is **(A∘B){idx}**, the entry in row {i}, column {j} of A∘B?',
  'quiz.entry.why':
    'The Hadamard product multiplies the two entries in the same place and nothing else: no row meets a column, nothing is summed.',
  'quiz.entry.whySquare': 'The ordinary product would combine row {i} of A with column {j} of B instead.',
  'quiz.entry.whyNotSquare': '(The ordinary product AB is not even defined for two {shape} matrices.)',
  'quiz.entry.whyAll': 'All of it: A∘B = {matrix}.',
  'quiz.prop.whyCommute': 'each entry is aᵢⱼ·bᵢⱼ = bᵢⱼ·aᵢⱼ, and numbers commute',
  'quiz.prop.identityJ': '**A∘J = A**, where J is the all-ones matrix',
  'quiz.prop.whyIdentityJ': 'J has a 1 in every position and aᵢⱼ·1 = aᵢⱼ: J is the identity of ∘',
  'quiz.prop.whyTranspose': 'entry (i,j) of both sides is aⱼᵢ·bⱼᵢ: transposing moves both factors to the same place',
  'quiz.prop.whyDistributive':
    'each entry is aᵢⱼ(bᵢⱼ+cᵢⱼ) = aᵢⱼbᵢⱼ + aᵢⱼcᵢⱼ, the distributive law of numbers in every position',
  'quiz.prop.whyAssociative':
    'each entry is (aᵢⱼbᵢⱼ)cᵢⱼ = aᵢⱼ(bᵢⱼcᵢⱼ), the associative law of numbers in every position',
  'quiz.prop.identityI': '**A∘I = A**, where I is the identity matrix',
  'quiz.prop.whyIdentityI': 'A is diagonal, and A∘I keeps exactly the diagonal of A',
  'quiz.prop.failIdentityI': '{aij} = {a} but (A∘I){idx} = {a}·0 = 0',
  'quiz.prop.notGeneralIdentityI':
    'A∘I keeps only the diagonal of A (I has zeros off its diagonal); the identity of ∘ is the all-ones J',
  'quiz.prop.square': '**A∘A = AA** (the entrywise square equals the ordinary square A²)',
  'quiz.prop.ordinary': '**A∘B = AB** (the Hadamard product equals the ordinary product)',
  'quiz.prop.whyDiagonalSquare': 'A is diagonal, and then both products are the diagonal matrix of the aᵢᵢ²',
  'quiz.prop.whyDiagonalOrdinary': 'A and B are diagonal, and then both products are the diagonal matrix of the aᵢᵢbᵢᵢ',
  'quiz.prop.whyCoincidence': 'these particular numbers make every entry agree',
  'quiz.prop.failProduct': '({had}){idx} = {x} but ({name}){idx} = {y}',
  'quiz.prop.notGeneralProduct':
    '({had})ᵢⱼ is one product {one}, while ({name})ᵢⱼ sums a whole row against a whole column',
  'quiz.prop.choiceAlways': 'True for all matrices of this shape',
  'quiz.prop.choiceHere': 'True here, but not for all matrices',
  'quiz.prop.choiceFalse': 'False here',
  'quiz.prop.choiceSquare': 'True only for square matrices',
  'quiz.prop.fbAlwaysRight':
    'Right: {why}, so it holds for all {shape} matrices, {n, plural, one {this one} other {these}} included.',
  'quiz.prop.fbAlwaysHere':
    'It holds for {n, plural, one {this matrix} other {these matrices}}, but not in general: {notGeneral}.',
  'quiz.prop.fbAlwaysFails': 'Not even here: {failure}; in general {notGeneral}.',
  'quiz.prop.fbHereRight': 'Right: {why}; in general it fails, since {notGeneral}.',
  'quiz.prop.fbHereAlways': 'It is true in general, not by luck: {why}.',
  'quiz.prop.fbHereFails': 'It is not true for {n, plural, one {this matrix} other {these matrices}}: {failure}.',
  'quiz.prop.fbFalseRight': 'Right: {failure}; {notGeneral}.',
  'quiz.prop.fbFalseAlways':
    'It holds, for {n, plural, one {this matrix} other {these matrices}} and all others: {why}.',
  'quiz.prop.fbFalseHolds': 'Check the entries: it does hold here ({why}), though not in general.',
  'quiz.prop.fbSquareAlways': 'Shape plays no part: {why}, for m×n matrices of any shape.',
  'quiz.prop.fbSquareHere':
    'Being square is not what makes it hold: {why}; plenty of square matrices fail it, since {notGeneral}.',
  'quiz.prop.fbSquareFails':
    '{n, plural, one {This matrix is} other {These matrices are}} square and it still fails: {failure}.',
  'quiz.prop.heading': '**True or false?**',
  'quiz.prop.ask': 'For {n, plural, one {this matrix} other {these matrices}}, is {statement}?',
  'quiz.prop.whyAlways': 'It holds here, and for all matrices: {why}.',
  'quiz.prop.whyHere': 'It holds here because {why}, but not in general: {notGeneral}.',
  'quiz.prop.whyFails': 'It fails here: {failure}. In general {notGeneral}.',
  'quiz.prop.whyChecked': 'The worked answer checks it entry by entry, exactly.',
  'quiz.psd.kernel': 'x = {x} gives Mx = 0, so xᵀMx = 0 for this x ≠ 0',
  'quiz.psd.asymmetry': '{mij} = {a} but {mji} = {b}, so M ≠ Mᵀ',
  'quiz.psd.negativeDiagonal': 'a negative diagonal entry already fails: {mii} = {value} is {e}ᵀM{e} < 0',
  'quiz.psd.allPositive': 'all entries positive ≠ PSD: {witness}',
  'quiz.psd.diagonalNotEnough': 'a positive diagonal is not enough: {witness}',
  'quiz.psd.fbPdRight':
    'Right: M = LDLᵀ (symmetric pivoting) with pivots D = {D}, all positive, so xᵀMx > 0 for every x ≠ 0.',
  'quiz.psd.fbPdSingular': 'Not definite: M is singular, {kernel} (pivots D = {D}, one of them 0).',
  'quiz.psd.fbPdNotPsd': 'Not even semidefinite; {why}.',
  'quiz.psd.fbNeedsSymmetry': 'PSD needs symmetry: {asym}.',
  'quiz.psd.fbPsdRight': 'Right: the pivots D = {D} are all ≥ 0 and one is 0: M is PSD but singular, {kernel}.',
  'quiz.psd.fbPsdDefinite':
    'M is not singular: its pivots D = {D} are all positive, so it is definite, not only semidefinite.',
  'quiz.psd.fbPsdNotPsd': 'Not semidefinite either; {why}.',
  'quiz.psd.fbNotPsdRight': 'Right: {why}.',
  'quiz.psd.fbNotPsdNotSymmetric':
    'PSD is defined for symmetric matrices only, and {asym}: the question does not apply.',
  'quiz.psd.fbNotPsdNegatives':
    'Negative entries do not spoil PSD: the pivots D = {D} are all ≥ 0, so xᵀMx ≥ 0 for every x.',
  'quiz.psd.fbNotPsdNoWitness': 'No x gives xᵀMx < 0: the pivots D = {D} are all ≥ 0.',
  'quiz.psd.fbNotSymmetricRight': 'Right: {asym}, and PSD is defined for symmetric matrices only.',
  'quiz.psd.fbSymmetric': 'M is symmetric (M = Mᵀ), so the question applies.',
  'quiz.psd.choicePd': 'Positive definite',
  'quiz.psd.choicePsd': 'Positive semidefinite, but singular (not definite)',
  'quiz.psd.choiceNotPsd': 'Not positive semidefinite',
  'quiz.psd.choiceNotSymmetric': 'Not symmetric, so PSD does not apply',
  'quiz.psd.heading': '**Positive semidefinite?**',
  'quiz.psd.ask': 'Which is true of M?',
  'quiz.psd.whyPd':
    'M is symmetric, and exact elimination M = LDLᵀ gives pivots D = {D}, all positive: M is positive definite (rank {rank}).',
  'quiz.psd.whyPdNegatives': 'Its negative entries do not matter: only the pivots (or the eigenvalues) decide.',
  'quiz.psd.whyPdPositives': 'Positive entries alone would not have proved it: the pivots do.',
  'quiz.psd.whyPsd':
    'M is symmetric, and exact elimination gives pivots D = {D}: all ≥ 0 but not all positive, so M is positive semidefinite with rank {rank} < {n}. It is not definite: {kernel}.',
  'quiz.psd.whyNotPsd': 'M is symmetric but not positive semidefinite: {why}.',
  'quiz.psd.whyAllPositive': 'All its entries are positive, which is not what PSD means.',
  'quiz.psd.whyDiagonalPositive': 'Its diagonal is positive, which is necessary but not sufficient.',
  'quiz.psd.whyDiagonalNeeded': 'A PSD matrix needs every diagonal entry ≥ 0.',
  'quiz.psd.whyNotSymmetric':
    '{asym}: positive semidefiniteness is defined for symmetric matrices, so the question does not apply. For xᵀMx only the symmetric part (M+Mᵀ)/2 matters, and it is {verdict}.',
  'quiz.psd.semidefinite': 'positive semidefinite',
  'quiz.witness': 'x = {x} gives xᵀ{name}x = {value} < 0',
  'quiz.schur.notPsd': 'not PSD',
  'quiz.schur.notEvenSymmetric': 'not even symmetric',
  'quiz.schur.both': 'A is {a} and B is {b}',
  'quiz.schur.product': 'A∘B = {matrix} is {verdict}',
  'quiz.schur.choiceGuaranteed': 'Yes, and the Schur product theorem guarantees it',
  'quiz.schur.choiceLucky': 'Yes, but the theorem does not guarantee it here',
  'quiz.schur.choiceNo': 'No, A∘B is not PSD',
  'quiz.schur.choiceBackwards': 'No: A or B is not PSD, so A∘B cannot be PSD',
  'quiz.schur.fbGuaranteedRight': 'Right: {both}, so the theorem promises A∘B ⪰ 0, and indeed {product}.',
  'quiz.schur.fbGuaranteedLucky':
    'A∘B is PSD here, but the theorem did not promise it: {n, plural, one {{who} is} other {{who} are}} not PSD ({why}).',
  'quiz.schur.fbGuaranteedFails':
    'The theorem needs both factors PSD, and {n, plural, one {{who} is} other {{who} are}} not ({why}); here A∘B is not PSD at all.',
  'quiz.schur.fbLuckyHyp': "It does guarantee it: {both}, which is exactly the theorem's hypothesis.",
  'quiz.schur.fbLuckyRight':
    'Right: {product}, but {n, plural, one {{who} is} other {{who} are}} not PSD ({why}), so no theorem promised it.',
  'quiz.schur.fbLuckyFails': 'A∘B is not PSD here: {witness}.',
  'quiz.schur.fbNoHyp': "It must be PSD: {both}, so Schur's theorem applies, and {product}.",
  'quiz.schur.fbNoLucky': 'It is PSD here, though nothing promised it: {product}.',
  'quiz.schur.fbNoRight':
    'Right: {witness}; the theorem promised nothing, since {n, plural, one {{who} is} other {{who} are}} not PSD.',
  'quiz.schur.fbBackwardsHyp': "Both are PSD here ({both}), and then A∘B is PSD by Schur's theorem: {product}.",
  'quiz.schur.fbBackwardsLucky':
    'The theorem does not work backwards: a factor that is not PSD leaves A∘B free to be PSD, and here {product}.',
  'quiz.schur.fbBackwardsFails':
    'A∘B is indeed not PSD, but not because of the theorem, which says nothing when a factor is not PSD: {witness}.',
  'quiz.schur.heading': '**Schur product theorem.**',
  'quiz.schur.ask': 'Is **A∘B** positive semidefinite, and does the Schur product theorem promise it?',
  'quiz.schur.why':
    '{both}, so the Schur product theorem applies: A∘B is positive semidefinite. The engine confirms it exactly: {product}. The ordinary product AB is {ordinary}: only the entrywise product keeps PSD.',
  'quiz.schur.whyStrong':
    '{both}, so the Schur product theorem applies: A∘B is positive semidefinite, even definite, since both are definite. The engine confirms it exactly: {product}. The ordinary product AB is {ordinary}: only the entrywise product keeps PSD.',
  'quiz.schur.whyFails':
    "{n, plural, one {{who} is} other {{who} are}} not PSD ({why}), so the theorem's hypothesis fails and it promises nothing. Then A∘B may or may not be PSD; here {here}.",
  'quiz.schur.itIsNot': 'it is not: {witness}',
  'quiz.opp.both': '{a} and {b}',
  'quiz.opp.choiceLarger': '{bound} is larger',
  'quiz.opp.choiceEqual': 'The two bounds are equal',
  'quiz.opp.choiceNeither': 'Neither: det(A∘B) is smaller than both',
  'quiz.opp.fbLargerRight': 'Right: {written} > {other}, the other bound.',
  'quiz.opp.fbBoundsEqual': 'The two bounds are equal: {both}.',
  'quiz.opp.fbPairingA': "Check the pairing: det(A) goes with B's diagonal; {both}.",
  'quiz.opp.fbPairingB': "Check the pairing: det(B) goes with A's diagonal; {both}.",
  'quiz.opp.fbEqualRight': 'Right: {both}.',
  'quiz.opp.fbDiffer': 'They differ: {both}.',
  'quiz.opp.fbNeither':
    "A and B are positive semidefinite, so Oppenheim's inequality applies both ways round: det(A∘B) is at least each bound; here {detAB}.",
  'quiz.opp.heading': "**Oppenheim's inequality.**",
  'quiz.opp.askLarger':
    'A and B are positive semidefinite, so det(A∘B) ≥ {bA} and det(A∘B) ≥ {bB}. Which lower bound is larger?',
  'quiz.opp.whyBounds': '{a}, and {b}.',
  'quiz.opp.whyEqualBounds': 'The two bounds are equal.',
  'quiz.opp.whySharper': 'So {bound} is the sharper bound.',
  'quiz.opp.whyBelow': 'Both are below {detAB}, as Oppenheim promises for PSD A and B.',
  'quiz.opp.eqDiagonal': 'A is diagonal, so A∘B is diagonal with entries aᵢᵢbᵢᵢ and det(A∘B) = ∏aᵢᵢbᵢᵢ = det(A)·∏bᵢᵢ',
  'quiz.opp.eqJ': 'B = {c}·J, so A∘B = {c}·A and det(A∘B) = {c}{power}·det(A) = det(A)·∏bᵢᵢ',
  'quiz.opp.eqZero': 'both sides are 0: A∘B and A are singular',
  'quiz.opp.eqCoincidence': 'the numbers happen to meet',
  'quiz.opp.choiceStrict': 'det(A∘B) > {bound}: strict',
  'quiz.opp.choiceEquality': 'det(A∘B) = {bound}: equality',
  'quiz.opp.choiceNotApply': 'Oppenheim does not apply: A∘B need not be PSD',
  'quiz.opp.fbStrictRight': 'Right: {detAB} > {written}.',
  'quiz.opp.fbReached': 'Here the bound is reached: {detAB} = {written}; {why}.',
  'quiz.opp.fbNoEquality': 'No equality here: {detAB} but {written}.',
  'quiz.opp.fbEqualityRight': 'Right: {detAB} = {written}; {why}.',
  'quiz.opp.fbBelow':
    "A and B are positive semidefinite, so Oppenheim's inequality applies both ways round, so det(A∘B) cannot be below the bound: {detAB} and {written}.",
  'quiz.opp.fbNotApply': 'A and B are PSD, so A∘B is PSD too (Schur) and Oppenheim applies: {detAB} ≥ {bound}.',
  'quiz.opp.askEquality':
    'A and B are positive semidefinite. How does **det(A∘B)** compare with the bound **{bound}**?',
  'quiz.opp.whyStrict': 'The inequality is strict here, by {by}.',
  'quiz.opp.whyEquality': 'Equality holds: {why}.',
  'quiz.opp.whyCases':
    'Equality cases to remember: a diagonal factor, a multiple of the all-ones J, and a singular A∘B with a zero bound.',
  'quiz.trace.right': 'Right: tr(AᵀB) = Σᵢⱼ aᵢⱼbᵢⱼ = {value}, the sum of every entry of A∘B.',
  'quiz.trace.droppedTranspose':
    'That is tr(AB) = Σᵢⱼ aᵢⱼbⱼᵢ = {value}: the transpose was dropped, so row i of A met column i of B instead of column i of A.',
  'quiz.trace.diagonalOnly':
    'That is only the diagonal of A∘B, Σᵢ aᵢᵢbᵢᵢ = {value}; tr(AᵀB) adds up every entry of A∘B, off the diagonal too.',
  'quiz.trace.productOfTraces':
    'That is tr(A)·tr(B) = {a}·{b} = {value}: the trace of a product is not the product of the traces.',
  'quiz.trace.sumOfAB':
    'That is the sum of every entry of the ordinary product AB (= {value}); tr(AᵀB) is the sum of every entry of A∘B.',
  'quiz.trace.productOfSums':
    'That is (Σaᵢⱼ)·(Σbᵢⱼ) = {a}·{b} = {value}: it pairs every entry of A with every entry of B, not only the ones in the same place.',
  'quiz.trace.added': 'That is Σ(aᵢⱼ + bᵢⱼ) = {value}: the entries in the same place are multiplied, then summed.',
  'quiz.trace.sign': 'A sign slipped: Σᵢⱼ aᵢⱼbᵢⱼ = {sum} = {value}.',
  'quiz.trace.heading': '**Trace identity.**',
  'quiz.trace.ask': 'What is **tr(AᵀB)**?',
  'quiz.trace.askShaped': 'What is **tr(AᵀB)** (A and B are {shape}, so AᵀB is {square})?',
  'quiz.trace.why':
    'The diagonal entry j of AᵀB is column j of A dotted with column j of B, so the trace visits every position once: it is 1ᵀ(A∘B)1, the sum of all entries of the Hadamard product (the Frobenius inner product of A and B). No matrix product is needed.',
  'quiz.kron.place': 'row {r}, column {c}',
  'quiz.kron.right':
    'Right: row (i−1)·m+i = {rowSum} = {row} and column (j−1)·n+j = {colSum} = {col}: block {block} is a{idx}·B, and inside it position {block} holds {holds}.',
  'quiz.kron.wrong': '{place} holds {holds}, not {target}: {why}.',
  'quiz.kron.zeroBased': 'that is i·m+i and j·n+j, the 0-based formula used with 1-based i and j (one block too far)',
  'quiz.kron.transposedInBlock': 'the transpose slipped in: inside the block the position is (i, j) again, not (j, i)',
  'quiz.kron.blockStart': 'that is i·m+j: block i starts after row (i−1)·m, and the row within it is i',
  'quiz.kron.topLeft': 'that is the top-left block a₁₁·B; (A∘B)ᵢⱼ is in block (i, j)',
  'quiz.kron.mnMixed': 'm and n are mixed up: rows step by m (the rows of B), columns by n',
  'quiz.kron.swapped': 'row and column are swapped',
  'quiz.kron.tooEarly': 'one place too early inside the block: the row is (i−1)·m + i, not (i−1)·m + i − 1',
  'quiz.kron.tooFar': 'one place too far inside the block: the row is (i−1)·m + i',
  'quiz.kron.rowOnly': 'only the row moved to block {i}; the column moves to block {j} too: (j−1)·n+j = {col}',
  'quiz.kron.columnOnly': 'only the column moved to block {j}; the row moves to block {i} too: (i−1)·m+i = {row}',
  'quiz.kron.blockFirst': 'that is the first entry of block {block}; inside the block, (A∘B)ᵢⱼ is at position (i, j)',
  'quiz.kron.blockLast': 'that is the last entry of block {block}; inside the block, (A∘B)ᵢⱼ is at position (i, j)',
  'quiz.kron.heading': '**Inside the Kronecker product.**',
  'quiz.kron.ask':
    'A and B are {shape}, so A⊗B is {big}, made of blocks aᵢⱼ·B. In which row and column of A⊗B is **(A∘B){idx} = a{idx}b{idx}**?',
  'quiz.kron.whySubmatrix':
    'A∘B is the submatrix of A⊗B at rows (i−1)·m+i and columns (j−1)·n+j: here rows {rows} and columns {cols}.',
  'quiz.kron.whyHere':
    'So (A∘B){idx} is at {place}: block {block} of A⊗B is a{idx}·B, and inside it position {block} is a{idx}·b{idx} = {fa}·{fb} = {value}.',
  'quiz.kron.whyRule':
    'From block (i, j) the submatrix keeps position (i, j): the same place inside the block as the block has in A⊗B.',
  'misc.entry.ordinary-product': 'Took the ordinary product AB (row times column)',
  'misc.entry.transposed-pairing': 'Paired aᵢⱼ with bⱼᵢ: a transpose slipped in',
  'misc.entry.added': 'Added the entries instead of multiplying them',
  'misc.entry.mirrored-position': 'Read the mirrored position (row and column swapped)',
  'misc.entry.reversed-product': 'Took the ordinary product BA',
  'misc.entry.sign': 'Lost a sign in the product',
  'misc.entry.divided': 'Divided the fractions instead of multiplying',
  'misc.entry.extra-factor': 'Multiplied by a factor once too often',
  'misc.property.theorem-as-coincidence': 'Took a rule that always holds for a coincidence',
  'misc.property.theorem-doubted': 'Thought a rule that always holds fails here',
  'misc.property.square-only': 'Tied an entrywise rule to square matrices',
  'misc.property.misread-entries': 'Misread the entries: the statement holds here',
  'misc.property.identity-is-i': 'Took I for the identity of ∘ (it is J, all ones)',
  'misc.property.hadamard-is-ordinary': 'Took A∘B for the ordinary product AB',
  'misc.property.square-is-a2': 'Took A∘A for the matrix square A²',
  'misc.psd.positive-entries': 'Took positive entries to mean PSD',
  'misc.psd.positive-diagonal': 'Took a positive diagonal as enough for PSD',
  'misc.psd.witness-missed': 'Missed a vector x with xᵀMx < 0',
  'misc.psd.negative-entries': 'Thought negative entries rule out PSD',
  'misc.psd.pivots-misread': 'Misread the pivots: none is negative',
  'misc.psd.singular-as-definite': 'Took a singular PSD matrix for a definite one',
  'misc.psd.definite-as-singular': 'Took a definite matrix for a singular one',
  'misc.psd.symmetry-missed': 'Missed that M is symmetric',
  'misc.psd.symmetry-ignored': 'Judged PSD without checking symmetry',
  'misc.schur.hypothesis-missed': 'Missed that both factors are PSD (Schur applies)',
  'misc.schur.theorem-doubted': 'Did not trust the Schur product theorem',
  'misc.schur.factor-misjudged': 'Judged a PSD factor not PSD',
  'misc.schur.promise-without-hypothesis': "Claimed Schur's promise without its hypothesis",
  'misc.schur.product-misjudged': 'Misjudged whether A∘B is PSD',
  'misc.schur.theorem-backwards': 'Read the Schur product theorem backwards',
  'misc.oppenheim.bounds-misjudged': 'Misjudged the bounds: det(A) goes with ∏bᵢᵢ',
  'misc.oppenheim.inequality-reversed': "Reversed Oppenheim's inequality",
  'misc.oppenheim.equality-missed': 'Missed an equality case (diagonal, c·J, singular)',
  'misc.oppenheim.equality-assumed': 'Assumed equality where the bound is strict',
  'misc.oppenheim.schur-forgotten': 'Forgot that A∘B is PSD when A and B are',
  'misc.trace.dropped-transpose': 'Computed tr(AB): the transpose was dropped',
  'misc.trace.diagonal-only': 'Summed only the diagonal of A∘B',
  'misc.trace.product-of-traces': 'Took tr(A)·tr(B)',
  'misc.trace.sum-of-ab': 'Summed the entries of AB instead of A∘B',
  'misc.trace.product-of-sums': 'Multiplied the sums of A and B',
  'misc.trace.added': 'Added the entries instead of multiplying them',
  'misc.trace.sign': 'Lost a sign in the sum',
  'misc.kronecker.zero-based': 'Used the 0-based formula with 1-based i, j',
  'misc.kronecker.transposed-in-block': 'Transposed the position inside the block',
  'misc.kronecker.block-start': 'Started block i at row i·m instead of (i−1)·m',
  'misc.kronecker.top-left-block': 'Looked in the top-left block a₁₁·B',
  'misc.kronecker.m-n-mixed': 'Mixed up m and n',
  'misc.kronecker.row-column-swapped': 'Swapped row and column',
  'misc.kronecker.off-by-one': 'Off by one inside the block',
  'misc.kronecker.half-moved': 'Moved only the row or only the column',
  'misc.kronecker.block-corner': 'Took a corner of the block, not position (i, j)',
  'quiz.closedNote': 'Quiz {id} is closed: its question message now shows the answer.',
  'quiz.revealedNote': 'Revealed: the quiz message now shows the answer.',
  'quiz.yourAnswerMark': '{choice} ← your answer',
  'quiz.closedByTime': 'Closed when the time was up: {choice} {label} · {right} of {answered} right',
  'quiz.closedByTimeFigure':
    'Closed when the time was up: {choice} {label} · {right} of {answered} right · the worked figure is in the thread',
  'quiz.revealedEarly': 'Revealed early: {choice} {label} · {right} of {answered} right',
  'quiz.revealedEarlyFigure':
    'Revealed early: {choice} {label} · {right} of {answered} right · the worked figure is in the thread',

  // ── groups (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── errors (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── notices (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── page (area marker: keep this line; add the area's keys below it) ─────────────────────────────
} as const;

export type MessageKey = keyof typeof en;
