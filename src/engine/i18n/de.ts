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

  'discord.command.description': 'Hadamard-Produkt (elementweise): exakt berechnen, Sätze prüfen, lernen',
  'discord.fileOption.description':
    'Eine Datei statt {matrix}: CSV-, TSV- oder JSON-Matrix (bis 256×256) oder ein PNG/JPEG-Bild',
  'verb.product.option.a': 'Erste Matrix, z. B. [[2,3],[4,1]] oder [2 3; 4 1]',
  'verb.product.option.b': 'Zweite Matrix, gleiche Größe wie die erste',
  'verb.product.option.c': 'Dritte Matrix (optional)',
  'verb.product.option.d': 'Vierte Matrix (optional)',
  'verb.product.option.e': 'Fünfte Matrix (optional)',
  'verb.product.option.f': 'Sechste Matrix (optional)',
  'verb.schur.option.a': 'Quadratische Matrix A, z. B. [[2,3],[4,1]] oder [2 3; 4 1]',
  'verb.schur.option.b': 'Quadratische Matrix B, gleiche Größe wie A',
  'verb.psd.option.m': 'Quadratische Matrix, z. B. [[2,3],[4,1]] oder [2 3; 4 1]',
  'verb.oppenheim.option.a': 'Quadratische Matrix A, z. B. [[2,3],[4,1]] oder [2 3; 4 1]',
  'verb.oppenheim.option.b': 'Quadratische Matrix B, gleiche Größe wie A',
  'verb.props.option.a': 'Matrix A, z. B. [[2,3],[4,1]] oder [2 3; 4 1]',
  'verb.props.option.b': 'Matrix B, gleiche Größe wie A',
  'verb.props.option.c': 'Optionale Matrix C (für Assoziativität und Distributivität)',
  'verb.relate.option.a': 'Matrix A, z. B. [[2,3],[4,1]] oder [2 3; 4 1]',
  'verb.relate.option.b': 'Matrix B, gleiche Größe wie A',
  'verb.apply.option.application': 'window (Fenster), mask (Attention), gate (LSTM), taper (Kovarianz) oder image',
  'verb.apply.option.a':
    'Optional: eine Matrix oder ein Vektor, oder ein Wort: hann, causal, padding:2, seed:7, vignette…',
  'verb.apply.option.b': 'Optional: eine weitere Matrix oder ein Vektor, oder ein Wort',
  'verb.apply.option.c': 'Optional: eine weitere Matrix oder ein Vektor, oder ein Wort',
  'verb.apply.option.d': 'Optional: eine weitere Matrix oder ein Vektor, oder ein Wort',
  'verb.apply.option.e': 'Optional: eine weitere Matrix oder ein Vektor, oder ein Wort',
  'verb.explain.option.topic': 'definition, properties, schur, oppenheim, relations oder applications',
  'verb.help.option.verb': 'Der Befehl, der erklärt werden soll',
  'verb.quiz.option.topic': 'Worüber gefragt wird (Standard: der Seed wählt)',
  'verb.quiz.option.level': 'easy, medium oder hard (Standard: der Seed wählt)',
  'verb.quiz.option.seed': 'Eine Frage wiederholen: der darunter gezeigte Seed (eine ganze Zahl)',
  'verb.answer.option.quiz': 'Die Quiz-ID, die in der Quiz-Nachricht steht (z. B. q7k2m9)',
  'verb.answer.option.choice': 'Die eigene Antwort',
  'verb.reveal.option.quiz': 'Die Quiz-ID, die in der Quiz-Nachricht steht (z. B. q7k2m9)',
  'verb.scores.notes':
    '- Punkte zählen, wenn eine Runde schließt. `week` ist die Woche des Kanals: ab Montag 00:00 in seiner Zeitzone (`/hadamard settings timezone Europe/Berlin`; Standard UTC).\n- `scores pin` (wer den Kanal verwalten darf) postet die Tabelle einmal und bearbeitet dann dieselbe Nachricht, wenn Runden schließen, höchstens alle 30 Sekunden; eine Wochentabelle beginnt montags neu. Ein neuer Pin ersetzt den alten (der das dann anzeigt); wird die Nachricht gelöscht, postet die nächste Aktualisierung sie neu. In Slack ist eine angeheftete Tabelle nur Text (Slack kann ein geteiltes Bild nicht bearbeiten).',
  'verb.scores.option.period': 'Diese Woche (Standard) oder insgesamt',
  'verb.scores.option.pin':
    'pin: postet die Tabelle einmal und aktualisiert diese Nachricht nach jeder Runde (Kanal-Verwalter)',
  'verb.settings.option.key': 'Die Einstellung, die angezeigt oder geändert wird',
  'verb.settings.option.value':
    'on/off, fractions/decimals, 10–3600 (Sekunden), light/dark, eine Zeitzone oder default',
  'verb.schedule.notes':
    '- Uhrzeiten gelten lokal im Kanal: `/hadamard settings timezone Europe/Berlin` (Standard UTC). Ein Zeitplan behält seine Ortszeit über Zeitumstellungen hinweg; eine Uhrzeit, die es an dem Tag nicht gibt (die Lücke im Frühjahr), läuft direkt nach der Lücke, eine, die zweimal vorkommt, läuft einmal.\n- Nur wer den Kanal verwalten darf, legt Zeitpläne an oder entfernt sie; auflisten darf sie jede Person. Ein Kanal hat höchstens 10. Der Befehl wird beim Planen geprüft; ein geplanter Lauf postet im Kanal für alle, in niemandes Namen (daher nicht `answer`, `reveal`, `settings`, `forget-me`).\n- Jeder Lauf findet einmal statt, egal wie viele Kopien des Bots laufen. Nach einem Ausfall holt der Bot den letzten verpassten Lauf nach, wenn er weniger als eine Stunde alt ist, und überspringt ältere: nie ein Schwall.\n- Ein geplantes `scores week`, das an einem Montag läuft (die Woche des Kanals beginnt Montag 00:00 Ortszeit), postet die Endtabelle der gerade beendeten Woche; an anderen Tagen die Woche bis jetzt. `schedule weekly mon 09:00 scores week` postet jeden Montag die Gewinner der Vorwoche.',
  'verb.schedule.option.every': 'daily, weekdays (Mo–Fr) oder weekly; remove löscht einen; leer listet sie auf',
  'verb.schedule.option.day': 'Der Tag eines wöchentlichen Zeitplans',
  'verb.schedule.option.at': 'Ortszeit HH:MM, 24-Stunden, in der Zeitzone des Kanals (oder die zu löschende ID)',
  'verb.schedule.option.command': 'Der Befehl, der ausgeführt wird, z. B. quiz schur medium, scores week, apply window',
  'verb.practice.option.topic': 'Was geübt wird (Standard: das schwächste eigene Thema)',
  'verb.practice.option.level': 'easy, medium oder hard (Standard: passend zur eigenen Trefferquote)',
  'verb.class.option.view': 'Diese Woche (Standard) oder export: die Antworten des Kanals als CSV-Datei',

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
  'note.fromFiles': 'Aus Dateien: {list}.',
  'note.fromFile': '{label} ist {file} ({shape})',
  'note.listSeparator': '; ',
  'fig.logScale': 'log. Skala',
  'note.decimalPoint':
    'Matrizen werden in jeder Sprache gleich geschrieben: Der Punkt `.` trennt die Dezimalstellen, auch im Deutschen, und das Komma `,` trennt die Einträge (`[[1.5, 2]]`).',
  'words.exact': 'exakte Arithmetik',
  'words.certified': 'zertifizierte Einschließungen',
  'words.float': 'Gleitkomma',

  // ── schur: the answer ─────────────────────────────────────────────────────────────────────────────────────────
  'schur.latexTheorem': '(Schur-Produktsatz)',
  'schur.latexHypothesisFails':
    'Die Voraussetzung ({a} und {b} positiv semidefinit) ist verletzt: Der Satz sagt nichts aus.',
  'schur.latexHypothesisFailsShort': 'Die Voraussetzung des Schur-Produktsatzes ist verletzt.',
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
  'schur.entryAt': 'der Eintrag ({row},{col})',
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
  // ── psd ───────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'psd.title': 'Positiv semidefinit?',
  'psd.summary': '{label} ist **{verdict}**.',
  'psd.summaryPd': '{label} ist **{verdict}** (Rang {rank}).',
  'psd.summaryNotPsd': '{label} ist **nicht positiv semidefinit**.',
  'psd.notSquare':
    '{label} ist {shape}, nicht quadratisch: Positive Semidefinitheit ist für quadratische symmetrische Matrizen definiert.',
  'psd.notSymmetric':
    '{label} ist nicht symmetrisch, daher ist „positiv semidefinit“ nicht anwendbar (der Begriff ist für symmetrische Matrizen definiert).',
  'psd.symmetricPart': 'Der symmetrische Anteil',
  'psd.symmetricPartWhy':
    'Für xᵀ{label}x zählt nur der symmetrische Anteil S = ({label}+{label}ᵀ)/2, denn xᵀ{label}x = xᵀSx für jedes x.',
  'psd.symmetricVerdict': 'S ist **{verdict}**.',
  'psd.symmetricVerdictNotPsd': 'S ist **nicht positiv semidefinit**.',
  'psd.undecided':
    'Ob {label} positiv semidefinit ist, bleibt **unentschieden**: Eine Größe ist bis auf {digits} Stellen gleich 0 und ist vielleicht genau 0.',
  'psd.undecidedSymmetry':
    'Ob {label} positiv semidefinit ist, bleibt **unentschieden**: Zwei Einträge, die übereinstimmen sollten, stimmen auf {digits} Stellen überein und sind vielleicht genau gleich.',
  'psd.undecidedWords':
    '{what} ist bis auf {digits} Stellen gleich 0; der Wert ist vielleicht genau 0. Ist er positiv, geht die Zerlegung weiter; ist er 0, so ist {label} singulär (positiv semidefinit vom Rang {rank}, falls der Rest der Zerlegung ebenfalls 0 ist); ist er negativ, so ist {label} nicht positiv semidefinit.',
  'psd.undecidedWordsSymmetry':
    '{what} von {label} stimmen auf {digits} Stellen überein; vielleicht sind sie genau gleich. Wenn ja, ist {label} symmetrisch, und der Befund lässt sich erneut abfragen, wenn beide gleich geschrieben werden; wenn nicht, ist {label} nicht symmetrisch.',
  'psd.what.pivot': 'Pivotelement {k} der LDLᵀ-Zerlegung',
  'psd.what.schurComplement': 'ein Nebendiagonaleintrag des Schur-Komplements nach {k} Pivotschritten',
  'psd.what.detPivot': 'ein Pivotelement der Determinante',
  'psd.what.rank': 'der Rang',
  'psd.what.sign': 'ein Vorzeichen',
  'psd.what.entries': 'die Einträge ({i},{j}) und ({j},{i})',
  'psd.what.balanced': 'der kleinste Eigenwert der skalierten Matrix',
  'psd.what.quantity': 'eine Größe',
  'psd.eigenNotShown': 'nicht angezeigt (ein Eintrag oder ein Eigenwert liegt außerhalb des Gleitkommabereichs)',
  'psd.eigenDiagonal': 'Eigenwerte (die Diagonaleinträge von {label}): {list}.',
  'psd.eigenCertified':
    'Eigenwerte (zertifizierte Einschließungen, als Indiz; die angezeigten Stellen sind bewiesen): {list}.',
  'psd.eigenCertifiedZeros':
    'Eigenwerte (zertifizierte Einschließungen, als Indiz; die angezeigten Stellen sind bewiesen) ({zeros, plural, one {einer ist} other {# sind}} genau 0: Der Rang ist {rank}): {list}.',
  'psd.eigenFloat': 'Eigenwerte (Gleitkomma, als Indiz): {list}.',
  'psd.eigenBalanced': 'Eigenwerte der skalierten Matrix D⁻¹ᐟ²{label}D⁻¹ᐟ², die entscheiden: {list}.',
  'psd.noneNegative': 'Keiner ist negativ.',
  'psd.latexPsd': '(positiv semidefinit)',
  'psd.latexNotSymmetric': '(nicht symmetrisch: Semidefinitheit ist für symmetrische Matrizen definiert)',
  'psd.latexNotSquare': '{label} ist nicht quadratisch: Semidefinitheit ist für quadratische Matrizen definiert',
  'psd.latexNotDecided': '{label}: nicht entschieden',
  'psdFig.heading': 'Ist {label} positiv semidefinit?',
  'psdFig.eigenDiagonal': 'Eigenwerte (die Diagonaleinträge)',
  'psdFig.eigenEvidence': 'Eigenwerte (Indiz, nicht das Kriterium)',
  'psdFig.itsEigenvalues': 'seine Eigenwerte',
  'psdFig.band': 'schattiertes Band: zu nah an 0, um es in Gleitkomma zu unterscheiden',
  'psdFig.counts': '{n} Eigenwerte, aufsteigend: {negative} negativ, {zeros} null, {positive} positiv',
  'psdFig.countsAbout': '{n} Eigenwerte, aufsteigend: {negative} negativ, {zeros} etwa null, {positive} positiv',
  'psdFig.pd': 'Alle Eigenwerte sind positiv: xᵀMx > 0 für jedes x\u00a0≠\u00a00.',
  'psdFig.psd':
    'Rang {rank} von {n}: {zeros, plural, one {# Eigenwert ist} other {# Eigenwerte sind}} null, keiner negativ.',
  'psdFig.notSquare':
    'Eine {shape}-Matrix ist nicht quadratisch: Semidefinitheit ist für quadratische Matrizen definiert.',
  'psdFig.notSymmetric':
    '{label} ≠ {label}ᵀ (umrandete Paare): Semidefinitheit ist für symmetrische Matrizen definiert.',
  'psdFig.witness': 'Zeuge: ein Vektor x mit xᵀMx < 0',
  'psdFig.minor': 'Zertifikat: ein negativer 2×2-Hauptminor',
  'psdFig.ldlt': 'Zertifikat: {lhs} = L·D·Lᵀ mit',
  'psdFig.entries': '{n, plural, one {# Eintrag} other {# Einträge}}',
  'psdFig.symmetricPart': 'Symmetrischer Anteil ({label}+{label}ᵀ)/2:',
  'psdFig.balancedTolerance': 'Toleranz nach Skalierung {tolerance}',
  'psdFig.bySigns': 'durch Vorzeichen entschieden',
  'psdFig.aMatrix': 'eine {shape}-Matrix',
  'psdFig.altHead': 'Ist {label} ({shape}) positiv semidefinit? Befund: {verdict}.',
  'psdFig.altEigen': 'Eigenwerte, aufsteigend: {list}.',
  'psdFig.altWitness': 'Der Zeuge x = ({x}) ergibt xᵀMx = {value} < 0.',
  'psdFig.altNegativeValue': 'einen negativen Wert',
  'psdFig.altMinor': 'Der 2×2-Hauptminor zu den Zeilen {i} und {j} ist negativ.',
  'psdFig.altSymmetric': 'Sein symmetrischer Anteil ist {verdict}.',
  'psdFig.altUndecided':
    'Unentschieden: {what} ist bis auf {digits} Stellen gleich 0; der Wert ist vielleicht genau 0.',
  'psdFig.altUndecidedSymmetry':
    'Unentschieden: {what} stimmen auf {digits} Stellen überein; vielleicht sind sie genau gleich.',

  // ── oppenheim ─────────────────────────────────────────────────────────────────────────────────────────────────────────
  'opp.title': 'Oppenheim-Ungleichung',
  'opp.bounds': 'Die Schranken',
  'opp.hadamard': 'Hadamard-Ungleichung',
  'opp.boundLine': '- {bound} = {factors} = {value}  →  {det} {rel} Schranke: {verdict}',
  'opp.holds': 'gilt',
  'opp.holdsEquality': 'gilt mit Gleichheit',
  'opp.fails': 'verletzt',
  'opp.undecided': 'unentschieden: Die Differenz ist bis auf {digits} Stellen oder bis auf den Rundungsfehler 0',
  'opp.appliesHold':
    '{a} und {b} sind positiv semidefinit, also gilt die Oppenheim-Ungleichung in beide Richtungen, und beide Schranken sind erfüllt.',
  'opp.appliesUndecided':
    '{a} und {b} sind positiv semidefinit, also gilt die Oppenheim-Ungleichung in beide Richtungen; der Satz garantiert beide Schranken, und was die Einschließungen nicht von Gleichheit trennen konnten, steht oben.',
  'opp.appliesBug':
    '{a} und {b} sind positiv semidefinit, also gilt die Oppenheim-Ungleichung in beide Richtungen – und doch ist eine Schranke verletzt: Bitte als Fehler melden.',
  'opp.needsOne':
    'Die Oppenheim-Ungleichung setzt {a} ⪰ 0 und {b} ⪰ 0 voraus, aber {failing}: Die Schranken werden gezeigt, aber nichts ist garantiert.',
  'opp.needsBoth':
    'Die Oppenheim-Ungleichung setzt {a} ⪰ 0 und {b} ⪰ 0 voraus, aber {failingA} und {failingB}: Die Schranken werden gezeigt, aber nichts ist garantiert.',
  'opp.isVerdict': '{name} ist {verdict}',
  'opp.isNotPsd': '{name} ist nicht positiv semidefinit',
  'opp.equalityExact': 'Hier gilt Gleichheit, exakt entschieden.',
  'opp.equalityStructure': 'Hier gilt Gleichheit, entschieden aus der Struktur (ein diagonaler Faktor).',
  'opp.equalityCases':
    'Typische Gleichheitsfälle: ein diagonaler Faktor (dann ist {ab} diagonal mit den Einträgen aᵢᵢbᵢᵢ und det({ab}) = {bound}), die Einsmatrix J ({a}∘J = {a}) und ein singuläres Produkt, dessen Schranke ebenfalls 0 ist.',
  'opp.correlationB':
    '{b} hat lauter Einsen auf der Diagonale (eine Korrelationsmatrix), also lautet die Schranke det({ab}) ≥ det({a}).',
  'opp.correlationA': '{a} hat lauter Einsen auf der Diagonale (eine Korrelationsmatrix), also det({ab}) ≥ det({b}).',
  'opp.hadamardLine': 'Hadamard-Ungleichung für {label}: det({label}) = {det} {rel} {prod} = {diag} ({status}).',
  'opp.hadamardHolds': 'gilt',
  'opp.hadamardHoldsEquality': 'gilt, mit Gleichheit',
  'opp.hadamardFails': 'VERLETZT',
  'opp.hadamardUndecided':
    'Hadamard-Ungleichung für {label}: det({label}) = {det} und {prod} = {diag} (unentschieden: gleich bis auf {digits} Stellen oder bis auf den Rundungsfehler; der Satz sagt ≤).',
  'opp.floatNote':
    'Determinanten werden mit einer getrennten Zweierpotenz berechnet, sodass keine Größe überläuft, und ein Vergleich gilt erst jenseits ihres Rundungsfehlers als entschieden, des {factor}·n·ε-Fachen der Hadamard-Schranke ∏‖Zeileᵢ‖₂.',
  'opp.summary': '{det} = {value} {relA} {boundA} = {valueA} und {relB} {boundB} = {valueB}.',
  'opp.summaryEquality': '{det} = {value} {relA} {boundA} = {valueA} und {relB} {boundB} = {valueB} (Gleichheit).',
  'opp.summaryNotApplicable':
    'Die Oppenheim-Ungleichung ist nicht anwendbar ({a} und {b} müssen beide positiv semidefinit sein); {det} = {value}, Schranken {valueA} und {valueB}.',
  'opp.latexNotApplicable':
    'Die Oppenheim-Ungleichung setzt voraus, dass {a} und {b} positiv semidefinit sind; hier ist sie nicht anwendbar.',
  'oppFig.title': 'Oppenheim-Ungleichung',
  'oppFig.subtitle': '{shape}-Matrizen {a}, {b}; {arithmetic}',
  'oppFig.applies': '{a} und {b} sind positiv semidefinit: Der Satz ist anwendbar',
  'oppFig.notApplies': 'Der Satz ist nicht anwendbar: {list}',
  'oppFig.isVerdict': '{name} ist {verdict}',
  'oppFig.isNotPsd': '{name} ist nicht positiv semidefinit',
  'oppFig.holds': 'gilt',
  'oppFig.holdsEquality': 'gilt mit Gleichheit',
  'oppFig.holdsEqualityUndecided': 'gilt; Gleichheit unentschieden',
  'oppFig.undecided': 'unentschieden',
  'oppFig.fails': 'verletzt',
  'oppFig.correlation':
    '{unit} hat lauter Einsen auf der Diagonale (eine Korrelationsmatrix): det({ab}) ≥ det({other}).',
  'oppFig.hadamard': 'Hadamard-Ungleichung det({label}) ≤ {prod}:',
  'oppFig.equality': 'Gleichheit',
  'oppFig.equalityUndecided': '(Gleichheit unentschieden)',
  'oppFig.alt1': 'Oppenheim-Ungleichung für die {shape}-Matrizen {a} und {b}.',
  'oppFig.altApplies': 'Beide sind positiv semidefinit, also ist der Satz anwendbar.',
  'oppFig.altNotApplies': 'Der Satz ist nicht anwendbar: {failingA}, {failingB}.',
  'oppFig.altLine': 'Auf einem Zahlenstrahl: {labels}.',
  'oppFig.altInequalities': '{ineqA}: {wordA}; {ineqB}: {wordB}.',
  'oppFig.altHolds': 'gilt',
  'oppFig.altHoldsEquality': 'gilt mit Gleichheit',
  'oppFig.altHoldsEqualityUndecided': 'gilt, Gleichheit unentschieden',
  'oppFig.altUndecided': 'unentschieden',
  'oppFig.altFails': 'verletzt',

  // ── props ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'props.title': 'Algebraische Eigenschaften',
  'props.checked': 'Eintrag für Eintrag geprüft',
  'props.commutativity': '- Kommutativität: {a}∘{b} = {b}∘{a}  {mark}',
  'props.associativity': '- Assoziativität: ({a}∘{b})∘{c} = {a}∘({b}∘{c})  {mark}',
  'props.distributivity': '- Distributivität: {a}∘({b}+{c}) = {a}∘{b} + {a}∘{c}  {mark}',
  'props.identity': '- Neutrales Element: {a}∘J = {a}, mit J der {rows}×{cols}-Matrix aus lauter Einsen  {mark}',
  'props.transpose': '- Transponierte: ({a}∘{b})ᵀ = {a}ᵀ∘{b}ᵀ  {mark}',
  'props.holds': '✓ gilt',
  'props.fails': '✗ GILT NICHT',
  'props.needsC': '– (braucht eine dritte Matrix C)',
  'props.undecided':
    '≈ unentschieden (beide Seiten stimmen auf 1000 Stellen überein; die Identität gilt für alle reellen Zahlen, Einschließungen können sie aber nicht beweisen)',
  'props.nameCommutative': 'Kommutativität',
  'props.nameAssociative': 'Assoziativität',
  'props.nameDistributive': 'Distributivität',
  'props.nameIdentity': 'neutrales Element',
  'props.nameTranspose': 'Transponierte',
  'props.summaryUndecided':
    '{proved} von {checked, plural, one {# Eigenschaft} other {# Eigenschaften}} an diesen Matrizen bewiesen; unentschieden: {names} (zertifizierte Werte, die auf 1000 Stellen übereinstimmen).',
  'props.summaryAll': 'Alle {checked} Eigenschaften gelten für diese Matrizen.',
  'props.summaryAllNoC':
    'Alle {checked} Eigenschaften gelten für diese Matrizen (mit einer dritten Matrix C werden auch Assoziativität und Distributivität geprüft).',
  'props.summaryFailed': 'Eine Eigenschaft gilt nicht: Das dürfte nicht vorkommen, bitte melden.',
  'props.why':
    'Warum: Jeder Eintrag eines Hadamard-Produkts ist ein gewöhnliches Produkt von Zahlen, also gelten die Regeln der Multiplikation reeller Zahlen (kommutativ, assoziativ, distributiv bezüglich +, mit 1 als neutralem Element) an jeder Position zugleich; J hat an jeder Position eine 1.',
  'props.floatNote':
    ' Beide Seiten werden Eintrag für Eintrag verglichen, bis auf den Rundungsfehler der beteiligten Produkte (8ε ihrer Größe).',
  'props.latexHolds': '(gilt)',
  'props.latexFails': '(gilt nicht)',
  'props.latexNeedsC': '(braucht eine dritte Matrix C)',
  'props.latexUndecided': '(unentschieden: beide Seiten stimmen auf 1000 Stellen überein)',

  // ── relate ────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'relate.title': 'Bezüge zum gewöhnlichen Produkt',
  'relate.summary': 'tr({a}ᵀ{b}) = 1ᵀ({ab})1 = {sum}; {ab} liegt in {kron} in den Zeilen/Spalten {rows} / {cols}.',
  'relate.summaryDiagonal':
    'tr({a}ᵀ{b}) = 1ᵀ({ab})1 = {sum}; {ab} liegt in {kron} in den Zeilen/Spalten {rows} / {cols}; beide diagonal, also {ab} = {ord}.',
  'relate.sumOfEntries': 'die Summe der Einträge von {ab}',
  'relate.traceHeading': 'Spur-Identität (Frobenius-Skalarprodukt)',
  'relate.traceBody': 'tr({a}ᵀ{b}) = {tr} und 1ᵀ({ab})1 = Σᵢⱼ aᵢⱼbᵢⱼ = {sum}: {verdict}.',
  'relate.traceEqual': 'gleich ✓',
  'relate.traceUndecided': 'unentschieden (gleich auf 1000 Stellen, nicht bewiesen)',
  'relate.traceNotEqual': 'NICHT gleich ✗',
  'relate.undecidedMark': '≈ (unentschieden: gleich auf 1000 Stellen)',
  'relate.diagHeading': 'Diagonaler Fall',
  'relate.diagBoth':
    '{a} und {b} sind beide Diagonalmatrizen, also {ab} = {ord} = {matrix} {mark} — einer der seltenen Fälle, in denen die beiden Produkte übereinstimmen.',
  'relate.diagNot':
    '{a} und {b} sind nicht beide Diagonalmatrizen, also unterscheiden sich {ab} und {other} im Allgemeinen. Für Diagonalmatrizen stimmen sie überein: `relate diag(1,2,3) diag(4,5,6)` ausprobieren.',
  'relate.ordRange': '{ord} (hier jenseits des Gleitkommabereichs)',
  'relate.ordUndefined': '{ord} (für diese Größen nicht definiert)',
  'relate.vectorHeading': 'Vektorfall',
  'relate.vectorBody': 'Für Vektoren gilt a∘b = diag(a)·b {mark}:',
  'relate.kronHeading': 'Im Kronecker-Produkt',
  'relate.kronBody':
    '{ab} ist die Untermatrix von {kron} ({kr}×{kc}) in den Zeilen {rows} und Spalten {cols}: Der Eintrag von {kron} in Zeile (i−1)·{m}+i, Spalte (j−1)·{n}+j ist aᵢⱼ·bᵢⱼ {mark}.',
  'relate.kronTooLarge': ' (A⊗B ist zu groß zum Zeichnen; die Indizes werden trotzdem geprüft.)',
  'relate.floatNote': ' Gleichheiten werden bis auf Rundungsfehler geprüft (8·m·n·ε der summierten Größen).',
  'relate.undecidedNote':
    ' Unentschieden: {names} (beide Seiten stimmen auf 1000 Stellen überein, was Einschließungen nicht zu einem Beweis machen können).',
  'relate.nameTrace': 'die Spur-Identität',
  'relate.nameEquality': 'eine Gleichheit',
  'relate.latexBothDiagonal': '(beide diagonal)',
  'relate.latexKron': '(Zeilen, Spalten des Kronecker-Produkts)',
  'relateFig.title': 'Das Hadamard-Produkt und seine Verwandten',
  'relateFig.subtitle': '{shape}-Matrizen {a}, {b}; {arithmetic}',
  'relateFig.pick1': 'die getönten',
  'relateFig.pick2': 'Einträge nehmen',
  'relateFig.pickStacked': '↓ die getönten Einträge nehmen',
  'relateFig.captionShaded':
    'Block (i, j) von {kron} ist {la}ᵢⱼ·{b}, und dessen eigener Eintrag (i, j) ist {la}ᵢⱼ{lb}ᵢⱼ: die Quadrate, in den Farben von {ab}. Grau: der Rest von {kron}, nach Größe schattiert.',
  'relateFig.captionNotDrawn':
    'Block (i, j) von {kron} ist {la}ᵢⱼ·{b}, und dessen eigener Eintrag (i, j) ist {la}ᵢⱼ{lb}ᵢⱼ: die Quadrate, in den Farben von {ab}. Grau: der Rest von {kron}, in dieser Größe nicht gezeichnet.',
  'relateFig.corner': 'das Muster, gezeichnet für die linke obere {k}×{l}-Ecke',
  'relateFig.gather': '↓ die Quadrate einsammeln: {ab}',
  'relateFig.trace': 'Spur-Identität: tr({a}ᵀ{b}) = 1ᵀ({ab})1 = Σᵢⱼ {la}ᵢⱼ{lb}ᵢⱼ:',
  'relateFig.where': 'mit Σᵢⱼ {la}ᵢⱼ{lb}ᵢⱼ =',
  'relateFig.undecided': 'unentschieden',
  'relateFig.inside': '{ab} liegt in {kron}: Zeilen {rows} und Spalten {cols}{check}',
  'relateFig.vectors': 'Vektoren: {la}∘{lb} = diag({la})·{lb}{check}',
  'relateFig.diagonal': '{a} und {b} sind diagonal: {ab} = {ord}{check}',
  'relateFig.notDiagonal': '{a}, {b} nicht beide diagonal: {ab} und {ord} unterscheiden sich im Allgemeinen.',
  'relateFig.alt1': 'Bezüge des Hadamard-Produkts für die {shape}-Matrizen {a} und {b}.',
  'relateFig.alt2':
    'Gezeichnet ist das {kr}×{kc}-Kronecker-Produkt {kron}, die Einträge in den Zeilen {rows} und Spalten {cols} hervorgehoben; zusammen bilden sie {ab}.',
  'relateFig.alt2Checked':
    'Gezeichnet ist das {kr}×{kc}-Kronecker-Produkt {kron}, die Einträge in den Zeilen {rows} und Spalten {cols} hervorgehoben; zusammen bilden sie {ab}, wie geprüft.',
  'relateFig.alt3': 'Spur-Identität: tr({a}ᵀ{b}) = {tr} und die Summe der Einträge von {ab} = {sum}: {verdict}.',
  'relateFig.altEqual': 'gleich',
  'relateFig.altNotEqual': 'ungleich',
  'relateFig.altUndecided': 'gleich auf 1000 Stellen (unentschieden)',
  'relateFig.alt4': 'Beide sind diagonal, also {ab} = {ord}.',

  // ── apply ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'apply.why': 'Warum das Hadamard-Produkt',
  'apply.needsApp': 'apply braucht eine Anwendung: {apps}',
  'apply.needsAppHint': 'Beispiel: /hadamard apply window, /hadamard {example}',
  'apply.notApp': '{word} ist keine Anwendung, die ich zeigen kann; es gibt {apps}',
  'apply.notAppNear': '{word} ist keine Anwendung, die ich zeigen kann — war "{near}" gemeint?; es gibt {apps}',
  'apply.example': 'Beispiel: /hadamard {example}',
  'apply.exampleBare': 'Beispiel: {example}',
  'apply.isNumber': '{word} ist eine Zahl, keine Matrix: Die Einträge gehören in eckige Klammern',
  'apply.unknownWord': 'apply {app} kennt {word} nicht: erlaubt ist {list}',
  'apply.oneChoice': 'apply {app} nimmt nur eine Angabe ({list}); erhalten: {got}',
  'apply.oneOf': 'apply {app} nimmt {key} nur einmal ({list}); erhalten: {got}',
  'apply.list.window': 'ein Fenster: hann, hamming, blackman oder tukey',
  'apply.list.mask': 'causal, padding:k (die letzten k Keys sind Padding) oder beides',
  'apply.list.gate': 'seed:N (N von 0 bis 4294967295) für andere eingebaute Vektoren',
  'apply.list.taper': 'keine Wörter, nur die Matrizen A und B',
  'apply.list.image': 'eine Maske: vignette, checkerboard oder gradient (oder eine Maskenmatrix)',
  'apply.atMost': 'apply {app} nimmt höchstens {max, plural, one {# Matrix} other {# Matrizen}}; gefunden: {found}',
  'apply.atMostFiles':
    'apply {app} nimmt höchstens {max, plural, one {# Matrix} other {# Matrizen}}; gefunden: {found} (angehängte Dateien mitgezählt)',
  'apply.imageNoRoom': 'bei zwei Matrizen (einem Bild und seiner Maske) ist kein Platz für die Maske {word}',
  'apply.imageNoRoomHint':
    'Beispiel: /hadamard apply image [[1,0.5],[0.5,1]] [[0,1],[1,0]] oder /hadamard apply image [[1,0.5],[0.5,1]] vignette',
  'apply.maxOperands': 'höchstens {max} Matrizen; erhalten: {got}',
  'apply.textTooLong': 'die Matrizen sind {length} Zeichen lang; die Grenze ist {max}',
  'apply.notVector': '{what} muss ein Vektor sein (eine Zeile oder eine Spalte), ist aber {shape}',
  'apply.notVectorHint': 'Als Zeile angeben: {example}',
  'apply.numericalFloat': 'Numerisch (Gleitkomma)',
  'apply.window.title': 'Anwendungen: ein {window}-Fenster',
  'apply.window.summary': 'x∘w für {label}, {exact, select, yes {exakt} other {numerisch}}. {drop}',
  'apply.window.theSignal': 'Das Signal',
  'apply.window.tooShort': 'eine Fensterfunktion braucht ein Signal mit mindestens 2 Abtastwerten',
  'apply.window.spectrumX': 'das Spektrum von x',
  'apply.window.spectrumXw': 'das Spektrum von x∘w',
  'apply.window.why':
    'Fensterung ist x∘w: Jeder Abtastwert wird mit dem Fensterwert zum selben Zeitpunkt multipliziert, ein Hadamard-Produkt zweier Vektoren. Die DFT behandelt die n Abtastwerte als eine Periode eines periodischen Signals; ein Ton, der nicht in eine ganze Zahl von Perioden passt, springt deshalb an der Nahtstelle, und dieser Sprung leckt in alle Frequenzen. Das {window}-Fenster lässt beide Enden gegen null abfallen und beseitigt so den Sprung: Der Leck-Effekt sinkt, um den Preis einer breiteren Hauptspitze.',
  'apply.window.drop':
    'Fern der Hauptspitze (mehr als {away} Frequenzbins entfernt) liegt der typische Pegel (Median) des Spektrums bei {before} vor und {after} nach der Fensterung.',
  'apply.window.noDrop':
    'Das Signal ist zu kurz für Frequenzen fern seiner Hauptspitze; die Spektren zeigen die Form trotzdem.',
  'apply.window.builtIn':
    'das eingebaute Signal ({n} Abtastwerte: ein Ton bei 8.5 Perioden, genau zwischen zwei DFT-Bins, und ein um 40 dB schwächerer bei 20.25 Perioden)',
  'apply.window.yours': 'das eigene Signal ({n} Abtastwerte)',
  'apply.window.leakage': 'Leck-Effekt',
  'apply.window.noteExact': 'x∘w ist exakt (rationale Arithmetik).',
  'apply.window.noteFloat': 'Numerisch (Gleitkomma): Das Signal oder das Fenster hat irrationale Werte.',
  'apply.window.note':
    '{exactness} Die Spektren sind Gleitkomma: |DFT| mit fft.js, mit Nullen auf {size} Punkte aufgefüllt, in dB unter der Spitze des jeweiligen Spektrums (gezeichnet bis {floor} dB).',
  'apply.mask.title': 'Anwendungen: eine Attention-Maske',
  'apply.mask.summary':
    '{mask}. softmax(S)∘M hat die Zeilensummen {sums}; renormiert ist es gleich dem Softmax mit −∞ auf den maskierten Scores (numerisch).',
  'apply.mask.sentence': 'Die Katze saß auf der Matte',
  'apply.mask.notSquare':
    'eine kausale Maske braucht so viele Queries wie Keys (eine quadratische Score-Matrix), aber die Scores sind {m}×{n}',
  'apply.mask.notSquareHint': 'Beispiel: {example}, oder padding:1 für jede Form',
  'apply.mask.allPadding': 'padding:{k} maskiert alle {n} Keys, sodass keine Query auf irgendetwas achten könnte',
  'apply.mask.allPaddingHint':
    'Das Padding muss mindestens einen Key übrig lassen: padding:{k}. Beispiel: apply mask padding:2',
  'apply.mask.underflow':
    'die Softmax-Wahrscheinlichkeit von {where} ist etwa 10^{exponent}: zu klein für Gleitkomma (Beträge ungleich null von etwa 4.9×10⁻³²⁴ bis 1.8×10³⁰⁸), und sie als 0 anzuzeigen würde einen Wert ungleich null verlieren',
  'apply.mask.underflowHint':
    'Scores, die sich entlang einer Zeile um höchstens einige Hundert unterscheiden, halten jede Wahrscheinlichkeit im Bereich. Beispiel: {example}',
  'apply.mask.whereToken': 'Query „{query}“ → Key „{key}“ (Eintrag ({i},{j}))',
  'apply.mask.whereEntry': 'Eintrag ({i},{j})',
  'apply.mask.causal': 'kausal: Jede Query sieht sich selbst und die Keys davor',
  'apply.mask.padding':
    'Padding: {k, plural, one {der letzte Key ist Padding und für keine Query sichtbar} other {die letzten # Keys sind Padding und für keine Query sichtbar}}',
  'apply.mask.both':
    'kausal ∘ Padding (auch Masken werden per Hadamard-Produkt kombiniert): keine zukünftigen Keys und nicht die letzten {k}',
  'apply.mask.why':
    'Eine Maske ist eine 0/1-Matrix, die Eintrag für Eintrag über die Attention gelegt wird: P∘M behält die Wahrscheinlichkeiten, die eine Query nutzen darf, und setzt den Rest auf null, ein Hadamard-Produkt. Die genullten Wahrscheinlichkeiten waren Teil des Softmax-Nenners jeder Zeile; eine Zeile von P∘M summiert sich daher zu weniger als 1 und muss erneut durch ihre Summe geteilt (renormiert) werden, um eine Verteilung zu sein. −∞ vor dem Softmax zu den maskierten Scores zu addieren erledigt beides in einem Schritt, da e^−∞ = 0 diese Terme aus dem Nenner entfernt: Beide Konventionen liefern dieselbe Attention.',
  'apply.mask.scores': 'Scores S',
  'apply.mask.mask': 'Maske M',
  'apply.mask.convention1': 'Konvention 1: Wahrscheinlichkeiten mit M multiplizieren, dann renormieren',
  'apply.mask.convention2': 'Konvention 2: −∞ zu den maskierten Scores addieren, dann Softmax',
  'apply.mask.rowSums': 'Zeilensummen von softmax(S)∘M: {sums} (die Masse der maskierten Keys ist weg).',
  'apply.mask.eachRow': 'softmax(S)∘M, jede Zeile durch ihre Summe geteilt:',
  'apply.mask.same':
    'softmax(S + (−∞)·(J − M)) ergibt dieselbe Matrix: Die größte Differenz zwischen beiden ist {difference} (Gleitkomma-Rundung).',
  'apply.mask.note':
    'Numerisch (Gleitkomma): Der Softmax verwendet exp. Maskierte Einträge sind in beiden Konventionen exakt 0; {builtIn, select, yes {die Scores sind die des eingebauten Satzes} other {die Scores sind die eigenen}}{exact, select, yes { und exakt} other {}}.',
  'apply.gate.title': 'Anwendungen: ein LSTM-Gate',
  'apply.gate.summary':
    'cₜ = f∘cₜ₋₁ + i∘g = ({c}) ({d, plural, one {# Zelle} other {# Zellen}}, {exact, select, yes {exakt} other {numerisch}}).',
  'apply.gate.needsFour':
    'gate braucht vier Vektoren, cₜ₋₁ f i g, oder keinen für ein eingebautes Beispiel; erhalten: {n}',
  'apply.gate.needsFourHint': 'Beispiel: /hadamard {example}, oder /hadamard apply gate seed:7',
  'apply.gate.seedWithVectors': 'seed:N erzeugt die Vektoren; bei vier eigenen Vektoren gibt es nichts zu erzeugen',
  'apply.gate.vector': '{name} (der {k, select, 1 {erste} 2 {zweite} 3 {dritte} other {vierte}} Vektor)',
  'apply.gate.lengths':
    'cₜ₋₁ hat {d} Einträge, aber {name} hat {length}: Der Zellschritt multipliziert sie Eintrag für Eintrag',
  'apply.gate.forget': 'f (das Forget-Gate)',
  'apply.gate.input': 'i (das Input-Gate)',
  'apply.gate.notSigmoid': '{name} ist eine Sigmoid-Ausgabe zwischen 0 und 1, aber sein Eintrag {k} ist {value}',
  'apply.gate.notSigmoidHint':
    'Die Einträge eines Gates sagen, wie viel durchgelassen wird: 0 (nichts) bis 1 (alles). Beispiel: /hadamard {example}',
  'apply.gate.why':
    'Jedes Gate ist ein Vektor von Zahlen zwischen 0 und 1, eine pro Speicherzelle, und wirkt über das Hadamard-Produkt: f∘cₜ₋₁ behält einen Anteil des alten Werts jeder Zelle, i∘g schreibt einen Anteil jedes Kandidatenwerts. Jede Zelle wird für sich gesteuert, sodass das Netz eine Zahl über viele Schritte halten kann (f nahe 1, i nahe 0), während es eine andere überschreibt (f nahe 0, i nahe 1). Ein gewöhnliches Matrixprodukt würde die Zellen vermischen; erst das elementweise Produkt lässt jede Zelle für sich erinnern oder vergessen.',
  'apply.gate.most':
    'Zelle {keeps} behält am meisten von ihrem Speicher (f = {f}); Zelle {writes} schreibt am meisten von ihrem Kandidaten (i = {i}).',
  'apply.gate.exact': 'Exakte rationale Arithmetik',
  'apply.gate.note':
    '{exactness}. Das vollständige LSTM berechnet außerdem hₜ = o∘tanh(cₜ), ein weiteres Hadamard-Produkt.',
  'apply.gate.noteSeed':
    '{exactness}; eingebaute Vektoren aus Seed {seed} (`apply gate seed:N` für andere). Das vollständige LSTM berechnet außerdem hₜ = o∘tanh(cₜ), ein weiteres Hadamard-Produkt.',
  'apply.taper.title': 'Anwendungen: Kovarianz-Tapering',
  'apply.taper.summary':
    '{ab} ist {verdict}{hypothesis, select, yes {, wie Schur garantiert} other {}}; {zeros} von {total} Einträgen sind exakt 0 ({exact, select, yes {exakt} other {numerisch}}).',
  'apply.taper.tooMany': 'taper nimmt höchstens zwei Matrizen, A und B; erhalten: {n}',
  'apply.taper.notSquare': '{name} ist {shape}: Eine Kovarianzmatrix ist quadratisch',
  'apply.taper.shapes': '{a} ist {shapeA}, aber {b} ist {shapeB}; das elementweise Produkt braucht gleiche Größen',
  'apply.taper.describeA': 'exponentielle (AR(1)-)Korrelation ρ^|i−j|, kms({n}, 9/10)',
  'apply.taper.describeB': 'Wendland-Taper (1 − r)⁴(4r + 1), r = |i − j|/{w}, null ab Lag {w}',
  'apply.taper.givenMatrix': 'die angegebene Matrix',
  'apply.taper.notComputed': 'nicht berechnet',
  'apply.taper.holds':
    '{a} und {b} sind positiv semidefinit, also garantiert der Schur-Produktsatz {ab} ⪰ 0, und die Prüfung bestätigt es: {verdict}.',
  'apply.taper.fails':
    'Der Satz verlangt, dass beide Faktoren positiv semidefinit sind, und {failing}: Er verspricht nichts, und {ab} ist {verdict}.',
  'apply.taper.zeros': '{zeros} der {total} Einträge von {ab} sind exakt 0.',
  'apply.taper.why':
    'Tapering multipliziert eine Kovarianzmatrix elementweise mit einem Taper, der ab einem gewissen Abstand exakt 0 ist: Das Hadamard-Produkt behält nahe Kovarianzen (leicht gedämpft) und setzt ferne auf null, sodass die Matrix dünn besetzt und schnell zu faktorisieren ist. Einträge einer Kovarianzmatrix von Hand auf null zu setzen kann die positive Semidefinitheit zerstören; die Multiplikation mit einem positiv semidefiniten Taper kann das nicht, denn das Hadamard-Produkt positiv semidefiniter Matrizen ist positiv semidefinit (Schur). Deshalb wählt man Taper unter den positiv definiten Funktionen, etwa die von Wendland.',
  'apply.taper.lambdaNote':
    'Die λmin sind die Mittelpunkte zertifizierter Einschließungen (Indizien, nicht das Urteil).',
  'apply.image.title': 'Anwendungen: ein Bild Pixel für Pixel filtern',
  'apply.image.summary':
    '{what} ∘ {mask}: Pixel ({row},{col}) wird zu {product}{exact, select, yes { (exakt)} other {}}.',
  'apply.image.theImage': 'Das Bild',
  'apply.image.theMask': 'Die Maske',
  'apply.image.notBrightness':
    '{what} enthält Helligkeiten von 0 (schwarz) bis 1 (weiß) oder 0 bis 255, aber Eintrag ({i},{j}) ist {value}',
  'apply.image.notBrightnessHint':
    'Beispiel: /hadamard {example} (eine Maske: wie viel von jedem Pixel durchgeht, 0 bis 1)',
  'apply.image.vignette': 'eine Vignette (1 in der Mitte, 1/4 in den Ecken)',
  'apply.image.checkerboard': 'ein Schachbrett (1 behält ein Feld, 0 schwärzt es)',
  'apply.image.gradient': 'ein Verlauf (0 am linken Rand bis 1 am rechten)',
  'apply.image.yourMask': 'die eigene {rows}×{cols}-Maske',
  'apply.image.yourMaskBlocks': 'die eigene {rows}×{cols}-Maske, jeder Eintrag deckt einen Block von {h}×{w} Pixeln ab',
  'apply.image.yourImage': 'das eigene {h}×{w}-Bild',
  'apply.image.givenImage': 'das {h}×{w}-Bild',
  'apply.image.builtIn': 'das eingebaute {h}×{w}-Farbbild',
  'apply.image.why':
    'Ein Graustufenbild ist eine Matrix von Helligkeiten (ein Farbbild sind drei davon, eine pro Kanal), und eine Maske derselben Größe sagt, wie viel von jedem Pixel durchgeht. Filtern mit einer Maske ist Bild ∘ Maske: Jedes Ausgabepixel ist das Eingabepixel mal dem Maskenwert an derselben Stelle, sonst nichts, genau das Hadamard-Produkt (bei Farbe wird die Maske für alle drei Kanäle wiederholt). Anders als bei einer Unschärfe oder irgendeiner Faltung schaut kein Pixel auf seine Nachbarn.',
  'apply.image.image': 'Bild',
  'apply.image.mask': 'Maske',
  'apply.image.pixel':
    'Pixel ({row},{col}){rgb, select, yes {, roter Kanal} other {}}: {product} (Helligkeit von 0 bis 1).\nMittlere Helligkeit: {before} vorher, {after} nachher.',
  'apply.image.exact': 'Das Pixel oben ist exakt (rationale Arithmetik)',
  'apply.image.note':
    '{exactness}{scaled, select, yes {; 8-Bit-Werte wurden durch 255 geteilt} other {}}. Die Abbildung zeichnet die Bilder auf 8 Bit pro Kanal gerundet.',
  'applyFig.window.heading': 'Fensterung: x ∘ w, ein {window}-Fenster',
  'applyFig.window.sub': '{n} Abtastwerte · x∘w {exact, select, yes {exakt} other {numerisch}}',
  'applyFig.window.subBuiltIn':
    '{n} Abtastwerte (eingebaut: ein Ton und ein um 40 dB schwächerer) · x∘w {exact, select, yes {exakt} other {numerisch}}',
  'applyFig.window.signal': 'Signal x',
  'applyFig.window.window': '∘ Fenster w ({window})',
  'applyFig.window.product': '= x ∘ w: jeder Abtastwert mal dem Fensterwert dort',
  'applyFig.window.spectrum': 'Betragsspektrum (dB unter der Spitze)',
  'applyFig.window.weakTone': 'schwacher Ton',
  'applyFig.window.frequency': 'Frequenz, Perioden pro Abtastwert',
  'applyFig.window.before': 'vorher: x allein',
  'applyFig.window.beforeFar': 'vorher: x allein, fern der Spitze {level}',
  'applyFig.window.after': 'nachher: x∘w ({window})',
  'applyFig.window.afterFar': 'nachher: x∘w ({window}), fern der Spitze {level}',
  'applyFig.window.alt':
    'Fensterung eines Signals mit {n} Abtastwerten durch ein {window}-Fenster: Drei Streifen zeigen das Signal x, das Fenster w (0 an beiden Enden, 1 in der Mitte) und ihr elementweises Produkt x∘w, das an beiden Enden auf 0 abklingt.',
  'applyFig.window.altSpectra':
    'Darunter die Betragsspektren in dB: das Signal allein (gestrichelt) und x∘w (durchgezogen).',
  'applyFig.window.altLeak':
    'Fern der Hauptspitze sinkt der typische Pegel des Spektrums von {before} vor auf {after} nach der Fensterung: weniger Leck-Effekt.',
  'applyFig.window.altWeak': 'Mit dem Fenster hebt sich der schwache zweite Ton vom Leck-Effekt ab.',
  'applyFig.mask.heading': 'Attention-Maske: Softmax, dann ∘ M',
  'applyFig.mask.subBuiltIn': 'eingebauter Satz · Gleitkomma (Softmax verwendet exp)',
  'applyFig.mask.sub': 'eigene {m}×{n}-Scores · Gleitkomma (Softmax verwendet exp)',
  'applyFig.mask.scores': 'Scores S',
  'applyFig.mask.rowsCols': 'Zeilen: Queries, Spalten: Keys',
  'applyFig.mask.mask': 'Maske M',
  'applyFig.mask.lessThan1': 'Zeilensummen unter 1',
  'applyFig.mask.divide': '÷ Zeilensummen',
  'applyFig.mask.minusInfinity': '= softmax(S − ∞ wo M 0 ist)',
  'applyFig.mask.probability': 'Wahrscheinlichkeit',
  'applyFig.mask.masked': 'maskiert: exakt 0',
  'applyFig.mask.paragraph':
    'Jede Zeile von softmax(S)∘M summiert sich zu weniger als 1: Der Anteil der maskierten Keys ist weg. Teilen durch die Zeilensumme oder −∞ vor dem Softmax auf die maskierten Scores ergibt dieselbe Attention (größte Differenz {difference}).',
  'applyFig.mask.alt':
    'Attention mit einer {mask}-Maske auf einer {m}×{n}-Score-Matrix. Vier Heatmaps: die Scores; die 0/1-Maske (maskierte Zellen schraffiert); Softmax der Scores mal Maske, deren Zeilen sich zu {sums} summieren; und die renormierte Attention, gleich dem Softmax mit minus unendlich auf den maskierten Scores. Renormierte Zeilen: {rows}.',
  'applyFig.gate.keep': 'behalten: f ∘ cₜ₋₁',
  'applyFig.gate.write': 'schreiben: i ∘ g',
  'applyFig.gate.sum': 'Summe',
  'applyFig.gate.heading': 'LSTM-Zellschritt: cₜ = f∘cₜ₋₁ + i∘g',
  'applyFig.gate.sub':
    '{n, plural, one {# Speicherzelle} other {# Speicherzellen}} · eigene Vektoren · {exact, select, yes {exakt} other {numerisch}}',
  'applyFig.gate.subBuiltIn':
    '{n, plural, one {# Speicherzelle} other {# Speicherzellen}} · eingebaut, Seed {seed} · {exact, select, yes {exakt} other {numerisch}}',
  'applyFig.gate.paragraph':
    'Grüne Balkenanzeigen: wie viel von jeder Zelle durchgeht (0 bis 1). Balken: Werte, rechts der Linie positiv, links negativ. Jede Zelle wird für sich gesteuert: Das ist das elementweise Produkt.',
  'applyFig.gate.cell': 'Zelle {k}: {f} × {c0} = {kept} behalten, {i} × {g} = {written} geschrieben, neuer Zustand {c}',
  'applyFig.gate.alt':
    'Ein LSTM-Zellschritt mit {n} Zellen, c_t = f∘c_(t−1) + i∘g, als Tabelle aus Anzeigen und Balken. {rows}{more}.',
  'applyFig.taper.heading': 'Kovarianz-Tapering: A ∘ B',
  'applyFig.taper.subExact': '{n}×{n} · exakte Befunde · λmin: Gleitkomma-Indiz',
  'applyFig.taper.subFloat': '{n}×{n} · Gleitkomma · λmin: Gleitkomma-Indiz',
  'applyFig.taper.psdRank': 'positiv semidefinit, Rang {rank}',
  'applyFig.taper.notPsd': 'nicht positiv semidefinit',
  'applyFig.taper.zero': 'exakt 0',
  'applyFig.taper.paragraph': '{describeA}; {describeB}. {zeros} von {total} Einträgen von {ab} sind exakt 0. {schur}',
  'applyFig.taper.schur': '{a} und {b} sind positiv semidefinit, also auch {ab} (Schur).',
  'applyFig.taper.noSchur': 'Schurs Voraussetzung ist hier nicht erfüllt: keine Garantie.',
  'applyFig.taper.alt':
    'Kovarianz-Tapering mit {n}×{n}-Matrizen, drei Heatmaps auf einer gemeinsamen Farbskala: {a} ({describeA}), {verdictA}, kleinster Eigenwert {lambdaA}; {b} ({describeB}), {verdictB}, kleinster Eigenwert {lambdaB}; und {ab}, {verdictAB}, kleinster Eigenwert {lambdaAB}, mit {zeros} von {total} Einträgen exakt null (schraffiert), ein Band entlang der Diagonale.',
  'applyFig.taper.altSchur':
    'Nach dem Schur-Produktsatz ist das Produkt zweier positiv semidefiniter Matrizen positiv semidefinit.',
  'applyFig.image.heading': 'Pixelweises Filtern: Bild ∘ Maske',
  'applyFig.image.subBuiltIn': 'eingebautes Testbild · mittlere Helligkeit {before} → {after}',
  'applyFig.image.sub': 'eigenes Bild · mittlere Helligkeit {before} → {after}',
  'applyFig.image.image': 'Bild',
  'applyFig.image.mask': 'Maske',
  'applyFig.image.product': 'Bild ∘ Maske',
  'applyFig.image.rgb': '{h}×{w}, RGB',
  'applyFig.image.grey': '{h}×{w}, Graustufen',
  'applyFig.image.maskNote': '{mask}, 0 bis 1',
  'applyFig.image.yourMask': 'eigene Maske',
  'applyFig.image.vignette': 'Vignette',
  'applyFig.image.checkerboard': 'Schachbrett',
  'applyFig.image.gradient': 'Verlauf',
  'applyFig.image.pixelByPixel': 'Pixel für Pixel',
  'applyFig.image.workedOutlined': 'Pixel ({row},{col}){rgb, select, yes {, rot} other {}}, umrandet: {product}',
  'applyFig.image.worked': 'Pixel ({row},{col}){rgb, select, yes {, rot} other {}}: {product}',
  'applyFig.image.paragraph':
    'Jedes Ausgabepixel ist das Eingabepixel mal dem Maskenwert an derselben Stelle (bei Farbe in jedem Kanal): Nachbarn spielen keine Rolle.',
  'applyFig.image.altVignette': 'eine Vignette, hell in der Mitte und zu den Ecken hin dunkler',
  'applyFig.image.altCheckerboard':
    'ein Schachbrett aus weißen Feldern (1, behalten) und schwarzen Feldern (0, entfernt)',
  'applyFig.image.altGradient': 'ein Verlauf von Schwarz am linken Rand zu Weiß am rechten',
  'applyFig.image.altMatrix': 'die angegebene Maske',
  'applyFig.image.altBuiltIn': 'ein eingebautes Testbild (Himmel, Sonne, Hügel, ein Baum und ein gestreiftes Feld)',
  'applyFig.image.altSized': 'ein {h}×{w}-Bild',
  'applyFig.image.alt':
    'Pixelweises Filtern: {what}; {mask}; und ihr elementweises Produkt, das gefilterte Bild, nebeneinander. {worked}. Mittlere Helligkeit {before} vorher und {after} nachher.',

  // ── groups ────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'groups.example': 'Beispiel: {command}',
  'groups.permission': 'die Berechtigung, diesen Kanal zu verwalten',
  'groups.permission.discord': 'die Berechtigung „Kanäle verwalten“',
  'groups.permission.slack': 'Admin- oder Inhaberrechte im Slack-Workspace',
  'groups.notQuizId':
    '{word} ist keine Quiz-ID: IDs sind der Buchstabe q und einige Buchstaben oder Ziffern, etwa q7k2m9, und jede Quiz-Nachricht zeigt ihre eigene',
  'scores.notPeriod': '{word} ist kein Zeitraum: die Bestenliste gilt für diese Woche (week) oder insgesamt (all)',
  'scores.you': 'du',
  'scores.when.week': 'diese Woche',
  'scores.when.all': 'insgesamt',
  'scores.when.weekOf': 'die Woche vom {date} (endgültig)',
  'scores.title': 'Bestenliste, {when}',
  'scores.leaderboard': 'Bestenliste',
  'scores.nothingCounted': 'noch nichts gezählt',
  'scores.counted': '{correct} von {answered} richtig',
  'scores.countedStreak': '{correct} von {answered} richtig, Serie {streak} {streak, plural, one {Tag} other {Tage}}',
  'scores.pendingPoints': ' (+{pending} ausstehend)',
  'scores.pendingAnswers': ' ({answers} {answers, plural, one {Antwort} other {Antworten}} ausstehend)',
  'scores.line': '{rank}. {name}: **{points}** {points, plural, one {Punkt} other {Punkte}}{pending}, {counted}',
  'scores.lead.you': 'du führst mit {points} {points, plural, one {Punkt} other {Punkten}}.',
  'scores.lead.one': '{leader} führt mit {points} {points, plural, one {Punkt} other {Punkten}}.',
  'scores.lead.shared': '{names} teilen sich die Führung mit {points} {points, plural, one {Punkt} other {Punkten}}.',
  'scores.lead.nonePending': 'noch keine Punkte gezählt: {pending} stehen aus, bis ihre Runden schließen.',
  'scores.lead.none': 'noch keine Punkte: eine richtige Antwort bringt dich auf die Liste.',
  'scores.list.two': '{first} und {second}',
  'scores.list.many': '{rest} und {last}',
  'scores.summary': '{players} {players, plural, one {Teilnehmer} other {Teilnehmende}} ({when}); {lead}',
  'scores.minePending':
    ' Deine {pending} ausstehenden {pending, plural, one {Punkt zählt} other {Punkte zählen}}, sobald {answers, plural, one {die Runde schließt} other {ihre Runden schließen}}.',
  'scores.empty': 'Noch keine Antworten ({when}): starte eine Runde mit /hadamard quiz.',
  'scores.rules':
    'Punkte: 10 pro richtiger Antwort (plus ein Tempobonus, wenn der Kanal ihn einschaltet), gezählt, wenn die Runde schließt (bis dahin ausstehend); bei gleicher Punktzahl gleicher Rang; die Serie zählt Tage in Folge mit einer richtigen Antwort.',
  'scores.pin.notAllowed': 'Die Bestenliste anzuheften erfordert {permission}; /hadamard scores zeigt sie dir jetzt',
  'scores.pin.notAllowedHint': 'Frag jemanden, der den Kanal verwaltet, oder sieh dir die Liste an: /hadamard scores',
  'scores.pin.noPoster':
    'eine angeheftete Bestenliste ist eine Nachricht, die der Bot in einem Chat-Kanal bearbeitet, und hier kann er nicht posten',
  'scores.pin.noPosterHint':
    'Hefte sie in einem Slack- oder Discord-Kanal an (oder auf der lokalen Seite): /hadamard scores pin',
  'scores.pin.refused': 'die Bestenliste konnte in diesem Kanal nicht gepostet werden (ist der Bot Mitglied?)',
  'scores.pin.refusedHint': 'Lade den Bot in den Kanal ein, dann: /hadamard scores pin',
  'scores.pin.replaced': 'Diese Bestenliste wird nicht mehr aktualisiert: der Kanal hat unten eine neue angeheftet.',
  'scores.pin.title': 'Bestenliste angeheftet',
  'scores.pin.summaryWeek':
    'Die Bestenliste der Woche ist in diesem Kanal gepostet und wird an Ort und Stelle aktualisiert, wenn Runden schließen (höchstens alle {seconds} s).',
  'scores.pin.summaryAll':
    'Die Gesamt-Bestenliste ist in diesem Kanal gepostet und wird an Ort und Stelle aktualisiert, wenn Runden schließen (höchstens alle {seconds} s).',
  'scores.pin.previous': ' Die vorher angeheftete wird nicht mehr aktualisiert.',
  'scores.pin.footer':
    '_Angeheftet: diese Bestenliste aktualisiert sich, wenn Runden schließen. Aktualisiert: {time}._',
  'scores.fig.noAnswers': 'keine Antworten',
  'scores.fig.accuracy': '{correct} von {answered} richtig ({pct} %)',
  'scores.fig.streak': 'Serie {n} {n, plural, one {Tag} other {Tage}}',
  'scores.fig.noStreak': 'keine Serie',
  'scores.fig.pendingPoints': '+{points} ausstehend',
  'scores.fig.pendingAnswers': '{n} {n, plural, one {Antwort} other {Antworten}} ausstehend',
  'scores.fig.you': '(du)',
  'scores.fig.subtitle': '{n} {n, plural, one {Teilnehmer} other {Teilnehmende}} · Balkenlänge = Punkte',
  'scores.fig.subtitleEmpty': 'Punkte, Trefferquote und Serien erscheinen hier',
  'scores.fig.emptyWeek': 'Diese Woche noch keine Antworten.',
  'scores.fig.emptyAll': 'In diesem Kanal noch keine Antworten.',
  'scores.fig.emptyBody':
    'Starte eine Runde mit /hadamard quiz: jede richtige Antwort bringt dich auf die Liste, und eine richtige pro Tag ergibt eine Serie.',
  'scores.fig.altEmpty': 'Bestenliste, {when}: noch keine Antworten. Starte eine Runde mit /hadamard quiz.',
  'scores.fig.more': 'und {n} {n, plural, one {weitere Person} other {weitere Personen}}',
  'scores.fig.legend':
    'Trefferquote: richtige Antworten von allen gegebenen. Serie: Tage in Folge mit einer richtigen Antwort.',
  'scores.fig.legendPending': ' Schraffiert: Punkte, die ausstehen, bis ihre Runde schließt.',
  'scores.fig.alt':
    'Bestenliste, {when}, {n} {n, plural, one {Teilnehmer} other {Teilnehmende}}, Balkenlänge = Punkte: ',
  'scores.fig.altRow':
    '{rank}. {name}: {points} {points, plural, one {Punkt} other {Punkte}}{pending}, {accuracy}, {streak}',
  'settings.desc.private': 'Antworten sind privat (flüchtig), sofern nicht anders verlangt',
  'settings.desc.figures': 'Antworten kommen mit ihren Abbildungen',
  'settings.desc.numbers': 'exakte Werte als Brüche oder als Dezimalzahlen',
  'settings.desc.quiz_seconds': 'wie lange ein Quiz offen bleibt, bevor die Antwort aufgedeckt wird',
  'settings.desc.theme': 'die Kartenfarbe der Abbildungen',
  'settings.desc.speed_bonus': 'ein kleiner Bonus für frühes Antworten (Richtigkeit zählt immer zuerst)',
  'settings.desc.timezone':
    'die Ortszeit des Kanals: wann Zeitpläne laufen und wann seine Woche beginnt (Montag 00:00)',
  'settings.desc.language': 'die Sprache der Beiträge im Kanal (private Antworten folgen der Sprache jeder Person)',
  'settings.values.onOff': 'on oder off',
  'settings.values.numbers': 'fractions oder decimals',
  'settings.values.quiz_seconds': '{min} bis {max} Sekunden',
  'settings.values.theme': 'light oder dark',
  'settings.values.timezone': 'eine IANA-Zeitzone wie Europe/Berlin oder Europe/Vienna',
  'settings.values.language': 'en, es, pt-BR, fr oder de',
  'settings.source.channel': 'Kanal',
  'settings.source.workspace': 'Workspace',
  'settings.source.default': 'Standard',
  'settings.unknownKey': '{word} ist keine Einstellung; die Einstellungen sind {keys}',
  'settings.unknownKeyHint': 'Einstellungen: {keys}. Beispiel: /hadamard settings quiz_seconds 90',
  'settings.badSeconds': 'quiz_seconds muss zwischen {min} und {max} Sekunden liegen; {word} sind {seconds} s',
  'settings.badZone':
    '{word} ist keine Zeitzone, die ich kenne: gib einen IANA-Namen an (Region/Stadt), der der Sommerzeit folgt',
  'settings.badZoneHint': 'Beispiel: {command} (oder America/New_York, Asia/Tokyo, UTC)',
  'settings.badValue': '{word} ist kein Wert von {key}: möglich sind {values} (oder default)',
  'settings.oneValue': 'settings nimmt eine Einstellung und einen Wert; gefunden: {words}',
  'settings.notAllowed':
    'Die Einstellungen des Kanals zu ändern erfordert {permission}; ansehen kannst du sie weiterhin mit /hadamard settings',
  'settings.notAllowedHint':
    'Frag jemanden, der den Kanal verwaltet, oder zeig die Einstellungen an: /hadamard settings',
  'settings.line': '- `{key}`: **{value}** ({source}) — {description}; {values}',
  'settings.changed': '{key} ist in diesem Kanal jetzt {value} (vorher {previous}).',
  'settings.shown': '{key} ist hier {value} ({source}).',
  'settings.all': 'Die Einstellungen dieses Kanals und woher jeder Wert kommt.',
  'settings.title': 'Einstellungen',
  'settings.howToChange':
    'Eine ändern: `/hadamard settings <key> <value>` (oder `default`). Erfordert die Berechtigung, den Kanal zu verwalten.',
  'schedule.forms':
    'schedule daily HH:MM <Befehl>, schedule weekdays HH:MM <Befehl>, schedule weekly <mon…sun> HH:MM <Befehl>, schedule remove <id> oder schedule (die Liste)',
  'schedule.notId':
    '{word} ist keine Zeitplan-ID: IDs sind der Buchstabe s und einige Buchstaben oder Ziffern, etwa s4k9x2; /hadamard schedule listet sie',
  'schedule.listNoWords': 'schedule list nimmt keine weiteren Wörter',
  'schedule.removeNeedsId': 'schedule remove braucht die ID des Zeitplans, der entfernt werden soll',
  'schedule.removeOneId': 'schedule remove nimmt genau eine ID; gefunden: {words}',
  'schedule.removeHint': 'Beispiel: /hadamard schedule remove s4k9x2 (/hadamard schedule listet die IDs)',
  'schedule.notEvery':
    '{word} sagt nicht, wie oft ein Zeitplan läuft: täglich (daily), werktags (weekdays, Montag bis Freitag) oder wöchentlich (weekly)',
  'schedule.formsHint': 'Die Formen: {forms}. Beispiel: {command}',
  'schedule.needsDay': 'ein wöchentlicher Zeitplan braucht seinen Tag: {days}',
  'schedule.notDay': '{word} ist kein Tag: ein wöchentlicher Zeitplan braucht seinen Tag: {days}',
  'schedule.dailyNoDay':
    'ein daily-Zeitplan läuft jeden Tag und nimmt daher keinen Tag; für einen Tag pro Woche: weekly {day}',
  'schedule.weekdaysNoDay':
    'ein weekdays-Zeitplan läuft Montag bis Freitag und nimmt daher keinen Tag; für einen Tag pro Woche: weekly {day}',
  'schedule.needsTime': 'ein Zeitplan braucht seine Ortszeit als HH:MM (24 Stunden), z. B. 09:00 oder 17:30',
  'schedule.notTime':
    '{word} ist keine Uhrzeit: ein Zeitplan braucht seine Ortszeit als HH:MM (24 Stunden), z. B. 09:00 oder 17:30',
  'schedule.needsCommand':
    'ein Zeitplan braucht nach seiner Uhrzeit den Befehl, den er ausführt, z. B. quiz schur medium oder scores week',
  'schedule.tooLong': 'der geplante Befehl ist {length} Zeichen lang; ein Zeitplan führt höchstens {max} aus',
  'schedule.noSchedule':
    'ein Zeitplan kann nicht schedule ausführen: er führt einen Befehl des Kanals aus, etwa quiz, scores oder apply',
  'schedule.notAllowed':
    'Die Zeitpläne des Kanals zu ändern erfordert {permission}; ansehen kannst du sie weiterhin mit /hadamard schedule',
  'schedule.notAllowedHint': 'Frag jemanden, der den Kanal verwaltet, oder liste die Zeitpläne: /hadamard schedule',
  'schedule.title': 'Zeitpläne',
  'schedule.count': '{n} {n, plural, one {Zeitplan} other {Zeitpläne}} in diesem Kanal (von höchstens {max}).',
  'schedule.none': 'Dieser Kanal hat noch keine Zeitpläne.',
  'schedule.howTo':
    'Einen hinzufügen: `/hadamard schedule daily 09:00 quiz schur medium`, `/hadamard schedule weekly fri 17:00 scores week`; einen entfernen: `/hadamard schedule remove <id>`. Uhrzeiten gelten in der Zeitzone des Kanals (`/hadamard settings timezone Europe/Berlin`). Erfordert die Berechtigung, den Kanal zu verwalten.',
  'schedule.badCommand': 'der geplante Befehl funktioniert nicht: {message}',
  'schedule.badCommandHint':
    '{hint} — Ein Zeitplan führt einen Befehl so aus, wie du ihn tippen würdest, z. B. /hadamard schedule daily 09:00 quiz schur medium',
  'schedule.notSchedulable':
    'ein Zeitplan kann {verb} nicht ausführen: ein geplanter Lauf postet im Kanal für alle, im Namen von niemandem',
  'schedule.notSchedulablePin':
    'ein Zeitplan kann scores pin nicht ausführen (eine angeheftete Bestenliste aktualisiert sich selbst): ein geplanter Lauf postet im Kanal für alle, im Namen von niemandem',
  'schedule.notSchedulableHint':
    'Plane, was der Kanal sehen soll: /hadamard schedule daily 09:00 quiz oder /hadamard schedule weekly mon 09:00 scores week',
  'schedule.full': 'dieser Kanal hat {max} Zeitpläne, mehr sind nicht möglich; entferne zuerst einen',
  'schedule.fullHint': 'Sieh sie dir mit /hadamard schedule an und entferne einen: /hadamard schedule remove <id>',
  'schedule.addedTitle': 'Zeitplan {id}',
  'schedule.added': 'Geplant: `{command}` {when}. Erster Lauf: {time}.',
  'schedule.addedBody':
    'Er postet in diesem Kanal für alle. Entfernen mit `/hadamard schedule remove {id}`; auflisten mit `/hadamard schedule`.',
  'schedule.noSuch': 'dieser Kanal hat keinen Zeitplan {id}',
  'schedule.noSuchHint': 'Liste die Zeitpläne mit ihren IDs: /hadamard schedule',
  'schedule.removedTitle': 'Zeitplan {id} entfernt',
  'schedule.removed': 'Zeitplan {id} ist entfernt: er läuft nicht mehr.',
  'schedule.when.daily': 'täglich um {at} ({zone})',
  'schedule.when.weekdays': 'werktags um {at} ({zone})',
  'schedule.when.weekly': 'jeden {day} um {at} ({zone})',
  'schedule.line': '`{id}` {when}: `{command}` — nächster Lauf: {time}',
  'schedule.footer': '_Geplant {when} (`{id}`): `/hadamard {command}`._',
  'me.noWords': 'me nimmt keine Wörter; gefunden: {words}',
  'me.noWordsHint': 'Beispiel: /hadamard me (und /hadamard practice für eine Frage zu deinem schwächsten Thema)',
  'me.accuracy': '{correct} von {answered} richtig ({pct} %)',
  'me.notTried': 'nicht versucht',
  'me.none': 'Hier gibt es noch keine Antworten von dir. Versuch {practice}: eine private Frage, nur für dich.',
  'me.summary':
    '{points} {points, plural, one {Punkt} other {Punkte}} in diesem Kanal{pending}; {accuracy}{practiced}{streak}.',
  'me.summaryPending': ' (+{pending} ausstehend, bis ihre Runden schließen)',
  'me.summaryPracticed': ', davon {n} im Training',
  'me.summaryStreak': '; Serie {n} {n, plural, one {Tag} other {Tage}}',
  'me.byTopic': 'Trefferquote nach Thema',
  'me.topic': '- {topic}: {accuracy}',
  'me.topicWeakest': '- {topic}: {accuracy} ← das üben',
  'me.mistakes': 'Die Fehler, die deine falschen Antworten gewählt haben',
  'me.next': 'Als Nächstes',
  'me.nextBody':
    '{practice}: {why}. Übungsfragen gehören dir allein: sie zählen hier, nie auf der Bestenliste des Kanals.',
  'me.whyUntried': 'ein Thema, das du noch nicht versucht hast',
  'me.whyLowest': 'deine niedrigste Trefferquote: {correct} von {answered} richtig in {topic}',
  'me.title': 'Dein Fortschritt',
  'me.fig.tally': '{correct} von {answered} ({pct} %)',
  'me.fig.noAnswers': 'noch keine Antworten',
  'me.fig.overall': '{correct} von {answered} richtig ({pct} %)',
  'me.fig.overallPracticed': '{correct} von {answered} richtig ({pct} %), {practiced} im Training',
  'me.fig.streak': 'Serie {n} {n, plural, one {Tag} other {Tage}}',
  'me.fig.noStreak': 'keine Serie',
  'me.fig.points': '{n} {n, plural, one {Punkt} other {Punkte}}',
  'me.fig.pointsPending': '{n} {n, plural, one {Punkt} other {Punkte}} (+{pending} ausstehend)',
  'me.fig.title': 'Dein Fortschritt: Trefferquote nach Thema',
  'me.fig.legend':
    'Balkenlänge = Anteil richtiger Antworten; gestrichelt: nicht versucht. {topic} (orange) ist das Thema zum Üben.',
  'me.fig.mistakes': 'Deine am häufigsten gewählten Fehler',
  'me.fig.next': 'Als Nächstes: {command}',
  'me.fig.alt': 'Dein Fortschritt: {points}{pending}, {overall}, {streak}. ',
  'me.fig.altPending': ', {pending} ausstehend',
  'me.fig.altTopics': 'Trefferquote nach Thema: {topics}. ',
  'me.fig.altMistakes': 'Am häufigsten gewählte Fehler: {list}. ',
  'me.fig.altSuggested': 'Vorschlag: practice {topic} {level}.',
  'class.notView':
    '{word} ist keine Ansicht von class: class zeigt diese Woche, class export sendet die Antworten als CSV',
  'class.notAllowedView': 'die Klassenansicht ist für alle, die diesen Kanal verwalten ({permission})',
  'class.notAllowedExport': 'der Klassenexport ist für alle, die diesen Kanal verwalten ({permission})',
  'class.notAllowedHint': 'Deinen eigenen Fortschritt kannst du sehen: /hadamard me',
  'class.summary':
    'Diese Woche: {players} {players, plural, one {Teilnehmer} other {Teilnehmende}}, {rounds} {rounds, plural, one {Runde} other {Runden}} ({closed} geschlossen), {answered} {answered, plural, one {Antwort} other {Antworten}}, {pct} richtig.',
  'class.none':
    'Diese Woche noch keine Antworten auf geschlossene Runden ({rounds} {rounds, plural, one {Runde} other {Runden}} gestartet).',
  'class.byTopic': 'Trefferquote nach Thema',
  'class.topic':
    '- {topic}: {correct} von {answered} richtig ({pct}), {players} {players, plural, one {Teilnehmer} other {Teilnehmende}}',
  'class.topicNotAsked': '- {topic}: nicht gefragt',
  'class.misconceptions': 'Am häufigsten gewählte Fehlvorstellungen',
  'class.counted':
    'Gezählt: Antworten auf die geschlossenen Runden dieser Woche (Wochen beginnen montags, UTC); Übungsfragen sind privat und zählen nicht. Die Antworten als Datei: `{command}`.',
  'class.title': 'Klassenansicht, diese Woche',
  'class.exportTitle': 'Klassenexport',
  'class.exportSummary':
    '{file}: {n} {n, plural, one {Antwort} other {Antworten}} auf die geschlossenen Runden dieses Kanals, älteste zuerst{truncated}.',
  'class.exportTruncated': ' (die neuesten {max}: es gibt mehr)',
  'class.exportEmpty':
    '{file}: noch keine Antworten auf geschlossene Runden dieses Kanals (die Datei hat nur ihre Kopfzeile).',
  'class.exportColumns':
    'Spalten: {columns}. Eine Zeile pro Antwort; Zeiten in UTC (ISO 8601). Nur Nutzer-IDs (keine Namen); Übungsfragen und noch offene Runden fehlen.',
  'class.exportFile': 'Die Antworten auf die Quizrunden dieses Kanals ({n})',
  'forget.noWords': 'forget-me nimmt keine Wörter; gefunden: {words}',
  'forget.title': 'Vergessen',
  'forget.summary':
    'Gelöscht: {answers} {answers, plural, one {Antwort} other {Antworten}} (samt Punkten, Fehlvorstellungen und Training), {practice} {practice, plural, one {Übungsfrage} other {Übungsfragen}} und {replies} {replies, plural, one {Bearbeitungslink} other {Bearbeitungslinks}}; {rounds, plural, one {das von dir gestartete Quiz bleibt} other {die {rounds} von dir gestarteten Quiz bleiben}} für die anderen, die geantwortet haben, ohne deinen Namen.',
  'forget.body':
    'Das gilt für jeden Kanal auf {platform}: deine Punkte, /hadamard me und die Klassenansichten zählen dich nicht mehr. Der Bot hat nie den Text deiner Nachrichten gespeichert, nur IDs, Auswahlen und Zeiten.',

  // ── errors ────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'err.hint.empty_command': 'Probier: {example} — oder `/hadamard help` für alles, was der Bot kann.',
  'err.hint.text_too_long': 'Schick kleinere Matrizen (bis 12×12) oder teile die Frage auf mehrere Befehle auf.',
  'err.hint.unknown_verb':
    'Verben: product, schur, psd, oppenheim, props, relate, apply, explain, help; in einem Kanal auch quiz, answer, reveal, scores, settings, forget-me, schedule. Beispiel: /hadamard schur [[2,1],[1,2]] [[1,1],[1,1]]',
  'err.hint.unknown_word':
    'Matrizen sehen so aus: [[2,3],[4,1]] oder [2 3; 4 1]; Konstruktoren: eye(3), ones(2,3), hilbert(4), pascal(4), diag(1,2,3), I3, J3, kms(4, 1/2), gauss(4, 2), hann(5), causal(4), toeplitz(1, 1/2, 0). Beispiel: {example}',
  'err.hint.unknown_topic':
    'Themen: definition, properties, schur, oppenheim, relations, applications. Beispiel: /hadamard explain schur',
  'err.hint.missing_operand': 'Gib die Matrizen nacheinander an. Beispiel: {example}',
  'err.hint.too_many_operands': 'Das Produkt nimmt 2 bis 6 Matrizen. Beispiel: /hadamard [1 2] [3 4] [5 6]',
  'err.hint.unbalanced_brackets':
    'Jede [ braucht ihre ]. Beispiel: [[2,3],[4,1]] (JSON-Stil) oder [2 3; 4 1] (MATLAB-Stil).',
  'err.hint.ragged_rows': 'Jede Zeile braucht gleich viele Einträge. Beispiel: [[1,2,3],[4,5,6]] ist 2×3.',
  'err.hint.empty_matrix': 'Eine Matrix braucht mindestens einen Eintrag. Beispiel: [[2,3],[4,1]]',
  'err.hint.not_a_number':
    'Einträge sind Zahlen wie 2, -1.5, 1/3, 2.5e-3 oder Ausdrücke wie 2*sqrt(3)/5, pi/4, cos(pi/3) und log(2).',
  'err.hint.division_by_zero':
    'Division durch null ist nicht definiert. Beispiel für Brüche als Einträge: [[1/2, 1/3],[1/4, 1/5]]',
  'err.hint.bad_expression':
    'Einträge dürfen Zahlen, + - * / ^ ( ), pi, e und sqrt sin cos tan exp log abs enthalten. Beispiel: [[1/2, sqrt(2)],[cos(pi/3), exp(-1)]]',
  'err.hint.too_deep':
    'Vereinfache den Eintrag: höchstens 32 verschachtelte Klammern, Vorzeichen oder Potenzen. Beispiel: (1+2)*(3-4)/5',
  'err.hint.too_large': 'Nimm kleinere Matrizen (bis 12×12) oder kleinere Zahlen. Beispiel: hilbert(12) .* pascal(12)',
  'err.hint.bad_file':
    'Häng eine CSV- oder TSV-Datei an (eine Matrixzeile pro Zeile, nur Zahlen, ohne Kopfzeile), ein JSON-Array von Zeilen wie [[2,3],[4,1]] oder ein PNG- oder JPEG-Bild. Beispiel: a.csv mit den zwei Zeilen 2,3 und 4,1.',
  'err.hint.missing_attachment':
    '@1 ist die erste angehängte Datei, @2 die zweite. Beispiel: hadamard --attach a.csv --attach b.csv "schur @1 @2" (in der CLI).',
  'err.hint.unavailable': 'Versuch es in einer Minute noch einmal. Rechnungen funktionieren solange, z. B. {example}',
  'err.hint.not_allowed':
    'Frag jemanden, der diesen Kanal verwaltet. Die Einstellungen kannst du immer ansehen: /hadamard settings',
  'err.hint.needs_channel':
    'Lerngruppen-Befehle (quiz, answer, reveal, scores, settings, forget-me) laufen in einem Chat-Kanal, auf der lokalen Seite oder in der CLI. Beispiel: /hadamard quiz',
  'err.hint.missing_argument':
    'Gib die Wörter an, die der Befehl braucht. Beispiele: /hadamard answer q7k2m9 b, /hadamard reveal q7k2m9',
  'err.hint.bad_argument':
    'Beispiele: /hadamard quiz schur hard, /hadamard answer q7k2m9 b, /hadamard scores all, /hadamard settings quiz_seconds 90',
  'err.hint.unknown_setting':
    'Einstellungen: private, figures, numbers, quiz_seconds, theme, speed_bonus, timezone, language. Beispiel: /hadamard settings quiz_seconds 90',
  'err.hint.out_of_range':
    'Zahlen jeder Größe sind möglich (1e400, exp(-1000)), aber keine Größen, deren Exponent selbst mehr als 14 Stellen hat, wie exp(1e20). Skaliere die Einträge um (die Befunde von psd und schur ändern sich nicht, wenn eine Matrix mit einer positiven Zahl multipliziert wird). Beispiel: /hadamard [[2*pi, 1],[1, 3]] [[1, 2],[2, 5]]',
  'err.hint.shape_mismatch':
    'Das elementweise Produkt braucht Matrizen gleicher Größe (kein Broadcasting). Beispiel: [[1,2]] [[3,4]] (beide 1×2).',
  'err.hint.not_square': 'Das braucht quadratische Matrizen (n×n). Beispiel: /hadamard psd [[2,1],[1,2]]',
  'err.hint.not_vector': 'Gib Vektoren wie [1 2 3] an.',
  'err.hint.timeout':
    'Nimm kürzere Zahlen oder kleinere Matrizen; Dezimalzahlen mit wenigen Stellen und kleine Brüche bleiben schnell. Beispiel: /hadamard schur hilbert(6) pascal(6)',
  'err.layout': 'Fehler ({code}): {message}\nTipp: {hint}',
  'err.example': 'Beispiel: {example}',
  'err.where.matrix':
    '{n, plural, =1 {die erste Matrix} =2 {die zweite Matrix} =3 {die dritte Matrix} =4 {die vierte Matrix} =5 {die fünfte Matrix} =6 {die sechste Matrix} other {Matrix Nr. #}}',
  'err.where.command': 'der Befehl',
  'err.where.aMatrix': 'eine Matrix',
  'err.command.tooLong': 'der Befehl ist {length} Zeichen lang; die Grenze ist {max}',
  'err.command.empty': 'der Befehl ist leer',
  'err.command.unknownVerb': '{word} (bei Zeichen {at}) ist kein Verb, das ich kenne',
  'err.command.unknownVerbClose': '{word} (bei Zeichen {at}) ist kein Verb, das ich kenne — meintest du "{close}"?',
  'err.command.tooManyFilesExact':
    '{verb} nimmt genau {max} {max, plural, one {Matrix} other {Matrizen}}, und {files} Dateien sind angehängt: sag, welche, z. B. {example}',
  'err.command.tooManyFilesRange':
    '{verb} nimmt {min} bis {max} Matrizen, und {files} Dateien sind angehängt: sag, welche, z. B. {example}',
  'err.command.missingFile':
    '@{n} bezeichnet die {n, plural, =1 {erste} =2 {zweite} =3 {dritte} =4 {vierte} =5 {fünfte} =6 {sechste} other {#.}} angehängte Datei, aber {files, plural, =0 {es ist keine Datei angehängt} one {es ist nur eine Datei angehängt} other {es sind nur # Dateien angehängt}}',
  'err.command.tooFewOne':
    '{verb} braucht eine Matrix; ich habe {got, plural, =0 {keine} one {nur eine} other {#}} gefunden',
  'err.command.tooFewExact':
    '{verb} braucht genau {min} Matrizen; ich habe {got, plural, =0 {keine} one {nur eine} other {#}} gefunden',
  'err.command.tooFewAtLeast':
    '{verb} braucht mindestens {min} Matrizen; ich habe {got, plural, =0 {keine} one {nur eine} other {#}} gefunden',
  'err.command.tooManyExact':
    '{verb} nimmt genau {max} {max, plural, one {Matrix} other {Matrizen}}; ich habe {got} gefunden',
  'err.command.tooManyRange': '{verb} nimmt {min} bis {max} Matrizen; ich habe {got} gefunden',
  'err.command.emptyLabel': 'nach dem "=" der Bezeichnung {label} (bei Zeichen {at}) steht keine Matrix',
  'err.command.notAMatrix': '{word} (bei Zeichen {at}) steht dort, wo eine Matrix stehen sollte',
  'err.command.notFinite': '{word} (bei Zeichen {at}) ist keine Zahl: Einträge müssen endliche reelle Zahlen sein',
  'err.command.bareNumber': '{word} (bei Zeichen {at}) ist eine Zahl, keine Matrix: setz die Einträge in Klammern',
  'err.command.unknownWord': '{word} (bei Zeichen {at}) kenne ich nicht',
  'err.brackets.stray': 'zum "{ch}" bei Zeichen {at} gibt es kein passendes "{want}"',
  'err.brackets.neverClosed': 'das "{open}" bei Zeichen {at} wird nie geschlossen',
  'err.brackets.unmatched': '{where}: zum "{ch}" bei Zeichen {at} gibt es kein passendes "{want}"',
  'err.brackets.mismatched':
    '{where}: das "{open}" bei Zeichen {at} wird von einem "{ch}" bei Zeichen {closeAt} geschlossen',
  'err.brackets.unclosed': '{where}: das "{open}" bei Zeichen {at} wird nie geschlossen',
  'err.matrix.empty': '{where} ist leer',
  'err.matrix.emptyBrackets': '{where} ist leer ([])',
  'err.matrix.emptyRow': '{where}: Zeile {row} ist leer',
  'err.matrix.entry': '{where}, Eintrag ({row},{col}): {reason}',
  'err.matrix.tooLarge': '{where} ist {rows}×{cols}; die Grenze ist {max}×{max}',
  'err.matrix.notAMatrix': '{where}: {word} ist keine Matrix',
  'err.matrix.missingParen': '{where}: bei {text} fehlt die ")"',
  'err.matrix.afterBuilder': '{where}: unerwartetes {word} nach {name}(…)',
  'err.matrix.afterMatrix': '{where}: unerwartetes {word} nach der Matrix',
  'err.matrix.diagEmpty': '{where}: diag() braucht mindestens einen Eintrag',
  'err.matrix.diagEntry': '{where}, Eintrag {k} von diag(…): {reason}',
  'err.matrix.zeros': '{where}: zeros(…) gibt es nicht (eine Nullmatrix macht jedes Produkt zu null)',
  'err.matrix.builderSizes':
    '{where}: {call} braucht {ones, select, true {eine oder zwei positive ganze Zahlen} other {eine positive ganze Zahl}}',
  'err.matrix.oneSize': '{where}: {name}(…) nimmt nur eine Größe, z. B. {name}(3)',
  'err.matrix.builderArgument': '{where}, {what} von {call}: {reason}',
  'err.matrix.argument': 'Eintrag {k}',
  'err.matrix.builderSize': '{where}: {call} braucht eine Größe n, eine positive ganze Zahl',
  'err.matrix.arity': '{where}: {name}(…) nimmt {k, plural, one {ein Argument} other {# Argumente}}; erhalten: {call}',
  'err.matrix.toeplitzEmpty': '{where}: toeplitz() braucht seine erste Spalte',
  'err.matrix.gaussZero': '{where}: {call} braucht s ≠ 0 (es wird durch s² geteilt)',
  'err.matrix.threeLevels': '{where}: Matrizen haben zwei Klammerebenen, nicht drei',
  'err.matrix.betweenRows': '{where}: unerwartetes {word} zwischen den Zeilen (schreib jede Zeile in Klammern)',
  'err.matrix.mixedRows': '{where}: mischt Zeilen in Klammern mit einzelnen Einträgen',
  'err.matrix.ragged':
    '{where}: Zeile {row} hat {n} {n, plural, one {Eintrag} other {Einträge}}, aber Zeile 1 hat {cols}',
  'err.entry.character': 'das Zeichen "{ch}" darf in keiner Zahl vorkommen',
  'err.entry.empty': 'ein Eintrag ist leer',
  'err.entry.shouldEnd': '{text} hat "{token}", wo es enden sollte',
  'err.entry.beyondAnySize':
    '{text} ist etwa {size}: jenseits jeder Größe, die diese Engine darstellen kann (eine Zehnerpotenz mit mehr als 10¹⁴ Stellen im Exponenten)',
  'err.entry.tooDeep': '{text} hat mehr als {max} verschachtelte Klammern, Vorzeichen oder Potenzen',
  'err.entry.divByZero': '{text} teilt durch null',
  'err.entry.divUndecided':
    '{text} teilt durch einen Wert, der auf 1000 Stellen gleich 0 ist: er kann genau 0 sein, also lässt sich der Quotient nicht entscheiden',
  'err.entry.powUndecided':
    '{text} erhebt einen Wert, der auf 1000 Stellen gleich 0 ist, in eine nicht ganzzahlige Potenz: ob das definiert ist, lässt sich nicht entscheiden',
  'err.entry.notReal': '{text} ist keine reelle Zahl',
  'err.entry.endsEarly': '{text} endet zu früh',
  'err.entry.needsParentheses': '{name} braucht in {text} Klammern, z. B. {example}',
  'err.notFinite': '{word} ist keine Zahl: Einträge müssen endliche reelle Zahlen sein',
  'err.entry.unknownWord': '{word} ist keine Zahl (erlaubt: Zahlen, + - * / ^ ( ), pi, e und {functions})',
  'err.entry.numberExpected': '{text} hat "{token}", wo eine Zahl stehen sollte',
  'err.entry.missing': 'in {text} fehlt ein "{op}"',
  'err.function.undecided':
    '{call} braucht {what, select, cosNonzero {ein Argument, dessen Kosinus nicht null ist} positive {ein positives Argument} other {ein Argument ≥ 0}}, und sein Argument ist auf {digits, number} Stellen gleich 0: es kann genau 0 sein, also lässt sich nicht entscheiden, ob {call} definiert ist',
  'err.function.logZero': '{call} ist −∞, keine Zahl: log(x) → −∞ für x → 0',
  'err.function.logNegative': '{call} ist keine reelle Zahl: log ist nur für positive Zahlen definiert',
  'err.function.tanPole': '{call} ist nicht definiert: tan hat eine Polstelle bei π/2 + kπ (dort ist cos gleich 0)',
  'err.function.sqrtNegative': '{call} zieht die Quadratwurzel aus einer negativen Zahl',
  'err.magnitude.huge': 'mehr als 10^(10^15)',
  'err.magnitude.unknown': 'eine Zahl unbekannter Größe',
  'err.operands.noFile':
    '{n, plural, =1 {die erste Matrix} =2 {die zweite Matrix} =3 {die dritte Matrix} =4 {die vierte Matrix} =5 {die fünfte Matrix} =6 {die sechste Matrix} other {Matrix Nr. #}} ist {ref}, eine angehängte Datei, aber an diesen Befehl ist keine Datei angehängt',
  'err.operands.shapes':
    '{first} (die erste Matrix) ist {firstShape}, aber {other} (die {n, plural, =2 {zweite} =3 {dritte} =4 {vierte} =5 {fünfte} =6 {sechste} other {#.}}) ist {otherShape}; das elementweise Produkt braucht gleiche Größen',
  'err.operands.notSquare':
    '{verb} braucht quadratische Matrizen, aber {label} (die {n, plural, =1 {erste} =2 {zweite} =3 {dritte} =4 {vierte} =5 {fünfte} =6 {sechste} other {#.}} Matrix) ist {shape}',
  'err.deadline':
    'das braucht mehr als {seconds} s Arbeit (sehr lange exakte Brüche machen die exakte Elimination langsam)',
  'err.engine.unknownVerb': '{verb} ist kein Verb, das ich kenne',
  'err.engine.needsChannel':
    '{verb} ist ein Lerngruppen-Befehl: Er speichert einen Zustand pro Kanal und läuft daher in Slack, Discord, auf der lokalen Seite oder in der CLI, nicht in der bloßen Engine',
  'err.engine.timeout': 'die Rechnung hat länger als {seconds} s gedauert',
  'err.engine.beyondAnySize':
    'eine Zahl in dieser Antwort ist etwa 10^({log}): jenseits jeder Größe, die diese Engine darstellen kann',
  'err.engine.grewTooLarge': 'die Zahlen wurden zu groß, um damit zu rechnen',
  'err.outOfRange.aNumber': 'eine Zahl in dieser Antwort',
  'err.outOfRange.entryOf': 'Eintrag ({row},{col}) von {quantity}',
  'err.outOfRange.about':
    '{what} wäre etwa {size}, zu {direction, select, over {groß} other {klein}} für Gleitkommazahlen ({range})',
  'err.outOfRange.leaves': '{what} würde den Bereich der Gleitkommazahlen verlassen ({range})',
  'err.floatRange': 'Beträge ungleich null von etwa 4.9×10⁻³²⁴ bis 1.8×10³⁰⁸',
  'err.image.undecodable': '{file} ließ sich nicht als Bild decodieren ({why})',
  'err.image.notImage': '{file} ist kein PNG- oder JPEG-Bild',
  'err.hint.image':
    'Häng das Bild selbst an, als PNG oder JPEG exportiert (ein Screenshot geht), höchstens 1024×1024 Pixel.',
  'err.hint.bareNumber': 'Beispiel: [[2,3],[4,1]] (eine 1×1-Matrix ist [5])',
  'err.hint.builders': 'Konstruktoren: {builders}.',
  'err.hint.builder':
    'Beispiel: {name, select, kms {kms(4, 1/2) (ρ^|i−j|: 1, 1/2, 1/4, 1/8 entlang einer Zeile)} gauss {gauss(4, 2) (exp(−(i−j)²/s²), exakte Potenzen von e)} hann {hann(5) (die Zeile 0, 1/2, 1, 1/2, 0)} causal {causal(4) (Einsen auf und unter der Diagonale)} other {toeplitz(1, 1/2, 1/4) (symmetrisch, erste Spalte 1, 1/2, 1/4)}}',
  'err.hint.mixedRows': 'Beispiel: [[1,2],[3,4]] oder [1 2; 3 4]',
  'err.hint.entryWords':
    'Einträge dürfen Zahlen, + - * / ^ ( ), pi, e, sqrt, sin, cos, tan, exp, log (natürlich; auch ln) und abs enthalten. Beispiel: [[cos(pi/3), exp(-1)], [log(2), abs(-1/3)]]',
  'err.hint.log':
    'log (natürlicher Logarithmus, auch ln) braucht eine positive Zahl. Beispiel: [[log(2), log(1/2)], [ln(e), 1]]',
  'err.hint.tan': 'tan ist außerhalb von π/2 + kπ definiert. Beispiel: [[tan(pi/4), tan(pi/3)]]',
  'err.hint.sqrt': 'sqrt braucht eine Zahl ≥ 0. Beispiel: [[sqrt(2), sqrt(1/4)]]',

  // ── quiz ──────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'quiz.example': 'Beispiel: {example}',
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

  // ── errors (continued) ────────────────────────────────────────────────────────────────────────────────────────────────
  // Files and images attached to a command (parse/attachments.ts, file-format.ts, file-table.ts, file-matrix.ts): the
  // file's name, the row, column, line and byte numbers, the bytes shown and the examples stay as they are.
  'err.file.unnamed': 'die Datei',
  'err.file.tooLarge': '{file} ist {size} groß; angehängte Dateien dürfen höchstens {limit} groß sein',
  'err.file.tooLargeHint': 'Schick eine kleinere Datei: Matrizen bis {side}×{side}, Bilder bis {image}×{image} Pixel.',
  'err.file.missing':
    '{n, plural, =1 {die erste Matrix} =2 {die zweite Matrix} =3 {die dritte Matrix} =4 {die vierte Matrix} =5 {die fünfte Matrix} =6 {die sechste Matrix} other {Matrix Nr. #}} ist @{k}, die {k, plural, =1 {erste} =2 {zweite} =3 {dritte} =4 {vierte} =5 {fünfte} =6 {sechste} other {#.}} angehängte Datei, aber {files, plural, =0 {es ist keine Datei angehängt} =1 {es ist nur eine Datei angehängt} other {es sind nur # Dateien angehängt}}',
  'err.file.otherFormat':
    '{file} ist {format, select, gif {ein GIF-Bild} webp {ein WebP-Bild} bmp {ein BMP-Bild} tiff {ein TIFF-Bild} heic {ein HEIC/AVIF-Bild} pdf {ein PDF-Dokument} zip {ein Zip-Archiv (eine .xlsx- oder .ods-Tabelle ist eins)} gzip {ein gzip-Archiv} other {eine NumPy-.npy-Datei}}, das ich nicht lesen kann{format, select, zip {: speichere die Tabelle zuerst als CSV} npy {: np.savetxt(…, delimiter=",") schreibt eine CSV} other {}}',
  'err.file.namedImage':
    '{file} hat den Namen oder Typ eines Bildes, ist aber kein PNG oder JPEG: die ersten Bytes sind {bytes}',
  'err.file.noBytes': 'keine (sie ist leer)',
  'err.file.empty': '{file} ist leer',
  'err.file.binary': '{file} ist keine Textdatei (sie enthält NUL-Bytes; die ersten Bytes sind {bytes})',
  'err.file.jsonObject': '{file} enthält ein JSON-Objekt; eine Matrix ist ein JSON-Array von Zeilen',
  'err.file.jsonObjectHint': 'Beispiel: [[2,3],[4,1]] (in Python: json.dump(a.tolist(), f)).',
  'err.file.notUtf8':
    '{file} ist kein UTF-8-Text (Byte {byte} ist 0x{hex}): ich lese CSV, TSV und JSON als UTF-8, dazu PNG- oder JPEG-Bilder',
  'err.file.noNumbers': '{file} enthält keine Zahlen',
  'err.file.noNumbersHint':
    'Eine Matrixdatei braucht mindestens eine Zeile mit Zahlen. Beispiel: a.csv mit 2,3 und 4,1 in zwei Zeilen.',
  'err.file.longLine':
    '{file} hat eine Zeile mit {length} Zeichen (Zeile {line}); Matrizen aus Dateien dürfen höchstens {max}×{max} groß sein',
  'err.file.tooManyEntries':
    '{file} hat mehr als {max} Einträge in Zeile {row}; Matrizen aus Dateien dürfen höchstens {max}×{max} groß sein',
  'err.file.tooManyInRow':
    '{file} hat mehr als {max} Einträge in ihrer einzigen Zeile; Matrizen aus Dateien dürfen höchstens {max}×{max} groß sein',
  'err.file.tooManyRows':
    '{file} hat mehr als {max} Zeilen; Matrizen aus Dateien dürfen höchstens {max}×{max} groß sein',
  'err.file.tooLargeTableHint': 'Schick einen kleineren Teil der Matrix (höchstens {max} Zeilen und {max} Spalten).',
  'err.file.row': 'Zeile {row}',
  'err.file.rowLine': 'Zeile {row} (Dateizeile {line})',
  'err.file.cell': '{row}, Spalte {col} von {file}',
  'err.file.cellTooLong': '{cell} ist länger als {max} Zeichen',
  'err.file.cellTooLongHint':
    'Zahlen bleiben bis 2000 Ziffern exakt; schreib längere gerundet (z. B. 3.14159265358979).',
  'err.file.quoteOpen': '{cell}: ein in Zeile {line} geöffnetes Anführungszeichen wird nie geschlossen',
  'err.file.ragged': '{row} von {file} hat {n} {n, plural, one {Eintrag} other {Einträge}}, aber Zeile 1 hat {cols}',
  'err.file.raggedHint':
    'Jede Zeile braucht gleich viele Einträge ({kind, select, csv {durch Kommas getrennt} tsv {durch Tabulatoren getrennt} semicolon {durch Semikolons getrennt} whitespace {durch Leerzeichen getrennt} other {JSON}}): such nach einem fehlenden oder überzähligen Trennzeichen in Zeile {row}.',
  'err.file.header': 'Zeile 1 von {file} sieht wie eine Kopfzeile aus ({words}): die Datei darf nur Zahlen enthalten',
  'err.file.headerHint':
    'Lösch die Kopfzeile (pandas: df.to_csv(f, index=False, header=False); NumPy: np.savetxt(f, a, delimiter=",")).',
  'err.file.cellError': '{cell}: {reason}',
  'err.file.emptyCell': 'die Zelle ist leer',
  'err.file.numberHint':
    'Jede Zelle muss eine Zahl sein: 2, -1.5, 1/3, 2.5e-3 (auch sqrt(2), pi). Beispiel: a.csv mit den zwei Zeilen 2,3 und 4,1.',
  'err.file.outOfRange':
    '{cell} ist etwa {size}, {direction, select, over {zu groß} other {zu klein}} für Gleitkommazahlen ({range}), und die Matrix hat zu viele Einträge, um exakt zu bleiben',
  'err.file.emptyRow': 'Zeile {row} von {file} ist leer ([])',
  'err.file.json': '{file} ist keine JSON-Matrix: {why} (Zeile {line})',
  'err.file.jsonHint':
    'Eine JSON-Matrix ist ein Array von Zeilen, jede ein Array von Zahlen. Beispiel: [[2,3],[4,1]] (in Python: json.dump(a.tolist(), f)).',
  'err.file.json.stringOpen': 'ein String in {cell} wird nie geschlossen',
  'err.file.json.stringLine': 'ein String in {cell} geht über das Ende seiner Zeile hinaus',
  'err.file.json.object': '{cell} ist ein JSON-Objekt, keine Zahl',
  'err.file.json.missing': '{cell} fehlt (gefunden: {end, select, yes {das Dateiende} other {"{ch}"}})',
  'err.file.json.notNumber': '{cell} ist "{token}", und das ist keine JSON-Zahl',
  'err.file.json.notNumberHint':
    'Schreib Zahlen wie JSON (2, -1.5, 2.5e-3) und alles andere in Anführungszeichen: [["1/3", "sqrt(2)"], [1, 2]].',
  'err.file.json.endsEarly': 'die Datei endet vor der schließenden "]"',
  'err.file.json.expected': '"," oder "]" erwartet, aber "{ch}" gefunden',
  'err.file.json.start': 'sie beginnt nicht mit "["',
  'err.file.json.rowNotArray': 'Zeile {row} ist kein Array (schreib jede Zeile in Klammern: [[1,2],[3,4]])',
  'err.file.json.after': 'nach der schließenden "]" der Matrix kommt noch etwas: "{text}"',
  'err.file.json.nested': '{cell} ist ein weiteres Array: eine Matrix hat zwei Klammerebenen, nicht drei',
  'err.file.json.nestedHint':
    'Eine JSON-Matrix ist ein Array von Zeilen, jede ein Array von Zahlen. Beispiel: [[2,3],[4,1]].',
  // Images: their headers (file-format.ts) and their size.
  'err.image.unreadable': '{file} ist kein lesbares {format}-Bild: {why}',
  'err.image.header.endsInHeader': 'die Datei endet mitten im Header',
  'err.image.header.firstChunk': 'der erste Chunk ist nicht der IHDR-Header',
  'err.image.header.checksum': 'der Header ist beschädigt (seine Prüfsumme stimmt nicht)',
  'err.image.header.size': 'der Header nennt {width}×{height} Pixel',
  'err.image.header.segmentStart': 'Byte {byte} sollte ein Segment beginnen (0xFF), ist aber 0x{hex}',
  'err.image.header.noFrame': 'kein Frame-Header (Bildgröße) vor den Bilddaten',
  'err.image.header.segmentLength': 'ein Segment bei Byte {byte} hat die Länge {length}',
  'err.image.header.endsInFrame': 'die Datei endet mitten im Frame-Header',
  'err.image.header.frameSize':
    'der Frame-Header nennt {width}×{height} Pixel (eine Höhe von 0 wird nicht unterstützt)',
  'err.image.header.endsBeforeFrame': 'die Datei endet vor ihrem Frame-Header (Bildgröße)',
  'err.image.tooLarge':
    '{file} hat {width}×{height} Pixel; Bilder dürfen höchstens {max}×{max} groß sein (aus dem Header geprüft, nichts wurde decodiert)',
  'err.image.tooLargeHint': 'Verkleinere das Bild auf höchstens {max}×{max} Pixel und häng es noch einmal an.',
  'err.image.tooLargeMatrix':
    '{file} hat {width}×{height} Pixel; als Matrix darf ein Bild höchstens {max}×{max} groß sein',
  'err.image.tooLargeMatrixHint': 'Verkleinere das Bild auf höchstens {max}×{max} Pixel, um es als Matrix zu nutzen.',
  'err.png.hint':
    'Die Datei ist beschädigt oder abgeschnitten (ein Upload oder eine Kopie, die vorzeitig abbrach): exportiere oder lade sie erneut herunter, als PNG oder JPEG, bis 1024×1024 Pixel.',
  'err.png.signature': '{file} beginnt nicht mit der PNG-Signatur',
  'err.png.cut.chunkHeader': '{file} ist abgeschnitten: sie endet mitten im Kopf von Chunk {index}',
  'err.png.chunkType':
    '{file} ist beschädigt: Chunk {index} (bei Byte {byte}) hat keinen gültigen Typ (seine Bytes sind keine vier Buchstaben)',
  'err.png.chunkLength': '{file} ist beschädigt: Chunk {type} gibt eine Länge von {length} Bytes an',
  'err.png.cut.inChunk':
    '{file} ist abgeschnitten: sie endet mitten in Chunk {type} ({there} seiner {length} Bytes sind vorhanden)',
  'err.png.crc':
    '{file} ist beschädigt: Chunk {type} hat eine falsche Prüfsumme (seine CRC passt nicht zu seinen Bytes)',
  'err.png.firstChunk': '{file} ist beschädigt: ihr erster Chunk ist {type}, nicht der IHDR-Header',
  'err.png.secondHeader': '{file} ist beschädigt: sie hat einen zweiten IHDR-Header',
  'err.png.twoPalettes': '{file} ist beschädigt: sie hat zwei Paletten (PLTE-Chunks)',
  'err.png.paletteAfterData': '{file} ist beschädigt: ihre Palette (PLTE) kommt nach den Bilddaten',
  'err.png.paletteLength':
    '{file} ist beschädigt: ihre Palette (PLTE) hat {length} Bytes, nicht 3 pro Farbe für 1 bis 256 Farben',
  'err.png.grayPalette': '{file} ist beschädigt: ein Graustufenbild kann keine Palette (PLTE) haben',
  'err.png.twoTransparencies': '{file} ist beschädigt: sie hat zwei Transparenz-Chunks (tRNS)',
  'err.png.transparencyAfterData': '{file} ist beschädigt: ihre Transparenz (tRNS) kommt nach den Bilddaten',
  'err.png.dataSplit': '{file} ist beschädigt: ihre Bilddaten (IDAT-Chunks) sind durch einen anderen Chunk getrennt',
  'err.png.noPalette': '{file} ist beschädigt: ein Palettenbild ohne seine Palette (PLTE)',
  'err.png.endNotEmpty': '{file} ist beschädigt: ihr IEND-Chunk enthält {length} Bytes (er sollte leer sein)',
  'err.png.criticalChunk':
    '{file} verwendet einen Chunk {type}, den ich nicht kenne und der zum Lesen des Bildes nötig ist',
  'err.png.cut.afterSignature': '{file} ist abgeschnitten: sie endet direkt nach der PNG-Signatur',
  'err.png.noData': '{file} hat keine Bilddaten (keinen IDAT-Chunk)',
  'err.png.cut.beforeData': '{file} ist abgeschnitten: sie endet vor ihren Bilddaten',
  'err.png.afterEnd':
    '{file} hat {bytes} Bytes nach ihrem Ende (dem IEND-Chunk); vielleicht sind es zwei aneinandergehängte Dateien',
  'err.png.afterStream':
    '{file} ist beschädigt: ihre Bilddaten haben {bytes} Bytes nach dem Ende ihres komprimierten Datenstroms',
  'err.png.tooLong': '{file} ist beschädigt: ihre Bilddaten sind länger als ihre {rows} Zeilen',
  'err.png.stopsEarly': '{file} ist beschädigt: ihre Bilddaten hören zu früh auf: {rows} von {total} Zeilen',
  'err.png.stopsEarlyInterlaced':
    '{file} ist beschädigt: ihre Bilddaten hören zu früh auf: {rows} der {total} Zeilen ihrer 7 Interlacing-Durchgänge',
  'err.png.cut.rows': '{file} ist abgeschnitten: {rows} von {total} Zeilen',
  'err.png.cut.rowsInterlaced': '{file} ist abgeschnitten: {rows} der {total} Zeilen ihrer 7 Interlacing-Durchgänge',
  'err.png.cut.stream': '{file} ist abgeschnitten: ihre komprimierten Bilddaten hören vor ihrem Ende auf',
  'err.png.cut.data': '{file} ist abgeschnitten: ihre Bilddaten hören zu früh auf',
  'err.png.adler': '{file} ist beschädigt: ihre Bilddaten haben eine falsche Prüfsumme (Adler-32)',
  'err.png.zlib': '{file} ist beschädigt: ihre Bilddaten sind kein gültiger komprimierter Datenstrom (zlib)',
  'err.png.cut.noEnd':
    '{file} ist abgeschnitten: sie endet nach ihren Bilddaten, ohne den IEND-Chunk, der ein PNG abschließt',
  'err.png.headerLength': '{file} ist beschädigt: ihr IHDR-Header hat {length} Bytes, nicht 13',
  'err.png.headerSize': '{file} ist beschädigt: ihr Header nennt {width}×{height} Pixel',
  'err.png.colourType': '{file} ist beschädigt: ihr Header nennt Farbtyp {type} (PNG kennt 0, 2, 3, 4 und 6)',
  'err.png.depth':
    '{file} ist beschädigt: {colour, select, gray {ein Graustufenbild} rgb {ein RGB-Bild} palette {ein Palettenbild} grayAlpha {ein Graustufenbild mit Alpha} other {ein RGBA-Bild}} kann nicht {depth} Bits pro Sample haben (möglich sind {depths})',
  'err.png.compression': '{file} ist beschädigt: ihr Header nennt Kompressionsmethode {method} (PNG kennt nur 0)',
  'err.png.filterMethod': '{file} ist beschädigt: ihr Header nennt Filtermethode {method} (PNG kennt nur 0)',
  'err.png.interlaceMethod': '{file} ist beschädigt: ihr Header nennt Interlace-Methode {method} (PNG kennt 0 und 1)',
  'err.png.transparencyBeforePalette': '{file} ist beschädigt: ihre Transparenz (tRNS) kommt vor ihrer Palette (PLTE)',
  'err.png.transparencySize':
    '{file} ist beschädigt: ihr Transparenz-Chunk (tRNS) passt nicht zu {colour, select, gray {einem Graustufenbild} rgb {einem RGB-Bild} palette {einem Palettenbild} grayAlpha {einem Graustufenbild mit Alpha} other {einem RGBA-Bild}} ({length} Bytes)',
  'err.png.filterType': '{file} ist beschädigt: Zeile {row} hat Filtertyp {filter} (PNG kennt 0 bis 4)',
  'err.png.filterTypeInterlaced':
    '{file} ist beschädigt: Zeile {row} (gezählt über die Zeilen aller Interlacing-Durchgänge) hat Filtertyp {filter} (PNG kennt 0 bis 4)',
  'err.png.paletteIndex':
    '{file} ist beschädigt: Pixel (Zeile {row}, Spalte {column}) verwendet Farbe {colour} einer Palette mit {colours} Farben',
  'err.jpeg.hint':
    'Die Datei ist beschädigt oder abgeschnitten (ein Upload oder eine Kopie, die vorzeitig abbrach): exportiere oder lade sie erneut herunter, als PNG oder JPEG, bis 1024×1024 Pixel.',
  'err.jpeg.soi': '{file} beginnt nicht mit dem JPEG-Startmarker (SOI)',
  'err.jpeg.cut.beforeData': '{file} ist abgeschnitten: sie endet vor ihren Bilddaten',
  'err.jpeg.cut.noEnd': '{file} ist abgeschnitten: sie endet nach ihren Bilddaten, ohne den Endmarker (EOI)',
  'err.jpeg.markerByte': '{file} ist beschädigt: Byte {byte} sollte einen Marker beginnen (0xFF), ist aber 0x{hex}',
  'err.jpeg.cut.marker': '{file} ist abgeschnitten: sie endet mitten in einem Marker',
  'err.jpeg.endBeforeFrame': '{file} ist beschädigt: sie endet (EOI) vor ihrem Frame-Header (Bildgröße)',
  'err.jpeg.endBeforeScan': '{file} ist beschädigt: sie endet (EOI) vor allen Bilddaten (SOS)',
  'err.jpeg.noScan': '{file} ist beschädigt: ihre Bilddaten haben keinen Scan für Komponente {component}',
  'err.jpeg.secondStart': '{file} ist beschädigt: ein zweiter Startmarker (SOI) bei Byte {byte}',
  'err.jpeg.restartOutside': '{file} ist beschädigt: ein Restart-Marker bei Byte {byte} liegt außerhalb der Bilddaten',
  'err.jpeg.markerZero': '{file} ist beschädigt: Byte {byte} sollte einen Marker beginnen, aber ihm folgt 0x00',
  'err.jpeg.cut.segmentHeader': '{file} ist abgeschnitten: sie endet mitten in Segment {segment}',
  'err.jpeg.segmentLength': '{file} ist beschädigt: Segment {segment} bei Byte {byte} hat die Länge {length}',
  'err.jpeg.cut.segment':
    '{file} ist abgeschnitten: sie endet mitten in Segment {segment} ({there} seiner {length} Bytes sind vorhanden)',
  'err.jpeg.restartInterval':
    '{file} ist beschädigt: Segment {segment} bei Byte {byte} (Restart-Intervall) hat {length} Bytes, nicht 4',
  'err.jpeg.secondFrame': '{file} ist beschädigt: sie hat einen zweiten Frame-Header ({marker})',
  'err.jpeg.coding':
    '{file} verwendet {kind, select, lossless {verlustfreie} arithmetic {arithmetische} other {hierarchische}} JPEG-Kodierung ({marker}), die ich nicht lese; Baseline- und progressive JPEGs gehen',
  'err.jpeg.dac': '{file} verwendet arithmetisch kodiertes JPEG (ein DAC-Segment), das ich nicht lese',
  'err.jpeg.dnl': '{file} gibt ihre Höhe nach den Bilddaten an (ein DNL-Segment), das lese ich nicht',
  'err.jpeg.scanBeforeFrame': '{file} ist beschädigt: ihre Bilddaten (SOS) kommen vor ihrem Frame-Header (Bildgröße)',
  'err.jpeg.reserved':
    '{file} ist beschädigt: Segment {segment} bei Byte {byte} ist ein Marker, den JPEG reserviert ({marker})',
  'err.jpeg.quantPrecision':
    '{file} ist beschädigt: Segment {segment} bei Byte {byte} (Quantisierungstabelle) nennt Genauigkeit {precision}, Tabelle {table}',
  'err.jpeg.quantShort': '{file} ist beschädigt: Segment {segment} bei Byte {byte} (Quantisierungstabelle) ist zu kurz',
  'err.jpeg.quantZero':
    '{file} ist beschädigt: Segment {segment} bei Byte {byte} (Quantisierungstabelle {table}) hat einen Eintrag 0',
  'err.jpeg.huffmanClass':
    '{file} ist beschädigt: Segment {segment} bei Byte {byte} (Huffman-Tabelle) nennt Klasse {class}, Tabelle {table}',
  'err.jpeg.huffmanShort': '{file} ist beschädigt: Segment {segment} bei Byte {byte} (Huffman-Tabelle) ist zu kurz',
  'err.jpeg.huffmanCount':
    '{file} ist beschädigt: Segment {segment} bei Byte {byte} (Huffman-Tabelle) gibt {count} Codes an',
  'err.jpeg.huffmanOverfull':
    '{file} ist beschädigt: Segment {segment} bei Byte {byte} (Huffman-Tabelle) hat mehr Codes, als hineinpassen',
  'err.jpeg.frameShort': '{file} ist beschädigt: Segment {segment} bei Byte {byte} (Frame-Header) ist zu kurz',
  'err.jpeg.precision': '{file} hat {bits}-Bit-Samples; ich lese nur 8-Bit-JPEGs',
  'err.jpeg.frameSize': '{file} ist beschädigt: ihr Frame-Header nennt {width}×{height} Pixel',
  'err.jpeg.components': '{file} ist beschädigt: ihr Frame-Header gibt {count} Farbkomponenten an',
  'err.jpeg.frameLength':
    '{file} ist beschädigt: Segment {segment} bei Byte {byte} (Frame-Header) hat die falsche Länge',
  'err.jpeg.sampling':
    '{file} ist beschädigt: Komponente {component} ihres Frame-Headers hat Abtastung {h}×{v}, Tabelle {table}',
  'err.jpeg.componentIds': '{file} ist beschädigt: zwei Komponenten haben die ID {id}',
  'err.jpeg.scanLength': '{file} ist beschädigt: Segment {segment} bei Byte {byte} (Scan-Header) hat die falsche Länge',
  'err.jpeg.scanProgressive':
    '{file} ist beschädigt: Segment {segment} bei Byte {byte} (Scan-Header) hat progressive Parameter in einem sequenziellen JPEG',
  'err.jpeg.spectral':
    '{file} ist beschädigt: Segment {segment} bei Byte {byte} (Scan-Header) hat die Spektralauswahl {from}–{to}',
  'err.jpeg.scanComponent':
    '{file} ist beschädigt: Segment {segment} bei Byte {byte} nennt Komponente {id}, die der Frame nicht hat',
  'err.jpeg.scanComponentTwice':
    '{file} ist beschädigt: Segment {segment} bei Byte {byte} nennt Komponente {id} zweimal',
  'err.jpeg.quantMissing': '{file} ist beschädigt: Quantisierungstabelle {table} wird verwendet, aber nie definiert',
  'err.jpeg.huffmanMissing':
    '{file} ist beschädigt: Segment {segment} bei Byte {byte} verwendet eine Huffman-Tabelle, die nie definiert wird',
  'err.jpeg.restartOrder': '{file} ist beschädigt: Restart-Marker {restart} bei Byte {byte} steht an falscher Stelle',
  'err.jpeg.cut.data': '{file} ist abgeschnitten: sie endet mitten in ihren Bilddaten',
  'err.jpeg.cut.rows': '{file} ist abgeschnitten: ihre Bilddaten hören bei Zeile {row} von {height} auf',
  'err.jpeg.interrupted':
    '{file} ist beschädigt: ihre Bilddaten hören bei Zeile {row} von {height} auf (ein Marker bei Byte {byte} unterbricht sie)',
  'err.jpeg.invalidCode':
    '{file} ist beschädigt: ihre Bilddaten haben einen ungültigen Code nahe Byte {byte} (Zeile {row} von {height})',
  'err.jpeg.coefficient':
    '{file} ist beschädigt: ihre Bilddaten enthalten einen Koeffizienten außerhalb des Bereichs nahe Byte {byte} (Zeile {row} von {height})',
  'err.jpeg.restartMissing':
    '{file} ist beschädigt: Restart-Marker {restart} fehlt bei Byte {byte} (Zeile {row} von {height})',
  'err.jpeg.cut.afterData': '{file} ist abgeschnitten: sie endet direkt nach ihren Bilddaten, ohne den Endmarker (EOI)',
  'err.jpeg.afterLastBlock':
    '{file} ist beschädigt: ihre Bilddaten gehen nach ihrem letzten Block weiter (bei Byte {byte})',

  // ── notices ───────────────────────────────────────────────────────────────────────────────────────────────────────────
  // The CLI's --attach errors (a path that is not a readable regular file) and its --run-due report.
  'notice.cli.cannotRead': '{path} kann nicht gelesen werden: {why}',
  'notice.cli.noSuchFile': 'keine solche Datei',
  'notice.cli.notRegular':
    'es ist {kind, select, changed {eine Datei, die sich beim Öffnen geändert hat} directory {ein Verzeichnis} fifo {eine benannte Pipe (FIFO)} device {ein Gerät} socket {ein Socket} other {keine Datei}}, keine reguläre Datei',
  'notice.cli.attachHint':
    'Gib den Pfad einer CSV-, TSV-, JSON-, PNG- oder JPEG-Datei an: hadamard --attach a.csv "psd @1"',
  'notice.cli.ran':
    '{n, plural, one {{n} geplanter Befehl ausgeführt} other {{n} geplante Befehle ausgeführt}}, fällig um {when}:',
  'notice.cli.nothingDue': 'Um {when} war nichts fällig.',
  'notice.cli.runLine':
    '- {id} ({platform} {channel}): {command} — {ok, select, yes {gepostet} other {fehlgeschlagen}}',
  'notice.cli.runDueNoCommand': '--run-due nimmt keinen Befehl; erhalten: "{text}"',
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
  'notice.cli.noLatex': '(diese Antwort zeigt keine Matrizen und hat daher kein LaTeX; ihr Text folgt)',

  // ── page ──────────────────────────────────────────────────────────────────────────────────────────────────────────────
  // The playground server's API errors and hints (src/bot/local/server.ts), in the request's language (its `locale`,
  // else Accept-Language): examples in {example} and the JSON, curl and form syntax stay as they are.
  'page.api.eg': 'z. B. {example}',
  'page.api.send': 'Sende {example}.',
  'page.api.retryHint': 'Warte {seconds} s, dann drücke ↑ und Enter, um ihn noch einmal zu senden.',
  'page.api.closingHint': 'Lade die Seite in einer Minute neu.',
  'page.api.faultHint': 'Versuch einen anderen Befehl; wenn dieser weiter scheitert, melde die Fehler-ID {id}.',
  'page.api.badLocale': '"locale" muss eins von {locales} sein, nicht {value}.',
  'page.api.badTheme': '"theme" muss "light" oder "dark" sein, nicht {value}.',
  'page.api.badWidth': '"width" muss eine ganze Zahl von CSS-Pixeln von 1 bis {max} sein, nicht {value}.',
  'page.api.badWidthHint': 'z. B. {example} für Abbildungen in einer 376 px breiten Spalte',
  'page.api.formTooLarge': 'Das Formular ist größer als {size}.',
  'page.api.formTooLargeHint': 'Häng höchstens {max} Dateien mit je höchstens {size} an.',
  'page.api.bodyTooLarge': 'Der Body der Anfrage ist größer als {limit} Bytes.',
  'page.api.bodyTooLargeHint': 'Sende einen Befehl mit höchstens 4000 Zeichen als {shape}, z. B. {example}.',
  'page.api.badJson': 'Der Body ist kein gültiges JSON.',
  'page.api.notObject': 'Der Body muss ein Objekt mit einem String "text" sein.',
  'page.api.badForm': 'Der Body ist kein gültiges Multipart-Formular.',
  'page.api.incomplete': 'Das Formular endete vor seinem Ende.',
  'page.api.incompleteHint': 'Sende das ganze Formular noch einmal.',
  'page.api.fieldTooLarge': 'Das Feld "{name}" des Formulars ist größer als 64 KB.',
  'page.api.fileField': 'Jeder "file"-Teil muss eine Datei sein.',
  'page.api.textFile': 'Das "text" des Formulars muss ein Feld sein, keine Datei.',
  'page.api.fileTooLarge': '{name} ist größer als {size}; angehängte Dateien dürfen höchstens {size} groß sein.',
  'page.api.tooManyFiles': 'Mit dem Befehl kamen mehr als {max} Dateien; höchstens {max} sind erlaubt (@1 und @2).',
  'page.api.tooManyFilesHint': 'Häng eine oder zwei Dateien an.',
  'page.api.noText': 'Das Formular hat weder "text" noch eine Datei.',
  'page.api.method': '{method} ist hier nicht erlaubt.',
  'page.api.methodHint': 'Nutze {method}.',
  'page.api.methodsHint': 'Nutze {first} oder {second}.',
  'page.api.stale': 'Diese Seite kam von einem früheren Lauf des Playgrounds.',
  'page.api.staleHint': 'Lade die Seite neu und sende den Befehl dann noch einmal.',
  'page.api.noToken':
    'Befehle werden von der Playground-Seite angenommen oder von einem Skript, das sich in einem X-Hadamard-Client-Header nennt.',
  'page.api.mediaType':
    'Der Body muss JSON sein (Content-Type: application/json) oder ein Formular mit Dateien (multipart/form-data).',
  'page.api.uploadsBusy': 'Der Playground liest schon {n} Dateien; versuch es in {seconds} s noch einmal.',
  'page.api.wrongHost': 'Dieser Playground antwortet nur auf 127.0.0.1 oder localhost.',
  'page.api.wrongHostHint': 'Öffne http://127.0.0.1 mit dem Port, den er ausgegeben hat.',
  'page.api.figureGone':
    'Diese Abbildung ist nicht mehr gespeichert (der Server behält nur neue Abbildungen im Speicher).',
  'page.api.figureGoneHint': 'Sende den Befehl noch einmal, um sie neu zu zeichnen.',
  'page.api.notFound': 'Unter {path} gibt es nichts.',
  'page.api.notFoundHint': 'Der Playground ist unter /.',
  'page.api.internal': 'Entschuldigung, bei uns ist etwas schiefgegangen (Fehler-ID {id}).',
  'page.api.crossSite': 'Befehle werden nur von dieser Seite angenommen.',
  'page.api.crossSiteHint': 'Öffne die Seite selbst.',
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
