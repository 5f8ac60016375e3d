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

  'discord.command.description':
    'Producto de Hadamard (elemento a elemento): calcúlalo exacto, comprueba teoremas, aprende',
  'discord.fileOption.description':
    'Un archivo en lugar de {matrix}: matriz CSV, TSV o JSON (hasta 256×256), o una imagen PNG/JPEG',
  'verb.product.option.a': 'Primera matriz, p. ej. [[2,3],[4,1]] o [2 3; 4 1]',
  'verb.product.option.b': 'Segunda matriz, del mismo tamaño que la primera',
  'verb.product.option.c': 'Tercera matriz (opcional)',
  'verb.product.option.d': 'Cuarta matriz (opcional)',
  'verb.product.option.e': 'Quinta matriz (opcional)',
  'verb.product.option.f': 'Sexta matriz (opcional)',
  'verb.schur.option.a': 'Matriz cuadrada A, p. ej. [[2,3],[4,1]] o [2 3; 4 1]',
  'verb.schur.option.b': 'Matriz cuadrada B, del mismo tamaño que A',
  'verb.psd.option.m': 'Matriz cuadrada, p. ej. [[2,3],[4,1]] o [2 3; 4 1]',
  'verb.oppenheim.option.a': 'Matriz cuadrada A, p. ej. [[2,3],[4,1]] o [2 3; 4 1]',
  'verb.oppenheim.option.b': 'Matriz cuadrada B, del mismo tamaño que A',
  'verb.props.option.a': 'Matriz A, p. ej. [[2,3],[4,1]] o [2 3; 4 1]',
  'verb.props.option.b': 'Matriz B, del mismo tamaño que A',
  'verb.props.option.c': 'Matriz C opcional (para la asociatividad y la distributividad)',
  'verb.relate.option.a': 'Matriz A, p. ej. [[2,3],[4,1]] o [2 3; 4 1]',
  'verb.relate.option.b': 'Matriz B, del mismo tamaño que A',
  'verb.apply.option.application': 'window (ventana), mask (atención), gate (LSTM), taper (covarianza) o image',
  'verb.apply.option.a': 'Opcional: una matriz o un vector, o una palabra: hann, causal, padding:2, seed:7, vignette…',
  'verb.apply.option.b': 'Opcional: otra matriz u otro vector, o una palabra',
  'verb.apply.option.c': 'Opcional: otra matriz u otro vector, o una palabra',
  'verb.apply.option.d': 'Opcional: otra matriz u otro vector, o una palabra',
  'verb.apply.option.e': 'Opcional: otra matriz u otro vector, o una palabra',
  'verb.explain.option.topic': 'definition, properties, schur, oppenheim, relations o applications',
  'verb.help.option.verb': 'El comando que se explica',
  'verb.quiz.option.topic': 'Sobre qué preguntar (por defecto: lo elige la semilla)',
  'verb.quiz.option.level': 'easy, medium o hard (por defecto: lo elige la semilla)',
  'verb.quiz.option.seed': 'Repetir una pregunta: la semilla que aparece debajo (un número entero)',
  'verb.answer.option.quiz': 'El id del quiz, que aparece en su mensaje (p. ej. q7k2m9)',
  'verb.answer.option.choice': 'Tu respuesta',
  'verb.reveal.option.quiz': 'El id del quiz, que aparece en su mensaje (p. ej. q7k2m9)',
  'verb.scores.notes':
    '- Los puntos cuentan cuando se cierra una ronda. `week` es la semana del canal: desde el lunes a las 00:00 en su zona horaria (`/hadamard settings timezone Europe/Madrid`; por defecto UTC).\n- `scores pin` (quienes pueden gestionar el canal) publica la tabla una vez y luego edita ese mismo mensaje al cerrarse las rondas, como mucho cada 30 segundos; la tabla semanal empieza de cero el lunes. Un nuevo pin sustituye al anterior (que lo indica); si se borra el mensaje, la siguiente actualización lo vuelve a publicar. En Slack una tabla fijada es solo texto (Slack no puede editar una imagen compartida).',
  'verb.scores.option.period': 'Esta semana (por defecto) o todo el tiempo',
  'verb.scores.option.pin':
    'pin: publica la tabla una vez y actualiza ese mensaje al cerrarse cada ronda (gestores del canal)',
  'verb.settings.option.key': 'El ajuste que quieres ver o cambiar',
  'verb.settings.option.value':
    'on/off, fractions/decimals, 10–3600 (segundos), light/dark, una zona horaria, o default',
  'verb.schedule.notes':
    '- Las horas son las locales del canal: `/hadamard settings timezone Europe/Madrid` (por defecto UTC). Una programación conserva su hora local con los cambios de horario de verano; una hora que no existe ese día (el salto de primavera) se ejecuta justo después del salto, y una que ocurre dos veces se ejecuta una sola vez.\n- Solo quienes pueden gestionar el canal añaden o quitan programaciones; cualquiera puede listarlas. Un canal tiene como máximo 10. El comando se comprueba al programarlo; una ejecución programada publica en el canal para todos, en nombre de nadie (así que no `answer`, `reveal`, `settings`, `forget-me`).\n- Cada ejecución ocurre una vez, aunque funcionen varias copias del bot. Tras una caída, el bot recupera la última ejecución perdida si tiene menos de una hora y omite las más antiguas: nunca una ráfaga.\n- Un `scores week` programado que se ejecuta en lunes (la semana del canal empieza el lunes a las 00:00 locales) publica la tabla final de la semana que acaba de terminar; los demás días, la semana hasta ahora. `schedule weekly mon 09:00 scores week` publica cada lunes los ganadores de la semana anterior.',
  'verb.schedule.option.every': 'daily, weekdays (lun–vie) o weekly; remove borra una; vacío las lista',
  'verb.schedule.option.day': 'El día de una programación semanal',
  'verb.schedule.option.at': 'Hora local HH:MM, de 24 horas, en la zona horaria del canal (o el id que quieres borrar)',
  'verb.schedule.option.command': 'El comando que ejecuta, p. ej. quiz schur medium, scores week, apply window',
  'verb.practice.option.topic': 'Qué practicar (por defecto: tu tema más débil)',
  'verb.practice.option.level': 'easy, medium o hard (por defecto: el que va con tu tasa de aciertos)',
  'verb.class.option.view': 'Esta semana (por defecto) o export: las respuestas del canal en un archivo CSV',

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
  'note.fromFiles': 'De archivos: {list}.',
  'note.fromFile': '{label} es {file} ({shape})',
  'note.listSeparator': '; ',
  'fig.logScale': 'escala log.',
  'note.decimalPoint':
    'Las matrices se escriben igual en todos los idiomas, también en español: el punto `.` es el separador decimal y la coma `,` separa las entradas (`[[1.5, 2]]`).',
  'words.exact': 'aritmética exacta',
  'words.certified': 'intervalos certificados',
  'words.float': 'punto flotante',

  // ── schur: the answer ─────────────────────────────────────────────────────────────────────────────────────────
  'schur.latexTheorem': '(teorema del producto de Schur)',
  'schur.latexHypothesisFails':
    'La hipótesis ({a} y {b} semidefinidas positivas) no se cumple: el teorema no garantiza nada.',
  'schur.latexHypothesisFailsShort': 'La hipótesis del teorema del producto de Schur no se cumple.',
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
  'schur.entryAt': 'la entrada ({row},{col})',
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
  // ── psd ───────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'psd.title': '¿Semidefinida positiva?',
  'psd.summary': '{label} es **{verdict}**.',
  'psd.summaryPd': '{label} es **{verdict}** (rango {rank}).',
  'psd.summaryNotPsd': '{label} no es **semidefinida positiva**.',
  'psd.notSquare':
    '{label} es {shape}, no cuadrada: ser semidefinida positiva es una propiedad de las matrices cuadradas simétricas.',
  'psd.notSymmetric':
    '{label} no es simétrica, así que «semidefinida positiva» no se aplica (es una propiedad de las matrices simétricas).',
  'psd.symmetricPart': 'La parte simétrica',
  'psd.symmetricPartWhy':
    'Para xᵀ{label}x solo importa la parte simétrica S = ({label}+{label}ᵀ)/2, ya que xᵀ{label}x = xᵀSx para todo x.',
  'psd.symmetricVerdict': 'S es **{verdict}**.',
  'psd.symmetricVerdictNotPsd': 'S no es **semidefinida positiva**.',
  'psd.undecided':
    'No está decidido si {label} es semidefinida positiva: una cantidad es igual a 0 hasta {digits} dígitos y podría ser exactamente 0.',
  'psd.undecidedSymmetry':
    'No está decidido si {label} es semidefinida positiva: dos entradas que deberían coincidir coinciden hasta {digits} dígitos y podrían ser exactamente iguales.',
  'psd.undecidedWords':
    '{what} es igual a 0 hasta {digits} dígitos; podría ser exactamente 0. Si ese valor es positivo, la factorización continúa; si es 0, {label} es singular (semidefinida positiva de rango {rank} si el resto de la factorización también es 0); si es negativo, {label} no es semidefinida positiva.',
  'psd.undecidedWordsSymmetry':
    '{what} de {label} coinciden hasta {digits} dígitos y podrían ser exactamente iguales. Si lo son, {label} es simétrica y puedes volver a pedir su veredicto escribiendo las dos de la misma forma; si no, {label} no es simétrica.',
  'psd.what.pivot': 'el pivote {k} de la factorización LDLᵀ',
  'psd.what.schurComplement': 'una entrada fuera de la diagonal del complemento de Schur tras {k} pivotes',
  'psd.what.detPivot': 'un pivote del determinante',
  'psd.what.rank': 'el rango',
  'psd.what.sign': 'un signo',
  'psd.what.entries': 'las entradas ({i},{j}) y ({j},{i})',
  'psd.what.balanced': 'el valor propio más pequeño de la matriz equilibrada',
  'psd.what.quantity': 'una cantidad',
  'psd.eigenNotShown': 'no se muestran (una entrada o un valor propio está fuera del rango del punto flotante)',
  'psd.eigenDiagonal': 'Valores propios (las entradas diagonales de {label}): {list}.',
  'psd.eigenCertified':
    'Valores propios (intervalos certificados, a modo de evidencia; los dígitos mostrados están demostrados): {list}.',
  'psd.eigenCertifiedZeros':
    'Valores propios (intervalos certificados, a modo de evidencia; los dígitos mostrados están demostrados) ({zeros, plural, one {uno es} other {# son}} exactamente 0: el rango es {rank}): {list}.',
  'psd.eigenFloat': 'Valores propios (punto flotante, a modo de evidencia): {list}.',
  'psd.eigenBalanced': 'Valores propios de la matriz equilibrada D⁻¹ᐟ²{label}D⁻¹ᐟ², que deciden: {list}.',
  'psd.noneNegative': 'Ninguno es negativo.',
  'psd.latexPsd': '(semidefinida positiva)',
  'psd.latexNotSymmetric': '(no simétrica: ser semidefinida positiva es una propiedad de las matrices simétricas)',
  'psd.latexNotSquare': '{label} no es cuadrada: ser semidefinida positiva es una propiedad de las matrices cuadradas',
  'psd.latexNotDecided': '{label}: no decidida',
  'psdFig.heading': '¿Es {label} semidefinida positiva?',
  'psdFig.eigenDiagonal': 'Valores propios (las entradas diagonales)',
  'psdFig.eigenEvidence': 'Valores propios (evidencia, no el criterio)',
  'psdFig.itsEigenvalues': 'sus valores propios',
  'psdFig.band': 'franja sombreada: demasiado cerca de 0 para distinguirlo en punto flotante',
  'psdFig.counts': '{n} valores propios, en orden creciente: {negative} negativos, {zeros} cero, {positive} positivos',
  'psdFig.countsAbout':
    '{n} valores propios, en orden creciente: {negative} negativos, {zeros} casi cero, {positive} positivos',
  'psdFig.pd': 'Todos los valores propios son positivos: xᵀMx > 0 para todo x\u00a0≠\u00a00.',
  'psdFig.psd':
    'Rango {rank} de {n}: {zeros, plural, one {# valor propio es} other {# valores propios son}} cero, ninguno negativo.',
  'psdFig.notSquare':
    'Una matriz {shape} no es cuadrada: ser semidefinida positiva es una propiedad de las matrices cuadradas.',
  'psdFig.notSymmetric':
    '{label} ≠ {label}ᵀ (pares resaltados): ser semidefinida positiva es una propiedad de las matrices simétricas.',
  'psdFig.witness': 'Testigo: un vector x con xᵀMx < 0',
  'psdFig.minor': 'Certificado: un menor principal 2×2 negativo',
  'psdFig.ldlt': 'Certificado: {lhs} = L·D·Lᵀ con',
  'psdFig.entries': '{n, plural, one {# entrada} other {# entradas}}',
  'psdFig.symmetricPart': 'Parte simétrica ({label}+{label}ᵀ)/2:',
  'psdFig.balancedTolerance': 'tolerancia equilibrada {tolerance}',
  'psdFig.bySigns': 'decidido por signos',
  'psdFig.aMatrix': 'una matriz {shape}',
  'psdFig.altHead': '{label} ({shape}), ¿semidefinida positiva? Veredicto: {verdict}.',
  'psdFig.altEigen': 'Valores propios, en orden creciente: {list}.',
  'psdFig.altWitness': 'El testigo x = ({x}) da xᵀMx = {value} < 0.',
  'psdFig.altNegativeValue': 'un valor negativo',
  'psdFig.altMinor': 'El menor principal 2×2 en las filas {i} y {j} es negativo.',
  'psdFig.altSymmetric': 'Su parte simétrica es {verdict}.',
  'psdFig.altUndecided': 'Indeterminado: {what} es igual a 0 hasta {digits} dígitos y podría ser exactamente 0.',
  'psdFig.altUndecidedSymmetry':
    'Indeterminado: {what} coinciden hasta {digits} dígitos y podrían ser exactamente iguales.',

  // ── oppenheim ─────────────────────────────────────────────────────────────────────────────────────────────────────────
  'opp.title': 'Desigualdad de Oppenheim',
  'opp.bounds': 'Las cotas',
  'opp.hadamard': 'Desigualdad de Hadamard',
  'opp.boundLine': '- {bound} = {factors} = {value}  →  {det} {rel} cota: {verdict}',
  'opp.holds': 'se cumple',
  'opp.holdsEquality': 'se cumple con igualdad',
  'opp.fails': 'no se cumple',
  'opp.undecided': 'indeterminado: la diferencia es 0 hasta {digits} dígitos o hasta el error de redondeo',
  'opp.appliesHold':
    '{a} y {b} son semidefinidas positivas, así que la desigualdad de Oppenheim se aplica en los dos sentidos, y ambas cotas se cumplen.',
  'opp.appliesUndecided':
    '{a} y {b} son semidefinidas positivas, así que la desigualdad de Oppenheim se aplica en los dos sentidos; el teorema garantiza ambas cotas, y arriba se indica lo que los intervalos no pudieron separar de la igualdad.',
  'opp.appliesBug':
    '{a} y {b} son semidefinidas positivas, así que la desigualdad de Oppenheim se aplica en los dos sentidos; sin embargo, una cota no se cumple: por favor, informa de esto como un error.',
  'opp.needsOne':
    'La desigualdad de Oppenheim requiere {a} ⪰ 0 y {b} ⪰ 0, pero {failing}: las cotas se muestran, pero no se garantiza nada.',
  'opp.needsBoth':
    'La desigualdad de Oppenheim requiere {a} ⪰ 0 y {b} ⪰ 0, pero {failingA} y {failingB}: las cotas se muestran, pero no se garantiza nada.',
  'opp.isVerdict': '{name} es {verdict}',
  'opp.isNotPsd': '{name} no es semidefinida positiva',
  'opp.equalityExact': 'Aquí se da la igualdad, decidida de forma exacta.',
  'opp.equalityStructure': 'Aquí se da la igualdad, decidida por la estructura (un factor diagonal).',
  'opp.equalityCases':
    'Casos típicos de igualdad: un factor diagonal (entonces {ab} es diagonal con entradas aᵢᵢbᵢᵢ y det({ab}) = {bound}), la matriz de unos J ({a}∘J = {a}) y un producto singular cuya cota también es 0.',
  'opp.correlationB':
    '{b} tiene diagonal unitaria (una matriz de correlación), así que la cota queda det({ab}) ≥ det({a}).',
  'opp.correlationA': '{a} tiene diagonal unitaria (una matriz de correlación), así que det({ab}) ≥ det({b}).',
  'opp.hadamardLine': 'Desigualdad de Hadamard para {label}: det({label}) = {det} {rel} {prod} = {diag} ({status}).',
  'opp.hadamardHolds': 'se cumple',
  'opp.hadamardHoldsEquality': 'se cumple, con igualdad',
  'opp.hadamardFails': 'NO SE CUMPLE',
  'opp.hadamardUndecided':
    'Desigualdad de Hadamard para {label}: det({label}) = {det} y {prod} = {diag} (indeterminado: iguales hasta {digits} dígitos o hasta el error de redondeo; el teorema dice ≤).',
  'opp.floatNote':
    'Los determinantes se calculan con una potencia de dos aparte, así que ningún tamaño desborda, y una comparación solo se decide más allá de su error de redondeo, {factor}·n·ε veces la cota de Hadamard ∏‖filaᵢ‖₂.',
  'opp.summary': '{det} = {value} {relA} {boundA} = {valueA} y {relB} {boundB} = {valueB}.',
  'opp.summaryEquality': '{det} = {value} {relA} {boundA} = {valueA} y {relB} {boundB} = {valueB} (igualdad).',
  'opp.summaryNotApplicable':
    'La desigualdad de Oppenheim no se aplica ({a} y {b} deben ser ambas semidefinidas positivas); {det} = {value}, cotas {valueA} y {valueB}.',
  'opp.latexNotApplicable':
    'La desigualdad de Oppenheim requiere {a} y {b} semidefinidas positivas; aquí no se aplica.',
  'oppFig.title': 'Desigualdad de Oppenheim',
  'oppFig.subtitle': 'matrices {shape} {a}, {b}; {arithmetic}',
  'oppFig.applies': '{a} y {b} son semidefinidas positivas: el teorema se aplica',
  'oppFig.notApplies': 'el teorema no se aplica: {list}',
  'oppFig.isVerdict': '{name} es {verdict}',
  'oppFig.isNotPsd': '{name} no es semidefinida positiva',
  'oppFig.holds': 'se cumple',
  'oppFig.holdsEquality': 'se cumple con igualdad',
  'oppFig.holdsEqualityUndecided': 'se cumple; igualdad indeterminada',
  'oppFig.undecided': 'indeterminado',
  'oppFig.fails': 'no se cumple',
  'oppFig.correlation': '{unit} tiene diagonal unitaria (una matriz de correlación): det({ab}) ≥ det({other}).',
  'oppFig.hadamard': 'Desigualdad de Hadamard det({label}) ≤ {prod}:',
  'oppFig.equality': 'igualdad',
  'oppFig.equalityUndecided': '(igualdad indeterminada)',
  'oppFig.alt1': 'Desigualdad de Oppenheim para las matrices {shape} {a} y {b}.',
  'oppFig.altApplies': 'Ambas son semidefinidas positivas, así que el teorema se aplica.',
  'oppFig.altNotApplies': 'El teorema no se aplica: {failingA}, {failingB}.',
  'oppFig.altLine': 'En una recta numérica: {labels}.',
  'oppFig.altInequalities': '{ineqA}: {wordA}; {ineqB}: {wordB}.',
  'oppFig.altHolds': 'se cumple',
  'oppFig.altHoldsEquality': 'se cumple con igualdad',
  'oppFig.altHoldsEqualityUndecided': 'se cumple, con la igualdad indeterminada',
  'oppFig.altUndecided': 'indeterminada',
  'oppFig.altFails': 'no se cumple',

  // ── props ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'props.title': 'Propiedades algebraicas',
  'props.checked': 'Comprobación entrada a entrada',
  'props.commutativity': '- Conmutatividad: {a}∘{b} = {b}∘{a}  {mark}',
  'props.associativity': '- Asociatividad: ({a}∘{b})∘{c} = {a}∘({b}∘{c})  {mark}',
  'props.distributivity': '- Distributividad: {a}∘({b}+{c}) = {a}∘{b} + {a}∘{c}  {mark}',
  'props.identity': '- Elemento neutro: {a}∘J = {a}, con J la matriz de unos {rows}×{cols}  {mark}',
  'props.transpose': '- Transpuesta: ({a}∘{b})ᵀ = {a}ᵀ∘{b}ᵀ  {mark}',
  'props.holds': '✓ se cumple',
  'props.fails': '✗ FALLA',
  'props.needsC': '– (hace falta una tercera matriz C)',
  'props.undecided':
    '≈ indeterminada (ambos lados coinciden en 1000 dígitos; la identidad vale para todos los números reales, pero los intervalos no pueden demostrarla)',
  'props.nameCommutative': 'conmutatividad',
  'props.nameAssociative': 'asociatividad',
  'props.nameDistributive': 'distributividad',
  'props.nameIdentity': 'elemento neutro',
  'props.nameTranspose': 'transpuesta',
  'props.summaryUndecided':
    '{proved} de {checked, plural, one {# propiedad demostrada} other {# propiedades demostradas}} en estas matrices; sin decidir: {names} (valores certificados que coinciden en 1000 dígitos).',
  'props.summaryAll': 'Las {checked} propiedades se cumplen en estas matrices.',
  'props.summaryAllNoC':
    'Las {checked} propiedades se cumplen en estas matrices (da una tercera matriz C para comprobar también la asociatividad y la distributividad).',
  'props.summaryFailed': 'Una propiedad ha fallado: esto no debería ser posible; por favor, infórmalo.',
  'props.why':
    'Por qué: cada entrada de un producto de Hadamard es un producto usual de números, así que las reglas de la multiplicación de números reales (conmutativa, asociativa, distributiva respecto de +, con 1 como elemento neutro) se cumplen a la vez en cada posición; J tiene un 1 en cada posición.',
  'props.floatNote':
    ' Ambos lados se comparan entrada a entrada, salvo el error de redondeo de los productos que intervienen (8ε de su tamaño).',
  'props.latexHolds': '(se cumple)',
  'props.latexFails': '(falla)',
  'props.latexNeedsC': '(hace falta una tercera matriz C)',
  'props.latexUndecided': '(indeterminada: ambos lados coinciden en 1000 dígitos)',

  // ── relate ────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'relate.title': 'Relaciones con el producto usual',
  'relate.summary':
    'tr({a}ᵀ{b}) = 1ᵀ({ab})1 = {sum}; {ab} está dentro de {kron} en las filas/columnas {rows} / {cols}.',
  'relate.summaryDiagonal':
    'tr({a}ᵀ{b}) = 1ᵀ({ab})1 = {sum}; {ab} está dentro de {kron} en las filas/columnas {rows} / {cols}; son diagonales, así que {ab} = {ord}.',
  'relate.sumOfEntries': 'la suma de las entradas de {ab}',
  'relate.traceHeading': 'Identidad de la traza (producto interno de Frobenius)',
  'relate.traceBody': 'tr({a}ᵀ{b}) = {tr} y 1ᵀ({ab})1 = Σᵢⱼ aᵢⱼbᵢⱼ = {sum}: {verdict}.',
  'relate.traceEqual': 'iguales ✓',
  'relate.traceUndecided': 'indeterminado (iguales en 1000 dígitos, sin demostrar)',
  'relate.traceNotEqual': 'NO son iguales ✗',
  'relate.undecidedMark': '≈ (indeterminado: iguales en 1000 dígitos)',
  'relate.diagHeading': 'Caso diagonal',
  'relate.diagBoth':
    '{a} y {b} son ambas matrices diagonales, así que {ab} = {ord} = {matrix} {mark}: uno de los pocos casos en que los dos productos coinciden.',
  'relate.diagNot':
    '{a} y {b} no son ambas matrices diagonales, así que {ab} y {other} en general son distintos. Para matrices diagonales coinciden: prueba `relate diag(1,2,3) diag(4,5,6)`.',
  'relate.ordRange': '{ord} (aquí fuera del rango del punto flotante)',
  'relate.ordUndefined': '{ord} (no definido para estas dimensiones)',
  'relate.vectorHeading': 'Caso vectorial',
  'relate.vectorBody': 'Como vectores, a∘b = diag(a)·b {mark}:',
  'relate.kronHeading': 'Dentro del producto de Kronecker',
  'relate.kronBody':
    '{ab} es la submatriz de {kron} ({kr}×{kc}) en las filas {rows} y las columnas {cols}: la entrada de {kron} en la fila (i−1)·{m}+i, columna (j−1)·{n}+j es aᵢⱼ·bᵢⱼ {mark}.',
  'relate.kronTooLarge': ' (A⊗B es demasiado grande para dibujarlo; los índices se comprueban igualmente.)',
  'relate.floatNote': ' Las igualdades se comprueban salvo error de redondeo (8·m·n·ε de la suma de los tamaños).',
  'relate.undecidedNote':
    ' Indeterminado: {names} (los dos lados coinciden en 1000 dígitos, y los intervalos no pueden convertir eso en una demostración).',
  'relate.nameTrace': 'la identidad de la traza',
  'relate.nameEquality': 'una igualdad',
  'relate.latexBothDiagonal': '(ambas diagonales)',
  'relate.latexKron': '(filas, columnas del producto de Kronecker)',
  'relateFig.title': 'El producto de Hadamard y sus parientes',
  'relateFig.subtitle': 'matrices {shape} {a}, {b}; {arithmetic}',
  'relateFig.pick1': 'toma las entradas',
  'relateFig.pick2': 'coloreadas',
  'relateFig.pickStacked': '↓ toma las entradas coloreadas',
  'relateFig.captionShaded':
    'El bloque (i, j) de {kron} es {la}ᵢⱼ·{b}, y su propia entrada (i, j) es {la}ᵢⱼ{lb}ᵢⱼ: los cuadrados, en los colores de {ab}. En gris: el resto de {kron}, sombreado según el tamaño.',
  'relateFig.captionNotDrawn':
    'El bloque (i, j) de {kron} es {la}ᵢⱼ·{b}, y su propia entrada (i, j) es {la}ᵢⱼ{lb}ᵢⱼ: los cuadrados, en los colores de {ab}. En gris: el resto de {kron}, que a este tamaño no se dibuja.',
  'relateFig.corner': 'el patrón, dibujado para la esquina superior izquierda de {k}×{l}',
  'relateFig.gather': '↓ reúne los cuadrados: {ab}',
  'relateFig.trace': 'Identidad de la traza: tr({a}ᵀ{b}) = 1ᵀ({ab})1 = Σᵢⱼ {la}ᵢⱼ{lb}ᵢⱼ:',
  'relateFig.where': 'donde Σᵢⱼ {la}ᵢⱼ{lb}ᵢⱼ =',
  'relateFig.undecided': 'indeterminado',
  'relateFig.inside': '{ab} está dentro de {kron}: filas {rows} y columnas {cols}{check}',
  'relateFig.vectors': 'Vectores: {la}∘{lb} = diag({la})·{lb}{check}',
  'relateFig.diagonal': '{a} y {b} son diagonales: {ab} = {ord}{check}',
  'relateFig.notDiagonal': '{a}, {b} no son ambas diagonales: {ab} y {ord} difieren en general.',
  'relateFig.alt1': 'Relaciones del producto de Hadamard para las matrices {shape} {a} y {b}.',
  'relateFig.alt2':
    'Se dibuja el producto de Kronecker {kron}, de {kr}×{kc}, con resaltadas las entradas de las filas {rows} y las columnas {cols}; juntas forman {ab}.',
  'relateFig.alt2Checked':
    'Se dibuja el producto de Kronecker {kron}, de {kr}×{kc}, con resaltadas las entradas de las filas {rows} y las columnas {cols}; juntas forman {ab}, como se ha comprobado.',
  'relateFig.alt3': 'Identidad de la traza: tr({a}ᵀ{b}) = {tr} y la suma de las entradas de {ab} = {sum}: {verdict}.',
  'relateFig.altEqual': 'iguales',
  'relateFig.altNotEqual': 'distintos',
  'relateFig.altUndecided': 'iguales en 1000 dígitos (indeterminado)',
  'relateFig.alt4': 'Ambas son diagonales, así que {ab} = {ord}.',

  // ── apply ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'apply.why': 'Por qué el producto de Hadamard',
  'apply.needsApp': 'apply necesita una aplicación: {apps}',
  'apply.needsAppHint': 'Ejemplo: /hadamard apply window, /hadamard {example}',
  'apply.notApp': '{word} no es una aplicación que pueda mostrar; son {apps}',
  'apply.notAppNear': '{word} no es una aplicación que pueda mostrar — ¿quisiste decir "{near}"?; son {apps}',
  'apply.example': 'Ejemplo: /hadamard {example}',
  'apply.exampleBare': 'Ejemplo: {example}',
  'apply.isNumber': '{word} es un número, no una matriz: pon las entradas entre corchetes',
  'apply.unknownWord': 'apply {app} no conoce {word}: admite {list}',
  'apply.oneChoice': 'apply {app} admite una sola opción ({list}); recibió {got}',
  'apply.oneOf': 'apply {app} admite {key} una sola vez ({list}); recibió {got}',
  'apply.list.window': 'una ventana: hann, hamming, blackman o tukey',
  'apply.list.mask': 'causal, padding:k (las últimas k claves son relleno), o ambas',
  'apply.list.gate': 'seed:N (N de 0 a 4294967295) para otros vectores incluidos',
  'apply.list.taper': 'ninguna palabra, solo las matrices A y B',
  'apply.list.image': 'una máscara: vignette, checkerboard o gradient (o una matriz de máscara)',
  'apply.atMost': 'apply {app} admite como máximo {max, plural, one {# matriz} other {# matrices}}; encontré {found}',
  'apply.atMostFiles':
    'apply {app} admite como máximo {max, plural, one {# matriz} other {# matrices}}; encontré {found} (contando los archivos adjuntos)',
  'apply.imageNoRoom': 'con dos matrices (una imagen y su máscara) no cabe además la máscara {word}',
  'apply.imageNoRoomHint':
    'Ejemplo: /hadamard apply image [[1,0.5],[0.5,1]] [[0,1],[1,0]], o /hadamard apply image [[1,0.5],[0.5,1]] vignette',
  'apply.maxOperands': 'como máximo {max} matrices; se recibieron {got}',
  'apply.textTooLong': 'las matrices ocupan {length} caracteres; el límite es {max}',
  'apply.notVector': '{what} debe ser un vector (una fila o una columna), pero es de {shape}',
  'apply.notVectorHint': 'Dalo como fila: {example}',
  'apply.numericalFloat': 'Numérico (punto flotante)',
  'apply.window.title': 'Aplicaciones: una ventana {window}',
  'apply.window.summary': 'x∘w para {label}, {exact, select, yes {exacto} other {numérico}}. {drop}',
  'apply.window.theSignal': 'La señal',
  'apply.window.tooShort': 'una ventana necesita una señal de al menos 2 muestras',
  'apply.window.spectrumX': 'el espectro de x',
  'apply.window.spectrumXw': 'el espectro de x∘w',
  'apply.window.why':
    'Aplicar una ventana es x∘w: cada muestra se multiplica por el valor de la ventana en el mismo instante, un producto de Hadamard de dos vectores. La DFT trata las n muestras como un periodo de una señal periódica, así que un tono que no completa un número entero de periodos salta en la unión, y ese salto se fuga a todas las frecuencias. La ventana {window} atenúa ambos extremos hacia cero, lo que elimina el salto: la fuga espectral baja, a cambio de un pico principal más ancho.',
  'apply.window.drop':
    'Lejos del pico principal (a más de {away} bins), el nivel típico (mediana) del espectro es {before} antes y {after} después de la ventana.',
  'apply.window.noDrop':
    'La señal es demasiado corta para tener frecuencias lejos de su pico principal; los espectros muestran la forma de todos modos.',
  'apply.window.builtIn':
    'la señal incluida ({n} muestras: un tono de 8.5 ciclos, a medio camino entre dos bins de la DFT, y otro 40 dB más débil de 20.25 ciclos)',
  'apply.window.yours': 'tu señal ({n} muestras)',
  'apply.window.leakage': 'Fuga espectral',
  'apply.window.noteExact': 'x∘w es exacto (aritmética racional).',
  'apply.window.noteFloat': 'Numérico (punto flotante): la señal o la ventana tiene valores irracionales.',
  'apply.window.note':
    '{exactness} Los espectros son de punto flotante: |DFT| con fft.js, rellenada con ceros hasta {size} puntos, en dB por debajo del pico de cada espectro (dibujados hasta {floor} dB).',
  'apply.mask.title': 'Aplicaciones: una máscara de atención',
  'apply.mask.summary':
    '{mask}. softmax(S)∘M tiene sumas por fila {sums}; renormalizada, es igual al softmax con −∞ en las puntuaciones enmascaradas (numérico).',
  'apply.mask.sentence': 'El gato vio a la rata',
  'apply.mask.notSquare':
    'una máscara causal necesita tantas consultas como claves (una matriz de puntuaciones cuadrada), pero las puntuaciones son de {m}×{n}',
  'apply.mask.notSquareHint': 'Ejemplo: {example}, o padding:1 para cualquier forma',
  'apply.mask.allPadding': 'padding:{k} enmascara las {n} claves, así que ninguna consulta podría atender a nada',
  'apply.mask.allPaddingHint': 'El relleno debe dejar al menos una clave: padding:{k}. Ejemplo: apply mask padding:2',
  'apply.mask.underflow':
    'la probabilidad softmax de {where} es de unos 10^{exponent}: demasiado pequeña para el punto flotante (tamaños no nulos de aproximadamente 4.9×10⁻³²⁴ a 1.8×10³⁰⁸), y mostrarla como 0 perdería un valor no nulo',
  'apply.mask.underflowHint':
    'Con puntuaciones a menos de unos cientos entre sí a lo largo de una fila, todas las probabilidades quedan en rango. Ejemplo: {example}',
  'apply.mask.whereToken': 'la consulta "{query}" → la clave "{key}" (entrada ({i},{j}))',
  'apply.mask.whereEntry': 'la entrada ({i},{j})',
  'apply.mask.causal': 'causal: cada consulta ve su propia posición y las claves anteriores',
  'apply.mask.padding':
    'relleno: {k, plural, one {la última clave es relleno y ninguna consulta la ve} other {las últimas # claves son relleno y ninguna consulta las ve}}',
  'apply.mask.both':
    'causal ∘ relleno (las máscaras también se combinan con el producto de Hadamard): ninguna clave futura, ni las últimas {k}',
  'apply.mask.why':
    'Una máscara es una matriz de 0 y 1 colocada sobre la atención elemento a elemento: P∘M conserva las probabilidades que una consulta puede usar y anula el resto, un producto de Hadamard. Las probabilidades anuladas formaban parte del denominador del softmax de cada fila, así que una fila de P∘M suma menos de 1 y hay que dividirla otra vez por su suma (renormalizarla) para que sea una distribución. Sumar −∞ a las puntuaciones enmascaradas antes del softmax hace ambas cosas de una vez, pues e^−∞ = 0 quita esos términos del denominador: las dos convenciones dan la misma atención.',
  'apply.mask.scores': 'puntuaciones S',
  'apply.mask.mask': 'máscara M',
  'apply.mask.convention1': 'Convención 1: multiplicar las probabilidades por M y renormalizar',
  'apply.mask.convention2': 'Convención 2: sumar −∞ a las puntuaciones enmascaradas y aplicar softmax',
  'apply.mask.rowSums':
    'Sumas por fila de softmax(S)∘M: {sums} (la masa asignada a las claves enmascaradas desaparece).',
  'apply.mask.eachRow': 'softmax(S)∘M, cada fila dividida por su suma:',
  'apply.mask.same':
    'softmax(S + (−∞)·(J − M)) da la misma matriz: la mayor diferencia entre ambas es {difference} (redondeo de punto flotante).',
  'apply.mask.note':
    'Numérico (punto flotante): el softmax usa exp. Las entradas enmascaradas son exactamente 0 en ambas convenciones; {builtIn, select, yes {las puntuaciones son las de la frase incluida} other {las puntuaciones son tuyas}}{exact, select, yes { y exactas} other {}}.',
  'apply.gate.title': 'Aplicaciones: una compuerta de LSTM',
  'apply.gate.summary':
    'cₜ = f∘cₜ₋₁ + i∘g = ({c}) ({d, plural, one {# celda} other {# celdas}}, {exact, select, yes {exacto} other {numérico}}).',
  'apply.gate.needsFour': 'gate necesita cuatro vectores, cₜ₋₁ f i g, o ninguno para un ejemplo incluido; recibió {n}',
  'apply.gate.needsFourHint': 'Ejemplo: /hadamard {example}, o /hadamard apply gate seed:7',
  'apply.gate.seedWithVectors':
    'seed:N construye los vectores; con tus propios cuatro vectores no hay nada que sembrar',
  'apply.gate.vector': '{name} (el {k, select, 1 {primer} 2 {segundo} 3 {tercer} other {cuarto}} vector)',
  'apply.gate.lengths':
    'cₜ₋₁ tiene {d} entradas pero {name} tiene {length}: el paso de la celda las multiplica elemento a elemento',
  'apply.gate.forget': 'f (la compuerta de olvido)',
  'apply.gate.input': 'i (la compuerta de entrada)',
  'apply.gate.notSigmoid': '{name} es una salida sigmoide, entre 0 y 1, pero su entrada {k} es {value}',
  'apply.gate.notSigmoidHint':
    'Las entradas de una compuerta dicen cuánto pasa: de 0 (nada) a 1 (todo). Ejemplo: /hadamard {example}',
  'apply.gate.why':
    'Cada compuerta es un vector de números entre 0 y 1, uno por celda de memoria, y actúa mediante el producto de Hadamard: f∘cₜ₋₁ conserva una fracción del valor anterior de cada celda, i∘g escribe una fracción de cada valor candidato. Cada celda se regula por separado, así que la red puede conservar un número durante muchos pasos (f cerca de 1, i cerca de 0) mientras sobrescribe otro (f cerca de 0, i cerca de 1). Un producto de matrices ordinario mezclaría las celdas; el producto elemento a elemento es lo que permite que cada una recuerde u olvide por separado.',
  'apply.gate.most':
    'La celda {keeps} conserva la mayor parte de su memoria (f = {f}); la celda {writes} escribe la mayor parte de su candidato (i = {i}).',
  'apply.gate.exact': 'Aritmética racional exacta',
  'apply.gate.note': '{exactness}. La LSTM completa también calcula hₜ = o∘tanh(cₜ), otro producto de Hadamard.',
  'apply.gate.noteSeed':
    '{exactness}; vectores incluidos a partir de la semilla {seed} (`apply gate seed:N` para otros). La LSTM completa también calcula hₜ = o∘tanh(cₜ), otro producto de Hadamard.',
  'apply.taper.title': 'Aplicaciones: atenuación de covarianzas (tapering)',
  'apply.taper.summary':
    '{ab} es {verdict}{hypothesis, select, yes {, como garantiza Schur} other {}}; {zeros} de {total} entradas son exactamente 0 ({exact, select, yes {exacto} other {numérico}}).',
  'apply.taper.tooMany': 'taper admite como máximo dos matrices, A y B; recibió {n}',
  'apply.taper.notSquare': '{name} es de {shape}: una covarianza es cuadrada',
  'apply.taper.shapes':
    '{a} es de {shapeA} pero {b} es de {shapeB}; el producto elemento a elemento necesita formas iguales',
  'apply.taper.describeA': 'correlación exponencial (AR(1)) ρ^|i−j|, kms({n}, 9/10)',
  'apply.taper.describeB': 'taper de Wendland (1 − r)⁴(4r + 1), r = |i − j|/{w}, nulo a partir del desfase {w}',
  'apply.taper.givenMatrix': 'la matriz dada',
  'apply.taper.notComputed': 'no calculado',
  'apply.taper.holds':
    '{a} y {b} son semidefinidas positivas, así que el teorema del producto de Schur garantiza {ab} ⪰ 0, y la comprobación lo confirma: {verdict}.',
  'apply.taper.fails':
    'El teorema necesita que ambos factores sean semidefinidos positivos, y {failing}: no promete nada, y {ab} es {verdict}.',
  'apply.taper.zeros': '{zeros} de las {total} entradas de {ab} son exactamente 0.',
  'apply.taper.why':
    'La atenuación multiplica una covarianza elemento a elemento por un taper que vale exactamente 0 más allá de cierta distancia: el producto de Hadamard conserva las covarianzas cercanas (algo reducidas) y anula las lejanas, así que la matriz se vuelve dispersa y rápida de factorizar. Anular a mano entradas de una covarianza puede destruir la semidefinición positiva; multiplicar por un taper semidefinido positivo no puede, porque el producto de Hadamard de matrices semidefinidas positivas es semidefinido positivo (Schur). Por eso los tapers se eligen entre funciones definidas positivas, como la de Wendland.',
  'apply.taper.lambdaNote':
    'Los λmin son los puntos medios de intervalos certificados (evidencia, no el criterio de decisión).',
  'apply.image.title': 'Aplicaciones: filtrar una imagen píxel a píxel',
  'apply.image.summary':
    '{what} ∘ {mask}: el píxel ({row},{col}) pasa a ser {product}{exact, select, yes { (exacto)} other {}}.',
  'apply.image.theImage': 'La imagen',
  'apply.image.theMask': 'La máscara',
  'apply.image.notBrightness':
    '{what} contiene brillos, de 0 (negro) a 1 (blanco) o de 0 a 255, pero la entrada ({i},{j}) es {value}',
  'apply.image.notBrightnessHint': 'Ejemplo: /hadamard {example} (una máscara: cuánto pasa de cada píxel, de 0 a 1)',
  'apply.image.vignette': 'una viñeta (1 en el centro, 1/4 en las esquinas)',
  'apply.image.checkerboard': 'un tablero de ajedrez (1 conserva un cuadro, 0 lo pone en negro)',
  'apply.image.gradient': 'un degradado (de 0 en el borde izquierdo a 1 en el derecho)',
  'apply.image.yourMask': 'tu máscara de {rows}×{cols}',
  'apply.image.yourMaskBlocks': 'tu máscara de {rows}×{cols}, cada entrada cubre un bloque de {h}×{w} píxeles',
  'apply.image.yourImage': 'tu imagen de {h}×{w}',
  'apply.image.givenImage': 'la imagen de {h}×{w}',
  'apply.image.builtIn': 'la imagen en color incluida de {h}×{w}',
  'apply.image.why':
    'Una imagen en gris es una matriz de brillos (una imagen en color son tres, una por canal), y una máscara del mismo tamaño dice cuánto pasa de cada píxel. Filtrar con una máscara es imagen ∘ máscara: cada píxel de salida es el píxel de entrada por el valor de la máscara en el mismo lugar, nada más: exactamente el producto de Hadamard (en color, la máscara se repite en los tres canales). A diferencia de un desenfoque o de cualquier convolución, ningún píxel mira a sus vecinos.',
  'apply.image.image': 'imagen',
  'apply.image.mask': 'máscara',
  'apply.image.pixel':
    'Píxel ({row},{col}){rgb, select, yes {, canal rojo} other {}}: {product} (brillo de 0 a 1).\nBrillo medio: {before} antes, {after} después.',
  'apply.image.exact': 'El píxel de arriba es exacto (aritmética racional)',
  'apply.image.note':
    '{exactness}{scaled, select, yes {; los valores de 8 bits se dividieron entre 255} other {}}. La figura dibuja las imágenes redondeadas a 8 bits por canal.',
  'applyFig.window.heading': 'Ventana: x ∘ w, ventana {window}',
  'applyFig.window.sub': '{n} muestras · x∘w {exact, select, yes {exacto} other {numérico}}',
  'applyFig.window.subBuiltIn':
    '{n} muestras (incluida: un tono y otro 40 dB más débil) · x∘w {exact, select, yes {exacto} other {numérico}}',
  'applyFig.window.signal': 'señal x',
  'applyFig.window.window': '∘ ventana w ({window})',
  'applyFig.window.product': '= x ∘ w: cada muestra por el valor de la ventana en ese punto',
  'applyFig.window.spectrum': 'Espectro de magnitud (dB por debajo del pico)',
  'applyFig.window.weakTone': 'tono débil',
  'applyFig.window.frequency': 'frecuencia, ciclos por muestra',
  'applyFig.window.before': 'antes: x sola',
  'applyFig.window.beforeFar': 'antes: x sola, lejos del pico {level}',
  'applyFig.window.after': 'después: x∘w ({window})',
  'applyFig.window.afterFar': 'después: x∘w ({window}), lejos del pico {level}',
  'applyFig.window.alt':
    'Ventana {window} aplicada a una señal de {n} muestras: tres franjas muestran la señal x, la ventana w (0 en ambos extremos, 1 en el centro) y su producto elemento a elemento x∘w, que se desvanece hasta 0 en ambos extremos.',
  'applyFig.window.altSpectra':
    'Debajo, los espectros de magnitud en dB: la señal sola (discontinua) y x∘w (continua).',
  'applyFig.window.altLeak':
    'Lejos del pico principal, el nivel típico del espectro baja de {before} antes a {after} después de la ventana: menos fuga espectral.',
  'applyFig.window.altWeak': 'Con la ventana, el segundo tono, más débil, sobresale de la fuga.',
  'applyFig.mask.heading': 'Máscara de atención: softmax, luego ∘ M',
  'applyFig.mask.subBuiltIn': 'frase incluida · punto flotante (softmax usa exp)',
  'applyFig.mask.sub': 'tus puntuaciones de {m}×{n} · punto flotante (softmax usa exp)',
  'applyFig.mask.scores': 'puntuaciones S',
  'applyFig.mask.rowsCols': 'filas: consultas, columnas: claves',
  'applyFig.mask.mask': 'máscara M',
  'applyFig.mask.lessThan1': 'las filas suman menos de 1',
  'applyFig.mask.divide': '÷ sumas por fila',
  'applyFig.mask.minusInfinity': '= softmax(S − ∞ donde M es 0)',
  'applyFig.mask.probability': 'probabilidad',
  'applyFig.mask.masked': 'enmascarada: exactamente 0',
  'applyFig.mask.paragraph':
    'Cada fila de softmax(S)∘M suma menos de 1: la parte de las claves enmascaradas desaparece. Dividir por la suma de la fila, o sumar −∞ a las puntuaciones enmascaradas antes del softmax, da la misma atención (mayor diferencia {difference}).',
  'applyFig.mask.alt':
    'Atención con una máscara {mask} sobre una matriz de puntuaciones de {m}×{n}. Cuatro mapas de calor: las puntuaciones; la máscara de 0 y 1 (celdas enmascaradas rayadas); el softmax de las puntuaciones por la máscara, cuyas filas suman {sums}; y la atención renormalizada, igual al softmax con menos infinito en las puntuaciones enmascaradas. Filas renormalizadas: {rows}.',
  'applyFig.gate.keep': 'conservar: f ∘ cₜ₋₁',
  'applyFig.gate.write': 'escribir: i ∘ g',
  'applyFig.gate.sum': 'suma',
  'applyFig.gate.heading': 'Paso de una celda LSTM: cₜ = f∘cₜ₋₁ + i∘g',
  'applyFig.gate.sub':
    '{n, plural, one {# celda de memoria} other {# celdas de memoria}} · tus vectores · {exact, select, yes {exacto} other {numérico}}',
  'applyFig.gate.subBuiltIn':
    '{n, plural, one {# celda de memoria} other {# celdas de memoria}} · incluido, semilla {seed} · {exact, select, yes {exacto} other {numérico}}',
  'applyFig.gate.paragraph':
    'Indicadores verdes: cuánto pasa de cada celda (de 0 a 1). Barras: valores, a la derecha de la línea positivos, a la izquierda negativos. Cada celda se regula por separado: eso es el producto elemento a elemento.',
  'applyFig.gate.cell': 'celda {k}: {f} × {c0} = {kept} conservado, {i} × {g} = {written} escrito, nuevo estado {c}',
  'applyFig.gate.alt':
    'Un paso de una celda LSTM con {n} celdas, c_t = f∘c_(t−1) + i∘g, como una tabla de indicadores y barras. {rows}{more}.',
  'applyFig.taper.heading': 'Atenuación de covarianzas: A ∘ B',
  'applyFig.taper.subExact': '{n}×{n} · veredictos exactos · λmin: evidencia en punto flotante',
  'applyFig.taper.subFloat': '{n}×{n} · punto flotante · λmin: evidencia en punto flotante',
  'applyFig.taper.psdRank': 'semidefinida positiva, rango {rank}',
  'applyFig.taper.notPsd': 'no semidefinida positiva',
  'applyFig.taper.zero': 'exactamente 0',
  'applyFig.taper.paragraph':
    '{describeA}; {describeB}. {zeros} de {total} entradas de {ab} son exactamente 0. {schur}',
  'applyFig.taper.schur': '{a} y {b} son semidefinidas positivas, así que {ab} también lo es (Schur).',
  'applyFig.taper.noSchur': 'La hipótesis de Schur no se cumple aquí: no hay garantía.',
  'applyFig.taper.alt':
    'Atenuación de covarianzas con matrices de {n}×{n}, tres mapas de calor en una misma escala de color: {a} ({describeA}), {verdictA}, menor valor propio {lambdaA}; {b} ({describeB}), {verdictB}, menor valor propio {lambdaB}; y {ab}, {verdictAB}, menor valor propio {lambdaAB}, con {zeros} de {total} entradas exactamente cero (rayadas), una banda a lo largo de la diagonal.',
  'applyFig.taper.altSchur':
    'Por el teorema del producto de Schur, el producto de dos matrices semidefinidas positivas es semidefinido positivo.',
  'applyFig.image.heading': 'Filtrado píxel a píxel: imagen ∘ máscara',
  'applyFig.image.subBuiltIn': 'imagen de prueba incluida · brillo medio {before} → {after}',
  'applyFig.image.sub': 'tu imagen · brillo medio {before} → {after}',
  'applyFig.image.image': 'imagen',
  'applyFig.image.mask': 'máscara',
  'applyFig.image.product': 'imagen ∘\u00a0máscara',
  'applyFig.image.rgb': '{h}×{w}, RGB',
  'applyFig.image.grey': '{h}×{w}, gris',
  'applyFig.image.maskNote': '{mask}, de 0 a 1',
  'applyFig.image.yourMask': 'tu máscara',
  'applyFig.image.vignette': 'viñeta',
  'applyFig.image.checkerboard': 'tablero',
  'applyFig.image.gradient': 'degradado',
  'applyFig.image.pixelByPixel': 'píxel a píxel',
  'applyFig.image.workedOutlined': 'Píxel ({row},{col}){rgb, select, yes {, rojo} other {}}, recuadrado: {product}',
  'applyFig.image.worked': 'Píxel ({row},{col}){rgb, select, yes {, rojo} other {}}: {product}',
  'applyFig.image.paragraph':
    'Cada píxel de salida es el píxel de entrada por el valor de la máscara en el mismo lugar (en color, en cada canal): sin intervención de los vecinos.',
  'applyFig.image.altVignette': 'una viñeta, clara en el centro y más oscura hacia las esquinas',
  'applyFig.image.altCheckerboard': 'un tablero de cuadros blancos (1, conservados) y negros (0, eliminados)',
  'applyFig.image.altGradient': 'un degradado de negro en el borde izquierdo a blanco en el derecho',
  'applyFig.image.altMatrix': 'la máscara dada',
  'applyFig.image.altBuiltIn': 'una imagen de prueba incluida (cielo, sol, colinas, un árbol y un campo a rayas)',
  'applyFig.image.altSized': 'una imagen de {h}×{w}',
  'applyFig.image.alt':
    'Filtrado píxel a píxel: {what}; {mask}; y su producto elemento a elemento, la imagen filtrada, uno al lado del otro. {worked}. Brillo medio {before} antes y {after} después.',

  // ── groups ────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'groups.example': 'Ejemplo: {command}',
  'groups.permission': 'permiso para gestionar este canal',
  'groups.permission.discord': 'el permiso Gestionar canales',
  'groups.permission.slack': 'ser administrador o propietario del espacio de trabajo de Slack',
  'groups.notQuizId':
    '{word} no es un id de quiz: los ids son la letra q y unas cuantas letras o cifras, como q7k2m9, y cada mensaje de quiz muestra el suyo',
  'scores.notPeriod': '{word} no es un periodo: la clasificación es de esta semana (week) o histórica (all)',
  'scores.you': 'tú',
  'scores.when.week': 'esta semana',
  'scores.when.all': 'histórica',
  'scores.when.weekOf': 'la semana del {date} (final)',
  'scores.title': 'Clasificación, {when}',
  'scores.leaderboard': 'Clasificación',
  'scores.nothingCounted': 'aún no cuenta nada',
  'scores.counted': '{correct} de {answered} correctas',
  'scores.countedStreak':
    '{correct} de {answered} correctas, racha de {streak} {streak, plural, one {día} other {días}}',
  'scores.pendingPoints': ' (+{pending} pendientes)',
  'scores.pendingAnswers': ' ({answers} {answers, plural, one {respuesta pendiente} other {respuestas pendientes}})',
  'scores.line': '{rank}. {name}: **{points}** {points, plural, one {punto} other {puntos}}{pending}, {counted}',
  'scores.lead.you': 'vas en cabeza con {points} {points, plural, one {punto} other {puntos}}.',
  'scores.lead.one': '{leader} va en cabeza con {points} {points, plural, one {punto} other {puntos}}.',
  'scores.lead.shared': '{names} comparten el primer puesto con {points} {points, plural, one {punto} other {puntos}}.',
  'scores.lead.nonePending': 'aún no cuenta ningún punto: {pending} están pendientes hasta que cierren sus rondas.',
  'scores.lead.none': 'aún no hay puntos: una respuesta correcta te pone en la clasificación.',
  'scores.list.two': '{first} y {second}',
  'scores.list.many': '{rest} y {last}',
  'scores.summary': '{players} {players, plural, one {jugador} other {jugadores}} ({when}); {lead}',
  'scores.minePending':
    ' Tus {pending} {pending, plural, one {punto pendiente cuenta} other {puntos pendientes cuentan}} cuando {answers, plural, one {cierre la ronda} other {cierren sus rondas}}.',
  'scores.empty': 'Aún no hay respuestas ({when}): empieza una ronda con /hadamard quiz.',
  'scores.rules':
    'Puntos: 10 por respuesta correcta (más un bonus de rapidez si el canal lo activa), contados al cerrar su ronda (hasta entonces están pendientes); con los mismos puntos se comparte puesto; la racha cuenta los días seguidos con alguna respuesta correcta.',
  'scores.pin.notAllowed': 'fijar la clasificación requiere {permission}; /hadamard scores te la muestra ahora',
  'scores.pin.notAllowedHint': 'Pídeselo a quien gestione el canal, o mira la clasificación: /hadamard scores',
  'scores.pin.noPoster':
    'una clasificación fijada es un mensaje que el bot edita en un canal de chat, y aquí no puede publicar',
  'scores.pin.noPosterHint': 'Fíjala en un canal de Slack o Discord (o en la página local): /hadamard scores pin',
  'scores.pin.refused': 'no se pudo publicar la clasificación en este canal (¿es el bot miembro de él?)',
  'scores.pin.refusedHint': 'Invita al bot al canal y luego: /hadamard scores pin',
  'scores.pin.replaced': 'Esta clasificación ya no se actualiza: el canal fijó una nueva más abajo.',
  'scores.pin.title': 'Clasificación fijada',
  'scores.pin.summaryWeek':
    'La clasificación de la semana está publicada en este canal y se actualizará en su sitio al cerrar cada ronda (como mucho cada {seconds} s).',
  'scores.pin.summaryAll':
    'La clasificación histórica está publicada en este canal y se actualizará en su sitio al cerrar cada ronda (como mucho cada {seconds} s).',
  'scores.pin.previous': ' La fijada anterior ya no se actualiza.',
  'scores.pin.footer': '_Fijada: esta clasificación se actualiza sola al cerrar las rondas. Actualizada: {time}._',
  'scores.fig.noAnswers': 'sin respuestas',
  'scores.fig.accuracy': '{correct} de {answered} correctas ({pct}%)',
  'scores.fig.streak': 'racha de {n} {n, plural, one {día} other {días}}',
  'scores.fig.noStreak': 'sin racha',
  'scores.fig.pendingPoints': '+{points} pendientes',
  'scores.fig.pendingAnswers': '{n} {n, plural, one {respuesta pendiente} other {respuestas pendientes}}',
  'scores.fig.you': '(tú)',
  'scores.fig.subtitle': '{n} {n, plural, one {jugador} other {jugadores}} · longitud de la barra = puntos',
  'scores.fig.subtitleEmpty': 'aquí aparecen los puntos, los aciertos y las rachas',
  'scores.fig.emptyWeek': 'Aún no hay respuestas esta semana.',
  'scores.fig.emptyAll': 'Aún no hay respuestas en este canal.',
  'scores.fig.emptyBody':
    'Empieza una ronda con /hadamard quiz: cada respuesta correcta te pone en la clasificación, y una correcta cada día forma una racha.',
  'scores.fig.altEmpty': 'Clasificación, {when}: aún no hay respuestas. Empieza una ronda con /hadamard quiz.',
  'scores.fig.more': 'y {n} {n, plural, one {jugador más} other {jugadores más}}',
  'scores.fig.legend': 'Aciertos: respuestas correctas del total. Racha: días seguidos con una respuesta correcta.',
  'scores.fig.legendPending': ' Rayado: puntos pendientes hasta que cierre su ronda.',
  'scores.fig.alt':
    'Clasificación, {when}, {n} {n, plural, one {jugador} other {jugadores}}, longitud de la barra = puntos: ',
  'scores.fig.altRow':
    '{rank}. {name}: {points} {points, plural, one {punto} other {puntos}}{pending}, {accuracy}, {streak}',
  'settings.desc.private': 'las respuestas son privadas (efímeras) salvo que se pida lo contrario',
  'settings.desc.figures': 'las respuestas llevan sus figuras',
  'settings.desc.numbers': 'los valores exactos se muestran como fracciones o como decimales',
  'settings.desc.quiz_seconds': 'cuánto tiempo sigue abierto un quiz antes de revelar la respuesta',
  'settings.desc.theme': 'el color de la tarjeta de las figuras',
  'settings.desc.speed_bonus': 'un pequeño bonus por responder pronto (acertar siempre cuenta primero)',
  'settings.desc.timezone':
    'la hora local del canal: cuándo se ejecutan las programaciones y cuándo empieza su semana (lunes 00:00)',
  'settings.desc.language':
    'el idioma de las publicaciones del canal (las respuestas privadas siguen el idioma de cada usuario)',
  'settings.values.onOff': 'on u off',
  'settings.values.numbers': 'fractions o decimals',
  'settings.values.quiz_seconds': 'de {min} a {max} segundos',
  'settings.values.theme': 'light o dark',
  'settings.values.timezone': 'una zona horaria IANA como Europe/Madrid o America/Mexico_City',
  'settings.values.language': 'en, es, pt-BR, fr o de',
  'settings.source.channel': 'canal',
  'settings.source.workspace': 'espacio de trabajo',
  'settings.source.default': 'por defecto',
  'settings.unknownKey': '{word} no es un ajuste; los ajustes son {keys}',
  'settings.unknownKeyHint': 'Ajustes: {keys}. Ejemplo: /hadamard settings quiz_seconds 90',
  'settings.badSeconds': 'quiz_seconds debe estar entre {min} y {max} segundos; {word} son {seconds} s',
  'settings.badZone':
    '{word} no es una zona horaria que conozca: da un nombre IANA (Región/Ciudad), que sigue el horario de verano',
  'settings.badZoneHint': 'Ejemplo: {command} (o America/New_York, Asia/Tokyo, UTC)',
  'settings.badValue': '{word} no es un valor de {key}: admite {values} (o default)',
  'settings.oneValue': 'settings admite un ajuste y un valor; encontré {words}',
  'settings.notAllowed':
    'cambiar los ajustes del canal requiere {permission}; puedes seguir viéndolos con /hadamard settings',
  'settings.notAllowedHint': 'Pídeselo a quien gestione el canal, o mira los ajustes: /hadamard settings',
  'settings.line': '- `{key}`: **{value}** ({source}) — {description}; {values}',
  'settings.changed': '{key} ahora es {value} en este canal (antes {previous}).',
  'settings.shown': '{key} es {value} aquí ({source}).',
  'settings.all': 'Los ajustes de este canal y de dónde viene cada valor.',
  'settings.title': 'Ajustes',
  'settings.howToChange':
    'Para cambiar uno: `/hadamard settings <key> <value>` (o `default`). Requiere permiso para gestionar el canal.',
  'schedule.forms':
    'schedule daily HH:MM <comando>, schedule weekdays HH:MM <comando>, schedule weekly <mon…sun> HH:MM <comando>, schedule remove <id>, o schedule (la lista)',
  'schedule.notId':
    '{word} no es un id de programación: los ids son la letra s y unas cuantas letras o cifras, como s4k9x2; /hadamard schedule los muestra',
  'schedule.listNoWords': 'schedule list no admite más palabras',
  'schedule.removeNeedsId': 'schedule remove necesita el id de la programación que quieres quitar',
  'schedule.removeOneId': 'schedule remove admite un solo id; encontré {words}',
  'schedule.removeHint': 'Ejemplo: /hadamard schedule remove s4k9x2 (/hadamard schedule muestra los ids)',
  'schedule.notEvery':
    '{word} no indica cada cuánto se ejecuta una programación: se ejecuta a diario (daily), entre semana (weekdays, de lunes a viernes) o semanalmente (weekly)',
  'schedule.formsHint': 'Las formas: {forms}. Ejemplo: {command}',
  'schedule.needsDay': 'una programación semanal necesita su día: {days}',
  'schedule.notDay': '{word} no es un día: una programación semanal necesita su día: {days}',
  'schedule.dailyNoDay':
    'una programación daily se ejecuta todos los días, así que no lleva día; para un día a la semana, usa weekly {day}',
  'schedule.weekdaysNoDay':
    'una programación weekdays se ejecuta de lunes a viernes, así que no lleva día; para un día a la semana, usa weekly {day}',
  'schedule.needsTime': 'una programación necesita su hora local como HH:MM (24 horas), p. ej. 09:00 o 17:30',
  'schedule.notTime':
    '{word} no es una hora del día: una programación necesita su hora local como HH:MM (24 horas), p. ej. 09:00 o 17:30',
  'schedule.needsCommand':
    'una programación necesita, tras su hora, el comando que ejecuta, p. ej. quiz schur medium o scores week',
  'schedule.tooLong': 'el comando programado tiene {length} caracteres; una programación admite como mucho {max}',
  'schedule.noSchedule':
    'una programación no puede ejecutar schedule: ejecuta un comando del canal, como quiz, scores o apply',
  'schedule.notAllowed':
    'cambiar las programaciones del canal requiere {permission}; puedes seguir viéndolas con /hadamard schedule',
  'schedule.notAllowedHint': 'Pídeselo a quien gestione el canal, o mira las programaciones: /hadamard schedule',
  'schedule.title': 'Programaciones',
  'schedule.count': '{n} {n, plural, one {programación} other {programaciones}} en este canal (de {max} como máximo).',
  'schedule.none': 'Este canal aún no tiene programaciones.',
  'schedule.howTo':
    'Añade una: `/hadamard schedule daily 09:00 quiz schur medium`, `/hadamard schedule weekly fri 17:00 scores week`; quita una: `/hadamard schedule remove <id>`. Las horas son de la zona horaria del canal (`/hadamard settings timezone Europe/Madrid`). Requiere permiso para gestionar el canal.',
  'schedule.badCommand': 'el comando programado no funciona: {message}',
  'schedule.badCommandHint':
    '{hint} — Una programación ejecuta un comando tal como lo escribirías, p. ej. /hadamard schedule daily 09:00 quiz schur medium',
  'schedule.notSchedulable':
    'una programación no puede ejecutar {verb}: una ejecución programada publica en el canal para todos, en nombre de nadie',
  'schedule.notSchedulablePin':
    'una programación no puede ejecutar scores pin (una clasificación fijada se actualiza sola): una ejecución programada publica en el canal para todos, en nombre de nadie',
  'schedule.notSchedulableHint':
    'Programa lo que el canal debe ver: /hadamard schedule daily 09:00 quiz, o /hadamard schedule weekly mon 09:00 scores week',
  'schedule.full': 'este canal tiene {max} programaciones, el máximo; quita una primero',
  'schedule.fullHint': 'Míralas con /hadamard schedule y quita una: /hadamard schedule remove <id>',
  'schedule.addedTitle': 'Programación {id}',
  'schedule.added': 'Programado: `{command}` {when}. Primera ejecución: {time}.',
  'schedule.addedBody':
    'Publica en este canal para todos. Quítala con `/hadamard schedule remove {id}`; míralas con `/hadamard schedule`.',
  'schedule.noSuch': 'este canal no tiene la programación {id}',
  'schedule.noSuchHint': 'Mira las programaciones con sus ids: /hadamard schedule',
  'schedule.removedTitle': 'Programación {id} quitada',
  'schedule.removed': 'La programación {id} está quitada: no volverá a ejecutarse.',
  'schedule.when.daily': 'a diario a las {at} ({zone})',
  'schedule.when.weekdays': 'entre semana a las {at} ({zone})',
  'schedule.when.weekly': 'cada {day} a las {at} ({zone})',
  'schedule.line': '`{id}` {when}: `{command}` — próxima: {time}',
  'schedule.footer': '_Programado {when} (`{id}`): `/hadamard {command}`._',
  'me.noWords': 'me no admite palabras; encontré {words}',
  'me.noWordsHint': 'Ejemplo: /hadamard me (y /hadamard practice para una pregunta de tu tema más débil)',
  'me.accuracy': '{correct} de {answered} correctas ({pct}%)',
  'me.notTried': 'sin intentar',
  'me.none': 'Aún no tienes respuestas aquí. Prueba {practice}: una pregunta privada, solo para ti.',
  'me.summary':
    '{points} {points, plural, one {punto} other {puntos}} en este canal{pending}; {accuracy}{practiced}{streak}.',
  'me.summaryPending': ' (+{pending} pendientes hasta que cierren sus rondas)',
  'me.summaryPracticed': ', {n} de ellas en práctica',
  'me.summaryStreak': '; racha de {n} {n, plural, one {día} other {días}}',
  'me.byTopic': 'Aciertos por tema',
  'me.topic': '- {topic}: {accuracy}',
  'me.topicWeakest': '- {topic}: {accuracy} ← practica este',
  'me.mistakes': 'Los errores que eligieron tus respuestas incorrectas',
  'me.next': 'Siguiente',
  'me.nextBody':
    '{practice}: {why}. Las preguntas de práctica son solo tuyas: cuentan aquí, nunca en la clasificación del canal.',
  'me.whyUntried': 'un tema que aún no has probado',
  'me.whyLowest': 'tu menor porcentaje de aciertos: {correct} de {answered} correctas en {topic}',
  'me.title': 'Tu progreso',
  'me.fig.tally': '{correct} de {answered} ({pct}%)',
  'me.fig.noAnswers': 'aún sin respuestas',
  'me.fig.overall': '{correct} de {answered} correctas ({pct}%)',
  'me.fig.overallPracticed': '{correct} de {answered} correctas ({pct}%), {practiced} en práctica',
  'me.fig.streak': 'racha de {n} {n, plural, one {día} other {días}}',
  'me.fig.noStreak': 'sin racha',
  'me.fig.points': '{n} {n, plural, one {punto} other {puntos}}',
  'me.fig.pointsPending': '{n} {n, plural, one {punto} other {puntos}} (+{pending} pendientes)',
  'me.fig.title': 'Tu progreso: aciertos por tema',
  'me.fig.legend':
    'Longitud de la barra = proporción de respuestas correctas; discontinua: sin intentar. {topic} (naranja) es el tema a practicar.',
  'me.fig.mistakes': 'Tus errores más elegidos',
  'me.fig.next': 'Siguiente: {command}',
  'me.fig.alt': 'Tu progreso: {points}{pending}, {overall}, {streak}. ',
  'me.fig.altPending': ', {pending} pendientes',
  'me.fig.altTopics': 'Aciertos por tema: {topics}. ',
  'me.fig.altMistakes': 'Errores más elegidos: {list}. ',
  'me.fig.altSuggested': 'Sugerencia: practice {topic} {level}.',
  'class.notView':
    '{word} no es una vista de class: class muestra esta semana, class export envía las respuestas como CSV',
  'class.notAllowedView': 'la vista de clase es para quienes gestionan este canal ({permission})',
  'class.notAllowedExport': 'la exportación de clase es para quienes gestionan este canal ({permission})',
  'class.notAllowedHint': 'Tu propio progreso sí puedes verlo: /hadamard me',
  'class.summary':
    'Esta semana: {players} {players, plural, one {jugador} other {jugadores}}, {rounds} {rounds, plural, one {ronda} other {rondas}} ({closed} cerradas), {answered} {answered, plural, one {respuesta} other {respuestas}}, {pct} correctas.',
  'class.none':
    'Aún no hay respuestas a rondas cerradas esta semana ({rounds} {rounds, plural, one {ronda empezada} other {rondas empezadas}}).',
  'class.byTopic': 'Aciertos por tema',
  'class.topic':
    '- {topic}: {correct} de {answered} correctas ({pct}), {players} {players, plural, one {jugador} other {jugadores}}',
  'class.topicNotAsked': '- {topic}: sin preguntas',
  'class.misconceptions': 'Errores conceptuales más elegidos',
  'class.counted':
    'Se cuentan: las respuestas a las rondas cerradas de esta semana (las semanas empiezan el lunes, UTC); las preguntas de práctica son privadas y no cuentan. Las respuestas como archivo: `{command}`.',
  'class.title': 'Vista de clase, esta semana',
  'class.exportTitle': 'Exportación de clase',
  'class.exportSummary':
    '{file}: {n} {n, plural, one {respuesta} other {respuestas}} a las rondas cerradas de este canal, de la más antigua a la más reciente{truncated}.',
  'class.exportTruncated': ' (las {max} más recientes: hay más)',
  'class.exportEmpty':
    '{file}: aún no hay respuestas a rondas cerradas de este canal (el archivo solo tiene su cabecera).',
  'class.exportColumns':
    'Columnas: {columns}. Una fila por respuesta; horas en UTC (ISO 8601). Solo ids de usuario (sin nombres); se omiten las preguntas de práctica y las rondas aún abiertas.',
  'class.exportFile': 'Las respuestas a las rondas de quiz de este canal ({n})',
  'forget.noWords': 'forget-me no admite palabras; encontré {words}',
  'forget.title': 'Olvidado',
  'forget.summary':
    'Borré {answers} {answers, plural, one {respuesta} other {respuestas}} (con sus puntos, errores conceptuales y práctica), {practice} {practice, plural, one {pregunta de práctica} other {preguntas de práctica}} y {replies} {replies, plural, one {enlace de edición} other {enlaces de edición}}; {rounds, plural, one {el quiz que empezaste se queda} other {los {rounds} quizzes que empezaste se quedan}} para quienes respondieron, sin tu nombre.',
  'forget.body':
    'Esto abarca todos los canales de {platform}: tus puntos, /hadamard me y las vistas de clase ya no te cuentan. El bot nunca guardó el texto de tus mensajes, solo ids, elecciones y horas.',

  // ── errors ────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'err.hint.empty_command': 'Prueba: {example} — o `/hadamard help` para ver todo lo que hace el bot.',
  'err.hint.text_too_long': 'Envía matrices más pequeñas (hasta 12×12) o divide la pregunta en varios comandos.',
  'err.hint.unknown_verb':
    'Comandos: product, schur, psd, oppenheim, props, relate, apply, explain, help; en un canal también quiz, answer, reveal, scores, settings, forget-me, schedule. Ejemplo: /hadamard schur [[2,1],[1,2]] [[1,1],[1,1]]',
  'err.hint.unknown_word':
    'Las matrices se escriben [[2,3],[4,1]] o [2 3; 4 1]; constructores: eye(3), ones(2,3), hilbert(4), pascal(4), diag(1,2,3), I3, J3, kms(4, 1/2), gauss(4, 2), hann(5), causal(4), toeplitz(1, 1/2, 0). Ejemplo: {example}',
  'err.hint.unknown_topic':
    'Temas: definition, properties, schur, oppenheim, relations, applications. Ejemplo: /hadamard explain schur',
  'err.hint.missing_operand': 'Escribe las matrices una tras otra. Ejemplo: {example}',
  'err.hint.too_many_operands': 'El producto admite de 2 a 6 matrices. Ejemplo: /hadamard [1 2] [3 4] [5 6]',
  'err.hint.unbalanced_brackets':
    'Cada [ necesita su ]. Ejemplo: [[2,3],[4,1]] (estilo JSON) o [2 3; 4 1] (estilo MATLAB).',
  'err.hint.ragged_rows': 'Todas las filas necesitan el mismo número de entradas. Ejemplo: [[1,2,3],[4,5,6]] es 2×3.',
  'err.hint.empty_matrix': 'Una matriz necesita al menos una entrada. Ejemplo: [[2,3],[4,1]]',
  'err.hint.not_a_number':
    'Las entradas son números como 2, -1.5, 1/3, 2.5e-3, o expresiones como 2*sqrt(3)/5, pi/4, cos(pi/3) y log(2).',
  'err.hint.division_by_zero':
    'La división entre cero no está definida. Ejemplo de entradas con fracciones: [[1/2, 1/3],[1/4, 1/5]]',
  'err.hint.bad_expression':
    'Las entradas pueden usar números, + - * / ^ ( ), pi, e y sqrt sin cos tan exp log abs. Ejemplo: [[1/2, sqrt(2)],[cos(pi/3), exp(-1)]]',
  'err.hint.too_deep':
    'Simplifica la entrada: como máximo 32 paréntesis, signos o potencias anidados. Ejemplo: (1+2)*(3-4)/5',
  'err.hint.too_large':
    'Usa matrices más pequeñas (hasta 12×12) o números más pequeños. Ejemplo: hilbert(12) .* pascal(12)',
  'err.hint.bad_file':
    'Adjunta un archivo CSV o TSV (una fila por línea, solo números, sin encabezado), un arreglo JSON de filas como [[2,3],[4,1]], o una imagen PNG o JPEG. Ejemplo: a.csv con las dos líneas 2,3 y 4,1.',
  'err.hint.missing_attachment':
    '@1 es el primer archivo adjunto, @2 el segundo. Ejemplo: hadamard --attach a.csv --attach b.csv "schur @1 @2" (en la CLI).',
  'err.hint.unavailable': 'Vuelve a intentarlo en un minuto. Mientras tanto, los cálculos funcionan, p. ej. {example}',
  'err.hint.not_allowed':
    'Pídeselo a quien administra este canal. Siempre puedes ver la configuración: /hadamard settings',
  'err.hint.needs_channel':
    'Los comandos de grupo de estudio (quiz, answer, reveal, scores, settings, forget-me) funcionan en un canal de chat, en la página local o en la CLI. Ejemplo: /hadamard quiz',
  'err.hint.missing_argument':
    'Escribe las palabras que necesita el comando. Ejemplos: /hadamard answer q7k2m9 b, /hadamard reveal q7k2m9',
  'err.hint.bad_argument':
    'Ejemplos: /hadamard quiz schur hard, /hadamard answer q7k2m9 b, /hadamard scores all, /hadamard settings quiz_seconds 90',
  'err.hint.unknown_setting':
    'Ajustes: private, figures, numbers, quiz_seconds, theme, speed_bonus, timezone, language. Ejemplo: /hadamard settings quiz_seconds 90',
  'err.hint.out_of_range':
    'Se admiten números de cualquier tamaño (1e400, exp(-1000)), pero no tamaños cuyo exponente tenga más de 14 cifras, como exp(1e20). Reescala las entradas (los veredictos de psd y schur no cambian al multiplicar una matriz por un número positivo). Ejemplo: /hadamard [[2*pi, 1],[1, 3]] [[1, 2],[2, 5]]',
  'err.hint.shape_mismatch':
    'El producto elemento a elemento necesita matrices del mismo tamaño (sin broadcasting). Ejemplo: [[1,2]] [[3,4]] (ambas 1×2).',
  'err.hint.not_square': 'Esto necesita matrices cuadradas (n×n). Ejemplo: /hadamard psd [[2,1],[1,2]]',
  'err.hint.not_vector': 'Escribe vectores como [1 2 3].',
  'err.hint.timeout':
    'Usa números más cortos o matrices más pequeñas; los decimales con pocas cifras o las fracciones pequeñas son rápidos. Ejemplo: /hadamard schur hilbert(6) pascal(6)',
  'err.layout': 'Error ({code}): {message}\nPista: {hint}',
  'err.example': 'Ejemplo: {example}',
  'err.where.matrix':
    '{n, plural, =1 {la primera matriz} =2 {la segunda matriz} =3 {la tercera matriz} =4 {la cuarta matriz} =5 {la quinta matriz} =6 {la sexta matriz} other {la matriz n.º #}}',
  'err.where.command': 'el comando',
  'err.where.aMatrix': 'una matriz',
  'err.command.tooLong': 'el comando tiene {length} caracteres; el límite es {max}',
  'err.command.empty': 'el comando está vacío',
  'err.command.unknownVerb': '{word} (en el carácter {at}) no es un comando que conozca',
  'err.command.unknownVerbClose':
    '{word} (en el carácter {at}) no es un comando que conozca — ¿quisiste decir "{close}"?',
  'err.command.tooManyFilesExact':
    '{verb} admite exactamente {max} {max, plural, one {matriz} other {matrices}} y hay {files} archivos adjuntos: indica cuáles, p. ej. {example}',
  'err.command.tooManyFilesRange':
    '{verb} admite de {min} a {max} matrices y hay {files} archivos adjuntos: indica cuáles, p. ej. {example}',
  'err.command.missingFile':
    '@{n} es el {n, plural, =1 {primer} =2 {segundo} =3 {tercer} =4 {cuarto} =5 {quinto} =6 {sexto} other {n.º #}} archivo adjunto, pero {files, plural, =0 {no hay ningún archivo adjunto} one {solo hay un archivo adjunto} other {solo hay # archivos adjuntos}}',
  'err.command.tooFewOne': '{verb} necesita una matriz; encontré {got, plural, =0 {ninguna} one {solo una} other {#}}',
  'err.command.tooFewExact':
    '{verb} necesita exactamente {min} matrices; encontré {got, plural, =0 {ninguna} one {solo una} other {#}}',
  'err.command.tooFewAtLeast':
    '{verb} necesita al menos {min} matrices; encontré {got, plural, =0 {ninguna} one {solo una} other {#}}',
  'err.command.tooManyExact':
    '{verb} admite exactamente {max} {max, plural, one {matriz} other {matrices}}; encontré {got}',
  'err.command.tooManyRange': '{verb} admite de {min} a {max} matrices; encontré {got}',
  'err.command.emptyLabel': 'la etiqueta {label} (en el carácter {at}) no tiene ninguna matriz después de su "="',
  'err.command.notAMatrix': '{word} (en el carácter {at}) está donde debería ir una matriz',
  'err.command.notFinite':
    '{word} (en el carácter {at}) no es un número: las entradas deben ser números reales finitos',
  'err.command.bareNumber':
    '{word} (en el carácter {at}) es un número, no una matriz: pon las entradas entre corchetes',
  'err.command.unknownWord': 'no conozco {word} (en el carácter {at})',
  'err.brackets.stray': 'el "{ch}" del carácter {at} no tiene su "{want}" correspondiente',
  'err.brackets.neverClosed': 'el "{open}" del carácter {at} nunca se cierra',
  'err.brackets.unmatched': '{where}: el "{ch}" del carácter {at} no tiene su "{want}" correspondiente',
  'err.brackets.mismatched': '{where}: el "{open}" del carácter {at} se cierra con un "{ch}" en el carácter {closeAt}',
  'err.brackets.unclosed': '{where}: el "{open}" del carácter {at} nunca se cierra',
  'err.matrix.empty': '{where} está vacía',
  'err.matrix.emptyBrackets': '{where} está vacía ([])',
  'err.matrix.emptyRow': 'la fila {row} de {where} está vacía',
  'err.matrix.entry': 'entrada ({row},{col}) de {where}: {reason}',
  'err.matrix.tooLarge': '{where} es de {rows}×{cols}; el límite es {max}×{max}',
  'err.matrix.notAMatrix': '{where}: {word} no es una matriz',
  'err.matrix.missingParen': '{where}: a {text} le falta su ")"',
  'err.matrix.afterBuilder': '{where}: {word} inesperado después de {name}(…)',
  'err.matrix.afterMatrix': '{where}: {word} inesperado después de la matriz',
  'err.matrix.diagEmpty': '{where}: diag() necesita al menos una entrada',
  'err.matrix.diagEntry': 'entrada {k} de diag(…) en {where}: {reason}',
  'err.matrix.zeros': '{where}: zeros(…) no está disponible (una matriz nula anula todos los productos)',
  'err.matrix.builderSizes':
    '{where}: {call} necesita {ones, select, true {uno o dos números enteros positivos} other {un número entero positivo}}',
  'err.matrix.oneSize': '{where}: {name}(…) admite un solo tamaño, p. ej. {name}(3)',
  'err.matrix.builderArgument': '{what} de {call} en {where}: {reason}',
  'err.matrix.argument': 'entrada {k}',
  'err.matrix.builderSize': '{where}: {call} necesita un tamaño n, un número entero positivo',
  'err.matrix.arity':
    '{where}: {name}(…) admite {k, plural, one {un argumento} other {# argumentos}}; se recibió {call}',
  'err.matrix.toeplitzEmpty': '{where}: toeplitz() necesita su primera columna',
  'err.matrix.gaussZero': '{where}: {call} necesita s ≠ 0 (divide entre s²)',
  'err.matrix.threeLevels': '{where}: las matrices tienen dos niveles de corchetes, no tres',
  'err.matrix.betweenRows': '{where}: {word} inesperado entre filas (escribe cada fila entre corchetes)',
  'err.matrix.mixedRows': '{where}: mezcla filas entre corchetes con entradas sueltas',
  'err.matrix.ragged':
    'la fila {row} de {where} tiene {n} {n, plural, one {entrada} other {entradas}}, pero la fila 1 tiene {cols}',
  'err.entry.character': 'el carácter "{ch}" no puede aparecer en un número',
  'err.entry.empty': 'una entrada está vacía',
  'err.entry.shouldEnd': '{text} tiene "{token}" donde debería terminar',
  'err.entry.beyondAnySize':
    '{text} vale aproximadamente {size}: más allá de cualquier tamaño que este motor pueda manejar (una potencia de diez con más de 10¹⁴ cifras en su exponente)',
  'err.entry.tooDeep': '{text} tiene más de {max} paréntesis, signos o potencias anidados',
  'err.entry.divByZero': '{text} divide entre cero',
  'err.entry.divUndecided':
    '{text} divide entre un valor igual a 0 hasta 1000 cifras: puede ser exactamente 0, así que el cociente no se puede decidir',
  'err.entry.powUndecided':
    '{text} eleva un valor igual a 0 hasta 1000 cifras a una potencia no entera: no se puede decidir si está definido',
  'err.entry.notReal': '{text} no es un número real',
  'err.entry.endsEarly': '{text} termina antes de tiempo',
  'err.entry.needsParentheses': '{name} necesita paréntesis en {text}, p. ej. {example}',
  'err.notFinite': '{word} no es un número: las entradas deben ser números reales finitos',
  'err.entry.unknownWord': '{word} no es un número (se permiten: números, + - * / ^ ( ), pi, e y {functions})',
  'err.entry.numberExpected': '{text} tiene "{token}" donde debería haber un número',
  'err.entry.missing': 'a {text} le falta un "{op}"',
  'err.function.undecided':
    '{call} necesita {what, select, cosNonzero {que el coseno de su argumento no sea cero} positive {un argumento positivo} other {un argumento ≥ 0}}, y su argumento es igual a 0 hasta {digits, number} cifras: puede ser exactamente 0, así que no se puede decidir si {call} está definido',
  'err.function.logZero': '{call} es −∞, no un número: log(x) → −∞ cuando x → 0',
  'err.function.logNegative': '{call} no es un número real: log solo está definido para números positivos',
  'err.function.tanPole': '{call} no está definido: tan tiene un polo en π/2 + kπ (allí cos vale 0)',
  'err.function.sqrtNegative': '{call} toma la raíz cuadrada de un número negativo',
  'err.magnitude.huge': 'más de 10^(10^15)',
  'err.magnitude.unknown': 'un número de tamaño desconocido',
  'err.operands.noFile':
    '{n, plural, =1 {la primera matriz} =2 {la segunda matriz} =3 {la tercera matriz} =4 {la cuarta matriz} =5 {la quinta matriz} =6 {la sexta matriz} other {la matriz n.º #}} es {ref}, un archivo adjunto, pero este comando no tiene ningún archivo adjunto',
  'err.operands.shapes':
    '{first} (la primera matriz) es de {firstShape}, pero {other} (la {n, plural, =2 {segunda} =3 {tercera} =4 {cuarta} =5 {quinta} =6 {sexta} other {n.º #}}) es de {otherShape}; el producto elemento a elemento necesita tamaños iguales',
  'err.operands.notSquare':
    '{verb} necesita matrices cuadradas, pero {label} (la {n, plural, =1 {primera} =2 {segunda} =3 {tercera} =4 {cuarta} =5 {quinta} =6 {sexta} other {n.º #}} matriz) es de {shape}',
  'err.deadline':
    'esto necesita más de {seconds} s de trabajo (las fracciones exactas muy largas hacen lenta la eliminación exacta)',
  'err.engine.unknownVerb': '{verb} no es un comando que conozca',
  'err.engine.needsChannel':
    '{verb} es un comando de grupo de estudio: guarda estado para un canal, así que funciona en Slack, Discord, la página local o la CLI, no en el motor solo',
  'err.engine.timeout': 'el cálculo tardó más de {seconds} s',
  'err.engine.beyondAnySize':
    'un número de esta respuesta vale aproximadamente 10^({log}): más allá de cualquier tamaño que este motor pueda manejar',
  'err.engine.grewTooLarge': 'los números crecieron demasiado para calcular con ellos',
  'err.outOfRange.aNumber': 'un número de esta respuesta',
  'err.outOfRange.entryOf': 'la entrada ({row},{col}) de {quantity}',
  'err.outOfRange.about':
    '{what} valdría aproximadamente {size}, demasiado {direction, select, over {grande} other {pequeño}} para la coma flotante ({range})',
  'err.outOfRange.leaves': '{what} saldría del rango de la coma flotante ({range})',
  'err.floatRange': 'tamaños no nulos desde aproximadamente 4.9×10⁻³²⁴ hasta 1.8×10³⁰⁸',
  'err.image.undecodable': '{file} no se pudo decodificar como imagen ({why})',
  'err.image.notImage': '{file} no es una imagen PNG ni JPEG',
  'err.hint.image':
    'Adjunta la imagen misma, exportada como PNG o JPEG (una captura de pantalla sirve), de hasta 1024×1024 píxeles.',
  'err.hint.bareNumber': 'Ejemplo: [[2,3],[4,1]] (una matriz 1×1 es [5])',
  'err.hint.builders': 'Constructores: {builders}.',
  'err.hint.builder':
    'Ejemplo: {name, select, kms {kms(4, 1/2) (ρ^|i−j|: 1, 1/2, 1/4, 1/8 a lo largo de una fila)} gauss {gauss(4, 2) (exp(−(i−j)²/s²), potencias exactas de e)} hann {hann(5) (la fila 0, 1/2, 1, 1/2, 0)} causal {causal(4) (unos en la diagonal y debajo de ella)} other {toeplitz(1, 1/2, 1/4) (simétrica, primera columna 1, 1/2, 1/4)}}',
  'err.hint.mixedRows': 'Ejemplo: [[1,2],[3,4]] o [1 2; 3 4]',
  'err.hint.entryWords':
    'Las entradas pueden usar números, + - * / ^ ( ), pi, e, sqrt, sin, cos, tan, exp, log (natural; también ln) y abs. Ejemplo: [[cos(pi/3), exp(-1)], [log(2), abs(-1/3)]]',
  'err.hint.log':
    'log (logaritmo natural, también ln) necesita un número positivo. Ejemplo: [[log(2), log(1/2)], [ln(e), 1]]',
  'err.hint.tan': 'tan está definida lejos de π/2 + kπ. Ejemplo: [[tan(pi/4), tan(pi/3)]]',
  'err.hint.sqrt': 'sqrt necesita un número ≥ 0. Ejemplo: [[sqrt(2), sqrt(1/4)]]',

  // ── quiz ──────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'quiz.example': 'Ejemplo: {example}',
  'quiz.wordsHint': 'Temas: {topics}; niveles: {levels}; repite una pregunta con seed:N. Ejemplo: {example}',
  'quiz.badSeed': 'la semilla {seed} no es un número entero de 0 a {max}',
  'quiz.badSeedHint': 'Ejemplo: /hadamard quiz seed:42 (la semilla aparece bajo cada pregunta)',
  'quiz.twoSeeds': 'dos semillas: indica una',
  'quiz.twoTopics': 'dos temas ({a} y {b}): indica uno',
  'quiz.twoLevels': 'dos niveles ({a} y {b}): indica uno',
  'quiz.unknownWord': '{word} no es un tema ni un nivel de quiz; los temas son {topics}',
  'quiz.answerHint':
    'Ejemplo: {example} (el id del quiz está en su mensaje; las opciones van de la a a la e, o pulsa un botón)',
  'quiz.answerMissing': 'answer necesita el id del quiz y tu opción',
  'quiz.answerTooMany': 'answer lleva dos palabras, el id del quiz y una opción; he encontrado {n}',
  'quiz.answerNoChoice': 'answer necesita tu opción después del id del quiz {id}',
  'quiz.answerNotChoice': '{word} no es una opción: las opciones son las letras de la a a la e',
  'quiz.revealMissing': 'reveal necesita el id del quiz que quieres cerrar',
  'quiz.revealMissingHint': 'Ejemplo: {example} (el id está en el mensaje del quiz)',
  'quiz.revealTooMany': 'reveal lleva un solo id de quiz; he encontrado {n} palabras',
  'quiz.topic.entry': 'una entrada de A∘B',
  'quiz.topic.property': 'verdadero o falso: una propiedad sobre matrices dadas',
  'quiz.topic.psd': '¿es M semidefinida positiva?',
  'quiz.topic.schur': '¿será A∘B semidefinida positiva, dadas A y B? (Schur)',
  'quiz.topic.oppenheim': 'cotas de Oppenheim: ¿cuál es mayor?, ¿se da la igualdad?',
  'quiz.topic.trace': 'tr(AᵀB) como suma',
  'quiz.topic.kronecker': 'dónde está A∘B dentro de A⊗B',
  'quiz.level.easy': 'fácil',
  'quiz.level.medium': 'media',
  'quiz.level.hard': 'difícil',
  'quiz.headline': 'Pregunta {level} — {topic} — {n} opciones, una respuesta por persona.',
  'quiz.headlinePractice': 'Pregunta de práctica {level}, solo para ti — {topic} — {n} opciones.',
  'quiz.howButtons': 'Pulsa un botón para responder (o escribe {command}).',
  'quiz.howCommand': 'Responde con {command}, la letra de tu opción.',
  'quiz.replay': 'Repetir: {command}.',
  'quiz.rulesPractice':
    'Solo tú ves esta pregunta; tu respuesta muestra al instante la correcta y por qué, y cuenta para {me}, no en la clasificación.',
  'quiz.rules':
    'Una respuesta por persona, que solo ves tú; la respuesta y la solución detallada aparecen cuando se cierra la ronda.',
  'quiz.choices': 'Opciones',
  'quiz.answeredSoFar':
    '{n, plural, =0 {Nadie ha respondido todavía.} one {1 persona ha respondido hasta ahora.} other {{count} personas han respondido hasta ahora.}}',
  'quiz.closesIn': 'Se cierra en {seconds} s.',
  'quiz.title': 'Quiz {id} · {topic} · {level}',
  'quiz.titlePractice': 'Práctica {id} · {topic} · {level}',
  'quiz.noQuiz': 'no hay ningún quiz {id}',
  'quiz.startOne': 'Empieza uno: /hadamard quiz',
  'quiz.notAChoice': 'el quiz {id} tiene las opciones {choices}; "{choice}" no es una de ellas',
  'quiz.closed': 'el quiz {id} está cerrado: la respuesta ya se ha revelado',
  'quiz.practiseAgain': 'Practica otra vez: /hadamard practice',
  'quiz.startNext': 'Empieza el siguiente: /hadamard quiz',
  'quiz.already': 'Ya respondiste {choice}): una respuesta por ronda, así que este clic no cambia nada.',
  'quiz.practiceRight': '✓ Correcto: {choice}) es la respuesta. (Práctica: sin puntos, pero cuenta para /hadamard me.)',
  'quiz.practiceWrong': '✗ Esta no: {choice}) no es la respuesta. La correcta está abajo.',
  'quiz.right':
    '✓ Correcto: {choice}) es la respuesta. +{points, plural, one {{count} punto} other {{count} puntos}} cuando se cierre la ronda, en {seconds} s.',
  'quiz.rightBonus':
    '✓ Correcto: {choice}) es la respuesta. +{points, plural, one {{count} punto} other {{count} puntos}} ({bonus} por rapidez) cuando se cierre la ronda, en {seconds} s.',
  'quiz.wrong':
    '✗ Esta no: {choice}) no es la respuesta. La correcta se revela cuando se cierre la ronda, en {seconds} s.',
  'quiz.countsOnce': 'Cuenta cuando se cierre la ronda, en {seconds} s.',
  'quiz.yourPracticeAnswer': 'Tu respuesta de práctica ({id})',
  'quiz.yourAnswer': 'Tu respuesta a {id}',
  'quiz.notYours': 'el quiz {id} se cierra en {seconds} s; solo quien lo empezó puede revelarlo antes',
  'quiz.notYoursPermission':
    'el quiz {id} se cierra en {seconds} s; solo quien lo empezó o alguien con {permission} puede revelarlo antes',
  'quiz.waitOrAnswer': 'Espera a que se cierre la ronda, o respóndela: /hadamard answer {id} <letter>',
  'quiz.gotIt': 'Acertaron: {names}.',
  'quiz.nobodyGotIt': 'Esta vez nadie acertó.',
  'quiz.answers': 'Respuestas: {tally}.',
  'quiz.revealTitle': 'Quiz {id}: la respuesta',
  'quiz.theAnswer': 'La respuesta es {choice}) {label}.',
  'quiz.tally': '{right} de {answered} acertaron.',
  'quiz.why': 'Por qué',
  'quiz.worked': 'Solución: {command}',
  'quiz.entry.right':
    'Correcto: (A∘B){idx} = {aij}·{bij} = {fa}·{fb} = {value}, las dos entradas de la misma posición multiplicadas.',
  'quiz.entry.ordinary':
    'Esa es la entrada del producto usual (AB){idx} = {sum} = {value}: la fila {i} de A por la columna {j} de B; el producto de Hadamard solo multiplica {aij} y {bij}.',
  'quiz.entry.transposed':
    'Eso es {aij}·{bji} = {fa}·{fb} = {value}: se coló una transpuesta; (A∘B){idx} empareja {aij} con {bij}, misma fila, misma columna.',
  'quiz.entry.added':
    'Eso es {aij} + {bij} = {fa} + {fb} = {value}: el producto de Hadamard multiplica las dos entradas, no las suma.',
  'quiz.entry.mirrored':
    'Eso es (A∘B){jdx} = {fa}·{fb} = {value}: fila y columna intercambiadas; (A∘B){idx} está en la fila {i}, columna {j}.',
  'quiz.entry.reversed':
    'Eso es (BA){idx} = {sum} = {value}, un producto usual (y en el otro orden); el producto de Hadamard es {aij}·{bij}.',
  'quiz.entry.signPositive': 'Se perdió el signo: {fa}·{fb} = {value}, positivo.',
  'quiz.entry.signNegative': 'Se perdió el signo: {fa}·{fb} = {value}, negativo.',
  'quiz.entry.divided':
    'Eso es {aij} ÷ {bij} = {quotient}: las fracciones se multiplican numerador por numerador y denominador por denominador, {fa}·{fb} = {value}.',
  'quiz.entry.extra': 'Eso multiplica por {f} una vez de más: (A∘B){idx} = {aij}·{bij} = {value}.',
  'quiz.entry.heading': '**Entrada de un producto de Hadamard.**',
  'quiz.entry.ask': '¿Cuánto vale **(A∘B){idx}**, la entrada de la fila {i}, columna {j} de A∘B?',
  'quiz.entry.why':
    'El producto de Hadamard multiplica las dos entradas de la misma posición y nada más: ninguna fila se cruza con una columna, no se suma nada.',
  'quiz.entry.whySquare': 'El producto usual combinaría en cambio la fila {i} de A con la columna {j} de B.',
  'quiz.entry.whyNotSquare': '(El producto usual AB ni siquiera está definido para dos matrices {shape}.)',
  'quiz.entry.whyAll': 'Completo: A∘B = {matrix}.',
  'quiz.prop.whyCommute': 'cada entrada es aᵢⱼ·bᵢⱼ = bᵢⱼ·aᵢⱼ, y los números conmutan',
  'quiz.prop.identityJ': '**A∘J = A**, donde J es la matriz de unos',
  'quiz.prop.whyIdentityJ': 'J tiene un 1 en cada posición y aᵢⱼ·1 = aᵢⱼ: J es el neutro de ∘',
  'quiz.prop.whyTranspose':
    'la entrada (i,j) de ambos lados es aⱼᵢ·bⱼᵢ: transponer lleva los dos factores a la misma posición',
  'quiz.prop.whyDistributive':
    'cada entrada es aᵢⱼ(bᵢⱼ+cᵢⱼ) = aᵢⱼbᵢⱼ + aᵢⱼcᵢⱼ, la ley distributiva de los números en cada posición',
  'quiz.prop.whyAssociative':
    'cada entrada es (aᵢⱼbᵢⱼ)cᵢⱼ = aᵢⱼ(bᵢⱼcᵢⱼ), la ley asociativa de los números en cada posición',
  'quiz.prop.identityI': '**A∘I = A**, donde I es la matriz identidad',
  'quiz.prop.whyIdentityI': 'A es diagonal, y A∘I conserva exactamente la diagonal de A',
  'quiz.prop.failIdentityI': '{aij} = {a} pero (A∘I){idx} = {a}·0 = 0',
  'quiz.prop.notGeneralIdentityI':
    'A∘I conserva solo la diagonal de A (I tiene ceros fuera de la diagonal); el neutro de ∘ es J, la matriz de unos',
  'quiz.prop.square': '**A∘A = AA** (el cuadrado elemento a elemento es igual al cuadrado usual A²)',
  'quiz.prop.ordinary': '**A∘B = AB** (el producto de Hadamard es igual al producto usual)',
  'quiz.prop.whyDiagonalSquare': 'A es diagonal, y entonces ambos productos son la matriz diagonal de los aᵢᵢ²',
  'quiz.prop.whyDiagonalOrdinary':
    'A y B son diagonales, y entonces ambos productos son la matriz diagonal de los aᵢᵢbᵢᵢ',
  'quiz.prop.whyCoincidence': 'estos números en concreto hacen que todas las entradas coincidan',
  'quiz.prop.failProduct': '({had}){idx} = {x} pero ({name}){idx} = {y}',
  'quiz.prop.notGeneralProduct':
    '({had})ᵢⱼ es un solo producto {one}, mientras que ({name})ᵢⱼ suma toda una fila contra toda una columna',
  'quiz.prop.choiceAlways': 'Cierto para todas las matrices de este tamaño',
  'quiz.prop.choiceHere': 'Cierto aquí, pero no para todas las matrices',
  'quiz.prop.choiceFalse': 'Falso aquí',
  'quiz.prop.choiceSquare': 'Cierto solo para matrices cuadradas',
  'quiz.prop.fbAlwaysRight':
    'Correcto: {why}, así que se cumple para todas las matrices {shape}, {n, plural, one {esta incluida} other {estas incluidas}}.',
  'quiz.prop.fbAlwaysHere':
    'Se cumple para {n, plural, one {esta matriz} other {estas matrices}}, pero no en general: {notGeneral}.',
  'quiz.prop.fbAlwaysFails': 'Ni siquiera aquí: {failure}; en general {notGeneral}.',
  'quiz.prop.fbHereRight': 'Correcto: {why}; en general falla, ya que {notGeneral}.',
  'quiz.prop.fbHereAlways': 'Es cierto en general, no por suerte: {why}.',
  'quiz.prop.fbHereFails': 'No es cierto para {n, plural, one {esta matriz} other {estas matrices}}: {failure}.',
  'quiz.prop.fbFalseRight': 'Correcto: {failure}; {notGeneral}.',
  'quiz.prop.fbFalseAlways':
    'Se cumple, para {n, plural, one {esta matriz} other {estas matrices}} y para todas las demás: {why}.',
  'quiz.prop.fbFalseHolds': 'Revisa las entradas: aquí sí se cumple ({why}), aunque no en general.',
  'quiz.prop.fbSquareAlways': 'La forma no influye: {why}, para matrices m×n de cualquier tamaño.',
  'quiz.prop.fbSquareHere':
    'Ser cuadrada no es lo que hace que se cumpla: {why}; muchas matrices cuadradas no lo cumplen, ya que {notGeneral}.',
  'quiz.prop.fbSquareFails':
    '{n, plural, one {Esta matriz es cuadrada} other {Estas matrices son cuadradas}} y aun así falla: {failure}.',
  'quiz.prop.heading': '**¿Verdadero o falso?**',
  'quiz.prop.ask': 'Para {n, plural, one {esta matriz} other {estas matrices}}, ¿se cumple {statement}?',
  'quiz.prop.whyAlways': 'Se cumple aquí, y para todas las matrices: {why}.',
  'quiz.prop.whyHere': 'Se cumple aquí porque {why}, pero no en general: {notGeneral}.',
  'quiz.prop.whyFails': 'Falla aquí: {failure}. En general {notGeneral}.',
  'quiz.prop.whyChecked': 'La solución detallada lo comprueba entrada por entrada, de forma exacta.',
  'quiz.psd.kernel': 'x = {x} da Mx = 0, así que xᵀMx = 0 para este x ≠ 0',
  'quiz.psd.asymmetry': '{mij} = {a} pero {mji} = {b}, así que M ≠ Mᵀ',
  'quiz.psd.negativeDiagonal': 'ya falla una entrada diagonal negativa: {mii} = {value} es {e}ᵀM{e} < 0',
  'quiz.psd.allPositive': 'todas las entradas positivas ≠ semidefinida positiva: {witness}',
  'quiz.psd.diagonalNotEnough': 'una diagonal positiva no basta: {witness}',
  'quiz.psd.fbPdRight':
    'Correcto: M = LDLᵀ (con pivoteo simétrico) con pivotes D = {D}, todos positivos, así que xᵀMx > 0 para todo x ≠ 0.',
  'quiz.psd.fbPdSingular': 'No es definida: M es singular, {kernel} (pivotes D = {D}, uno de ellos 0).',
  'quiz.psd.fbPdNotPsd': 'Ni siquiera es semidefinida; {why}.',
  'quiz.psd.fbNeedsSymmetry': 'Ser semidefinida positiva exige simetría: {asym}.',
  'quiz.psd.fbPsdRight':
    'Correcto: los pivotes D = {D} son todos ≥ 0 y uno es 0: M es semidefinida positiva pero singular, {kernel}.',
  'quiz.psd.fbPsdDefinite':
    'M no es singular: sus pivotes D = {D} son todos positivos, así que es definida, no solo semidefinida.',
  'quiz.psd.fbPsdNotPsd': 'Tampoco es semidefinida; {why}.',
  'quiz.psd.fbNotPsdRight': 'Correcto: {why}.',
  'quiz.psd.fbNotPsdNotSymmetric':
    'Ser semidefinida positiva solo se define para matrices simétricas, y {asym}: la pregunta no se aplica.',
  'quiz.psd.fbNotPsdNegatives':
    'Las entradas negativas no impiden ser semidefinida positiva: los pivotes D = {D} son todos ≥ 0, así que xᵀMx ≥ 0 para todo x.',
  'quiz.psd.fbNotPsdNoWitness': 'Ningún x da xᵀMx < 0: los pivotes D = {D} son todos ≥ 0.',
  'quiz.psd.fbNotSymmetricRight':
    'Correcto: {asym}, y ser semidefinida positiva solo se define para matrices simétricas.',
  'quiz.psd.fbSymmetric': 'M es simétrica (M = Mᵀ), así que la pregunta se aplica.',
  'quiz.psd.choicePd': 'Definida positiva',
  'quiz.psd.choicePsd': 'Semidefinida positiva, pero singular (no definida)',
  'quiz.psd.choiceNotPsd': 'No semidefinida positiva',
  'quiz.psd.choiceNotSymmetric': 'No simétrica, así que la pregunta no se aplica',
  'quiz.psd.heading': '**¿Semidefinida positiva?**',
  'quiz.psd.ask': '¿Qué es cierto de M?',
  'quiz.psd.whyPd':
    'M es simétrica, y la eliminación exacta M = LDLᵀ da pivotes D = {D}, todos positivos: M es definida positiva (rango {rank}).',
  'quiz.psd.whyPdNegatives': 'Sus entradas negativas no importan: solo deciden los pivotes (o los valores propios).',
  'quiz.psd.whyPdPositives': 'Que las entradas sean positivas no lo habría probado: los pivotes sí.',
  'quiz.psd.whyPsd':
    'M es simétrica, y la eliminación exacta da pivotes D = {D}: todos ≥ 0 pero no todos positivos, así que M es semidefinida positiva con rango {rank} < {n}. No es definida: {kernel}.',
  'quiz.psd.whyNotPsd': 'M es simétrica pero no semidefinida positiva: {why}.',
  'quiz.psd.whyAllPositive': 'Todas sus entradas son positivas, y eso no es lo que significa semidefinida positiva.',
  'quiz.psd.whyDiagonalPositive': 'Su diagonal es positiva, lo cual es necesario pero no suficiente.',
  'quiz.psd.whyDiagonalNeeded': 'Una matriz semidefinida positiva necesita todas las entradas diagonales ≥ 0.',
  'quiz.psd.whyNotSymmetric':
    '{asym}: ser semidefinida positiva se define para matrices simétricas, así que la pregunta no se aplica. Para xᵀMx solo cuenta la parte simétrica (M+Mᵀ)/2, y es {verdict}.',
  'quiz.psd.semidefinite': 'semidefinida positiva',
  'quiz.witness': 'x = {x} da xᵀ{name}x = {value} < 0',
  'quiz.schur.notPsd': 'no semidefinida positiva',
  'quiz.schur.notEvenSymmetric': 'ni siquiera simétrico',
  'quiz.schur.both': 'A es {a} y B es {b}',
  'quiz.schur.product': 'A∘B = {matrix} es {verdict}',
  'quiz.schur.choiceGuaranteed': 'Sí, y el teorema del producto de Schur lo garantiza',
  'quiz.schur.choiceLucky': 'Sí, pero aquí el teorema no lo garantiza',
  'quiz.schur.choiceNo': 'No, A∘B no es semidefinida positiva',
  'quiz.schur.choiceBackwards': 'No: A o B no es semidefinida positiva, así que A∘B no puede serlo',
  'quiz.schur.fbGuaranteedRight': 'Correcto: {both}, así que el teorema promete A∘B ⪰ 0, y en efecto {product}.',
  'quiz.schur.fbGuaranteedLucky':
    'Aquí A∘B es semidefinida positiva, pero el teorema no lo prometía: {n, plural, one {{who} no es semidefinida positiva} other {{who} no son semidefinidas positivas}} ({why}).',
  'quiz.schur.fbGuaranteedFails':
    'El teorema necesita ambos factores semidefinidos positivos, y {n, plural, one {{who} no lo es} other {{who} no lo son}} ({why}); aquí A∘B no es semidefinida positiva en absoluto.',
  'quiz.schur.fbLuckyHyp': 'Sí lo garantiza: {both}, que es exactamente la hipótesis del teorema.',
  'quiz.schur.fbLuckyRight':
    'Correcto: {product}, pero {n, plural, one {{who} no es semidefinida positiva} other {{who} no son semidefinidas positivas}} ({why}), así que ningún teorema lo prometía.',
  'quiz.schur.fbLuckyFails': 'Aquí A∘B no es semidefinida positiva: {witness}.',
  'quiz.schur.fbNoHyp':
    'Tiene que ser semidefinida positiva: {both}, así que el teorema de Schur se aplica, y {product}.',
  'quiz.schur.fbNoLucky': 'Aquí es semidefinida positiva, aunque nada lo prometía: {product}.',
  'quiz.schur.fbNoRight':
    'Correcto: {witness}; el teorema no prometía nada, ya que {n, plural, one {{who} no es semidefinida positiva} other {{who} no son semidefinidas positivas}}.',
  'quiz.schur.fbBackwardsHyp':
    'Aquí ambas son semidefinidas positivas ({both}), y entonces A∘B lo es por el teorema de Schur: {product}.',
  'quiz.schur.fbBackwardsLucky':
    'El teorema no funciona al revés: un factor que no es semidefinido positivo deja a A∘B libre de serlo, y aquí {product}.',
  'quiz.schur.fbBackwardsFails':
    'A∘B en efecto no es semidefinida positiva, pero no por el teorema, que no dice nada cuando un factor no lo es: {witness}.',
  'quiz.schur.heading': '**Teorema del producto de Schur.**',
  'quiz.schur.ask': '¿Es **A∘B** semidefinida positiva, y lo promete el teorema del producto de Schur?',
  'quiz.schur.why':
    '{both}, así que el teorema del producto de Schur se aplica: A∘B es semidefinida positiva. El motor lo confirma de forma exacta: {product}. El producto usual AB es {ordinary}: solo el producto elemento a elemento conserva la semidefinición positiva.',
  'quiz.schur.whyStrong':
    '{both}, así que el teorema del producto de Schur se aplica: A∘B es semidefinida positiva, incluso definida, ya que ambas son definidas. El motor lo confirma de forma exacta: {product}. El producto usual AB es {ordinary}: solo el producto elemento a elemento conserva la semidefinición positiva.',
  'quiz.schur.whyFails':
    '{n, plural, one {{who} no es semidefinida positiva} other {{who} no son semidefinidas positivas}} ({why}), así que la hipótesis del teorema falla y no promete nada. Entonces A∘B puede ser o no semidefinida positiva; aquí {here}.',
  'quiz.schur.itIsNot': 'no lo es: {witness}',
  'quiz.opp.both': '{a} y {b}',
  'quiz.opp.choiceLarger': '{bound} es mayor',
  'quiz.opp.choiceEqual': 'Las dos cotas son iguales',
  'quiz.opp.choiceNeither': 'Ninguna: det(A∘B) es menor que ambas',
  'quiz.opp.fbLargerRight': 'Correcto: {written} > {other}, la otra cota.',
  'quiz.opp.fbBoundsEqual': 'Las dos cotas son iguales: {both}.',
  'quiz.opp.fbPairingA': 'Revisa el emparejamiento: det(A) va con la diagonal de B; {both}.',
  'quiz.opp.fbPairingB': 'Revisa el emparejamiento: det(B) va con la diagonal de A; {both}.',
  'quiz.opp.fbEqualRight': 'Correcto: {both}.',
  'quiz.opp.fbDiffer': 'Son distintas: {both}.',
  'quiz.opp.fbNeither':
    'A y B son semidefinidas positivas, así que la desigualdad de Oppenheim se aplica en ambos sentidos: det(A∘B) es al menos cada cota; aquí {detAB}.',
  'quiz.opp.heading': '**Desigualdad de Oppenheim.**',
  'quiz.opp.askLarger':
    'A y B son semidefinidas positivas, así que det(A∘B) ≥ {bA} y det(A∘B) ≥ {bB}. ¿Qué cota inferior es mayor?',
  'quiz.opp.whyBounds': '{a}, y {b}.',
  'quiz.opp.whyEqualBounds': 'Las dos cotas son iguales.',
  'quiz.opp.whySharper': 'Así que {bound} es la cota más ajustada.',
  'quiz.opp.whyBelow': 'Ambas están por debajo de {detAB}, como promete Oppenheim para A y B semidefinidas positivas.',
  'quiz.opp.eqDiagonal':
    'A es diagonal, así que A∘B es diagonal con entradas aᵢᵢbᵢᵢ y det(A∘B) = ∏aᵢᵢbᵢᵢ = det(A)·∏bᵢᵢ',
  'quiz.opp.eqJ': 'B = {c}·J, así que A∘B = {c}·A y det(A∘B) = {c}{power}·det(A) = det(A)·∏bᵢᵢ',
  'quiz.opp.eqZero': 'ambos lados valen 0: A∘B y A son singulares',
  'quiz.opp.eqCoincidence': 'los números coinciden por casualidad',
  'quiz.opp.choiceStrict': 'det(A∘B) > {bound}: estricta',
  'quiz.opp.choiceEquality': 'det(A∘B) = {bound}: igualdad',
  'quiz.opp.choiceNotApply': 'Oppenheim no se aplica: A∘B no tiene por qué ser semidefinida positiva',
  'quiz.opp.fbStrictRight': 'Correcto: {detAB} > {written}.',
  'quiz.opp.fbReached': 'Aquí se alcanza la cota: {detAB} = {written}; {why}.',
  'quiz.opp.fbNoEquality': 'Aquí no hay igualdad: {detAB} pero {written}.',
  'quiz.opp.fbEqualityRight': 'Correcto: {detAB} = {written}; {why}.',
  'quiz.opp.fbBelow':
    'A y B son semidefinidas positivas, así que la desigualdad de Oppenheim se aplica en ambos sentidos, y det(A∘B) no puede quedar por debajo de la cota: {detAB} y {written}.',
  'quiz.opp.fbNotApply':
    'A y B son semidefinidas positivas, así que A∘B también lo es (Schur) y Oppenheim se aplica: {detAB} ≥ {bound}.',
  'quiz.opp.askEquality': 'A y B son semidefinidas positivas. ¿Cómo se compara **det(A∘B)** con la cota **{bound}**?',
  'quiz.opp.whyStrict': 'Aquí la desigualdad es estricta, por {by}.',
  'quiz.opp.whyEquality': 'Se da la igualdad: {why}.',
  'quiz.opp.whyCases':
    'Casos de igualdad que conviene recordar: un factor diagonal, un múltiplo de la matriz de unos J, y un A∘B singular con cota cero.',
  'quiz.trace.right': 'Correcto: tr(AᵀB) = Σᵢⱼ aᵢⱼbᵢⱼ = {value}, la suma de todas las entradas de A∘B.',
  'quiz.trace.droppedTranspose':
    'Eso es tr(AB) = Σᵢⱼ aᵢⱼbⱼᵢ = {value}: se perdió la transpuesta, así que la fila i de A se cruzó con la columna i de B en vez de con la columna i de A.',
  'quiz.trace.diagonalOnly':
    'Eso es solo la diagonal de A∘B, Σᵢ aᵢᵢbᵢᵢ = {value}; tr(AᵀB) suma todas las entradas de A∘B, también las de fuera de la diagonal.',
  'quiz.trace.productOfTraces':
    'Eso es tr(A)·tr(B) = {a}·{b} = {value}: la traza de un producto no es el producto de las trazas.',
  'quiz.trace.sumOfAB':
    'Eso es la suma de todas las entradas del producto usual AB (= {value}); tr(AᵀB) es la suma de todas las entradas de A∘B.',
  'quiz.trace.productOfSums':
    'Eso es (Σaᵢⱼ)·(Σbᵢⱼ) = {a}·{b} = {value}: empareja cada entrada de A con cada entrada de B, no solo las de la misma posición.',
  'quiz.trace.added':
    'Eso es Σ(aᵢⱼ + bᵢⱼ) = {value}: las entradas de la misma posición se multiplican y luego se suman.',
  'quiz.trace.sign': 'Se perdió un signo: Σᵢⱼ aᵢⱼbᵢⱼ = {sum} = {value}.',
  'quiz.trace.heading': '**Identidad de la traza.**',
  'quiz.trace.ask': '¿Cuánto vale **tr(AᵀB)**?',
  'quiz.trace.askShaped': '¿Cuánto vale **tr(AᵀB)** (A y B son {shape}, así que AᵀB es {square})?',
  'quiz.trace.why':
    'La entrada diagonal j de AᵀB es el producto escalar de la columna j de A con la columna j de B, así que la traza recorre cada posición una vez: es 1ᵀ(A∘B)1, la suma de todas las entradas del producto de Hadamard (el producto interno de Frobenius de A y B). No hace falta ningún producto de matrices.',
  'quiz.kron.place': 'fila {r}, columna {c}',
  'quiz.kron.right':
    'Correcto: fila (i−1)·m+i = {rowSum} = {row} y columna (j−1)·n+j = {colSum} = {col}: el bloque {block} es a{idx}·B, y dentro de él la posición {block} contiene {holds}.',
  'quiz.kron.wrong': 'En {place} está {holds}, no {target}: {why}.',
  'quiz.kron.zeroBased':
    'eso es i·m+i y j·n+j, la fórmula con índices desde 0 usada con i y j desde 1 (un bloque de más)',
  'quiz.kron.transposedInBlock':
    'se coló una transpuesta: dentro del bloque la posición vuelve a ser (i, j), no (j, i)',
  'quiz.kron.blockStart': 'eso es i·m+j: el bloque i empieza después de la fila (i−1)·m, y la fila dentro de él es i',
  'quiz.kron.topLeft': 'ese es el bloque superior izquierdo a₁₁·B; (A∘B)ᵢⱼ está en el bloque (i, j)',
  'quiz.kron.mnMixed': 'se confundieron m y n: las filas avanzan de m en m (las filas de B), las columnas de n en n',
  'quiz.kron.swapped': 'fila y columna están intercambiadas',
  'quiz.kron.tooEarly': 'una posición antes de tiempo dentro del bloque: la fila es (i−1)·m + i, no (i−1)·m + i − 1',
  'quiz.kron.tooFar': 'una posición de más dentro del bloque: la fila es (i−1)·m + i',
  'quiz.kron.rowOnly':
    'solo la fila se movió al bloque {i}; la columna también se mueve al bloque {j}: (j−1)·n+j = {col}',
  'quiz.kron.columnOnly':
    'solo la columna se movió al bloque {j}; la fila también se mueve al bloque {i}: (i−1)·m+i = {row}',
  'quiz.kron.blockFirst':
    'esa es la primera entrada del bloque {block}; dentro del bloque, (A∘B)ᵢⱼ está en la posición (i, j)',
  'quiz.kron.blockLast':
    'esa es la última entrada del bloque {block}; dentro del bloque, (A∘B)ᵢⱼ está en la posición (i, j)',
  'quiz.kron.heading': '**Dentro del producto de Kronecker.**',
  'quiz.kron.ask':
    'A y B son {shape}, así que A⊗B es {big}, formada por bloques aᵢⱼ·B. ¿En qué fila y columna de A⊗B está **(A∘B){idx} = a{idx}b{idx}**?',
  'quiz.kron.whySubmatrix':
    'A∘B es la submatriz de A⊗B en las filas (i−1)·m+i y las columnas (j−1)·n+j: aquí las filas {rows} y las columnas {cols}.',
  'quiz.kron.whyHere':
    'Así que (A∘B){idx} está en {place}: el bloque {block} de A⊗B es a{idx}·B, y dentro de él la posición {block} es a{idx}·b{idx} = {fa}·{fb} = {value}.',
  'quiz.kron.whyRule':
    'Del bloque (i, j) la submatriz conserva la posición (i, j): el mismo lugar dentro del bloque que el bloque ocupa en A⊗B.',
  'misc.entry.ordinary-product': 'Tomó el producto usual AB (fila por columna)',
  'misc.entry.transposed-pairing': 'Emparejó aᵢⱼ con bⱼᵢ: se coló una transpuesta',
  'misc.entry.added': 'Sumó las entradas en vez de multiplicarlas',
  'misc.entry.mirrored-position': 'Leyó la posición simétrica (fila y columna cambiadas)',
  'misc.entry.reversed-product': 'Tomó el producto usual BA',
  'misc.entry.sign': 'Perdió un signo en el producto',
  'misc.entry.divided': 'Dividió las fracciones en vez de multiplicarlas',
  'misc.entry.extra-factor': 'Multiplicó por un factor de más',
  'misc.property.theorem-as-coincidence': 'Tomó una regla que siempre vale por una casualidad',
  'misc.property.theorem-doubted': 'Creyó que una regla que siempre vale falla aquí',
  'misc.property.square-only': 'Ató una regla elemento a elemento a matrices cuadradas',
  'misc.property.misread-entries': 'Leyó mal las entradas: aquí el enunciado se cumple',
  'misc.property.identity-is-i': 'Tomó I como neutro de ∘ (es J, la de unos)',
  'misc.property.hadamard-is-ordinary': 'Tomó A∘B por el producto usual AB',
  'misc.property.square-is-a2': 'Tomó A∘A por el cuadrado de matrices A²',
  'misc.psd.positive-entries': 'Creyó que entradas positivas implican semidefinida positiva',
  'misc.psd.positive-diagonal': 'Creyó que una diagonal positiva basta',
  'misc.psd.witness-missed': 'No vio un vector x con xᵀMx < 0',
  'misc.psd.negative-entries': 'Creyó que las entradas negativas lo impiden',
  'misc.psd.pivots-misread': 'Leyó mal los pivotes: ninguno es negativo',
  'misc.psd.singular-as-definite': 'Tomó una matriz semidefinida singular por definida',
  'misc.psd.definite-as-singular': 'Tomó una matriz definida por singular',
  'misc.psd.symmetry-missed': 'No vio que M es simétrica',
  'misc.psd.symmetry-ignored': 'Juzgó sin comprobar la simetría',
  'misc.schur.hypothesis-missed': 'No vio que ambos factores son semidefinidos (Schur se aplica)',
  'misc.schur.theorem-doubted': 'No confió en el teorema del producto de Schur',
  'misc.schur.factor-misjudged': 'Juzgó no semidefinido un factor que sí lo es',
  'misc.schur.promise-without-hypothesis': 'Invocó la promesa de Schur sin su hipótesis',
  'misc.schur.product-misjudged': 'Juzgó mal si A∘B es semidefinida positiva',
  'misc.schur.theorem-backwards': 'Leyó el teorema del producto de Schur al revés',
  'misc.oppenheim.bounds-misjudged': 'Juzgó mal las cotas: det(A) va con ∏bᵢᵢ',
  'misc.oppenheim.inequality-reversed': 'Invirtió la desigualdad de Oppenheim',
  'misc.oppenheim.equality-missed': 'No vio un caso de igualdad (diagonal, c·J, singular)',
  'misc.oppenheim.equality-assumed': 'Supuso igualdad donde la cota es estricta',
  'misc.oppenheim.schur-forgotten': 'Olvidó que A∘B es semidefinida si A y B lo son',
  'misc.trace.dropped-transpose': 'Calculó tr(AB): se perdió la transpuesta',
  'misc.trace.diagonal-only': 'Sumó solo la diagonal de A∘B',
  'misc.trace.product-of-traces': 'Tomó tr(A)·tr(B)',
  'misc.trace.sum-of-ab': 'Sumó las entradas de AB en vez de las de A∘B',
  'misc.trace.product-of-sums': 'Multiplicó las sumas de A y de B',
  'misc.trace.added': 'Sumó las entradas en vez de multiplicarlas',
  'misc.trace.sign': 'Perdió un signo en la suma',
  'misc.kronecker.zero-based': 'Usó la fórmula desde 0 con i, j desde 1',
  'misc.kronecker.transposed-in-block': 'Transpuso la posición dentro del bloque',
  'misc.kronecker.block-start': 'Empezó el bloque i en la fila i·m en vez de (i−1)·m',
  'misc.kronecker.top-left-block': 'Buscó en el bloque superior izquierdo a₁₁·B',
  'misc.kronecker.m-n-mixed': 'Confundió m y n',
  'misc.kronecker.row-column-swapped': 'Intercambió fila y columna',
  'misc.kronecker.off-by-one': 'Se desvió en uno dentro del bloque',
  'misc.kronecker.half-moved': 'Movió solo la fila o solo la columna',
  'misc.kronecker.block-corner': 'Tomó una esquina del bloque, no la posición (i, j)',
  'quiz.closedNote': 'El quiz {id} está cerrado: su mensaje ya muestra la respuesta.',
  'quiz.revealedNote': 'Revelado: el mensaje del quiz ya muestra la respuesta.',
  'quiz.yourAnswerMark': '{choice} ← tu respuesta',
  'quiz.closedByTime': 'Cerrado al acabarse el tiempo: {choice} {label} · {right} de {answered} acertaron',
  'quiz.closedByTimeFigure':
    'Cerrado al acabarse el tiempo: {choice} {label} · {right} de {answered} acertaron · la figura de la solución está en el hilo',
  'quiz.revealedEarly': 'Revelado antes de tiempo: {choice} {label} · {right} de {answered} acertaron',
  'quiz.revealedEarlyFigure':
    'Revelado antes de tiempo: {choice} {label} · {right} de {answered} acertaron · la figura de la solución está en el hilo',

  // ── errors (continued) ────────────────────────────────────────────────────────────────────────────────────────────────
  // Files and images attached to a command (parse/attachments.ts, file-format.ts, file-table.ts, file-matrix.ts): the
  // file's name, the row, column, line and byte numbers, the bytes shown and the examples stay as they are.
  'err.file.unnamed': 'el archivo',
  'err.file.tooLarge': '{file} ocupa {size}; los archivos adjuntos pueden ocupar como máximo {limit}',
  'err.file.tooLargeHint':
    'Envía un archivo más pequeño: matrices de hasta {side}×{side}, imágenes de hasta {image}×{image} píxeles.',
  'err.file.missing':
    '{n, plural, =1 {la primera matriz} =2 {la segunda matriz} =3 {la tercera matriz} =4 {la cuarta matriz} =5 {la quinta matriz} =6 {la sexta matriz} other {la matriz n.º #}} es @{k}, el {k, plural, =1 {primer} =2 {segundo} =3 {tercer} =4 {cuarto} =5 {quinto} =6 {sexto} other {n.º #}} archivo adjunto, pero {files, plural, =0 {no hay ningún archivo adjunto} =1 {solo hay un archivo adjunto} other {solo hay # archivos adjuntos}}',
  'err.file.otherFormat':
    '{file} es {format, select, gif {una imagen GIF} webp {una imagen WebP} bmp {una imagen BMP} tiff {una imagen TIFF} heic {una imagen HEIC/AVIF} pdf {un documento PDF} zip {un archivo zip (una hoja de cálculo .xlsx u .ods lo es)} gzip {un archivo gzip} other {un archivo .npy de NumPy}}, que no puedo leer{format, select, zip {: guarda primero la hoja como CSV} npy {: np.savetxt(…, delimiter=",") escribe un CSV} other {}}',
  'err.file.namedImage': '{file} tiene nombre o tipo de imagen, pero no es PNG ni JPEG: sus primeros bytes son {bytes}',
  'err.file.noBytes': 'ninguno (está vacío)',
  'err.file.empty': '{file} está vacío',
  'err.file.binary': '{file} no es un archivo de texto (tiene bytes NUL; sus primeros bytes son {bytes})',
  'err.file.jsonObject': '{file} contiene un objeto JSON; una matriz es un arreglo JSON de filas',
  'err.file.jsonObjectHint': 'Ejemplo: [[2,3],[4,1]] (en Python: json.dump(a.tolist(), f)).',
  'err.file.notUtf8':
    '{file} no es texto UTF-8 (el byte {byte} es 0x{hex}): leo CSV, TSV y JSON como UTF-8, e imágenes PNG o JPEG',
  'err.file.noNumbers': '{file} no contiene ningún número',
  'err.file.noNumbersHint':
    'Un archivo de matriz necesita al menos una fila de números. Ejemplo: a.csv con 2,3 y 4,1 en dos líneas.',
  'err.file.longLine':
    '{file} tiene una línea de {length} caracteres (línea {line}); las matrices de archivos pueden ser como máximo de {max}×{max}',
  'err.file.tooManyEntries':
    '{file} tiene más de {max} entradas en la fila {row}; las matrices de archivos pueden ser como máximo de {max}×{max}',
  'err.file.tooManyInRow':
    '{file} tiene más de {max} entradas en su única fila; las matrices de archivos pueden ser como máximo de {max}×{max}',
  'err.file.tooManyRows':
    '{file} tiene más de {max} filas; las matrices de archivos pueden ser como máximo de {max}×{max}',
  'err.file.tooLargeTableHint': 'Envía una parte más pequeña de la matriz (como máximo {max} filas y {max} columnas).',
  'err.file.row': 'fila {row}',
  'err.file.rowLine': 'fila {row} (línea {line})',
  'err.file.cell': '{row}, columna {col} de {file}',
  'err.file.cellTooLong': '{cell} tiene más de {max} caracteres',
  'err.file.cellTooLongHint':
    'Los números se guardan exactos hasta 2000 dígitos; escribe los más largos redondeados (p. ej. 3.14159265358979).',
  'err.file.quoteOpen': '{cell}: una comilla abierta en la línea {line} nunca se cierra',
  'err.file.ragged':
    'la {row} de {file} tiene {n} {n, plural, one {entrada} other {entradas}}, pero la fila 1 tiene {cols}',
  'err.file.raggedHint':
    'Todas las filas necesitan el mismo número de entradas ({kind, select, csv {separadas por comas} tsv {separadas por tabuladores} semicolon {separadas por punto y coma} whitespace {separadas por espacios} other {JSON}}): busca un separador que falte o sobre en la fila {row}.',
  'err.file.header': 'la fila 1 de {file} parece un encabezado ({words}): el archivo debe contener solo números',
  'err.file.headerHint':
    'Borra la fila de encabezado (pandas: df.to_csv(f, index=False, header=False); NumPy: np.savetxt(f, a, delimiter=",")).',
  'err.file.cellError': '{cell}: {reason}',
  'err.file.emptyCell': 'la celda está vacía',
  'err.file.numberHint':
    'Cada celda debe ser un número: 2, -1.5, 1/3, 2.5e-3 (también sqrt(2), pi). Ejemplo: a.csv con las dos líneas 2,3 y 4,1.',
  'err.file.outOfRange':
    '{cell} vale aproximadamente {size}, {direction, select, over {demasiado grande} other {demasiado pequeño}} para la coma flotante ({range}), y la matriz tiene demasiadas entradas para mantenerla exacta',
  'err.file.emptyRow': 'la fila {row} de {file} está vacía ([])',
  'err.file.json': '{file} no es una matriz JSON: {why} (línea {line})',
  'err.file.jsonHint':
    'Una matriz JSON es un arreglo de filas, cada una un arreglo de números. Ejemplo: [[2,3],[4,1]] (en Python: json.dump(a.tolist(), f)).',
  'err.file.json.stringOpen': 'una cadena en {cell} nunca se cierra',
  'err.file.json.stringLine': 'una cadena en {cell} sigue más allá del final de su línea',
  'err.file.json.object': '{cell} es un objeto JSON, no un número',
  'err.file.json.missing': 'falta {cell} (encontré {end, select, yes {el final del archivo} other {"{ch}"}})',
  'err.file.json.notNumber': '{cell} es "{token}", que no es un número JSON',
  'err.file.json.notNumberHint':
    'Escribe los números como lo hace JSON (2, -1.5, 2.5e-3), y todo lo demás entre comillas: [["1/3", "sqrt(2)"], [1, 2]].',
  'err.file.json.endsEarly': 'el archivo termina antes del "]" de cierre',
  'err.file.json.expected': 'esperaba "," o "]" pero encontré "{ch}"',
  'err.file.json.start': 'no empieza con "["',
  'err.file.json.rowNotArray': 'la fila {row} no es un arreglo (escribe cada fila entre corchetes: [[1,2],[3,4]])',
  'err.file.json.after': 'hay algo más después del "]" que cierra la matriz: "{text}"',
  'err.file.json.nested': '{cell} es otro arreglo: una matriz tiene dos niveles de corchetes, no tres',
  'err.file.json.nestedHint':
    'Una matriz JSON es un arreglo de filas, cada una un arreglo de números. Ejemplo: [[2,3],[4,1]].',
  // Images: their headers (file-format.ts) and their size.
  'err.image.unreadable': '{file} no es una imagen {format} legible: {why}',
  'err.image.header.endsInHeader': 'el archivo termina dentro de su cabecera',
  'err.image.header.firstChunk': 'su primer bloque no es la cabecera IHDR',
  'err.image.header.checksum': 'la cabecera está dañada (su suma de comprobación no coincide)',
  'err.image.header.size': 'la cabecera dice {width}×{height} píxeles',
  'err.image.header.segmentStart': 'el byte {byte} debería iniciar un segmento (0xFF) pero es 0x{hex}',
  'err.image.header.noFrame': 'no hay cabecera de trama (tamaño de la imagen) antes de los datos de la imagen',
  'err.image.header.segmentLength': 'un segmento en el byte {byte} tiene longitud {length}',
  'err.image.header.endsInFrame': 'el archivo termina dentro de su cabecera de trama',
  'err.image.header.frameSize':
    'la cabecera de trama dice {width}×{height} píxeles (una altura de 0 no está soportada)',
  'err.image.header.endsBeforeFrame': 'el archivo termina antes de su cabecera de trama (tamaño de la imagen)',
  'err.image.tooLarge':
    '{file} mide {width}×{height} píxeles; las imágenes pueden medir como máximo {max}×{max} (comprobado en la cabecera, no se decodificó nada)',
  'err.image.tooLargeHint': 'Reduce la imagen a {max}×{max} píxeles como máximo y adjúntala de nuevo.',
  'err.image.tooLargeMatrix':
    '{file} mide {width}×{height} píxeles; como matriz, una imagen puede medir como máximo {max}×{max}',
  'err.image.tooLargeMatrixHint': 'Reduce la imagen a {max}×{max} píxeles como máximo para usarla como matriz.',
  'err.png.hint':
    'El archivo está dañado o cortado (una subida o una copia que se detuvo antes de tiempo): vuelve a exportarlo o descargarlo, como PNG o JPEG, de hasta 1024×1024 píxeles.',
  'err.png.signature': '{file} no empieza con la firma PNG',
  'err.png.cut.chunkHeader': '{file} está cortado: termina dentro de la cabecera del bloque {index}',
  'err.png.chunkType':
    '{file} está dañado: el bloque {index} (en el byte {byte}) no tiene un tipo válido (sus bytes no son cuatro letras)',
  'err.png.chunkLength': '{file} está dañado: el bloque {type} declara una longitud de {length} bytes',
  'err.png.cut.inChunk': '{file} está cortado: termina dentro del bloque {type} (están {there} de sus {length} bytes)',
  'err.png.crc':
    '{file} está dañado: el bloque {type} tiene una suma de comprobación incorrecta (su CRC no coincide con sus bytes)',
  'err.png.firstChunk': '{file} está dañado: su primer bloque es {type}, no la cabecera IHDR',
  'err.png.secondHeader': '{file} está dañado: tiene una segunda cabecera IHDR',
  'err.png.twoPalettes': '{file} está dañado: tiene dos paletas (bloques PLTE)',
  'err.png.paletteAfterData': '{file} está dañado: su paleta (PLTE) viene después de los datos de la imagen',
  'err.png.paletteLength':
    '{file} está dañado: su paleta (PLTE) tiene {length} bytes, no 3 por color para 1 a 256 colores',
  'err.png.grayPalette': '{file} está dañado: una imagen en escala de grises no puede tener paleta (PLTE)',
  'err.png.twoTransparencies': '{file} está dañado: tiene dos bloques de transparencia (tRNS)',
  'err.png.transparencyAfterData':
    '{file} está dañado: su transparencia (tRNS) viene después de los datos de la imagen',
  'err.png.dataSplit': '{file} está dañado: sus datos de imagen (bloques IDAT) están separados por otro bloque',
  'err.png.noPalette': '{file} está dañado: una imagen con paleta sin su paleta (PLTE)',
  'err.png.endNotEmpty': '{file} está dañado: su bloque IEND contiene {length} bytes (debería estar vacío)',
  'err.png.criticalChunk': '{file} usa un bloque {type} que no conozco y que hace falta para leer la imagen',
  'err.png.cut.afterSignature': '{file} está cortado: termina justo después de la firma PNG',
  'err.png.noData': '{file} no tiene datos de imagen (ningún bloque IDAT)',
  'err.png.cut.beforeData': '{file} está cortado: termina antes de sus datos de imagen',
  'err.png.afterEnd': '{file} tiene {bytes} bytes después de su final (el bloque IEND); quizá sean dos archivos unidos',
  'err.png.afterStream':
    '{file} está dañado: sus datos de imagen tienen {bytes} bytes después del final de su flujo comprimido',
  'err.png.tooLong': '{file} está dañado: sus datos de imagen son más largos que sus {rows} filas',
  'err.png.stopsEarly': '{file} está dañado: sus datos de imagen terminan antes de tiempo: {rows} de {total} filas',
  'err.png.stopsEarlyInterlaced':
    '{file} está dañado: sus datos de imagen terminan antes de tiempo: {rows} de las {total} filas de sus 7 pasadas entrelazadas',
  'err.png.cut.rows': '{file} está cortado: {rows} de {total} filas',
  'err.png.cut.rowsInterlaced': '{file} está cortado: {rows} de las {total} filas de sus 7 pasadas entrelazadas',
  'err.png.cut.stream': '{file} está cortado: sus datos de imagen comprimidos terminan antes de su final',
  'err.png.cut.data': '{file} está cortado: sus datos de imagen terminan antes de tiempo',
  'err.png.adler': '{file} está dañado: sus datos de imagen tienen una suma de comprobación incorrecta (Adler-32)',
  'err.png.zlib': '{file} está dañado: sus datos de imagen no son un flujo comprimido (zlib) válido',
  'err.png.cut.noEnd':
    '{file} está cortado: termina después de sus datos de imagen, sin el bloque IEND que cierra un PNG',
  'err.png.headerLength': '{file} está dañado: su cabecera IHDR tiene {length} bytes, no 13',
  'err.png.headerSize': '{file} está dañado: su cabecera dice {width}×{height} píxeles',
  'err.png.colourType': '{file} está dañado: su cabecera indica el tipo de color {type} (PNG tiene 0, 2, 3, 4 y 6)',
  'err.png.depth':
    '{file} está dañado: {colour, select, gray {una imagen en escala de grises} rgb {una imagen RGB} palette {una imagen con paleta} grayAlpha {una imagen en escala de grises con alfa} other {una imagen RGBA}} no puede tener {depth} bits por muestra (puede tener {depths})',
  'err.png.compression': '{file} está dañado: su cabecera indica el método de compresión {method} (PNG solo tiene 0)',
  'err.png.filterMethod': '{file} está dañado: su cabecera indica el método de filtrado {method} (PNG solo tiene 0)',
  'err.png.interlaceMethod':
    '{file} está dañado: su cabecera indica el método de entrelazado {method} (PNG tiene 0 y 1)',
  'err.png.transparencyBeforePalette': '{file} está dañado: su transparencia (tRNS) viene antes de su paleta (PLTE)',
  'err.png.transparencySize':
    '{file} está dañado: su bloque de transparencia (tRNS) no corresponde a {colour, select, gray {una imagen en escala de grises} rgb {una imagen RGB} palette {una imagen con paleta} grayAlpha {una imagen en escala de grises con alfa} other {una imagen RGBA}} ({length} bytes)',
  'err.png.filterType': '{file} está dañado: la fila {row} tiene el tipo de filtro {filter} (PNG tiene de 0 a 4)',
  'err.png.filterTypeInterlaced':
    '{file} está dañado: la fila {row} (contando las filas de todas las pasadas entrelazadas) tiene el tipo de filtro {filter} (PNG tiene de 0 a 4)',
  'err.png.paletteIndex':
    '{file} está dañado: el píxel (fila {row}, columna {column}) usa el color {colour} de una paleta de {colours} colores',
  'err.jpeg.hint':
    'El archivo está dañado o cortado (una subida o una copia que se detuvo antes de tiempo): vuelve a exportarlo o descargarlo, como PNG o JPEG, de hasta 1024×1024 píxeles.',
  'err.jpeg.soi': '{file} no empieza con el marcador de inicio JPEG (SOI)',
  'err.jpeg.cut.beforeData': '{file} está cortado: termina antes de sus datos de imagen',
  'err.jpeg.cut.noEnd': '{file} está cortado: termina después de sus datos de imagen, sin el marcador de fin (EOI)',
  'err.jpeg.markerByte': '{file} está dañado: el byte {byte} debería iniciar un marcador (0xFF) pero es 0x{hex}',
  'err.jpeg.cut.marker': '{file} está cortado: termina dentro de un marcador',
  'err.jpeg.endBeforeFrame': '{file} está dañado: termina (EOI) antes de su cabecera de trama (tamaño de la imagen)',
  'err.jpeg.endBeforeScan': '{file} está dañado: termina (EOI) antes de cualquier dato de imagen (SOS)',
  'err.jpeg.noScan': '{file} está dañado: sus datos de imagen no tienen ningún barrido para el componente {component}',
  'err.jpeg.secondStart': '{file} está dañado: un segundo marcador de inicio (SOI) en el byte {byte}',
  'err.jpeg.restartOutside':
    '{file} está dañado: un marcador de reinicio en el byte {byte} está fuera de los datos de imagen',
  'err.jpeg.markerZero': '{file} está dañado: el byte {byte} debería iniciar un marcador pero va seguido de 0x00',
  'err.jpeg.cut.segmentHeader': '{file} está cortado: termina dentro del segmento {segment}',
  'err.jpeg.segmentLength': '{file} está dañado: el segmento {segment} en el byte {byte} tiene longitud {length}',
  'err.jpeg.cut.segment':
    '{file} está cortado: termina dentro del segmento {segment} (están {there} de sus {length} bytes)',
  'err.jpeg.restartInterval':
    '{file} está dañado: el segmento {segment} en el byte {byte} (intervalo de reinicio) tiene {length} bytes, no 4',
  'err.jpeg.secondFrame': '{file} está dañado: tiene una segunda cabecera de trama ({marker})',
  'err.jpeg.coding':
    '{file} usa la codificación JPEG {kind, select, lossless {sin pérdida} arithmetic {aritmética} other {jerárquica}} ({marker}), que no leo; los JPEG baseline y progresivos sirven',
  'err.jpeg.dac': '{file} usa JPEG con codificación aritmética (un segmento DAC), que no leo',
  'err.jpeg.dnl': '{file} declara su altura después de los datos de imagen (un segmento DNL), lo que no leo',
  'err.jpeg.scanBeforeFrame':
    '{file} está dañado: sus datos de imagen (SOS) vienen antes de su cabecera de trama (tamaño de la imagen)',
  'err.jpeg.reserved':
    '{file} está dañado: el segmento {segment} en el byte {byte} es un marcador que JPEG reserva ({marker})',
  'err.jpeg.quantPrecision':
    '{file} está dañado: el segmento {segment} en el byte {byte} (tabla de cuantización) indica precisión {precision}, tabla {table}',
  'err.jpeg.quantShort':
    '{file} está dañado: el segmento {segment} en el byte {byte} (tabla de cuantización) es demasiado corto',
  'err.jpeg.quantZero':
    '{file} está dañado: el segmento {segment} en el byte {byte} (tabla de cuantización {table}) tiene una entrada 0',
  'err.jpeg.huffmanClass':
    '{file} está dañado: el segmento {segment} en el byte {byte} (tabla de Huffman) indica clase {class}, tabla {table}',
  'err.jpeg.huffmanShort':
    '{file} está dañado: el segmento {segment} en el byte {byte} (tabla de Huffman) es demasiado corto',
  'err.jpeg.huffmanCount':
    '{file} está dañado: el segmento {segment} en el byte {byte} (tabla de Huffman) declara {count} códigos',
  'err.jpeg.huffmanOverfull':
    '{file} está dañado: el segmento {segment} en el byte {byte} (tabla de Huffman) tiene más códigos de los que caben',
  'err.jpeg.frameShort':
    '{file} está dañado: el segmento {segment} en el byte {byte} (cabecera de trama) es demasiado corto',
  'err.jpeg.precision': '{file} tiene muestras de {bits} bits; solo leo JPEG de 8 bits',
  'err.jpeg.frameSize': '{file} está dañado: su cabecera de trama dice {width}×{height} píxeles',
  'err.jpeg.components': '{file} está dañado: su cabecera de trama declara {count} componentes de color',
  'err.jpeg.frameLength':
    '{file} está dañado: el segmento {segment} en el byte {byte} (cabecera de trama) tiene una longitud incorrecta',
  'err.jpeg.sampling':
    '{file} está dañado: el componente {component} de su cabecera de trama tiene muestreo {h}×{v}, tabla {table}',
  'err.jpeg.componentIds': '{file} está dañado: dos componentes tienen el id {id}',
  'err.jpeg.scanLength':
    '{file} está dañado: el segmento {segment} en el byte {byte} (cabecera de barrido) tiene una longitud incorrecta',
  'err.jpeg.scanProgressive':
    '{file} está dañado: el segmento {segment} en el byte {byte} (cabecera de barrido) tiene parámetros progresivos en un JPEG secuencial',
  'err.jpeg.spectral':
    '{file} está dañado: el segmento {segment} en el byte {byte} (cabecera de barrido) tiene selección espectral {from}–{to}',
  'err.jpeg.scanComponent':
    '{file} está dañado: el segmento {segment} en el byte {byte} nombra el componente {id}, que la trama no tiene',
  'err.jpeg.scanComponentTwice':
    '{file} está dañado: el segmento {segment} en el byte {byte} nombra el componente {id} dos veces',
  'err.jpeg.quantMissing': '{file} está dañado: la tabla de cuantización {table} se usa pero nunca se define',
  'err.jpeg.huffmanMissing':
    '{file} está dañado: el segmento {segment} en el byte {byte} usa una tabla de Huffman que nunca se define',
  'err.jpeg.restartOrder':
    '{file} está dañado: el marcador de reinicio {restart} en el byte {byte} está fuera de orden',
  'err.jpeg.cut.data': '{file} está cortado: termina dentro de sus datos de imagen',
  'err.jpeg.cut.rows': '{file} está cortado: sus datos de imagen terminan en la fila {row} de {height}',
  'err.jpeg.interrupted':
    '{file} está dañado: sus datos de imagen terminan en la fila {row} de {height} (un marcador en el byte {byte} los interrumpe)',
  'err.jpeg.invalidCode':
    '{file} está dañado: sus datos de imagen tienen un código no válido cerca del byte {byte} (fila {row} de {height})',
  'err.jpeg.coefficient':
    '{file} está dañado: sus datos de imagen contienen un coeficiente fuera de rango cerca del byte {byte} (fila {row} de {height})',
  'err.jpeg.restartMissing':
    '{file} está dañado: falta el marcador de reinicio {restart} en el byte {byte} (fila {row} de {height})',
  'err.jpeg.cut.afterData':
    '{file} está cortado: termina justo después de sus datos de imagen, sin el marcador de fin (EOI)',
  'err.jpeg.afterLastBlock':
    '{file} está dañado: sus datos de imagen siguen después de su último bloque (en el byte {byte})',

  // ── notices ───────────────────────────────────────────────────────────────────────────────────────────────────────────
  // The CLI's --attach errors (a path that is not a readable regular file) and its --run-due report.
  'notice.cli.cannotRead': 'no se puede leer {path}: {why}',
  'notice.cli.noSuchFile': 'no existe ese archivo',
  'notice.cli.notRegular':
    'es {kind, select, changed {un archivo que cambió mientras se abría} directory {un directorio} fifo {una tubería con nombre (FIFO)} device {un dispositivo} socket {un socket} other {algo que no es un archivo}}, no un archivo regular',
  'notice.cli.attachHint': 'Da la ruta de un archivo CSV, TSV, JSON, PNG o JPEG: hadamard --attach a.csv "psd @1"',
  'notice.cli.ran':
    '{n, plural, one {Se ejecutó {n} comando programado} other {Se ejecutaron {n} comandos programados}} para {when}:',
  'notice.cli.nothingDue': 'No había nada programado para {when}.',
  'notice.cli.runLine': '- {id} ({platform} {channel}): {command} — {ok, select, yes {publicado} other {falló}}',
  'notice.cli.runDueNoCommand': '--run-due no admite ningún comando; recibí "{text}"',
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
  'notice.cli.noLatex': '(esta respuesta no muestra matrices, así que no tiene LaTeX; sigue su texto)',

  // ── page ──────────────────────────────────────────────────────────────────────────────────────────────────────────────
  // The playground server's API errors and hints (src/bot/local/server.ts), in the request's language (its `locale`,
  // else Accept-Language): examples in {example} and the JSON, curl and form syntax stay as they are.
  'page.api.eg': 'p. ej. {example}',
  'page.api.send': 'Envía {example}.',
  'page.api.retryHint': 'Espera {seconds} s y luego pulsa ↑ y Enter para enviarlo de nuevo.',
  'page.api.closingHint': 'Recarga la página dentro de un minuto.',
  'page.api.faultHint': 'Prueba otro comando; si este sigue fallando, informa del id de error {id}.',
  'page.api.badLocale': '"locale" debe ser uno de {locales}, no {value}.',
  'page.api.badTheme': '"theme" debe ser "light" o "dark", no {value}.',
  'page.api.badWidth': '"width" debe ser un número entero de píxeles CSS de 1 a {max}, no {value}.',
  'page.api.badWidthHint': 'p. ej. {example} para figuras mostradas en una columna de 376 px',
  'page.api.formTooLarge': 'El formulario ocupa más de {size}.',
  'page.api.formTooLargeHint': 'Adjunta como máximo {max} archivos de como máximo {size} cada uno.',
  'page.api.bodyTooLarge': 'El cuerpo de la petición ocupa más de {limit} bytes.',
  'page.api.bodyTooLargeHint': 'Envía un solo comando de como máximo 4000 caracteres como {shape}, p. ej. {example}.',
  'page.api.badJson': 'El cuerpo no es JSON válido.',
  'page.api.notObject': 'El cuerpo debe ser un objeto con una cadena "text".',
  'page.api.badForm': 'El cuerpo no es un formulario multipart válido.',
  'page.api.incomplete': 'El formulario terminó antes de su final.',
  'page.api.incompleteHint': 'Vuelve a enviar el formulario completo.',
  'page.api.fieldTooLarge': 'El campo "{name}" del formulario ocupa más de 64 KB.',
  'page.api.fileField': 'Cada parte "file" debe ser un archivo.',
  'page.api.textFile': 'El "text" del formulario debe ser un campo, no un archivo.',
  'page.api.fileTooLarge': '{name} ocupa más de {size}; los archivos adjuntos pueden ocupar como máximo {size}.',
  'page.api.tooManyFiles': 'Llegaron más de {max} archivos con el comando; como máximo se admiten {max} (@1 y @2).',
  'page.api.tooManyFilesHint': 'Adjunta uno o dos archivos.',
  'page.api.noText': 'El formulario no tiene "text" ni ningún archivo.',
  'page.api.method': '{method} no está permitido aquí.',
  'page.api.methodHint': 'Usa {method}.',
  'page.api.methodsHint': 'Usa {first} o {second}.',
  'page.api.stale': 'Esta página la sirvió una ejecución anterior del playground.',
  'page.api.staleHint': 'Recarga la página y vuelve a enviar el comando.',
  'page.api.noToken':
    'Se aceptan comandos desde la página del playground, o desde un script que se identifique en una cabecera X-Hadamard-Client.',
  'page.api.mediaType':
    'El cuerpo debe ser JSON (Content-Type: application/json), o un formulario con archivos (multipart/form-data).',
  'page.api.uploadsBusy': 'El playground ya está leyendo {n} archivos; vuelve a intentarlo en {seconds} s.',
  'page.api.wrongHost': 'Este playground solo responde en 127.0.0.1 o localhost.',
  'page.api.wrongHostHint': 'Abre http://127.0.0.1 con el puerto que mostró.',
  'page.api.figureGone': 'Esta figura ya no se guarda (el servidor solo guarda en memoria las figuras recientes).',
  'page.api.figureGoneHint': 'Vuelve a enviar el comando para dibujarla de nuevo.',
  'page.api.notFound': 'No hay nada en {path}.',
  'page.api.notFoundHint': 'El playground está en /.',
  'page.api.internal': 'Lo sentimos, algo salió mal de nuestro lado (id de error {id}).',
  'page.api.crossSite': 'Solo se aceptan comandos desde esta página.',
  'page.api.crossSiteHint': 'Abre la propia página.',
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
