/** Spanish (neutral academic Spanish): the catalogue of en.ts, key for key, placeholder for placeholder. */
import type { Catalogue } from './index.js';

export const es: Catalogue = {
  // ── help ──────────────────────────────────────────────────────────────────────────────────────────────────────
  'help.title': 'ayuda de hadamard-bot',
  'help.summary':
    'Calcula y aprende el producto de Hadamard (elemento a elemento): /hadamard A B, o primero un comando.',
  'help.verbs': 'Comandos',
  'help.try': 'Pruébalo',
  'help.examples': 'Ejemplos',
  'help.how': 'Cómo funciona',
  'help.verbTitle': 'ayuda de {verb}',
  'help.noHelp': 'no hay ayuda para {word}',
  'help.noHelpVerbs': 'no hay ayuda para {word}; los comandos son {verbs}',
  'help.matrixSyntax':
    'Matrices: `[[2,3],[4,1]]` o `[2 3; 4 1]`; una lista plana `[1,2,3]` es una fila. Entradas: `2`, `-1.5`, `1/3`, `2.5e-3`, `2*sqrt(3)/5`, `pi/4`, y las funciones `sin cos tan exp log abs` (`cos(pi/3)` es exactamente 1/2, `log` es el logaritmo natural). Constructores: `eye(3)` `I3`, `ones(2,3)` `J3`, `hilbert(4)`, `pascal(4)`, `diag(1,2,3)`, `kms(4, 1/2)` (ρ^|i−j|), `gauss(4, 2)` (exp(−(i−j)²/s²)), `hann(5)` (una ventana, como fila), `causal(4)` (unos en la diagonal y debajo de ella), `toeplitz(1, 1/2, 1/4)` (simétrica). Etiquetas opcionales `A=…` y operadores `∘ .* * o` entre matrices. Hasta 6 matrices, de 12×12 como máximo cada una. Los enteros, los decimales y las fracciones son exactos.',
  'verb.product.description': 'Producto elemento a elemento (de Hadamard) de 2 a 6 matrices del mismo tamaño',
  'verb.schur.description': 'Teorema del producto de Schur: ¿son A, B y A∘B semidefinidas positivas? Contraste con AB',
  'verb.psd.description': '¿Es esta matriz semidefinida positiva? Veredicto exacto con certificado',
  'verb.oppenheim.description': 'Desigualdad de Oppenheim det(A∘B) ≥ det(A)·∏bᵢᵢ en ambos sentidos, y la de Hadamard',
  'verb.props.description': 'Comprueba conmutatividad, asociatividad, distributividad, neutro J y transpuesta',
  'verb.relate.description': 'Relaciones con el producto usual: caso diagonal, diag(a)b, identidad de la traza, A⊗B',
  'verb.apply.description':
    'Las aplicaciones, en vivo: window, mask, gate, taper, image (ejemplo incluido o tus datos)',
  'verb.explain.description': 'La teoría, para estudiantes de segundo año: definition, schur, oppenheim, applications…',
  'verb.help.description': 'Cómo usar el bot, con ejemplos que funcionan al pegarlos',
  'verb.quiz.description':
    'Pregunta de opción múltiple para el canal: entry, property, psd, schur, oppenheim, trace, kronecker',
  'verb.answer.description': 'Responde un quiz con su id y tu opción (los botones bajo el quiz hacen lo mismo)',
  'verb.reveal.description': 'Cierra un quiz ya: la respuesta correcta, quién acertó y la solución detallada',
  'verb.scores.description':
    'Clasificación del canal, esta semana o histórica: puntos, aciertos y rachas; pin la deja publicada',
  'verb.settings.description':
    'Ver o cambiar ajustes del canal: private, figures, numbers, quiz_seconds, theme, timezone, language…',
  'verb.forget-me.description': 'Borra tus respuestas y puntos de los quizzes dondequiera que el bot los guarde',
  'verb.schedule.description':
    'Ejecuta un comando en este canal automáticamente: daily, weekdays o weekly, a una hora local',
  'verb.me.description': 'Tu progreso, en privado: puntos, aciertos por tema, tus errores conceptuales, qué practicar',
  'verb.practice.description':
    'Pregunta privada solo para ti, de tu tema más débil salvo que elijas uno; fuera de la clasificación',
  'verb.class.description':
    'Para gestores del canal: participación, aciertos y errores conceptuales de la semana; exportar a CSV',

  // ── explain ───────────────────────────────────────────────────────────────────────────────────────────────────
  'explain.overview.title': 'El producto de Hadamard en seis ideas',
  'explain.overview.summary':
    'Una línea por idea: qué es el producto, su álgebra, dos teoremas, sus relaciones y sus usos.',
  'explain.overview.more': "Cada tema en profundidad: `/hadamard explain '<'topic'>'` con {topics}.",
  'explain.more': "Más: `/hadamard explain '<'topic'>'` con {topics}.",
  'explain.unknown': '{word} no es un tema; los temas son {topics}',
  'explain.definition.title': 'El producto de Hadamard',
  'explain.definition.summary':
    'El producto de Hadamard multiplica dos matrices del mismo tamaño entrada por entrada: (A∘B)ᵢⱼ = aᵢⱼ·bᵢⱼ.',
  'explain.definition.body':
    'Toma dos matrices A y B del mismo tamaño m×n. Su producto de Hadamard (o de Schur, o elemento a elemento) A∘B es la matriz m×n cuya entrada en la fila i, columna j es aᵢⱼ·bᵢⱼ. No se suma nada y ninguna fila se cruza con una columna: cada posición va por su cuenta.\n```\n⎡ 2  3 ⎤   ⎡ 5  6 ⎤   ⎡ 10  18 ⎤\n⎣ 4  1 ⎦ ∘ ⎣ 7  8 ⎦ = ⎣ 28   8 ⎦\n```\nCompáralo con el producto usual AB, donde la entrada (i,j) es una suma a lo largo de toda una fila de A y toda una columna de B. El producto de Hadamard requiere tamaños iguales (no hay broadcasting: una matriz 1×2 y una 2×1 no se pueden multiplicar elemento a elemento). Pruébalo: `/hadamard [[2,3],[4,1]] [[5,6],[7,8]]`.',
  'explain.properties.title': 'Propiedades algebraicas',
  'explain.properties.summary':
    'La multiplicación elemento a elemento hereda las reglas de la multiplicación de números, posición por posición.',
  'explain.properties.body':
    '- Conmutatividad: A∘B = B∘A\n- Asociatividad: (A∘B)∘C = A∘(B∘C)\n- Distributividad: A∘(B+C) = A∘B + A∘C\n- Elemento neutro: la matriz de unos J, no la matriz identidad I: A∘J = A (mientras que A∘I conserva solo la diagonal de A)\n- Transpuesta: (A∘B)ᵀ = Aᵀ∘Bᵀ\nCada una se cumple porque se cumple para los números reales en cada posición. Compruébalas con tus propias matrices: `/hadamard props [[1,2],[3,4]] [[5,6],[7,8]] [[1,0],[0,1]]`.',
  'explain.schur.title': 'El teorema del producto de Schur',
  'explain.schur.summary':
    'Si A y B son semidefinidas positivas, también lo es A∘B; si ambas son definidas positivas, también lo es A∘B.',
  'explain.schur.body':
    'Una matriz simétrica M es semidefinida positiva (M ⪰ 0) cuando xᵀMx ≥ 0 para todo vector x, y definida positiva cuando xᵀMx > 0 para todo x ≠ 0. Las matrices de covarianza son el ejemplo cotidiano.\n**Teorema (Schur).** Si A y B son matrices n×n semidefinidas positivas, A∘B es semidefinida positiva; si A y B son definidas positivas, A∘B es definida positiva.\n**Por qué (esbozo).** Escribe B mediante sus vectores propios: B = Σₖ λₖ vₖvₖᵀ con todo λₖ ≥ 0. Entonces bᵢⱼ = Σₖ λₖ (vₖ)ᵢ(vₖ)ⱼ y, para todo x,\n```\nxᵀ(A∘B)x = Σᵢⱼ aᵢⱼ bᵢⱼ xᵢ xⱼ = Σₖ λₖ (x∘vₖ)ᵀ A (x∘vₖ) ≥ 0\n```\nporque cada λₖ ≥ 0 y cada (x∘vₖ)ᵀA(x∘vₖ) ≥ 0, ya que A ⪰ 0.\nEl producto usual **no** se comporta así: para A y B semidefinidas positivas, AB ni siquiera tiene por qué ser simétrica, y mucho menos semidefinida positiva. Y si la hipótesis falla (A o B no es semidefinida positiva), el teorema no dice nada: A∘B puede ser semidefinida positiva o no serlo. Mira ambos casos con `/hadamard schur [[2,1],[1,2]] [[1,1],[1,1]]`.',
  'explain.oppenheim.title': 'La desigualdad de Oppenheim',
  'explain.oppenheim.summary': 'Para A y B semidefinidas positivas: det(A∘B) ≥ det(A)·∏bᵢᵢ, y también ≥ det(B)·∏aᵢᵢ.',
  'explain.oppenheim.body':
    '**Desigualdad de Oppenheim.** Para A y B matrices n×n semidefinidas positivas, det(A∘B) ≥ det(A)·b₁₁b₂₂⋯bₙₙ. Intercambiando los papeles de A y B se obtiene también det(A∘B) ≥ det(B)·∏aᵢᵢ.\n**Matrices de correlación.** Si B tiene diagonal unitaria (una matriz de correlación), el producto de su diagonal es 1 y la cota queda det(A∘B) ≥ det(A): atenuar elemento a elemento con una matriz de correlación nunca reduce el determinante.\n**La desigualdad de Hadamard** det(A) ≤ a₁₁a₂₂⋯aₙₙ para A semidefinida positiva es el caso particular A∘I: la identidad I es semidefinida positiva con det(I) = 1, A∘I = diag(a₁₁,…,aₙₙ), y Oppenheim da ∏aᵢᵢ = det(A∘I) ≥ det(A)·1.\n**Igualdad.** Si A es diagonal, A∘B es diagonal con entradas aᵢᵢbᵢᵢ, así que det(A∘B) = det(A)·∏bᵢᵢ exactamente. Si B = J (todo unos, una matriz de correlación singular), A∘J = A y de nuevo det(A∘B) = det(A)·1. El bot decide la igualdad de forma exacta cuando los datos son enteros, decimales o fracciones.\nPruébalo: `/hadamard oppenheim [[2,1],[1,2]] [[3,1],[1,3]]` y `/hadamard oppenheim [[2,1],[1,2]] ones(2,2)`.',
  'explain.relations.title': 'Relaciones con el producto usual',
  'explain.relations.summary':
    'Las matrices diagonales, diag(a)·b, la identidad de la traza y el producto de Kronecker conectan ∘ con los productos usuales.',
  'explain.relations.body':
    '- **Matrices diagonales:** si A y B son ambas diagonales, A∘B = AB. Es uno de los pocos casos en que los dos productos coinciden.\n- **Vectores:** a∘b = diag(a)·b: multiplicar elemento a elemento por a es lo mismo que multiplicar por la matriz diagonal que tiene a en su diagonal.\n- **Identidad de la traza:** tr(AᵀB) = 1ᵀ(A∘B)1 = Σᵢⱼ aᵢⱼbᵢⱼ, el producto interno de Frobenius: suma todas las entradas de A∘B.\n- **Producto de Kronecker:** A∘B es una submatriz de A⊗B: para matrices m×n, toma las filas 1, m+2, 2m+3, … y las columnas 1, n+2, 2n+3, … (las posiciones (i−1)·m+i y (j−1)·n+j).\nMira las cuatro con tus números: `/hadamard relate [[1,2],[3,4]] [[5,6],[7,8]]`.',
  'explain.applications.title': 'Dónde se usa el producto de Hadamard',
  'explain.applications.summary':
    'Siempre que cada posición deba tratarse por separado: estadística, aprendizaje automático, señales e imágenes.',
  'explain.applications.body':
    '- **Atenuación de covarianzas o tapering (estadística):** se multiplica una matriz de covarianza elemento a elemento por una matriz de correlación de soporte compacto para anular los pares muy alejados. Por el teorema del producto de Schur, la matriz atenuada sigue siendo semidefinida positiva, así que sigue siendo una covarianza válida; del mismo modo, la correlación espacial ∘ temporal construye covarianzas espacio-temporales.\n- **Compuertas y máscaras de atención (aprendizaje automático):** una compuerta g ∈ [0,1]ⁿ de una LSTM o GRU escala un estado elemento a elemento, g∘c; una máscara de atención multiplica (o suma −∞ a) las puntuaciones elemento a elemento para ocultar posiciones.\n- **Funciones ventana (procesamiento de señales):** antes de una transformada de Fourier, la señal se multiplica muestra a muestra por una ventana (Hann, Hamming) para reducir la fuga espectral; el enmascaramiento espectral multiplica un espectrograma elemento a elemento.\n- **Filtrado píxel a píxel (imágenes):** una máscara o una imagen de ganancia por píxel multiplica una imagen elemento a elemento: corrección de viñeteo, máscaras alfa, ediciones selectivas.\nPrueba una máscara pequeña: `/hadamard [[0.9,0.5],[0.5,0.9]] [[1,1],[0,1]]`, o mira cada una en vivo con una figura: `/hadamard apply window`, `apply mask`, `apply gate`, `apply taper`, `apply image`.',

  // ── product ───────────────────────────────────────────────────────────────────────────────────────────────────
  'product.title': 'Producto de Hadamard',
  'product.summary': '{name} = {matrix} ({shape}, {kind})',
  'product.kindExact': 'exacto',
  'product.kindCertified': 'certificado',
  'product.kindNumerical': 'numérico',
  'product.entryByEntry':
    'Entrada por entrada: {worked}.\nCada entrada se multiplica por la entrada de la misma posición, y nada más.',
  'product.asDecimals': 'En decimales (cada dígito mostrado está demostrado): {matrix}',
  'product.noteRational': 'Aritmética racional exacta.',
  'product.noteExact':
    'Aritmética exacta: las raíces cuadradas y las potencias de π o de e se mantienen exactas, tal como se escriben.',
  'product.noteCertified':
    'Aritmética certificada: los valores que solo se conocen mediante intervalos (exp, log, funciones trigonométricas de otros argumentos, π junto con e) se muestran con los dígitos que sus intervalos demuestran.',
  'product.noteCertifiedSwitched':
    'Aritmética certificada: los números demasiado largos para mantenerlos exactos se muestran con los dígitos que sus intervalos demuestran.',
  'product.noteFloat':
    'Respuesta numérica (punto flotante): los números son valores en doble precisión leídos de un archivo, por encima del límite para la aritmética exacta.',
  'product.noteFloatSwitched':
    'Respuesta numérica (punto flotante): los números eran demasiado largos para mantenerlos exactos (más de 2000 dígitos en una entrada o 4000 en una matriz), así que el motor pasó a punto flotante.',
  'productFig.title': 'Producto de Hadamard {name}',
  'productFig.subtitle': '{count} matrices de tamaño {shape}',
  'productFig.worked': 'Entrada ({i}, {j}) calculada paso a paso',
  'productFig.rule': 'Multiplica las entradas de la misma posición: {rule}',
  'productFig.heatNote': 'Demasiados dígitos para una sola figura: algunas matrices se muestran como mapas de color. ',
  'productFig.exactShortened':
    'Aritmética exacta. Aquí los números largos se abrevian (≈); la respuesta en texto los muestra completos.',
  'productFig.exact': 'Aritmética exacta.',
  'productFig.certified': 'Intervalos certificados: cada dígito mostrado está demostrado.',
  'productFig.float': 'Datos en punto flotante: números redondeados para mostrarlos.',
  'productFig.altShapeHeat':
    'Producto de Hadamard de {count} matrices {shape}, {name}, dibujadas como mapas de color (morado negativo, naranja positivo).',
  'productFig.altShapeGrid':
    'Producto de Hadamard de {count} matrices {shape}, {name}, dibujadas como cuadrículas de números.',
  'productFig.altWorked': 'Entrada ({i}, {j}) calculada paso a paso: {factors} = {value}.',
  'productFig.altRule': 'Cada entrada del producto es el producto de las entradas de la misma posición.',
  'productFig.altColours':
    'Cada entrada del producto es el producto de las entradas de la misma posición; las posiciones correspondientes comparten color y la entrada calculada aparece recuadrada.',

  // ── verdicts ──────────────────────────────────────────────────────────────────────────────────────────────────
  'verdict.pd': 'definida positiva',
  'verdict.psd': 'semidefinida positiva (singular, rango {rank})',
  'verdict.psdRank': 'semidefinida positiva, rango {rank}',
  'verdict.psdSingular': 'semidefinida positiva (singular)',
  'verdict.not_psd': 'no semidefinida positiva',
  'verdict.not_symmetric': 'no simétrica',
  'verdict.not_square': 'no cuadrada',
  'verdict.undecided': 'indeterminada',
  'verdict.undecidedLong': 'indeterminada: una cantidad es igual a 0 hasta el límite de precisión',
  'verdict.none': 'no calculada',
  'verdict.notDecided': 'no decidida',

  // ── certificates and eigenvalues ──────────────────────────────────────────────────────────────────────────────
  'cert.undecided': 'Indeterminado: {words}',
  'cert.witness': 'Testigo: x = {x} da xᵀ{label}x = {value} < 0.',
  'cert.minor':
    'Certificado: el menor principal 2×2 en las filas {i} y {j} es negativo: {product} < {square} (un vector testigo no cabría en punto flotante).',
  'cert.diagonalPd':
    'Certificado: {label} es diagonal, así que sus valores propios son sus entradas diagonales: todos positivos.',
  'cert.diagonalPsd':
    'Certificado: {label} es diagonal, así que sus valores propios son sus entradas diagonales: todos ≥ 0, {rank} de ellos positivos.',
  'cert.ldlt':
    'Certificado: {label} = PᵀLDLᵀP (LDLᵀ con pivoteo simétrico) con D = diag({pivots}), todos los pivotes ≥ 0.',
  'cert.ldltPsd':
    'Certificado: {label} = PᵀLDLᵀP (LDLᵀ con pivoteo simétrico) con D = diag({pivots}), todos los pivotes ≥ 0, {rank} de ellos positivos.',
  'cert.cholesky':
    'Certificado: tras equilibrar con potencias de dos, B = S{label}S (con el mismo veredicto que {label}) menos {tolerance}·I tiene una factorización de Cholesky en doble precisión, y las cotas de redondeo de esa factorización son menores que {tolerance}: todos los valores propios de B son positivos{shown}.',
  'cert.choleskyLowest': ' (su valor propio más pequeño es aproximadamente {value})',
  'eigen.approxZero': '≈0 (|λ| < {bound})',
  'eigen.positiveBelow': '0 < λ < {bound}',
  'eigen.between': 'en [{lo}, {hi}]',

  // ── arithmetic notes ──────────────────────────────────────────────────────────────────────────────────────────
  'note.rational': 'Aritmética racional exacta: cada veredicto de arriba se decide de forma exacta.',
  'note.exact':
    'Aritmética exacta: las entradas son racionales, raíces cuadradas y polinomios en π o en e, donde el 0 se decide de forma exacta y cada signo mediante intervalos que se refinan hasta tener certeza.',
  'note.certified':
    'Aritmética certificada: {why}, así que cada signo de arriba se demuestra con intervalos refinados hasta 1000 dígitos; nada se pierde por redondeo, y lo que queda a menos de 10⁻¹⁰⁰⁰ de 0 se declara indeterminado.',
  'note.certifiedSwitched':
    'algunos números son demasiado largos para mantenerlos exactos (más de 2000 dígitos en una entrada o 4000 en una matriz)',
  'note.certifiedWhy':
    'algunas entradas solo se conocen mediante intervalos (exp, log o funciones trigonométricas de otros argumentos, π junto con e)',
  'note.float':
    'Punto flotante con demostraciones: {why}, así que los veredictos se deciden en doble precisión con cotas rigurosas para cada redondeo (una factorización de Cholesky desplazada demuestra que la matriz es definida positiva, y se garantiza que el xᵀMx de un testigo es negativo); lo que esas cotas no pueden separar de 0 se declara indeterminado.',
  'note.floatSwitched':
    'los números eran demasiado largos para mantenerlos exactos (más de 2000 dígitos en una entrada o 4000 en una matriz)',
  'note.floatWhy':
    'las matrices son números en doble precisión leídos de un archivo, por encima del límite para la aritmética exacta',
  'note.decimalPoint':
    'Las matrices se escriben igual en todos los idiomas, también en español: el punto `.` es el separador decimal y la coma `,` separa las entradas (`[[1.5, 2]]`).',
  'words.exact': 'aritmética exacta',
  'words.certified': 'intervalos certificados',
  'words.float': 'punto flotante',

  // ── schur: the answer ─────────────────────────────────────────────────────────────────────────────────────────
  'schur.title': 'Teorema del producto de Schur',
  'schur.verdicts': 'Veredictos',
  'schur.theorem': 'El teorema',
  'schur.proof': 'Esbozo de la demostración, comprobado',
  'schur.line': '- {name}: **{verdict}**',
  'schur.lineNotSymmetricAB':
    ' (así que no puede ser semidefinida positiva: el producto usual de matrices simétricas no tiene por qué ser simétrico)',
  'schur.lineSymmetricPart':
    ' (ser semidefinida positiva es una propiedad de las matrices simétricas; su parte simétrica es {verdict})',
  'schur.lineNotComputed':
    '- {name}: no calculada: {where} sería del orden de {size}, fuera del rango del punto flotante',
  'schur.anEntry': 'una entrada',
  'schur.smallest': ', valor propio más pequeño {value}',
  'schur.summaryStrong':
    '{a} y {b} son definidas positivas, así que {ab} es definida positiva (Schur) — y en efecto lo es.',
  'schur.summaryPsd':
    '{a} y {b} son semidefinidas positivas, así que {ab} es semidefinida positiva (Schur) — y en efecto lo es: {verdict}.',
  'schur.theoremOk':
    'La hipótesis se cumple, así que el teorema del producto de Schur garantiza {ab} {rel} 0, y la comprobación lo confirma.',
  'schur.theoremUndecided':
    'La hipótesis se cumple, así que el teorema del producto de Schur garantiza {ab} {rel} 0; la comprobación directa queda indeterminada (una cantidad igual a 0 hasta {digits} dígitos), cosa que el teorema resuelve.',
  'schur.theoremBug':
    'La hipótesis se cumple, pero la comprobación no coincide: por favor, informa de esto como un error.',
  'schur.summaryOpen':
    'No está decidido si {a} y {b} son ambas semidefinidas positivas (una cantidad es igual a 0 hasta el límite de precisión), así que el teorema del producto de Schur ni se aplica ni se descarta; {ab} es {verdict}.',
  'schur.theoremOpen': 'La hipótesis ({a} ⪰ 0 y {b} ⪰ 0) queda indeterminada aquí: consulta los veredictos de arriba.',
  'schur.failing': '{name} es {verdict}',
  'schur.summaryFails': 'El teorema del producto de Schur no se aplica ({failing}); de todos modos, {ab} es {verdict}.',
  'schur.whyNotSymmetric':
    ' Ser semidefinida positiva es una propiedad de las matrices simétricas, así que una matriz de entrada no simétrica no puede cumplirla.',
  'schur.theoremFails':
    'La hipótesis ({a} ⪰ 0 y {b} ⪰ 0) no se cumple, así que aquí el teorema no promete nada.{why} Sin la hipótesis, {ab} puede ser semidefinida positiva o no serlo; aquí es {verdict}.',
  'schur.contrastRange':
    'El producto usual {ord} queda aquí fuera del rango del punto flotante, así que no se compara; el producto de Hadamard conserva la magnitud de cada entrada, mientras que el usual suma n de ellas.',
  'schur.contrastLuck':
    'El producto usual {ord} resulta ser {verdict} aquí, pero es casualidad: para A y B semidefinidas positivas, AB ni siquiera tiene por qué ser simétrica.',
  'schur.contrastNot':
    'El producto usual {ord} es {verdict}: el producto usual no conserva la propiedad de ser semidefinida positiva; el de Hadamard sí.',
  'schur.proofBody':
    'Con {b} = Σₖ λₖ vₖvₖᵀ: xᵀ({ab})x = Σₖ λₖ (x∘vₖ)ᵀ{a}(x∘vₖ). Para x = ({x}): lado izquierdo {lhs}, lado derecho {rhs} — {agree} (punto flotante). Cuando todo λₖ ≥ 0 y {a} ⪰ 0, cada término es ≥ 0.',
  'schur.agree': 'coinciden',
  'schur.disagree': 'NO coinciden',

  // ── schur: the figure ─────────────────────────────────────────────────────────────────────────────────────────
  'schurFig.statementStrong': '{a} ≻ 0 y {b} ≻ 0 ⇒ {ab} ≻ 0 (forma fuerte: definida positiva)',
  'schurFig.statement': '{a} ⪰ 0 y {b} ⪰ 0 ⇒ {ab} ⪰ 0',
  'schurFig.is': '¿Es {m} {rel} 0?',
  'schurFig.then': '¿Entonces {m} {rel} 0?',
  'schurFig.and': 'y',
  'schurFig.applies': 'el teorema se aplica',
  'schurFig.notApplies': 'el teorema no se aplica',
  'schurFig.claimStrong': '{a} y {b} son definidas positivas, así que {ab} es definida positiva',
  'schurFig.claim': '{a} y {b} son semidefinidas positivas, así que {ab} es semidefinida positiva',
  'schurFig.indeed': '; en efecto, {fact}',
  'schurFig.isVerdict': '{name} es {verdict}',
  'schurFig.both': '{first} y {second}',
  'schurFig.fails': '✗ La hipótesis no se cumple: {who}.',
  'schurFig.saysNothing': 'El teorema no dice nada sobre {ab} aquí; resulta ser {verdict}.',
  'schurFig.luck': 'Aquí {ord} resulta ser también semidefinida positiva.',
  'schurFig.needNot':
    'El producto de matrices semidefinidas positivas no tiene por qué ser semidefinido positivo, ni siquiera simétrico.',
  'schurFig.contrast': 'Contraste: el producto usual {ord}',
  'schurFig.about': 'El teorema de Schur trata del producto elemento a elemento {ab}, no de {ord}.',
  'schurFig.identity': 'Identidad de la demostración xᵀ({ab})x = Σₖ λₖ (x∘vₖ)ᵀ{a}(x∘vₖ), comprobada para un x: {check}',
  'schurFig.exact': 'Aritmética exacta; los valores propios son intervalos certificados, a modo de evidencia.',
  'schurFig.provedBy': 'Veredictos demostrados: {list}.',
  'schurFig.withEnclosures': '{m} con intervalos certificados',
  'schurFig.exactly': '{m} de forma exacta',
  'schurFig.float': 'Punto flotante con cotas de redondeo.',
  'schurFig.floatTolerance': 'Punto flotante con cotas de redondeo, tolerancia {tolerance}.',
  'schurFig.smallest': ' (valor propio más pequeño {value})',
  'schurFig.alt1': 'Figura del teorema del producto de Schur, matrices {shape}: {statement}.',
  'schurFig.altHolds': 'La hipótesis se cumple, así que el teorema se aplica.',
  'schurFig.altFails': 'La hipótesis no se cumple, así que el teorema no se aplica.',
  'schurFig.altContrast': 'Como contraste, el producto usual {ord} es {verdict}.',
  // ── psd (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── oppenheim (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── props (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── relate (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── apply (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── quiz (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── groups (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── errors (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── notices (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'notice.restarting': 'El bot se está reiniciando; vuelve a intentarlo en un minuto.',
  'notice.rateLimited':
    'Estás enviando comandos muy rápido: el límite es {count} cada {window} s. Vuelve a intentarlo en {seconds} s.',
  'notice.busy': 'El bot está muy ocupado ahora mismo. Vuelve a intentarlo en {seconds} s.',
  'notice.fault':
    'Lo sentimos, algo ha fallado por nuestra parte (id de error {id}). El equipo puede encontrarlo en los registros.',
  'notice.needsChannel':
    '{verb} es un comando de grupo de estudio: necesita un canal (Slack, Discord, la página local o la CLI)',
  'notice.needsChannelHint':
    'Los comandos de grupo de estudio (quiz, answer, reveal, scores, settings, forget-me, me, practice, class) funcionan en un canal de chat, la página local o la CLI. Ejemplo: /hadamard quiz',
  'notice.timeout':
    'esto ha necesitado más de {seconds} s de cálculo, así que se ha detenido (las fracciones exactas muy largas o las matrices grandes lo hacen lento)',
  'notice.timeoutHint':
    'Usa números más cortos o matrices más pequeñas; los decimales con pocas cifras o las fracciones pequeñas van rápido. Ejemplo: /hadamard schur hilbert(6) pascal(6)',
  'notice.outOfMemory': 'esto ha necesitado más memoria de la que puede usar un comando, así que se ha detenido',
  'notice.outOfMemoryHint':
    'Usa matrices más pequeñas (hasta 12×12) o números más pequeños. Ejemplo: hilbert(12) .* pascal(12)',
  'notice.lost':
    'Lo sentimos: la instancia del bot que procesaba tu comando se detuvo antes de confirmar una respuesta. Si no ves la respuesta aquí, vuelve a enviar el comando.',
  'notice.try': 'Prueba: {hint}',
  'notice.fileTooLarge': '{name} ocupa {size}; los archivos adjuntos pueden ocupar como máximo {limit}',
  'notice.fileTooLargeOver': '{name} ocupa más de {limit}; los archivos adjuntos pueden ocupar como máximo {limit}',
  'notice.fileTooLargeHint':
    'Envía un archivo más pequeño: matrices de hasta 256×256 (CSV, TSV o JSON), imágenes de hasta 1024×1024 píxeles.',
  'notice.fileHint':
    'Comparte un archivo CSV, TSV, JSON, PNG o JPEG con el bot por mensaje directo o con una mención: @hadamard-bot psd @1',
  'notice.fileTooMany': 'el mensaje traía {count} archivos; se pueden usar como máximo {max} a la vez',
  'notice.fileGone': 'no se puede descargar {name} de Slack (se borró o es un enlace externo)',
  'notice.fileNotSlack': '{name} no está en el servidor de archivos de Slack, así que no se descarga',
  'notice.fileRetry': 'no se ha podido descargar {name} de Slack; vuelve a intentarlo',
  'notice.fileHttp': 'no se ha podido descargar {name} de Slack (HTTP {status})',
  'notice.fileUnnamed': 'un archivo',
  'notice.noToken': 'los archivos compartidos no se pueden leer ahora (este espacio de trabajo no tiene token)',
  'notice.noTokenHint': 'Vuelve a instalar la app en este espacio de trabajo, o escribe las matrices.',
  'notice.slack.tooLong':
    '_(demasiado largo para un mensaje de Slack: la matriz completa está en el archivo adjunto `{file}`)_',
  'notice.slack.continued': '_(continúa en el archivo adjunto `{file}`)_',
  'notice.fullText': '{title} (texto completo)',
  'notice.slack.toDm':
    '_{what, select, both {La figura y el archivo han ido} file {El archivo ha ido} other {La figura ha ido}} a tus mensajes directos conmigo: Slack no puede adjuntar archivos a un mensaje que solo ves tú._',
  'notice.slack.privateNoFiles':
    '_Las respuestas privadas llegan sin sus figuras ni archivos: Slack no puede adjuntarlos a un mensaje que solo ves tú. Con el ajuste del canal `private` en off, las respuestas se publican con ellos._',
  'notice.slack.revealed': ':white_check_mark: Revelado: el mensaje del quiz ya muestra la respuesta.',
  'notice.slack.updated': ':pencil2: Actualizado después de que se editara la pregunta.',
  'notice.slack.notMember':
    ':information_source: No soy miembro de este canal, así que no puedo publicar {what, select, files {las figuras y los archivos} other {respuestas}} aquí. Invítame con `/invite @hadamard-bot` (o mencióname y Slack te ofrecerá hacerlo).',
  'notice.slack.sendFailed': 'Lo siento, no he podido enviar la respuesta (id de error {id}).',
  'notice.slack.asked': '{user} preguntó {command}',
  'notice.slack.shortcut':
    '{user} usó _Hadamard this_ en {author, select, none {un mensaje} other {un mensaje de {author}}}',
  'notice.slack.edited': ':pencil2: {user} editó la pregunta; la nueva respuesta le llegó en privado.',
  'notice.slack.noCommand': 'Esta respuesta ya no lleva su comando: ejecútalo de nuevo.',
  'notice.noLatex': 'Esta respuesta no tiene LaTeX.',
  'notice.slack.latexTooLong':
    ':warning: El LaTeX de esta respuesta es demasiado largo para un mensaje de Slack; la CLI lo imprime: `npx hadamard --latex …`.',
  'notice.discord.sendFailed': 'Lo siento, no se ha podido enviar la respuesta (id de error {id}).',
  'notice.discord.quizClosed': 'El quiz {id} está cerrado: el mensaje de la pregunta ya muestra la respuesta.',
  'notice.discord.sentByDm': '{title}: te lo he enviado por mensaje directo, porque es privado.',
  'notice.discord.noDm':
    '{title}: esta respuesta es privada y no he podido enviártela por mensaje directo (¿tienes desactivados los mensajes directos de este servidor?). Usa `/hadamard {verb}` y responderé donde solo tú puedas verlo.',
  'notice.discord.unknownSubcommand': 'esta versión del bot no conoce este subcomando',
  'notice.discord.unknownSubcommandHint': 'Prueba /hadamard help.',
  'notice.discord.unknown': 'Esto no es algo que esta versión del bot conozca. Prueba `/hadamard help`.',
  'notice.discord.latexGone':
    'La pregunta de esta respuesta ya no está (se borró o está fuera de mi alcance), así que su LaTeX tampoco. Vuelve a preguntar.',
  'notice.discord.latexFile': 'El LaTeX no cabe en un mensaje: aquí lo tienes como answer.tex.',
  'notice.discord.overflow': '*El resto de la respuesta está en {file}.*',
  'notice.discord.fullText': 'El texto completo de la respuesta: {title}',
  'notice.discord.exact': 'Aritmética exacta (números racionales)',
  'notice.discord.float': 'Punto flotante (tolerancia numérica)',
  'notice.discord.delete': 'Borrar',
  'notice.cli.figure': 'Figura: {path}',
  'notice.cli.file': 'Archivo: {path}',
  'notice.cli.error': 'Error ({code}): {message}\nPista: {hint}',
  'notice.cli.noLatex': '(esta respuesta no muestra matrices, así que no tiene LaTeX; sigue su texto)',


  // ── page (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'page.title': 'hadamard-bot · entorno de pruebas local',
  'page.skip': 'Ir al cuadro de mensaje',
  'page.topic':
    'Un canal local con {bot} dentro: el producto de matrices elemento a elemento (de Hadamard), exacto. Nada sale de esta máquina.',
  'page.language': 'Idioma de las respuestas',
  'page.languageTitle': 'Idioma de la página y de las respuestas',
  'page.auto': 'Auto',
  'page.autoTitle': 'El idioma del navegador',
  'page.clear': 'Borrar',
  'page.clearDesc': 'Olvidar esta conversación en este navegador',
  'page.conversation': 'Conversación',
  'page.emptyTitle': 'Prueba el bot',
  'page.emptyLead': 'Escribe dos matrices del mismo tamaño y pulsa {enter}. El bot las multiplica elemento a elemento:',
  'page.emptyMore':
    'El `/hadamard` inicial es opcional; también valen el estilo MATLAB `[2 3; 4 1]` y fracciones como `1/3`. Otros comandos comprueban teoremas (`schur`, `psd`, `oppenheim`) o explican la teoría (`explain`, `help`). Elige un ejemplo de abajo para empezar.',
  'page.examples': 'Ejemplos, uno por comando',
  'page.examplesLabel': 'Ejemplos:',
  'page.attachedFiles': 'Archivos adjuntos',
  'page.attach': 'Adjuntar un archivo',
  'page.attachDesc':
    'Adjunta hasta dos archivos CSV, TSV, JSON, PNG o JPEG, o suéltalos en la página; @1 y @2 los nombran',
  'page.message': 'Mensaje para hadamard-bot',
  'page.placeholder': 'Escribe un mensaje',
  'page.send': 'Enviar',
  'page.keys':
    '{enter} envía · {shift}+{enter} nueva línea · {up} en el cuadro vacío recupera el comando anterior · suelta un archivo para adjuntarlo',
  'page.drop': 'Suelta un archivo CSV, TSV, JSON, PNG o JPEG para adjuntarlo',
  'page.you': 'Tú',
  'page.said': '{who} dijo',
  'page.figure': 'figura',
  'page.figureGone': 'La figura ya no está disponible',
  'page.figureGoneWhy':
    '(el servidor solo guarda en memoria las figuras recientes; vuelve a enviar el comando). Mostraba:',
  'page.openFull': 'ver a tamaño completo',
  'page.private': 'Solo tú puedes verlo',
  'page.answerQuiz': 'Responder al quiz {id}',
  'page.download': 'Descargar {name}',
  'page.copyLatex': 'Copiar LaTeX',
  'page.copyLatexTitle': 'Copia esta respuesta como LaTeX (bmatrix, \\frac, el veredicto) para tareas y apuntes',
  'page.copied': 'Copiado',
  'page.copyBlocked': 'Aquí no se puede copiar: selecciona el LaTeX de abajo.',
  'page.wrong': 'Algo ha fallado.',
  'page.hint': 'Pista:',
  'page.dismiss': 'Descartar',
  'page.working': '{bot} está trabajando…',
  'page.unreachable': 'El servidor del entorno de pruebas no ha respondido.',
  'page.unreachableHint': '¿Sigue en marcha `npm start`? Vuelve a iniciarlo y pulsa ↑ y Enter.',
  'page.remove': 'Quitar {name}',
  'page.removed': '{name} quitado.',
  'page.notAFile': '{name} no es un archivo CSV, TSV, JSON, PNG ni JPEG.',
  'page.fileTooLarge': '{name} ocupa {size}; los archivos pueden ocupar como máximo {max}.',
  'page.fileLeftOut': 'Como máximo {max} archivos (@1, @2): {name} se ha quedado fuera.',
  'page.attached': 'Adjuntos: {files}.',
  'page.dark': 'Oscuro',
  'page.light': 'Claro',
  'page.toDark': 'Cambiar la página y sus figuras al aspecto oscuro',
  'page.toLight': 'Cambiar la página y sus figuras al aspecto claro',
  'page.toDarkTitle': 'Cambiar al aspecto oscuro (las figuras nuevas se dibujan para él)',
  'page.toLightTitle': 'Cambiar al aspecto claro (las figuras nuevas se dibujan para él)',
  'page.chip': '{verb}: {description}. Rellena el cuadro con {example}',

};
