/** German catalogue: the same keys and placeholders as en.ts (ICU MessageFormat). */
import type { Catalogue } from './index.js';

export const de: Catalogue = {
  // ── help ──────────────────────────────────────────────────────────────────────────────────────────────────────
  'help.title': 'Hilfe zu hadamard-bot',
  'help.summary':
    'Das Hadamard-Produkt (elementweises Produkt) berechnen und verstehen: /hadamard A B, oder zuerst ein Verb.',
  'help.verbs': 'Verben',
  'help.try': 'Ausprobieren',
  'help.examples': 'Beispiele',
  'help.how': 'So funktioniert es',
  'help.verbTitle': 'help {verb}',
  'help.noHelp': 'zu {word} gibt es keine Hilfe',
  'help.noHelpVerbs': 'zu {word} gibt es keine Hilfe; die Verben sind {verbs}',
  'help.matrixSyntax':
    'Matrizen: `[[2,3],[4,1]]` oder `[2 3; 4 1]`; ein flaches `[1,2,3]` ist eine Zeile. Einträge: `2`, `-1.5`, `1/3`, `2.5e-3`, `2*sqrt(3)/5`, `pi/4` und die Funktionen `sin cos tan exp log abs` (`cos(pi/3)` ist exakt 1/2, `log` ist der natürliche Logarithmus). Konstruktoren: `eye(3)` `I3`, `ones(2,3)` `J3`, `hilbert(4)`, `pascal(4)`, `diag(1,2,3)`, `kms(4, 1/2)` (ρ^|i−j|), `gauss(4, 2)` (exp(−(i−j)²/s²)), `hann(5)` (ein Fenster, als Zeile), `causal(4)` (Einsen auf und unter der Diagonale), `toeplitz(1, 1/2, 1/4)` (symmetrisch). Optionale Bezeichner `A=…` und Operatoren `∘ .* * o` zwischen den Matrizen. Bis zu 6 Matrizen, jeweils höchstens 12×12. Ganze Zahlen, Dezimalzahlen und Brüche sind exakt.',
  'verb.product.description': 'Elementweises (Hadamard-)Produkt von 2 bis 6 Matrizen gleicher Größe',
  'verb.schur.description': 'Schur-Produktsatz: Semidefinitheits-Befunde für A, B und A∘B, im Vergleich zu AB',
  'verb.psd.description': 'Ist diese Matrix positiv semidefinit? Exakter Befund mit Zertifikat',
  'verb.oppenheim.description':
    'Oppenheim-Ungleichung det(A∘B) ≥ det(A)·∏bᵢᵢ in beiden Reihenfolgen, und die Hadamard-Ungleichung',
  'verb.props.description':
    'Kommutativität, Assoziativität, Distributivität, neutrales Element J und Transponierte prüfen',
  'verb.relate.description': 'Bezüge zum gewöhnlichen Produkt: Diagonalfall, diag(a)b, Spur-Identität, A⊗B',
  'verb.apply.description':
    'Die Anwendungen live: window, mask, gate, taper, image (eingebautes Beispiel oder eigene Daten)',
  'verb.explain.description':
    'Die Theorie für Studierende im zweiten Studienjahr: definition, schur, oppenheim, applications…',
  'verb.help.description': 'Wie der Bot benutzt wird, mit Beispielen, die nach dem Einfügen funktionieren',
  'verb.quiz.description':
    'Eine Multiple-Choice-Frage für den Kanal: entry, property, psd, schur, oppenheim, trace, kronecker',
  'verb.answer.description':
    'Ein Quiz über seine ID und die eigene Wahl beantworten (die Buttons unter dem Quiz tun dasselbe)',
  'verb.reveal.description': 'Ein Quiz jetzt schließen: die richtige Antwort, wer sie hatte, und der Lösungsweg',
  'verb.scores.description':
    'Bestenliste des Kanals, diese Woche oder insgesamt: Punkte, Trefferquote, Serien; pin hält sie sichtbar',
  'verb.settings.description':
    'Einstellungen des Kanals anzeigen oder ändern: private, figures, numbers, quiz_seconds, theme, timezone, language…',
  'verb.forget-me.description': 'Die eigenen Quiz-Antworten und Punkte überall löschen, wo der Bot sie speichert',
  'verb.schedule.description':
    'Einen Befehl hier automatisch ausführen: täglich, werktags oder wöchentlich zu einer lokalen Uhrzeit',
  'verb.me.description':
    'Der eigene Fortschritt, privat: Punkte, Trefferquote pro Thema, Fehlvorstellungen, was zu üben ist',
  'verb.practice.description':
    'Eine private Frage nur für sich, aus dem schwächsten Thema, falls keins genannt wird; außer Wertung',
  'verb.class.description':
    'Für Kanalverwaltende: Beteiligung, Trefferquote und Fehlvorstellungen dieser Woche; Export als CSV',

  // ── explain ───────────────────────────────────────────────────────────────────────────────────────────────────
  'explain.overview.title': 'Das Hadamard-Produkt in sechs Ideen',
  'explain.overview.summary':
    'Eine Zeile pro Idee: was das Produkt ist, seine Algebra, zwei Sätze, seine Bezüge und seine Anwendungen.',
  'explain.overview.more': 'Jedes Thema ausführlich: `/hadamard explain <topic>` mit {topics}.',
  'explain.more': 'Mehr dazu: `/hadamard explain <topic>` mit {topics}.',
  'explain.unknown': '{word} ist kein Thema; die Themen sind {topics}',
  'explain.definition.title': 'Das Hadamard-Produkt',
  'explain.definition.summary':
    'Das Hadamard-Produkt multipliziert zwei Matrizen gleicher Größe Eintrag für Eintrag: (A∘B)ᵢⱼ = aᵢⱼ·bᵢⱼ.',
  'explain.definition.body':
    'Gegeben seien zwei Matrizen A und B derselben Größe m×n. Ihr Hadamard-Produkt (auch Schur-Produkt oder elementweises Produkt) A∘B ist die m×n-Matrix, deren Eintrag in Zeile i, Spalte j gleich aᵢⱼ·bᵢⱼ ist. Es wird nichts summiert, und keine Zeile trifft auf eine Spalte: Jede Position steht für sich.\n```\n⎡ 2  3 ⎤   ⎡ 5  6 ⎤   ⎡ 10  18 ⎤\n⎣ 4  1 ⎦ ∘ ⎣ 7  8 ⎦ = ⎣ 28   8 ⎦\n```\nIm Gegensatz dazu ist beim gewöhnlichen Produkt AB der Eintrag (i,j) eine Summe über eine ganze Zeile von A und eine ganze Spalte von B. Das Hadamard-Produkt verlangt gleiche Größen (es gibt kein Broadcasting: Eine 1×2- und eine 2×1-Matrix lassen sich nicht elementweise multiplizieren). Ausprobieren: `/hadamard [[2,3],[4,1]] [[5,6],[7,8]]`.',
  'explain.properties.title': 'Algebraische Eigenschaften',
  'explain.properties.summary':
    'Die elementweise Multiplikation erbt die Rechenregeln für Zahlen, Position für Position.',
  'explain.properties.body':
    '- Kommutativität: A∘B = B∘A\n- Assoziativität: (A∘B)∘C = A∘(B∘C)\n- Distributivität: A∘(B+C) = A∘B + A∘C\n- Neutrales Element: die Matrix J aus lauter Einsen, nicht die Einheitsmatrix I: A∘J = A (während A∘I nur die Diagonale von A behält)\n- Transponierte: (A∘B)ᵀ = Aᵀ∘Bᵀ\nJede Regel gilt, weil sie für reelle Zahlen an jeder einzelnen Position gilt. An eigenen Matrizen prüfen: `/hadamard props [[1,2],[3,4]] [[5,6],[7,8]] [[1,0],[0,1]]`.',
  'explain.schur.title': 'Der Schur-Produktsatz',
  'explain.schur.summary': 'Sind A und B positiv semidefinit, so auch A∘B; sind beide positiv definit, so auch A∘B.',
  'explain.schur.body':
    'Eine symmetrische Matrix M heißt positiv semidefinit (M ⪰ 0), wenn xᵀMx ≥ 0 für jeden Vektor x gilt, und positiv definit, wenn xᵀMx > 0 für jedes x ≠ 0 gilt. Kovarianzmatrizen sind das alltägliche Beispiel.\n**Satz (Schur).** Für positiv semidefinite n×n-Matrizen A und B ist A∘B positiv semidefinit; sind A und B positiv definit, so ist A∘B positiv definit.\n**Warum (Skizze).** Man schreibe B mithilfe seiner Eigenvektoren: B = Σₖ λₖ vₖvₖᵀ mit allen λₖ ≥ 0. Dann ist bᵢⱼ = Σₖ λₖ (vₖ)ᵢ(vₖ)ⱼ, und für jedes x gilt\n```\nxᵀ(A∘B)x = Σᵢⱼ aᵢⱼ bᵢⱼ xᵢ xⱼ = Σₖ λₖ (x∘vₖ)ᵀ A (x∘vₖ) ≥ 0\n```\nda jedes λₖ ≥ 0 ist und jedes (x∘vₖ)ᵀA(x∘vₖ) ≥ 0, weil A ⪰ 0.\nDas gewöhnliche Produkt verhält sich **nicht** so: Für positiv semidefinite A und B muss AB nicht symmetrisch sein, geschweige denn positiv semidefinit. Und wenn die Voraussetzung verletzt ist (A oder B nicht positiv semidefinit), sagt der Satz nichts aus: A∘B kann positiv semidefinit sein oder auch nicht. Beides zeigt `/hadamard schur [[2,1],[1,2]] [[1,1],[1,1]]`.',
  'explain.oppenheim.title': 'Die Oppenheim-Ungleichung',
  'explain.oppenheim.summary': 'Für positiv semidefinite A und B: det(A∘B) ≥ det(A)·∏bᵢᵢ, und ebenso ≥ det(B)·∏aᵢᵢ.',
  'explain.oppenheim.body':
    '**Oppenheim-Ungleichung.** Für positiv semidefinite n×n-Matrizen A und B gilt det(A∘B) ≥ det(A)·b₁₁b₂₂⋯bₙₙ. Vertauscht man die Rollen von A und B, erhält man ebenso det(A∘B) ≥ det(B)·∏aᵢᵢ.\n**Korrelationsmatrizen.** Hat B lauter Einsen auf der Diagonale (eine Korrelationsmatrix), so ist das Produkt der Diagonaleinträge 1, und die Schranke lautet det(A∘B) ≥ det(A): Elementweises Dämpfen mit einer Korrelationsmatrix verkleinert die Determinante nie.\n**Die Hadamard-Ungleichung** det(A) ≤ a₁₁a₂₂⋯aₙₙ für positiv semidefinites A ist der Spezialfall A∘I: Die Einheitsmatrix I ist positiv semidefinit mit det(I) = 1, A∘I = diag(a₁₁,…,aₙₙ), und Oppenheim liefert ∏aᵢᵢ = det(A∘I) ≥ det(A)·1.\n**Gleichheit.** Ist A diagonal, so ist A∘B diagonal mit den Einträgen aᵢᵢbᵢᵢ, also gilt det(A∘B) = det(A)·∏bᵢᵢ exakt. Ist B = J (lauter Einsen, eine singuläre Korrelationsmatrix), so ist A∘J = A und wieder det(A∘B) = det(A)·1. Der Bot entscheidet Gleichheit exakt für Eingaben aus ganzen Zahlen, Dezimalzahlen und Brüchen.\nAusprobieren: `/hadamard oppenheim [[2,1],[1,2]] [[3,1],[1,3]]` und `/hadamard oppenheim [[2,1],[1,2]] ones(2,2)`.',
  'explain.relations.title': 'Bezüge zum gewöhnlichen Produkt',
  'explain.relations.summary':
    'Diagonalmatrizen, diag(a)·b, die Spur-Identität und das Kronecker-Produkt verbinden ∘ mit gewöhnlichen Produkten.',
  'explain.relations.body':
    '- **Diagonalmatrizen:** Sind A und B beide diagonal, so ist A∘B = AB. Einer der seltenen Fälle, in denen beide Produkte übereinstimmen.\n- **Vektoren:** a∘b = diag(a)·b: Elementweise mit a zu multiplizieren ist dasselbe, wie mit der Diagonalmatrix zu multiplizieren, die a auf der Diagonale hat.\n- **Spur-Identität:** tr(AᵀB) = 1ᵀ(A∘B)1 = Σᵢⱼ aᵢⱼbᵢⱼ, das Frobenius-Skalarprodukt: die Summe aller Einträge von A∘B.\n- **Kronecker-Produkt:** A∘B ist eine Untermatrix von A⊗B: Für m×n-Matrizen nimmt man die Zeilen 1, m+2, 2m+3, … und die Spalten 1, n+2, 2n+3, … (die Positionen (i−1)·m+i und (j−1)·n+j).\nAlle vier an den eigenen Zahlen ansehen: `/hadamard relate [[1,2],[3,4]] [[5,6],[7,8]]`.',
  'explain.applications.title': 'Wo das Hadamard-Produkt verwendet wird',
  'explain.applications.summary':
    'Überall dort, wo jede Position für sich behandelt werden soll: Statistik, maschinelles Lernen, Signale und Bilder.',
  'explain.applications.body':
    '- **Kovarianz-Tapering (Statistik):** Eine Kovarianzmatrix wird elementweise mit einer Korrelationsmatrix mit kompaktem Träger multipliziert, um weit auseinanderliegende Paare auf null zu setzen. Nach dem Schur-Produktsatz bleibt die so gedämpfte Matrix positiv semidefinit, ist also weiterhin eine gültige Kovarianz; räumliche ∘ zeitliche Korrelation erzeugt auf dieselbe Weise Raum-Zeit-Kovarianzen.\n- **Gates und Attention-Masken (maschinelles Lernen):** Ein LSTM- oder GRU-Gate g ∈ [0,1]ⁿ skaliert einen Zustand elementweise, g∘c; eine Attention-Maske multipliziert die Scores elementweise (oder addiert −∞ zu ihnen), um Positionen auszublenden.\n- **Fensterfunktionen (Signalverarbeitung):** Vor einer Fourier-Transformation wird ein Signal Abtastwert für Abtastwert mit einem Fenster (Hann, Hamming) multipliziert, um den Leck-Effekt zu verringern; spektrales Maskieren multipliziert ein Spektrogramm elementweise.\n- **Pixelweises Filtern (Bilder):** Eine Maske oder ein Bild mit Verstärkung pro Pixel multipliziert ein Bild elementweise: Vignettierungskorrektur, Alpha-Masken, selektive Bearbeitung.\nEine kleine Maske ausprobieren: `/hadamard [[0.9,0.5],[0.5,0.9]] [[1,1],[0,1]]`, oder jede Anwendung live mit Abbildung ansehen: `/hadamard apply window`, `apply mask`, `apply gate`, `apply taper`, `apply image`.',

  // ── product ───────────────────────────────────────────────────────────────────────────────────────────────────
  'product.title': 'Hadamard-Produkt',
  'product.summary': '{name} = {matrix} ({shape}, {kind})',
  'product.kindExact': 'exakt',
  'product.kindCertified': 'zertifiziert',
  'product.kindNumerical': 'numerisch',
  'product.entryByEntry':
    'Eintrag für Eintrag: {worked}.\nJeder Eintrag wird mit dem Eintrag an derselben Stelle multipliziert, mit nichts anderem.',
  'product.asDecimals': 'Als Dezimalzahlen (jede angezeigte Stelle ist bewiesen): {matrix}',
  'product.noteRational': 'Exakte rationale Arithmetik.',
  'product.noteExact':
    'Exakte Arithmetik: Quadratwurzeln und Potenzen von π oder e bleiben exakt erhalten, so wie geschrieben.',
  'product.noteCertified':
    'Zertifizierte Arithmetik: Werte, die nur durch Einschließungen bekannt sind (exp, log, trigonometrische Funktionen anderer Argumente, π zusammen mit e), werden mit den Stellen angezeigt, die ihre Einschließungen beweisen.',
  'product.noteCertifiedSwitched':
    'Zertifizierte Arithmetik: Zahlen, die zu lang sind, um exakt zu bleiben, werden mit den Stellen angezeigt, die ihre Einschließungen beweisen.',
  'product.noteFloat':
    'Numerische Antwort (Gleitkomma): Die Zahlen sind aus einer Datei gelesene Gleitkommazahlen doppelter Genauigkeit, jenseits des Budgets für exaktes Rechnen.',
  'product.noteFloatSwitched':
    'Numerische Antwort (Gleitkomma): Die Zahlen waren zu lang, um exakt zu bleiben (über 2000 Stellen in einem Eintrag oder 4000 in einer Matrix), daher wurde auf Gleitkomma umgeschaltet.',
  'productFig.title': 'Hadamard-Produkt {name}',
  'productFig.subtitle': '{count} Matrizen der Größe {shape}',
  'productFig.worked': 'Eintrag ({i}, {j}) ausgerechnet',
  'productFig.rule': 'Einträge an derselben Position multiplizieren: {rule}',
  'productFig.heatNote': 'Zu viele Stellen für eine Abbildung: Einige Matrizen werden als Farbkarten dargestellt. ',
  'productFig.exactShortened':
    'Exakte Arithmetik. Lange Zahlen sind hier gekürzt (≈); die Textantwort enthält sie vollständig.',
  'productFig.exact': 'Exakte Arithmetik.',
  'productFig.certified': 'Zertifizierte Einschließungen: Jede angezeigte Stelle ist bewiesen.',
  'productFig.float': 'Gleitkomma-Eingabe: Zahlen für die Anzeige gerundet.',
  'productFig.altShapeHeat':
    'Hadamard-Produkt von {count} {shape}-Matrizen, {name}, als Farbkarten dargestellt (violett negativ, orange positiv).',
  'productFig.altShapeGrid': 'Hadamard-Produkt von {count} {shape}-Matrizen, {name}, als Zahlenraster dargestellt.',
  'productFig.altWorked': 'Eintrag ({i}, {j}) ausgerechnet: {factors} = {value}.',
  'productFig.altRule': 'Jeder Eintrag des Produkts ist das Produkt der Einträge an derselben Position.',
  'productFig.altColours':
    'Jeder Eintrag des Produkts ist das Produkt der Einträge an derselben Position; einander entsprechende Positionen haben dieselbe Farbe, und der ausgerechnete Eintrag ist umrandet.',

  // ── verdicts ──────────────────────────────────────────────────────────────────────────────────────────────────
  'verdict.pd': 'positiv definit',
  'verdict.psd': 'positiv semidefinit (singulär, Rang {rank})',
  'verdict.psdRank': 'positiv semidefinit, Rang {rank}',
  'verdict.psdSingular': 'positiv semidefinit (singulär)',
  'verdict.not_psd': 'nicht positiv semidefinit',
  'verdict.not_symmetric': 'nicht symmetrisch',
  'verdict.not_square': 'nicht quadratisch',
  'verdict.undecided': 'unentschieden',
  'verdict.undecidedLong': 'unentschieden: eine Größe ist bis zur Genauigkeitsgrenze gleich 0',
  'verdict.none': 'nicht berechnet',
  'verdict.notDecided': 'nicht entschieden',

  // ── certificates and eigenvalues ──────────────────────────────────────────────────────────────────────────────
  'cert.undecided': 'Unentschieden: {words}',
  'cert.witness': 'Zeuge: x = {x} ergibt xᵀ{label}x = {value} < 0.',
  'cert.minor':
    'Zertifikat: Der 2×2-Hauptminor zu den Zeilen {i} und {j} ist negativ: {product} < {square} (ein Zeugenvektor würde nicht ins Gleitkommaformat passen).',
  'cert.diagonalPd': 'Zertifikat: {label} ist diagonal, also sind die Eigenwerte die Diagonaleinträge: alle positiv.',
  'cert.diagonalPsd':
    'Zertifikat: {label} ist diagonal, also sind die Eigenwerte die Diagonaleinträge: alle ≥ 0, davon {rank} positiv.',
  'cert.ldlt':
    'Zertifikat: {label} = PᵀLDLᵀP (LDLᵀ mit symmetrischer Pivotisierung) mit D = diag({pivots}), jedes Pivotelement ≥ 0.',
  'cert.ldltPsd':
    'Zertifikat: {label} = PᵀLDLᵀP (LDLᵀ mit symmetrischer Pivotisierung) mit D = diag({pivots}), jedes Pivotelement ≥ 0, davon {rank} positiv.',
  'cert.cholesky':
    'Zertifikat: Mit Zweierpotenzen skaliert, besitzt B = S{label}S (derselbe Befund wie {label}) minus {tolerance}·I eine Cholesky-Zerlegung in doppelter Genauigkeit, und die Rundungsschranken dieser Zerlegung liegen unter {tolerance}: Jeder Eigenwert von B ist positiv{shown}.',
  'cert.choleskyLowest': ' (der kleinste Eigenwert ist etwa {value})',
  'eigen.approxZero': '≈0 (|λ| < {bound})',
  'eigen.positiveBelow': '0 < λ < {bound}',
  'eigen.between': 'in [{lo}, {hi}]',

  // ── arithmetic notes ──────────────────────────────────────────────────────────────────────────────────────────
  'note.rational': 'Exakte rationale Arithmetik: Jeder Befund oben ist exakt entschieden.',
  'note.exact':
    'Exakte Arithmetik: Die Einträge sind rationale Zahlen, Quadratwurzeln und Polynome in π oder in e; 0 wird dabei exakt entschieden und jedes Vorzeichen durch Einschließungen, die verfeinert werden, bis es sicher ist.',
  'note.certified':
    'Zertifizierte Arithmetik: {why}, daher ist jedes Vorzeichen oben mit Einschließungen bewiesen, die bis auf 1000 Stellen verfeinert werden; nichts wird weggerundet, und was innerhalb von 10⁻¹⁰⁰⁰ um 0 bleibt, gilt als unentschieden.',
  'note.certifiedSwitched':
    'einige Zahlen sind zu lang, um exakt zu bleiben (über 2000 Stellen in einem Eintrag oder 4000 in einer Matrix)',
  'note.certifiedWhy':
    'einige Einträge sind nur durch Einschließungen bekannt (exp, log oder trigonometrische Funktionen anderer Argumente, π zusammen mit e)',
  'note.float':
    'Gleitkomma mit Beweisen: {why}, daher werden die Befunde in doppelter Genauigkeit mit strengen Schranken für jede Rundung entschieden (eine verschobene Cholesky-Zerlegung beweist die Definitheit, das xᵀMx eines Zeugen wird durch einen Wert unter 0 nach oben beschränkt); was diese Schranken nicht von 0 trennen können, gilt als unentschieden.',
  'note.floatSwitched':
    'die Zahlen waren zu lang, um exakt zu bleiben (über 2000 Stellen in einem Eintrag oder 4000 in einer Matrix)',
  'note.floatWhy':
    'die Matrizen sind aus einer Datei gelesene Gleitkommazahlen doppelter Genauigkeit, jenseits des Budgets für exaktes Rechnen',
  'note.decimalPoint':
    'Matrizen werden in jeder Sprache gleich geschrieben: Der Punkt `.` trennt die Dezimalstellen, auch im Deutschen, und das Komma `,` trennt die Einträge (`[[1.5, 2]]`).',
  'words.exact': 'exakte Arithmetik',
  'words.certified': 'zertifizierte Einschließungen',
  'words.float': 'Gleitkomma',

  // ── schur: the answer ─────────────────────────────────────────────────────────────────────────────────────────
  'schur.title': 'Schur-Produktsatz',
  'schur.verdicts': 'Befunde',
  'schur.theorem': 'Der Satz',
  'schur.proof': 'Beweisskizze, nachgeprüft',
  'schur.line': '- {name}: **{verdict}**',
  'schur.lineNotSymmetricAB':
    ' (kann also nicht positiv semidefinit sein: Das gewöhnliche Produkt symmetrischer Matrizen muss nicht symmetrisch sein)',
  'schur.lineSymmetricPart':
    ' (positive Semidefinitheit ist für symmetrische Matrizen definiert; der symmetrische Anteil ist {verdict})',
  'schur.lineNotComputed': '- {name}: nicht berechnet: {where} wäre etwa {size}, jenseits des Gleitkommabereichs',
  'schur.anEntry': 'ein Eintrag',
  'schur.smallest': ', kleinster Eigenwert {value}',
  'schur.summaryStrong': '{a} und {b} sind positiv definit, also ist {ab} positiv definit (Schur) — und so ist es.',
  'schur.summaryPsd':
    '{a} und {b} sind positiv semidefinit, also ist {ab} positiv semidefinit (Schur) — und so ist es: {verdict}.',
  'schur.theoremOk':
    'Die Voraussetzung ist erfüllt, also garantiert der Schur-Produktsatz {ab} {rel} 0, und die Prüfung bestätigt es.',
  'schur.theoremUndecided':
    'Die Voraussetzung ist erfüllt, also garantiert der Schur-Produktsatz {ab} {rel} 0; die direkte Prüfung ist unentschieden (eine Größe ist auf {digits} Stellen gleich 0), was der Satz entscheidet.',
  'schur.theoremBug': 'Die Voraussetzung ist erfüllt, aber die Prüfung widerspricht: Bitte als Fehler melden.',
  'schur.summaryOpen':
    'Ob {a} und {b} beide positiv semidefinit sind, ist unentschieden (eine Größe ist bis zur Genauigkeitsgrenze gleich 0), daher wird der Schur-Produktsatz weder angewandt noch ausgeschlossen; {ab} ist {verdict}.',
  'schur.theoremOpen': 'Die Voraussetzung ({a} ⪰ 0 und {b} ⪰ 0) ist hier unentschieden: siehe die Befunde oben.',
  'schur.failing': '{name} ist {verdict}',
  'schur.summaryFails': 'Der Schur-Produktsatz ist nicht anwendbar ({failing}); {ab} ist trotzdem {verdict}.',
  'schur.whyNotSymmetric':
    ' Positive Semidefinitheit ist für symmetrische Matrizen definiert, daher kann eine nichtsymmetrische Eingabe sie nicht erfüllen.',
  'schur.theoremFails':
    'Die Voraussetzung ({a} ⪰ 0 und {b} ⪰ 0) ist verletzt, also verspricht der Satz hier nichts.{why} Ohne die Voraussetzung kann {ab} positiv semidefinit sein oder nicht; hier ist es {verdict}.',
  'schur.contrastRange':
    'Das gewöhnliche Produkt {ord} liegt hier jenseits des Gleitkommabereichs und wird daher nicht verglichen; das Hadamard-Produkt behält die Größenordnung jedes Eintrags, das gewöhnliche addiert n davon.',
  'schur.contrastLuck':
    'Das gewöhnliche Produkt {ord} ist hier zufällig {verdict}, aber das ist Glück: Für positiv semidefinite A und B muss AB nicht einmal symmetrisch sein.',
  'schur.contrastNot':
    'Das gewöhnliche Produkt {ord} ist {verdict}: Das gewöhnliche Produkt erhält die positive Semidefinitheit nicht, das Hadamard-Produkt schon.',
  'schur.proofBody':
    'Mit {b} = Σₖ λₖ vₖvₖᵀ: xᵀ({ab})x = Σₖ λₖ (x∘vₖ)ᵀ{a}(x∘vₖ). Für x = ({x}): links {lhs}, rechts {rhs} — {agree} (Gleitkomma). Wenn alle λₖ ≥ 0 und {a} ⪰ 0, ist jeder Term ≥ 0.',
  'schur.agree': 'sie stimmen überein',
  'schur.disagree': 'sie stimmen NICHT überein',

  // ── schur: the figure ─────────────────────────────────────────────────────────────────────────────────────────
  'schurFig.statementStrong': '{a} ≻ 0 und {b} ≻ 0 ⇒ {ab} ≻ 0 (starke Form: positiv definit)',
  'schurFig.statement': '{a} ⪰ 0 und {b} ⪰ 0 ⇒ {ab} ⪰ 0',
  'schurFig.is': 'Gilt {m} {rel} 0?',
  'schurFig.then': 'Gilt dann {m} {rel} 0?',
  'schurFig.and': 'und',
  'schurFig.applies': 'der Satz ist anwendbar',
  'schurFig.notApplies': 'der Satz ist nicht anwendbar',
  'schurFig.claimStrong': '{a} und {b} sind positiv definit, also ist {ab} positiv definit',
  'schurFig.claim': '{a} und {b} sind positiv semidefinit, also ist {ab} positiv semidefinit',
  'schurFig.indeed': '; in der Tat: {fact}',
  'schurFig.isVerdict': '{name} ist {verdict}',
  'schurFig.both': '{first} und {second}',
  'schurFig.fails': '✗ Die Voraussetzung ist verletzt: {who}.',
  'schurFig.saysNothing': 'Der Satz sagt hier nichts über {ab} aus; das Ergebnis ist zufällig {verdict}.',
  'schurFig.luck': 'Hier ist {ord} zufällig ebenfalls positiv semidefinit.',
  'schurFig.needNot':
    'Produkte positiv semidefiniter Matrizen müssen nicht positiv semidefinit sein, nicht einmal symmetrisch.',
  'schurFig.contrast': 'Zum Vergleich: das gewöhnliche Produkt {ord}',
  'schurFig.about': 'Der Satz von Schur handelt vom elementweisen Produkt {ab}, nicht von {ord}.',
  'schurFig.identity': 'Beweisidentität xᵀ({ab})x = Σₖ λₖ (x∘vₖ)ᵀ{a}(x∘vₖ), für ein x geprüft: {check}',
  'schurFig.exact': 'Exakte Arithmetik; die Eigenwerte sind zertifizierte Einschließungen, als Beleg.',
  'schurFig.provedBy': 'Bewiesene Befunde: {list}.',
  'schurFig.withEnclosures': '{m} mit zertifizierten Einschließungen',
  'schurFig.exactly': '{m} exakt',
  'schurFig.float': 'Gleitkomma mit Rundungsschranken.',
  'schurFig.floatTolerance': 'Gleitkomma mit Rundungsschranken, Toleranz {tolerance}.',
  'schurFig.smallest': ' (kleinster Eigenwert {value})',
  'schurFig.alt1': 'Abbildung zum Schur-Produktsatz, {shape}-Matrizen: {statement}.',
  'schurFig.altHolds': 'Die Voraussetzung ist erfüllt, also ist der Satz anwendbar.',
  'schurFig.altFails': 'Die Voraussetzung ist verletzt, also ist der Satz nicht anwendbar.',
  'schurFig.altContrast': 'Zum Vergleich: Das gewöhnliche Produkt {ord} ist {verdict}.',
  // ── psd (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── oppenheim (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── props (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── relate (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── apply (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── quiz (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'quiz.example': 'Beispiel: {example}',
  'quiz.notQuizId':
    '{word} ist keine Quiz-ID: IDs sind der Buchstabe q und einige Buchstaben oder Ziffern, etwa q7k2m9, und jede Quiz-Nachricht zeigt ihre eigene',
  'quiz.wordsHint': 'Themen: {topics}; Stufen: {levels}; eine Frage wiederholen mit seed:N. Beispiel: {example}',
  'quiz.badSeed': 'der Seed {seed} ist keine ganze Zahl von 0 bis {max}',
  'quiz.badSeedHint': 'Beispiel: /hadamard quiz seed:42 (der Seed steht unter jeder Frage)',
  'quiz.twoSeeds': 'zwei Seeds: bitte nur einen angeben',
  'quiz.twoTopics': 'zwei Themen ({a} und {b}): bitte nur eines angeben',
  'quiz.twoLevels': 'zwei Stufen ({a} und {b}): bitte nur eine angeben',
  'quiz.unknownWord': '{word} ist kein Quiz-Thema und keine Stufe; die Themen sind {topics}',
  'quiz.answerHint':
    'Beispiel: {example} (die Quiz-ID steht in der Quiz-Nachricht; Antworten sind a bis e, oder drück einen Button)',
  'quiz.answerMissing': 'answer braucht die Quiz-ID und deine Wahl',
  'quiz.answerTooMany': 'answer nimmt zwei Wörter, die Quiz-ID und eine Wahl; gefunden: {n}',
  'quiz.answerNoChoice': 'answer braucht nach der Quiz-ID {id} deine Wahl',
  'quiz.answerNotChoice': '{word} ist keine Wahl: gewählt wird mit den Buchstaben a bis e',
  'quiz.revealMissing': 'reveal braucht die ID des Quiz, das geschlossen werden soll',
  'quiz.revealMissingHint': 'Beispiel: {example} (die ID steht in der Quiz-Nachricht)',
  'quiz.revealTooMany': 'reveal nimmt eine Quiz-ID; gefunden: {n} Wörter',
  'quiz.topic.entry': 'ein Eintrag von A∘B',
  'quiz.topic.property': 'wahr oder falsch: eine Eigenschaft an gegebenen Matrizen',
  'quiz.topic.psd': 'ist M positiv semidefinit?',
  'quiz.topic.schur': 'wird A∘B bei gegebenem A und B positiv semidefinit? (Schur)',
  'quiz.topic.oppenheim': 'Oppenheim-Schranken: welche ist größer, gilt Gleichheit?',
  'quiz.topic.trace': 'tr(AᵀB) als Summe',
  'quiz.topic.kronecker': 'wo A∘B in A⊗B steckt',
  'quiz.level.easy': 'Leichte',
  'quiz.level.medium': 'Mittlere',
  'quiz.level.hard': 'Schwere',
  'quiz.headline': '{level} Frage — {topic} — {n} Antworten, eine Antwort pro Person.',
  'quiz.headlinePractice': '{level} Übungsfrage, nur für dich — {topic} — {n} Antworten.',
  'quiz.howButtons': 'Drück zum Antworten einen Button (oder tippe {command}).',
  'quiz.howCommand': 'Antworte mit {command}, dem Buchstaben deiner Wahl.',
  'quiz.replay': 'Wiederholen: {command}.',
  'quiz.rulesPractice':
    'Nur du siehst diese Frage; deine Antwort zeigt sofort die richtige und warum, und zählt für {me}, nicht in der Rangliste.',
  'quiz.rules':
    'Eine Antwort pro Person, nur für dich sichtbar; Lösung und Lösungsweg erscheinen, wenn die Runde schließt.',
  'quiz.choices': 'Antworten',
  'quiz.answeredSoFar':
    '{n, plural, =0 {Noch hat niemand geantwortet.} one {Bisher hat 1 Person geantwortet.} other {Bisher haben {count} Personen geantwortet.}}',
  'quiz.closesIn': 'Schließt in {seconds} s.',
  'quiz.title': 'Quiz {id} · {topic} · {level}',
  'quiz.titlePractice': 'Übung {id} · {topic} · {level}',
  'quiz.noQuiz': 'es gibt kein Quiz {id}',
  'quiz.startOne': 'Starte eines: /hadamard quiz',
  'quiz.notAChoice': 'Quiz {id} hat die Antworten {choices}; „{choice}“ gehört nicht dazu',
  'quiz.closed': 'Quiz {id} ist geschlossen: die Antwort wurde aufgedeckt',
  'quiz.practiseAgain': 'Noch einmal üben: /hadamard practice',
  'quiz.startNext': 'Starte das nächste: /hadamard quiz',
  'quiz.already': 'Du hast schon {choice}) geantwortet: eine Antwort pro Runde, dieser Klick ändert also nichts.',
  'quiz.practiceRight': '✓ Richtig: {choice}) ist die Antwort. (Übung: keine Punkte, aber es zählt für /hadamard me.)',
  'quiz.practiceWrong': '✗ Nicht diese: {choice}) ist nicht die Antwort. Die richtige steht unten.',
  'quiz.right':
    '✓ Richtig: {choice}) ist die Antwort. +{points, plural, one {{count} Punkt} other {{count} Punkte}}, sobald die Runde in {seconds} s schließt.',
  'quiz.rightBonus':
    '✓ Richtig: {choice}) ist die Antwort. +{points, plural, one {{count} Punkt} other {{count} Punkte}} ({bonus} für Tempo), sobald die Runde in {seconds} s schließt.',
  'quiz.wrong':
    '✗ Nicht diese: {choice}) ist nicht die Antwort. Die richtige wird aufgedeckt, wenn die Runde in {seconds} s schließt.',
  'quiz.countsOnce': 'Sie zählt, sobald die Runde in {seconds} s schließt.',
  'quiz.yourPracticeAnswer': 'Deine Übungsantwort ({id})',
  'quiz.yourAnswer': 'Deine Antwort auf {id}',
  'quiz.notYours': 'Quiz {id} schließt in {seconds} s; nur wer es gestartet hat, kann es früher aufdecken',
  'quiz.notYoursPermission':
    'Quiz {id} schließt in {seconds} s; nur wer es gestartet hat oder wer {permission} hat, kann es früher aufdecken',
  'quiz.waitOrAnswer': 'Warte, bis die Runde schließt, oder antworte: /hadamard answer {id} <letter>',
  'quiz.gotIt': 'Richtig hatten es: {names}.',
  'quiz.nobodyGotIt': 'Diesmal hatte es niemand.',
  'quiz.answers': 'Antworten: {tally}.',
  'quiz.revealTitle': 'Quiz {id}: die Antwort',
  'quiz.theAnswer': 'Die Antwort ist {choice}) {label}.',
  'quiz.tally': '{right} von {answered} hatten es richtig.',
  'quiz.why': 'Warum',
  'quiz.worked': 'Lösungsweg: {command}',
  'quiz.entry.right':
    'Richtig: (A∘B){idx} = {aij}·{bij} = {fa}·{fb} = {value}, die beiden Einträge an derselben Stelle multipliziert.',
  'quiz.entry.ordinary':
    'Das ist der Eintrag des gewöhnlichen Produkts (AB){idx} = {sum} = {value}: Zeile {i} von A mal Spalte {j} von B; das Hadamard-Produkt multipliziert nur {aij} und {bij}.',
  'quiz.entry.transposed':
    'Das ist {aij}·{bji} = {fa}·{fb} = {value}: da hat sich eine Transposition eingeschlichen; (A∘B){idx} paart {aij} mit {bij}, gleiche Zeile, gleiche Spalte.',
  'quiz.entry.added':
    'Das ist {aij} + {bij} = {fa} + {fb} = {value}: das Hadamard-Produkt multipliziert die beiden Einträge, es addiert sie nicht.',
  'quiz.entry.mirrored':
    'Das ist (A∘B){jdx} = {fa}·{fb} = {value}: Zeile und Spalte vertauscht; (A∘B){idx} steht in Zeile {i}, Spalte {j}.',
  'quiz.entry.reversed':
    'Das ist (BA){idx} = {sum} = {value}, ein gewöhnliches Produkt (und in umgekehrter Reihenfolge); das Hadamard-Produkt ist {aij}·{bij}.',
  'quiz.entry.signPositive': 'Das Vorzeichen ist verrutscht: {fa}·{fb} = {value}, positiv.',
  'quiz.entry.signNegative': 'Das Vorzeichen ist verrutscht: {fa}·{fb} = {value}, negativ.',
  'quiz.entry.divided':
    'Das ist {aij} ÷ {bij} = {quotient}: Brüche multipliziert man Zähler mal Zähler und Nenner mal Nenner, {fa}·{fb} = {value}.',
  'quiz.entry.extra': 'Das multipliziert einmal zu oft mit {f}: (A∘B){idx} = {aij}·{bij} = {value}.',
  'quiz.entry.heading': '**Eintrag eines Hadamard-Produkts.**',
  'quiz.entry.ask': 'Was ist **(A∘B){idx}**, der Eintrag in Zeile {i}, Spalte {j} von A∘B?',
  'quiz.entry.why':
    'Das Hadamard-Produkt multipliziert die beiden Einträge an derselben Stelle und sonst nichts: keine Zeile trifft eine Spalte, nichts wird summiert.',
  'quiz.entry.whySquare': 'Das gewöhnliche Produkt würde stattdessen Zeile {i} von A mit Spalte {j} von B verknüpfen.',
  'quiz.entry.whyNotSquare': '(Das gewöhnliche Produkt AB ist für zwei {shape}-Matrizen nicht einmal definiert.)',
  'quiz.entry.whyAll': 'Vollständig: A∘B = {matrix}.',
  'quiz.prop.whyCommute': 'jeder Eintrag ist aᵢⱼ·bᵢⱼ = bᵢⱼ·aᵢⱼ, und Zahlen kommutieren',
  'quiz.prop.identityJ': '**A∘J = A**, wobei J die Einsmatrix (lauter Einsen) ist',
  'quiz.prop.whyIdentityJ': 'J hat an jeder Stelle eine 1 und aᵢⱼ·1 = aᵢⱼ: J ist das neutrale Element von ∘',
  'quiz.prop.whyTranspose':
    'Eintrag (i,j) beider Seiten ist aⱼᵢ·bⱼᵢ: Transponieren bringt beide Faktoren an dieselbe Stelle',
  'quiz.prop.whyDistributive':
    'jeder Eintrag ist aᵢⱼ(bᵢⱼ+cᵢⱼ) = aᵢⱼbᵢⱼ + aᵢⱼcᵢⱼ, das Distributivgesetz der Zahlen an jeder Stelle',
  'quiz.prop.whyAssociative':
    'jeder Eintrag ist (aᵢⱼbᵢⱼ)cᵢⱼ = aᵢⱼ(bᵢⱼcᵢⱼ), das Assoziativgesetz der Zahlen an jeder Stelle',
  'quiz.prop.identityI': '**A∘I = A**, wobei I die Einheitsmatrix ist',
  'quiz.prop.whyIdentityI': 'A ist diagonal, und A∘I behält genau die Diagonale von A',
  'quiz.prop.failIdentityI': '{aij} = {a}, aber (A∘I){idx} = {a}·0 = 0',
  'quiz.prop.notGeneralIdentityI':
    'A∘I behält nur die Diagonale von A (I hat außerhalb der Diagonale Nullen); das neutrale Element von ∘ ist die Einsmatrix J',
  'quiz.prop.square': '**A∘A = AA** (das elementweise Quadrat gleich dem gewöhnlichen Quadrat A²)',
  'quiz.prop.ordinary': '**A∘B = AB** (das Hadamard-Produkt gleich dem gewöhnlichen Produkt)',
  'quiz.prop.whyDiagonalSquare': 'A ist diagonal, und dann sind beide Produkte die Diagonalmatrix der aᵢᵢ²',
  'quiz.prop.whyDiagonalOrdinary': 'A und B sind diagonal, und dann sind beide Produkte die Diagonalmatrix der aᵢᵢbᵢᵢ',
  'quiz.prop.whyCoincidence': 'genau diese Zahlen lassen jeden Eintrag übereinstimmen',
  'quiz.prop.failProduct': '({had}){idx} = {x}, aber ({name}){idx} = {y}',
  'quiz.prop.notGeneralProduct':
    '({had})ᵢⱼ ist ein einziges Produkt {one}, während ({name})ᵢⱼ eine ganze Zeile gegen eine ganze Spalte summiert',
  'quiz.prop.choiceAlways': 'Wahr für alle Matrizen dieser Größe',
  'quiz.prop.choiceHere': 'Wahr hier, aber nicht für alle Matrizen',
  'quiz.prop.choiceFalse': 'Falsch hier',
  'quiz.prop.choiceSquare': 'Nur für quadratische Matrizen wahr',
  'quiz.prop.fbAlwaysRight':
    'Richtig: {why}, also gilt es für alle {shape}-Matrizen, {n, plural, one {diese eingeschlossen} other {diese eingeschlossen}}.',
  'quiz.prop.fbAlwaysHere':
    'Es gilt für {n, plural, one {diese Matrix} other {diese Matrizen}}, aber nicht allgemein: {notGeneral}.',
  'quiz.prop.fbAlwaysFails': 'Nicht einmal hier: {failure}; allgemein gilt: {notGeneral}.',
  'quiz.prop.fbHereRight': 'Richtig: {why}; allgemein gilt es nicht, denn {notGeneral}.',
  'quiz.prop.fbHereAlways': 'Es gilt allgemein, nicht durch Zufall: {why}.',
  'quiz.prop.fbHereFails': 'Für {n, plural, one {diese Matrix} other {diese Matrizen}} gilt es nicht: {failure}.',
  'quiz.prop.fbFalseRight': 'Richtig: {failure}; {notGeneral}.',
  'quiz.prop.fbFalseAlways':
    'Es gilt, für {n, plural, one {diese Matrix} other {diese Matrizen}} und alle anderen: {why}.',
  'quiz.prop.fbFalseHolds': 'Prüf die Einträge: hier gilt es durchaus ({why}), wenn auch nicht allgemein.',
  'quiz.prop.fbSquareAlways': 'Die Form spielt keine Rolle: {why}, für m×n-Matrizen jeder Größe.',
  'quiz.prop.fbSquareHere':
    'Quadratisch zu sein ist nicht der Grund: {why}; viele quadratische Matrizen erfüllen es nicht, denn {notGeneral}.',
  'quiz.prop.fbSquareFails':
    '{n, plural, one {Diese Matrix ist} other {Diese Matrizen sind}} quadratisch, und es gilt trotzdem nicht: {failure}.',
  'quiz.prop.heading': '**Wahr oder falsch?**',
  'quiz.prop.ask': 'Gilt für {n, plural, one {diese Matrix} other {diese Matrizen}} {statement}?',
  'quiz.prop.whyAlways': 'Es gilt hier und für alle Matrizen: {why}.',
  'quiz.prop.whyHere': 'Es gilt hier, weil {why}, aber nicht allgemein: {notGeneral}.',
  'quiz.prop.whyFails': 'Hier gilt es nicht: {failure}. Allgemein gilt: {notGeneral}.',
  'quiz.prop.whyChecked': 'Der Lösungsweg prüft es Eintrag für Eintrag, exakt.',
  'quiz.psd.kernel': 'x = {x} ergibt Mx = 0, also xᵀMx = 0 für dieses x ≠ 0',
  'quiz.psd.asymmetry': '{mij} = {a}, aber {mji} = {b}, also M ≠ Mᵀ',
  'quiz.psd.negativeDiagonal': 'schon ein negativer Diagonaleintrag scheitert: {mii} = {value} ist {e}ᵀM{e} < 0',
  'quiz.psd.allPositive': 'alle Einträge positiv ≠ positiv semidefinit: {witness}',
  'quiz.psd.diagonalNotEnough': 'eine positive Diagonale reicht nicht: {witness}',
  'quiz.psd.fbPdRight':
    'Richtig: M = LDLᵀ (symmetrische Pivotisierung) mit Pivots D = {D}, alle positiv, also xᵀMx > 0 für jedes x ≠ 0.',
  'quiz.psd.fbPdSingular': 'Nicht definit: M ist singulär, {kernel} (Pivots D = {D}, einer davon 0).',
  'quiz.psd.fbPdNotPsd': 'Nicht einmal semidefinit; {why}.',
  'quiz.psd.fbNeedsSymmetry': 'Positiv semidefinit setzt Symmetrie voraus: {asym}.',
  'quiz.psd.fbPsdRight':
    'Richtig: die Pivots D = {D} sind alle ≥ 0 und einer ist 0: M ist positiv semidefinit, aber singulär, {kernel}.',
  'quiz.psd.fbPsdDefinite':
    'M ist nicht singulär: ihre Pivots D = {D} sind alle positiv, also ist sie definit, nicht nur semidefinit.',
  'quiz.psd.fbPsdNotPsd': 'Auch nicht semidefinit; {why}.',
  'quiz.psd.fbNotPsdRight': 'Richtig: {why}.',
  'quiz.psd.fbNotPsdNotSymmetric':
    'Positiv semidefinit ist nur für symmetrische Matrizen definiert, und {asym}: die Frage stellt sich nicht.',
  'quiz.psd.fbNotPsdNegatives':
    'Negative Einträge verhindern das nicht: die Pivots D = {D} sind alle ≥ 0, also xᵀMx ≥ 0 für jedes x.',
  'quiz.psd.fbNotPsdNoWitness': 'Kein x ergibt xᵀMx < 0: die Pivots D = {D} sind alle ≥ 0.',
  'quiz.psd.fbNotSymmetricRight':
    'Richtig: {asym}, und positiv semidefinit ist nur für symmetrische Matrizen definiert.',
  'quiz.psd.fbSymmetric': 'M ist symmetrisch (M = Mᵀ), also stellt sich die Frage.',
  'quiz.psd.choicePd': 'Positiv definit',
  'quiz.psd.choicePsd': 'Positiv semidefinit, aber singulär (nicht definit)',
  'quiz.psd.choiceNotPsd': 'Nicht positiv semidefinit',
  'quiz.psd.choiceNotSymmetric': 'Nicht symmetrisch, die Frage stellt sich also nicht',
  'quiz.psd.heading': '**Positiv semidefinit?**',
  'quiz.psd.ask': 'Was trifft auf M zu?',
  'quiz.psd.whyPd':
    'M ist symmetrisch, und die exakte Elimination M = LDLᵀ ergibt die Pivots D = {D}, alle positiv: M ist positiv definit (Rang {rank}).',
  'quiz.psd.whyPdNegatives':
    'Ihre negativen Einträge spielen keine Rolle: nur die Pivots (oder die Eigenwerte) entscheiden.',
  'quiz.psd.whyPdPositives': 'Positive Einträge allein hätten es nicht bewiesen: die Pivots schon.',
  'quiz.psd.whyPsd':
    'M ist symmetrisch, und die exakte Elimination ergibt die Pivots D = {D}: alle ≥ 0, aber nicht alle positiv, also ist M positiv semidefinit mit Rang {rank} < {n}. Sie ist nicht definit: {kernel}.',
  'quiz.psd.whyNotPsd': 'M ist symmetrisch, aber nicht positiv semidefinit: {why}.',
  'quiz.psd.whyAllPositive': 'Alle ihre Einträge sind positiv, und das ist nicht, was positiv semidefinit heißt.',
  'quiz.psd.whyDiagonalPositive': 'Ihre Diagonale ist positiv, was notwendig, aber nicht hinreichend ist.',
  'quiz.psd.whyDiagonalNeeded': 'Eine positiv semidefinite Matrix braucht jeden Diagonaleintrag ≥ 0.',
  'quiz.psd.whyNotSymmetric':
    '{asym}: positive Semidefinitheit ist für symmetrische Matrizen definiert, also stellt sich die Frage nicht. Für xᵀMx zählt nur der symmetrische Teil (M+Mᵀ)/2, und er ist {verdict}.',
  'quiz.psd.semidefinite': 'positiv semidefinit',
  'quiz.witness': 'x = {x} ergibt xᵀ{name}x = {value} < 0',
  'quiz.schur.notPsd': 'nicht positiv semidefinit',
  'quiz.schur.notEvenSymmetric': 'nicht einmal symmetrisch',
  'quiz.schur.both': 'A ist {a} und B ist {b}',
  'quiz.schur.product': 'A∘B = {matrix} ist {verdict}',
  'quiz.schur.choiceGuaranteed': 'Ja, und der Schur-Produktsatz garantiert es',
  'quiz.schur.choiceLucky': 'Ja, aber der Satz garantiert es hier nicht',
  'quiz.schur.choiceNo': 'Nein, A∘B ist nicht positiv semidefinit',
  'quiz.schur.choiceBackwards': 'Nein: A oder B ist nicht PSD, also kann A∘B nicht PSD sein',
  'quiz.schur.fbGuaranteedRight': 'Richtig: {both}, also verspricht der Satz A∘B ⪰ 0, und tatsächlich {product}.',
  'quiz.schur.fbGuaranteedLucky':
    'A∘B ist hier positiv semidefinit, aber der Satz hat es nicht versprochen: {n, plural, one {{who} ist} other {{who} sind}} nicht positiv semidefinit ({why}).',
  'quiz.schur.fbGuaranteedFails':
    'Der Satz braucht beide Faktoren positiv semidefinit, und {n, plural, one {{who} ist es} other {{who} sind es}} nicht ({why}); hier ist A∘B überhaupt nicht positiv semidefinit.',
  'quiz.schur.fbLuckyHyp': 'Er garantiert es sehr wohl: {both}, und das ist genau die Voraussetzung des Satzes.',
  'quiz.schur.fbLuckyRight':
    'Richtig: {product}, aber {n, plural, one {{who} ist} other {{who} sind}} nicht positiv semidefinit ({why}), also hat kein Satz es versprochen.',
  'quiz.schur.fbLuckyFails': 'A∘B ist hier nicht positiv semidefinit: {witness}.',
  'quiz.schur.fbNoHyp': 'Es muss positiv semidefinit sein: {both}, also greift der Satz von Schur, und {product}.',
  'quiz.schur.fbNoLucky': 'Hier ist es positiv semidefinit, auch wenn nichts es versprochen hat: {product}.',
  'quiz.schur.fbNoRight':
    'Richtig: {witness}; der Satz hat nichts versprochen, da {n, plural, one {{who} nicht positiv semidefinit ist} other {{who} nicht positiv semidefinit sind}}.',
  'quiz.schur.fbBackwardsHyp':
    'Beide sind hier positiv semidefinit ({both}), und dann ist A∘B nach dem Satz von Schur positiv semidefinit: {product}.',
  'quiz.schur.fbBackwardsLucky':
    'Der Satz gilt nicht rückwärts: ein Faktor, der nicht positiv semidefinit ist, lässt offen, ob A∘B es ist, und hier gilt: {product}.',
  'quiz.schur.fbBackwardsFails':
    'A∘B ist tatsächlich nicht positiv semidefinit, aber nicht wegen des Satzes, der nichts sagt, wenn ein Faktor es nicht ist: {witness}.',
  'quiz.schur.heading': '**Schur-Produktsatz.**',
  'quiz.schur.ask': 'Ist **A∘B** positiv semidefinit, und verspricht der Schur-Produktsatz das?',
  'quiz.schur.why':
    '{both}, also greift der Schur-Produktsatz: A∘B ist positiv semidefinit. Die Rechnung bestätigt es exakt: {product}. Das gewöhnliche Produkt AB ist {ordinary}: nur das elementweise Produkt erhält positive Semidefinitheit.',
  'quiz.schur.whyStrong':
    '{both}, also greift der Schur-Produktsatz: A∘B ist positiv semidefinit, sogar definit, da beide definit sind. Die Rechnung bestätigt es exakt: {product}. Das gewöhnliche Produkt AB ist {ordinary}: nur das elementweise Produkt erhält positive Semidefinitheit.',
  'quiz.schur.whyFails':
    '{n, plural, one {{who} ist} other {{who} sind}} nicht positiv semidefinit ({why}), also ist die Voraussetzung des Satzes verletzt und er verspricht nichts. Dann kann A∘B positiv semidefinit sein oder nicht; hier: {here}.',
  'quiz.schur.itIsNot': 'A∘B ist es nicht: {witness}',
  'quiz.opp.both': '{a} und {b}',
  'quiz.opp.choiceLarger': '{bound} ist größer',
  'quiz.opp.choiceEqual': 'Die beiden Schranken sind gleich',
  'quiz.opp.choiceNeither': 'Keine: det(A∘B) ist kleiner als beide',
  'quiz.opp.fbLargerRight': 'Richtig: {written} > {other}, die andere Schranke.',
  'quiz.opp.fbBoundsEqual': 'Die beiden Schranken sind gleich: {both}.',
  'quiz.opp.fbPairingA': 'Prüf die Zuordnung: det(A) gehört zur Diagonale von B; {both}.',
  'quiz.opp.fbPairingB': 'Prüf die Zuordnung: det(B) gehört zur Diagonale von A; {both}.',
  'quiz.opp.fbEqualRight': 'Richtig: {both}.',
  'quiz.opp.fbDiffer': 'Sie unterscheiden sich: {both}.',
  'quiz.opp.fbNeither':
    'A und B sind positiv semidefinit, also gilt die Oppenheim-Ungleichung in beiden Richtungen: det(A∘B) ist mindestens jede Schranke; hier {detAB}.',
  'quiz.opp.heading': '**Oppenheim-Ungleichung.**',
  'quiz.opp.askLarger':
    'A und B sind positiv semidefinit, also det(A∘B) ≥ {bA} und det(A∘B) ≥ {bB}. Welche untere Schranke ist größer?',
  'quiz.opp.whyBounds': '{a}, und {b}.',
  'quiz.opp.whyEqualBounds': 'Die beiden Schranken sind gleich.',
  'quiz.opp.whySharper': 'Also ist {bound} die schärfere Schranke.',
  'quiz.opp.whyBelow': 'Beide liegen unter {detAB}, wie Oppenheim es für positiv semidefinite A und B verspricht.',
  'quiz.opp.eqDiagonal':
    'A ist diagonal, also ist A∘B diagonal mit Einträgen aᵢᵢbᵢᵢ und det(A∘B) = ∏aᵢᵢbᵢᵢ = det(A)·∏bᵢᵢ',
  'quiz.opp.eqJ': 'B = {c}·J, also A∘B = {c}·A und det(A∘B) = {c}{power}·det(A) = det(A)·∏bᵢᵢ',
  'quiz.opp.eqZero': 'beide Seiten sind 0: A∘B und A sind singulär',
  'quiz.opp.eqCoincidence': 'die Zahlen treffen sich zufällig',
  'quiz.opp.choiceStrict': 'det(A∘B) > {bound}: strikt',
  'quiz.opp.choiceEquality': 'det(A∘B) = {bound}: Gleichheit',
  'quiz.opp.choiceNotApply': 'Oppenheim gilt nicht: A∘B muss nicht PSD sein',
  'quiz.opp.fbStrictRight': 'Richtig: {detAB} > {written}.',
  'quiz.opp.fbReached': 'Hier wird die Schranke erreicht: {detAB} = {written}; {why}.',
  'quiz.opp.fbNoEquality': 'Hier gilt keine Gleichheit: {detAB}, aber {written}.',
  'quiz.opp.fbEqualityRight': 'Richtig: {detAB} = {written}; {why}.',
  'quiz.opp.fbBelow':
    'A und B sind positiv semidefinit, also gilt die Oppenheim-Ungleichung in beiden Richtungen, und det(A∘B) kann nicht unter der Schranke liegen: {detAB} und {written}.',
  'quiz.opp.fbNotApply':
    'A und B sind positiv semidefinit, also ist es A∘B auch (Schur), und Oppenheim gilt: {detAB} ≥ {bound}.',
  'quiz.opp.askEquality': 'A und B sind positiv semidefinit. Wie verhält sich **det(A∘B)** zur Schranke **{bound}**?',
  'quiz.opp.whyStrict': 'Die Ungleichung ist hier strikt, um {by}.',
  'quiz.opp.whyEquality': 'Es gilt Gleichheit: {why}.',
  'quiz.opp.whyCases':
    'Gleichheitsfälle zum Merken: ein diagonaler Faktor, ein Vielfaches der Einsmatrix J und ein singuläres A∘B mit Schranke null.',
  'quiz.trace.right': 'Richtig: tr(AᵀB) = Σᵢⱼ aᵢⱼbᵢⱼ = {value}, die Summe aller Einträge von A∘B.',
  'quiz.trace.droppedTranspose':
    'Das ist tr(AB) = Σᵢⱼ aᵢⱼbⱼᵢ = {value}: die Transposition fiel weg, also traf Zeile i von A auf Spalte i von B statt auf Spalte i von A.',
  'quiz.trace.diagonalOnly':
    'Das ist nur die Diagonale von A∘B, Σᵢ aᵢᵢbᵢᵢ = {value}; tr(AᵀB) summiert alle Einträge von A∘B, auch die außerhalb der Diagonale.',
  'quiz.trace.productOfTraces':
    'Das ist tr(A)·tr(B) = {a}·{b} = {value}: die Spur eines Produkts ist nicht das Produkt der Spuren.',
  'quiz.trace.sumOfAB':
    'Das ist die Summe aller Einträge des gewöhnlichen Produkts AB (= {value}); tr(AᵀB) ist die Summe aller Einträge von A∘B.',
  'quiz.trace.productOfSums':
    'Das ist (Σaᵢⱼ)·(Σbᵢⱼ) = {a}·{b} = {value}: das paart jeden Eintrag von A mit jedem Eintrag von B, nicht nur die an derselben Stelle.',
  'quiz.trace.added':
    'Das ist Σ(aᵢⱼ + bᵢⱼ) = {value}: die Einträge an derselben Stelle werden multipliziert, dann summiert.',
  'quiz.trace.sign': 'Ein Vorzeichen ist verrutscht: Σᵢⱼ aᵢⱼbᵢⱼ = {sum} = {value}.',
  'quiz.trace.heading': '**Spur-Identität.**',
  'quiz.trace.ask': 'Was ist **tr(AᵀB)**?',
  'quiz.trace.askShaped': 'Was ist **tr(AᵀB)** (A und B sind {shape}, also ist AᵀB {square})?',
  'quiz.trace.why':
    'Der Diagonaleintrag j von AᵀB ist das Skalarprodukt von Spalte j von A mit Spalte j von B, also besucht die Spur jede Stelle genau einmal: sie ist 1ᵀ(A∘B)1, die Summe aller Einträge des Hadamard-Produkts (das Frobenius-Skalarprodukt von A und B). Kein Matrizenprodukt ist nötig.',
  'quiz.kron.place': 'Zeile {r}, Spalte {c}',
  'quiz.kron.right':
    'Richtig: Zeile (i−1)·m+i = {rowSum} = {row} und Spalte (j−1)·n+j = {colSum} = {col}: Block {block} ist a{idx}·B, und darin steht an Position {block} {holds}.',
  'quiz.kron.wrong': 'In {place} steht {holds}, nicht {target}: {why}.',
  'quiz.kron.zeroBased':
    'das ist i·m+i und j·n+j, die Formel für Indizes ab 0, mit i und j ab 1 benutzt (ein Block zu weit)',
  'quiz.kron.transposedInBlock':
    'da hat sich eine Transposition eingeschlichen: im Block ist die Position wieder (i, j), nicht (j, i)',
  'quiz.kron.blockStart': 'das ist i·m+j: Block i beginnt nach Zeile (i−1)·m, und die Zeile darin ist i',
  'quiz.kron.topLeft': 'das ist der Block oben links a₁₁·B; (A∘B)ᵢⱼ liegt in Block (i, j)',
  'quiz.kron.mnMixed':
    'm und n sind vertauscht: Zeilen gehen in m-Schritten (die Zeilen von B), Spalten in n-Schritten',
  'quiz.kron.swapped': 'Zeile und Spalte sind vertauscht',
  'quiz.kron.tooEarly': 'eine Stelle zu früh im Block: die Zeile ist (i−1)·m + i, nicht (i−1)·m + i − 1',
  'quiz.kron.tooFar': 'eine Stelle zu weit im Block: die Zeile ist (i−1)·m + i',
  'quiz.kron.rowOnly':
    'nur die Zeile ist in Block {i} gewandert; die Spalte wandert ebenfalls in Block {j}: (j−1)·n+j = {col}',
  'quiz.kron.columnOnly':
    'nur die Spalte ist in Block {j} gewandert; die Zeile wandert ebenfalls in Block {i}: (i−1)·m+i = {row}',
  'quiz.kron.blockFirst': 'das ist der erste Eintrag von Block {block}; im Block steht (A∘B)ᵢⱼ an Position (i, j)',
  'quiz.kron.blockLast': 'das ist der letzte Eintrag von Block {block}; im Block steht (A∘B)ᵢⱼ an Position (i, j)',
  'quiz.kron.heading': '**Im Kronecker-Produkt.**',
  'quiz.kron.ask':
    'A und B sind {shape}, also ist A⊗B {big}, aus Blöcken aᵢⱼ·B. In welcher Zeile und Spalte von A⊗B steht **(A∘B){idx} = a{idx}b{idx}**?',
  'quiz.kron.whySubmatrix':
    'A∘B ist die Untermatrix von A⊗B in den Zeilen (i−1)·m+i und den Spalten (j−1)·n+j: hier die Zeilen {rows} und die Spalten {cols}.',
  'quiz.kron.whyHere':
    'Also steht (A∘B){idx} in {place}: Block {block} von A⊗B ist a{idx}·B, und darin ist Position {block} gleich a{idx}·b{idx} = {fa}·{fb} = {value}.',
  'quiz.kron.whyRule':
    'Aus Block (i, j) behält die Untermatrix die Position (i, j): dieselbe Stelle im Block, die der Block in A⊗B hat.',
  'misc.entry.ordinary-product': 'Das gewöhnliche Produkt AB genommen (Zeile mal Spalte)',
  'misc.entry.transposed-pairing': 'aᵢⱼ mit bⱼᵢ gepaart: eine Transposition schlich sich ein',
  'misc.entry.added': 'Die Einträge addiert statt multipliziert',
  'misc.entry.mirrored-position': 'Die gespiegelte Position gelesen (Zeile und Spalte vertauscht)',
  'misc.entry.reversed-product': 'Das gewöhnliche Produkt BA genommen',
  'misc.entry.sign': 'Ein Vorzeichen im Produkt verloren',
  'misc.entry.divided': 'Die Brüche dividiert statt multipliziert',
  'misc.entry.extra-factor': 'Einmal zu oft mit einem Faktor multipliziert',
  'misc.property.theorem-as-coincidence': 'Eine stets gültige Regel für Zufall gehalten',
  'misc.property.theorem-doubted': 'Gemeint, eine stets gültige Regel scheitere hier',
  'misc.property.square-only': 'Eine elementweise Regel an quadratische Matrizen geknüpft',
  'misc.property.misread-entries': 'Einträge falsch gelesen: die Aussage gilt hier',
  'misc.property.identity-is-i': 'I für das Neutrale von ∘ gehalten (es ist J, lauter Einsen)',
  'misc.property.hadamard-is-ordinary': 'A∘B für das gewöhnliche Produkt AB gehalten',
  'misc.property.square-is-a2': 'A∘A für das Matrixquadrat A² gehalten',
  'misc.psd.positive-entries': 'Positive Einträge für positiv semidefinit gehalten',
  'misc.psd.positive-diagonal': 'Eine positive Diagonale für ausreichend gehalten',
  'misc.psd.witness-missed': 'Einen Vektor x mit xᵀMx < 0 übersehen',
  'misc.psd.negative-entries': 'Gemeint, negative Einträge schlössen es aus',
  'misc.psd.pivots-misread': 'Pivots falsch gelesen: keiner ist negativ',
  'misc.psd.singular-as-definite': 'Eine singuläre semidefinite Matrix für definit gehalten',
  'misc.psd.definite-as-singular': 'Eine definite Matrix für singulär gehalten',
  'misc.psd.symmetry-missed': 'Übersehen, dass M symmetrisch ist',
  'misc.psd.symmetry-ignored': 'Geurteilt, ohne die Symmetrie zu prüfen',
  'misc.schur.hypothesis-missed': 'Übersehen, dass beide Faktoren PSD sind (Schur greift)',
  'misc.schur.theorem-doubted': 'Dem Schur-Produktsatz nicht vertraut',
  'misc.schur.factor-misjudged': 'Einen PSD-Faktor für nicht PSD gehalten',
  'misc.schur.promise-without-hypothesis': 'Schurs Versprechen ohne seine Voraussetzung beansprucht',
  'misc.schur.product-misjudged': 'Falsch eingeschätzt, ob A∘B positiv semidefinit ist',
  'misc.schur.theorem-backwards': 'Den Schur-Produktsatz rückwärts gelesen',
  'misc.oppenheim.bounds-misjudged': 'Schranken verwechselt: det(A) gehört zu ∏bᵢᵢ',
  'misc.oppenheim.inequality-reversed': 'Die Oppenheim-Ungleichung umgedreht',
  'misc.oppenheim.equality-missed': 'Einen Gleichheitsfall übersehen (diagonal, c·J, singulär)',
  'misc.oppenheim.equality-assumed': 'Gleichheit angenommen, wo die Schranke strikt ist',
  'misc.oppenheim.schur-forgotten': 'Vergessen, dass A∘B PSD ist, wenn A und B es sind',
  'misc.trace.dropped-transpose': 'tr(AB) berechnet: die Transposition fiel weg',
  'misc.trace.diagonal-only': 'Nur die Diagonale von A∘B summiert',
  'misc.trace.product-of-traces': 'tr(A)·tr(B) genommen',
  'misc.trace.sum-of-ab': 'Die Einträge von AB statt von A∘B summiert',
  'misc.trace.product-of-sums': 'Die Summen von A und B multipliziert',
  'misc.trace.added': 'Die Einträge addiert statt multipliziert',
  'misc.trace.sign': 'Ein Vorzeichen in der Summe verloren',
  'misc.kronecker.zero-based': 'Die Formel für Indizes ab 0 mit i, j ab 1 benutzt',
  'misc.kronecker.transposed-in-block': 'Die Position im Block transponiert',
  'misc.kronecker.block-start': 'Block i bei Zeile i·m statt (i−1)·m begonnen',
  'misc.kronecker.top-left-block': 'Im Block oben links a₁₁·B gesucht',
  'misc.kronecker.m-n-mixed': 'm und n verwechselt',
  'misc.kronecker.row-column-swapped': 'Zeile und Spalte vertauscht',
  'misc.kronecker.off-by-one': 'Im Block um eins verrutscht',
  'misc.kronecker.half-moved': 'Nur die Zeile oder nur die Spalte verschoben',
  'misc.kronecker.block-corner': 'Eine Ecke des Blocks genommen, nicht Position (i, j)',
  'quiz.closedNote': 'Quiz {id} ist geschlossen: seine Nachricht zeigt jetzt die Antwort.',
  'quiz.revealedNote': 'Aufgedeckt: die Quiz-Nachricht zeigt jetzt die Antwort.',
  'quiz.yourAnswerMark': '{choice} ← deine Antwort',
  'quiz.closedByTime': 'Geschlossen, als die Zeit um war: {choice} {label} · {right} von {answered} richtig',
  'quiz.closedByTimeFigure':
    'Geschlossen, als die Zeit um war: {choice} {label} · {right} von {answered} richtig · die Lösungsfigur ist im Thread',
  'quiz.revealedEarly': 'Früher aufgedeckt: {choice} {label} · {right} von {answered} richtig',
  'quiz.revealedEarlyFigure':
    'Früher aufgedeckt: {choice} {label} · {right} von {answered} richtig · die Lösungsfigur ist im Thread',

  // ── groups (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── errors (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── notices (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── page (area marker: keep this line; add the area's keys below it) ─────────────────────────────
};
