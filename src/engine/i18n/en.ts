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


  // ── oppenheim (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── props (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── relate (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── apply (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── quiz (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── groups (area marker: keep this line; add the area's keys below it) ─────────────────────────────


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


  // ── notices (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── page (area marker: keep this line; add the area's keys below it) ─────────────────────────────

} as const;

export type MessageKey = keyof typeof en;
