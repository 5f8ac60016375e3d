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


  // ── groups (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── errors (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── notices (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'notice.restarting': 'Der Bot startet neu; bitte versuche es in einer Minute noch einmal.',
  'notice.rateLimited':
    'Du sendest Befehle sehr schnell: Das Limit ist {count} alle {window} s. Bitte versuche es in {seconds} s noch einmal.',
  'notice.busy': 'Der Bot ist gerade sehr ausgelastet. Bitte versuche es in {seconds} s noch einmal.',
  'notice.fault': 'Entschuldigung, bei uns ist etwas schiefgelaufen (Fehler-ID {id}). Das Team findet es in den Logs.',
  'notice.needsChannel':
    '{verb} ist ein Befehl für Lerngruppen: Er braucht einen Kanal (Slack, Discord, die lokale Seite oder die CLI)',
  'notice.needsChannelHint':
    'Lerngruppen-Befehle (quiz, answer, reveal, scores, settings, forget-me, me, practice, class) laufen in einem Chat-Kanal, auf der lokalen Seite oder in der CLI. Beispiel: /hadamard quiz',
  'notice.timeout':
    'das hat mehr als {seconds} s Rechenzeit gebraucht und wurde deshalb abgebrochen (sehr lange exakte Brüche oder große Matrizen machen es langsam)',
  'notice.timeoutHint':
    'Verwende kürzere Zahlen oder kleinere Matrizen; Dezimalzahlen mit wenigen Stellen oder kleine Brüche bleiben schnell. Beispiel: /hadamard schur hilbert(6) pascal(6)',
  'notice.outOfMemory': 'das hat mehr Speicher gebraucht, als ein Befehl nutzen darf, und wurde deshalb abgebrochen',
  'notice.outOfMemoryHint':
    'Verwende kleinere Matrizen (bis 12×12) oder kleinere Zahlen. Beispiel: hilbert(12) .* pascal(12)',
  'notice.lost':
    'Entschuldigung: Die Bot-Instanz, die deinen Befehl bearbeitet hat, wurde beendet, bevor sie eine Antwort bestätigt hat. Wenn du die Antwort hier nicht siehst, sende den Befehl bitte noch einmal.',
  'notice.try': 'Versuche: {hint}',
  'notice.fileTooLarge': '{name} ist {size} groß; angehängte Dateien dürfen höchstens {limit} groß sein',
  'notice.fileTooLargeOver': '{name} ist größer als {limit}; angehängte Dateien dürfen höchstens {limit} groß sein',
  'notice.fileTooLargeHint':
    'Sende eine kleinere Datei: Matrizen bis 256×256 (CSV, TSV oder JSON), Bilder bis 1024×1024 Pixel.',
  'notice.fileHint':
    'Teile eine CSV-, TSV-, JSON-, PNG- oder JPEG-Datei mit dem Bot per Direktnachricht oder mit einer Erwähnung: @hadamard-bot psd @1',
  'notice.fileTooMany': 'Mit der Nachricht kamen {count} Dateien; höchstens {max} können auf einmal verwendet werden',
  'notice.fileGone': '{name} kann nicht von Slack heruntergeladen werden (gelöscht oder ein externer Link)',
  'notice.fileNotSlack': '{name} liegt nicht auf dem Dateiserver von Slack und wird daher nicht abgerufen',
  'notice.fileRetry': '{name} konnte nicht von Slack heruntergeladen werden; versuche es noch einmal',
  'notice.fileHttp': '{name} konnte nicht von Slack heruntergeladen werden (HTTP {status})',
  'notice.fileUnnamed': 'eine Datei',
  'notice.noToken': 'die geteilten Dateien können gerade nicht gelesen werden (dieser Workspace hat kein Token)',
  'notice.noTokenHint': 'Installiere die App in diesem Workspace neu oder tippe die Matrizen stattdessen ein.',
  'notice.slack.tooLong':
    '_(zu lang für eine Slack-Nachricht: Die ganze Matrix steht in der angehängten Datei `{file}`)_',
  'notice.slack.continued': '_(weiter in der angehängten Datei `{file}`)_',
  'notice.fullText': '{title} (ganzer Text)',
  'notice.slack.toDm':
    '_{what, select, both {Die Abbildung und die Datei sind} file {Die Datei ist} other {Die Abbildung ist}} in deinen Direktnachrichten mit mir: Slack kann an eine Nachricht, die nur du siehst, keine Dateien anhängen._',
  'notice.slack.privateNoFiles':
    '_Private Antworten kommen ohne ihre Abbildungen und Dateien: Slack kann sie an eine Nachricht, die nur du siehst, nicht anhängen. Mit der Kanaleinstellung `private` auf off werden Antworten mit ihnen gepostet._',
  'notice.slack.revealed': ':white_check_mark: Aufgelöst: Die Quiz-Nachricht zeigt jetzt die Antwort.',
  'notice.slack.updated': ':pencil2: Aktualisiert, nachdem die Frage bearbeitet wurde.',
  'notice.slack.notMember':
    ':information_source: Ich bin kein Mitglied dieses Kanals und kann {what, select, files {die Abbildungen und Dateien} other {Antworten}} hier nicht posten. Lade mich mit `/invite @hadamard-bot` ein (oder erwähne mich, dann bietet Slack es an).',
  'notice.slack.sendFailed': 'Entschuldigung, ich konnte die Antwort nicht senden (Fehler-ID {id}).',
  'notice.slack.asked': '{user} fragte {command}',
  'notice.slack.shortcut':
    '{user} hat _Hadamard this_ auf {author, select, none {eine Nachricht} other {eine Nachricht von {author}}} angewendet',
  'notice.slack.edited': ':pencil2: {user} hat die Frage bearbeitet; die neue Antwort ging privat an diese Person.',
  'notice.slack.noCommand': 'Diese Antwort trägt ihren Befehl nicht mehr: Führe ihn noch einmal aus.',
  'notice.noLatex': 'Diese Antwort hat kein LaTeX.',
  'notice.slack.latexTooLong':
    ':warning: Das LaTeX dieser Antwort ist zu lang für eine Slack-Nachricht; die CLI gibt es aus: `npx hadamard --latex …`.',
  'notice.discord.sendFailed': 'Entschuldigung, die Antwort konnte nicht gesendet werden (Fehler-ID {id}).',
  'notice.discord.quizClosed': 'Quiz {id} ist geschlossen: Die Nachricht mit der Frage zeigt jetzt die Antwort.',
  'notice.discord.sentByDm': '{title}: dir per Direktnachricht geschickt, weil es privat ist.',
  'notice.discord.noDm':
    '{title}: Diese Antwort ist privat, und ich konnte sie dir nicht per Direktnachricht schicken (sind Direktnachrichten von diesem Server aus?). Nutze `/hadamard {verb}`, dann antworte ich dort, wo nur du es sehen kannst.',
  'notice.discord.unknownSubcommand': 'diesen Unterbefehl kennt diese Version des Bots nicht',
  'notice.discord.unknownSubcommandHint': 'Versuche /hadamard help.',
  'notice.discord.unknown': 'Das kennt diese Version des Bots nicht. Versuche `/hadamard help`.',
  'notice.discord.latexGone':
    'Die Frage zu dieser Antwort ist weg (gelöscht oder außer meiner Reichweite), also auch ihr LaTeX. Frag noch einmal.',
  'notice.discord.latexFile': 'Das LaTeX ist länger als eine Nachricht: Hier ist es als answer.tex.',
  'notice.discord.overflow': '*Der Rest der Antwort steht in {file}.*',
  'notice.discord.fullText': 'Der ganze Text der Antwort: {title}',
  'notice.discord.exact': 'Exakte Arithmetik (rationale Zahlen)',
  'notice.discord.float': 'Gleitkomma (numerische Toleranz)',
  'notice.discord.delete': 'Löschen',
  'notice.cli.figure': 'Abbildung: {path}',
  'notice.cli.file': 'Datei: {path}',
  'notice.cli.error': 'Fehler ({code}): {message}\nTipp: {hint}',
  'notice.cli.noLatex': '(diese Antwort zeigt keine Matrizen und hat daher kein LaTeX; ihr Text folgt)',


  // ── page (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'page.title': 'hadamard-bot · lokale Spielwiese',
  'page.skip': 'Zum Nachrichtenfeld springen',
  'page.topic':
    'Ein lokaler Kanal mit {bot}: das elementweise Matrixprodukt (Hadamard-Produkt), exakt. Nichts verlässt diesen Rechner.',
  'page.language': 'Sprache der Antworten',
  'page.languageTitle': 'Sprache der Seite und der Antworten',
  'page.auto': 'Auto',
  'page.autoTitle': 'Die Sprache des Browsers',
  'page.clear': 'Leeren',
  'page.clearDesc': 'Dieses Gespräch in diesem Browser vergessen',
  'page.conversation': 'Gespräch',
  'page.emptyTitle': 'Probier den Bot aus',
  'page.emptyLead':
    'Tippe zwei Matrizen gleicher Größe und drücke {enter}. Der Bot multipliziert sie Eintrag für Eintrag:',
  'page.emptyMore':
    'Das führende `/hadamard` ist optional; MATLAB-Schreibweise `[2 3; 4 1]` und Brüche wie `1/3` gehen auch. Andere Befehle prüfen Sätze (`schur`, `psd`, `oppenheim`) oder erklären die Theorie (`explain`, `help`). Wähle unten ein Beispiel, um anzufangen.',
  'page.examples': 'Beispiele, eines pro Befehl',
  'page.examplesLabel': 'Beispiele:',
  'page.attachedFiles': 'Angehängte Dateien',
  'page.attach': 'Datei anhängen',
  'page.attachDesc':
    'Hänge bis zu zwei CSV-, TSV-, JSON-, PNG- oder JPEG-Dateien an oder zieh sie auf die Seite; @1 und @2 benennen sie',
  'page.message': 'Nachricht an hadamard-bot',
  'page.placeholder': 'Nachricht schreiben',
  'page.send': 'Senden',
  'page.keys':
    '{enter} sendet · {shift}+{enter} neue Zeile · {up} im leeren Feld holt den vorigen Befehl zurück · zieh eine Datei hierher, um sie anzuhängen',
  'page.drop': 'Leg eine CSV-, TSV-, JSON-, PNG- oder JPEG-Datei ab, um sie anzuhängen',
  'page.you': 'Du',
  'page.said': '{who} schrieb',
  'page.figure': 'Abbildung',
  'page.figureGone': 'Abbildung nicht mehr verfügbar',
  'page.figureGoneWhy':
    '(der Server behält nur neue Abbildungen im Speicher; sende den Befehl noch einmal). Sie zeigte:',
  'page.openFull': 'in voller Größe öffnen',
  'page.private': 'Nur für dich sichtbar',
  'page.answerQuiz': 'Quiz {id} beantworten',
  'page.download': '{name} herunterladen',
  'page.copyLatex': 'LaTeX kopieren',
  'page.copyLatexTitle': 'Diese Antwort als LaTeX kopieren (bmatrix, \\frac, das Urteil) für Hausaufgaben und Notizen',
  'page.copied': 'Kopiert',
  'page.copyBlocked': 'Kopieren ist hier gesperrt: Markiere das LaTeX unten.',
  'page.wrong': 'Etwas ist schiefgelaufen.',
  'page.hint': 'Tipp:',
  'page.dismiss': 'Schließen',
  'page.working': '{bot} arbeitet…',
  'page.unreachable': 'Der Server der Spielwiese hat nicht geantwortet.',
  'page.unreachableHint': 'Läuft `npm start` noch? Starte es neu, dann drücke ↑ und Enter.',
  'page.remove': '{name} entfernen',
  'page.removed': '{name} entfernt.',
  'page.notAFile': '{name} ist keine CSV-, TSV-, JSON-, PNG- oder JPEG-Datei.',
  'page.fileTooLarge': '{name} ist {size} groß; Dateien dürfen höchstens {max} groß sein.',
  'page.fileLeftOut': 'Höchstens {max} Dateien (@1, @2): {name} wurde weggelassen.',
  'page.attached': 'Angehängt: {files}.',
  'page.dark': 'Dunkel',
  'page.light': 'Hell',
  'page.toDark': 'Seite und Abbildungen auf das dunkle Aussehen umstellen',
  'page.toLight': 'Seite und Abbildungen auf das helle Aussehen umstellen',
  'page.toDarkTitle': 'Zum dunklen Aussehen wechseln (neue Abbildungen werden dafür gezeichnet)',
  'page.toLightTitle': 'Zum hellen Aussehen wechseln (neue Abbildungen werden dafür gezeichnet)',
  'page.chip': '{verb}: {description}. Füllt das Feld mit {example}',

};
