/** Brazilian Portuguese: the catalogue of en.ts, key for key, placeholder for placeholder. */
import type { Catalogue } from './index.js';

export const ptBR: Catalogue = {
  // ── help ──────────────────────────────────────────────────────────────────────────────────────────────────────
  'help.title': 'ajuda do hadamard-bot',
  'help.summary': 'Calcule e aprenda o produto de Hadamard (entrada a entrada): /hadamard A B, ou primeiro um comando.',
  'help.verbs': 'Comandos',
  'help.try': 'Experimente',
  'help.examples': 'Exemplos',
  'help.how': 'Como funciona',
  'help.verbTitle': 'ajuda de {verb}',
  'help.noHelp': 'não há ajuda para {word}',
  'help.noHelpVerbs': 'não há ajuda para {word}; os comandos são {verbs}',
  'help.matrixSyntax':
    'Matrizes: `[[2,3],[4,1]]` ou `[2 3; 4 1]`; uma lista simples `[1,2,3]` é uma linha. Entradas: `2`, `-1.5`, `1/3`, `2.5e-3`, `2*sqrt(3)/5`, `pi/4`, e as funções `sin cos tan exp log abs` (`cos(pi/3)` é exatamente 1/2, `log` é o logaritmo natural). Construtores: `eye(3)` `I3`, `ones(2,3)` `J3`, `hilbert(4)`, `pascal(4)`, `diag(1,2,3)`, `kms(4, 1/2)` (ρ^|i−j|), `gauss(4, 2)` (exp(−(i−j)²/s²)), `hann(5)` (uma janela, como linha), `causal(4)` (uns na diagonal e abaixo dela), `toeplitz(1, 1/2, 1/4)` (simétrica). Rótulos opcionais `A=…` e operadores `∘ .* * o` entre as matrizes. Até 6 matrizes, de no máximo 12×12 cada. Inteiros, decimais e frações são exatos.',
  'verb.product.description': 'Produto entrada a entrada (de Hadamard) de 2 a 6 matrizes do mesmo tamanho',
  'verb.schur.description': 'Teorema do produto de Schur: A, B e A∘B são semidefinidas positivas? Contraste com AB',
  'verb.psd.description': 'Esta matriz é semidefinida positiva? Veredito exato com certificado',
  'verb.oppenheim.description': 'Desigualdade de Oppenheim det(A∘B) ≥ det(A)·∏bᵢᵢ nos dois sentidos, e a de Hadamard',
  'verb.props.description': 'Verifique comutatividade, associatividade, distributividade, neutro J e transposta',
  'verb.relate.description': 'Relações com o produto usual: caso diagonal, diag(a)b, identidade do traço, A⊗B',
  'verb.apply.description': 'As aplicações, ao vivo: window, mask, gate, taper, image (exemplo embutido ou seus dados)',
  'verb.explain.description': 'A teoria, para estudantes do segundo ano: definition, schur, oppenheim, applications…',
  'verb.help.description': 'Como usar o bot, com exemplos que funcionam ao colar',
  'verb.quiz.description':
    'Pergunta de múltipla escolha para o canal: entry, property, psd, schur, oppenheim, trace, kronecker',
  'verb.answer.description': 'Responda a um quiz pelo id e pela sua escolha (os botões sob o quiz fazem o mesmo)',
  'verb.reveal.description': 'Encerre um quiz agora: a resposta certa, quem acertou e a solução detalhada',
  'verb.scores.description':
    'Ranking do canal, desta semana ou de sempre: pontos, acertos e sequências; pin o mantém publicado',
  'verb.settings.description':
    'Ver ou alterar ajustes do canal: private, figures, numbers, quiz_seconds, theme, timezone, language…',
  'verb.forget-me.description': 'Apague suas respostas e pontuações de quiz onde quer que o bot as guarde',
  'verb.schedule.description':
    'Execute um comando neste canal automaticamente: daily, weekdays ou weekly, em um horário local',
  'verb.me.description': 'Seu progresso, em particular: pontos, acertos por tema, seus equívocos, o que praticar',
  'verb.practice.description':
    'Pergunta particular só para você, do seu tema mais fraco, a menos que escolha um; fora do ranking',
  'verb.class.description': 'Para gestores do canal: participação, acertos e equívocos da semana; exportar como CSV',

  // ── explain ───────────────────────────────────────────────────────────────────────────────────────────────────
  'explain.overview.title': 'O produto de Hadamard em seis ideias',
  'explain.overview.summary':
    'Uma linha por ideia: o que é o produto, sua álgebra, dois teoremas, suas relações e seus usos.',
  'explain.overview.more': "Cada tema em detalhe: `/hadamard explain '<'topic'>'` com {topics}.",
  'explain.more': "Mais: `/hadamard explain '<'topic'>'` com {topics}.",
  'explain.unknown': '{word} não é um tema; os temas são {topics}',
  'explain.definition.title': 'O produto de Hadamard',
  'explain.definition.summary':
    'O produto de Hadamard multiplica duas matrizes do mesmo tamanho entrada por entrada: (A∘B)ᵢⱼ = aᵢⱼ·bᵢⱼ.',
  'explain.definition.body':
    'Tome duas matrizes A e B do mesmo tamanho m×n. O produto de Hadamard (ou de Schur, ou entrada a entrada) A∘B é a matriz m×n cuja entrada na linha i, coluna j é aᵢⱼ·bᵢⱼ. Nada é somado e nenhuma linha encontra uma coluna: cada posição fica por conta própria.\n```\n⎡ 2  3 ⎤   ⎡ 5  6 ⎤   ⎡ 10  18 ⎤\n⎣ 4  1 ⎦ ∘ ⎣ 7  8 ⎦ = ⎣ 28   8 ⎦\n```\nCompare com o produto usual AB, em que a entrada (i,j) é uma soma ao longo de uma linha inteira de A e de uma coluna inteira de B. O produto de Hadamard exige tamanhos iguais (não há broadcasting: uma matriz 1×2 e uma 2×1 não podem ser multiplicadas entrada a entrada). Experimente: `/hadamard [[2,3],[4,1]] [[5,6],[7,8]]`.',
  'explain.properties.title': 'Propriedades algébricas',
  'explain.properties.summary':
    'A multiplicação entrada a entrada herda as regras da multiplicação de números, posição por posição.',
  'explain.properties.body':
    '- Comutatividade: A∘B = B∘A\n- Associatividade: (A∘B)∘C = A∘(B∘C)\n- Distributividade: A∘(B+C) = A∘B + A∘C\n- Elemento neutro: a matriz de uns J, não a matriz identidade I: A∘J = A (enquanto A∘I mantém só a diagonal de A)\n- Transposta: (A∘B)ᵀ = Aᵀ∘Bᵀ\nCada uma vale porque vale para os números reais em cada posição. Verifique-as com suas próprias matrizes: `/hadamard props [[1,2],[3,4]] [[5,6],[7,8]] [[1,0],[0,1]]`.',
  'explain.schur.title': 'O teorema do produto de Schur',
  'explain.schur.summary':
    'Se A e B são semidefinidas positivas, A∘B também é; se ambas são definidas positivas, A∘B também é.',
  'explain.schur.body':
    'Uma matriz simétrica M é semidefinida positiva (M ⪰ 0) quando xᵀMx ≥ 0 para todo vetor x, e definida positiva quando xᵀMx > 0 para todo x ≠ 0. As matrizes de covariância são o exemplo do dia a dia.\n**Teorema (Schur).** Se A e B são matrizes n×n semidefinidas positivas, A∘B é semidefinida positiva; se A e B são definidas positivas, A∘B é definida positiva.\n**Por quê (esboço).** Escreva B em termos de seus autovetores: B = Σₖ λₖ vₖvₖᵀ com todo λₖ ≥ 0. Então bᵢⱼ = Σₖ λₖ (vₖ)ᵢ(vₖ)ⱼ e, para todo x,\n```\nxᵀ(A∘B)x = Σᵢⱼ aᵢⱼ bᵢⱼ xᵢ xⱼ = Σₖ λₖ (x∘vₖ)ᵀ A (x∘vₖ) ≥ 0\n```\npois cada λₖ ≥ 0 e cada (x∘vₖ)ᵀA(x∘vₖ) ≥ 0, já que A ⪰ 0.\nO produto usual **não** se comporta assim: para A e B semidefinidas positivas, AB nem precisa ser simétrica, muito menos semidefinida positiva. E se a hipótese falha (A ou B não é semidefinida positiva), o teorema não diz nada: A∘B pode ou não ser semidefinida positiva. Veja os dois casos com `/hadamard schur [[2,1],[1,2]] [[1,1],[1,1]]`.',
  'explain.oppenheim.title': 'A desigualdade de Oppenheim',
  'explain.oppenheim.summary': 'Para A e B semidefinidas positivas: det(A∘B) ≥ det(A)·∏bᵢᵢ, e também ≥ det(B)·∏aᵢᵢ.',
  'explain.oppenheim.body':
    '**Desigualdade de Oppenheim.** Para A e B matrizes n×n semidefinidas positivas, det(A∘B) ≥ det(A)·b₁₁b₂₂⋯bₙₙ. Trocando os papéis de A e B, obtém-se também det(A∘B) ≥ det(B)·∏aᵢᵢ.\n**Matrizes de correlação.** Se B tem diagonal unitária (uma matriz de correlação), o produto de sua diagonal é 1 e a cota fica det(A∘B) ≥ det(A): atenuar entrada a entrada por uma matriz de correlação nunca diminui o determinante.\n**A desigualdade de Hadamard** det(A) ≤ a₁₁a₂₂⋯aₙₙ para A semidefinida positiva é o caso particular A∘I: a identidade I é semidefinida positiva com det(I) = 1, A∘I = diag(a₁₁,…,aₙₙ), e Oppenheim dá ∏aᵢᵢ = det(A∘I) ≥ det(A)·1.\n**Igualdade.** Se A é diagonal, A∘B é diagonal com entradas aᵢᵢbᵢᵢ, então det(A∘B) = det(A)·∏bᵢᵢ exatamente. Se B = J (só uns, uma matriz de correlação singular), A∘J = A e, de novo, det(A∘B) = det(A)·1. O bot decide a igualdade de forma exata quando os dados são inteiros, decimais ou frações.\nExperimente: `/hadamard oppenheim [[2,1],[1,2]] [[3,1],[1,3]]` e `/hadamard oppenheim [[2,1],[1,2]] ones(2,2)`.',
  'explain.relations.title': 'Relações com o produto usual',
  'explain.relations.summary':
    'Matrizes diagonais, diag(a)·b, a identidade do traço e o produto de Kronecker ligam ∘ aos produtos usuais.',
  'explain.relations.body':
    '- **Matrizes diagonais:** se A e B são ambas diagonais, A∘B = AB. É um dos raros casos em que os dois produtos coincidem.\n- **Vetores:** a∘b = diag(a)·b: multiplicar entrada a entrada por a é o mesmo que multiplicar pela matriz diagonal que tem a na diagonal.\n- **Identidade do traço:** tr(AᵀB) = 1ᵀ(A∘B)1 = Σᵢⱼ aᵢⱼbᵢⱼ, o produto interno de Frobenius: some todas as entradas de A∘B.\n- **Produto de Kronecker:** A∘B é uma submatriz de A⊗B: para matrizes m×n, tome as linhas 1, m+2, 2m+3, … e as colunas 1, n+2, 2n+3, … (as posições (i−1)·m+i e (j−1)·n+j).\nVeja as quatro com seus números: `/hadamard relate [[1,2],[3,4]] [[5,6],[7,8]]`.',
  'explain.applications.title': 'Onde o produto de Hadamard é usado',
  'explain.applications.summary':
    'Sempre que cada posição deve ser tratada isoladamente: estatística, aprendizado de máquina, sinais e imagens.',
  'explain.applications.body':
    '- **Atenuação de covariâncias ou tapering (estatística):** multiplica-se uma matriz de covariância entrada a entrada por uma matriz de correlação de suporte compacto para zerar os pares distantes. Pelo teorema do produto de Schur, a matriz atenuada continua semidefinida positiva, portanto ainda é uma covariância válida; da mesma forma, a correlação espacial ∘ temporal constrói covariâncias espaço-temporais.\n- **Portas e máscaras de atenção (aprendizado de máquina):** uma porta g ∈ [0,1]ⁿ de uma LSTM ou GRU escala um estado entrada a entrada, g∘c; uma máscara de atenção multiplica (ou soma −∞ a) as pontuações entrada a entrada para ocultar posições.\n- **Funções janela (processamento de sinais):** antes de uma transformada de Fourier, o sinal é multiplicado amostra a amostra por uma janela (Hann, Hamming) para reduzir o vazamento espectral; o mascaramento espectral multiplica um espectrograma entrada a entrada.\n- **Filtragem pixel a pixel (imagens):** uma máscara ou uma imagem de ganho por pixel multiplica uma imagem entrada a entrada: correção de vinheta, máscaras alfa, edições seletivas.\nExperimente uma máscara pequena: `/hadamard [[0.9,0.5],[0.5,0.9]] [[1,1],[0,1]]`, ou veja cada uma ao vivo com uma figura: `/hadamard apply window`, `apply mask`, `apply gate`, `apply taper`, `apply image`.',

  // ── product ───────────────────────────────────────────────────────────────────────────────────────────────────
  'product.title': 'Produto de Hadamard',
  'product.summary': '{name} = {matrix} ({shape}, {kind})',
  'product.kindExact': 'exato',
  'product.kindCertified': 'certificado',
  'product.kindNumerical': 'numérico',
  'product.entryByEntry':
    'Entrada a entrada: {worked}.\nCada entrada é multiplicada pela entrada na mesma posição, e nada mais.',
  'product.asDecimals': 'Em decimais (cada dígito mostrado é provado): {matrix}',
  'product.noteRational': 'Aritmética racional exata.',
  'product.noteExact':
    'Aritmética exata: raízes quadradas e potências de π ou de e são mantidas exatas, como escritas.',
  'product.noteCertified':
    'Aritmética certificada: valores conhecidos só por meio de intervalos (exp, log, funções trigonométricas de outros argumentos, π junto com e) são mostrados com os dígitos que seus intervalos provam.',
  'product.noteCertifiedSwitched':
    'Aritmética certificada: números longos demais para serem mantidos exatos são mostrados com os dígitos que seus intervalos provam.',
  'product.noteFloat':
    'Resposta numérica (ponto flutuante): os números são valores em precisão dupla lidos de um arquivo, acima do limite para a aritmética exata.',
  'product.noteFloatSwitched':
    'Resposta numérica (ponto flutuante): os números eram longos demais para serem mantidos exatos (mais de 2000 dígitos em uma entrada ou 4000 em uma matriz), então o motor passou para ponto flutuante.',
  'productFig.title': 'Produto de Hadamard {name}',
  'productFig.subtitle': '{count} matrizes de tamanho {shape}',
  'productFig.worked': 'Entrada ({i}, {j}) calculada passo a passo',
  'productFig.rule': 'Multiplique as entradas na mesma posição: {rule}',
  'productFig.heatNote': 'Dígitos demais para uma só figura: algumas matrizes são mostradas como mapas de cores. ',
  'productFig.exactShortened':
    'Aritmética exata. Números longos são abreviados aqui (≈); a resposta em texto os traz completos.',
  'productFig.exact': 'Aritmética exata.',
  'productFig.certified': 'Intervalos certificados: cada dígito mostrado é provado.',
  'productFig.float': 'Dados em ponto flutuante: números arredondados para exibição.',
  'productFig.altShapeHeat':
    'Produto de Hadamard de {count} matrizes {shape}, {name}, desenhadas como mapas de cores (roxo negativo, laranja positivo).',
  'productFig.altShapeGrid':
    'Produto de Hadamard de {count} matrizes {shape}, {name}, desenhadas como grades de números.',
  'productFig.altWorked': 'Entrada ({i}, {j}) calculada passo a passo: {factors} = {value}.',
  'productFig.altRule': 'Cada entrada do produto é o produto das entradas na mesma posição.',
  'productFig.altColours':
    'Cada entrada do produto é o produto das entradas na mesma posição; posições correspondentes compartilham uma cor e a entrada calculada aparece contornada.',

  // ── verdicts ──────────────────────────────────────────────────────────────────────────────────────────────────
  'verdict.pd': 'definida positiva',
  'verdict.psd': 'semidefinida positiva (singular, posto {rank})',
  'verdict.psdRank': 'semidefinida positiva, posto {rank}',
  'verdict.psdSingular': 'semidefinida positiva (singular)',
  'verdict.not_psd': 'não semidefinida positiva',
  'verdict.not_symmetric': 'não simétrica',
  'verdict.not_square': 'não quadrada',
  'verdict.undecided': 'indeterminada',
  'verdict.undecidedLong': 'indeterminada: uma quantidade é igual a 0 até o limite de precisão',
  'verdict.none': 'não calculada',
  'verdict.notDecided': 'não decidida',

  // ── certificates and eigenvalues ──────────────────────────────────────────────────────────────────────────────
  'cert.undecided': 'Indeterminado: {words}',
  'cert.witness': 'Testemunha: x = {x} dá xᵀ{label}x = {value} < 0.',
  'cert.minor':
    'Certificado: o menor principal 2×2 nas linhas {i} e {j} é negativo: {product} < {square} (um vetor testemunha não caberia em ponto flutuante).',
  'cert.diagonalPd':
    'Certificado: {label} é diagonal, então seus autovalores são suas entradas diagonais: todos positivos.',
  'cert.diagonalPsd':
    'Certificado: {label} é diagonal, então seus autovalores são suas entradas diagonais: todos ≥ 0, {rank} deles positivos.',
  'cert.ldlt':
    'Certificado: {label} = PᵀLDLᵀP (LDLᵀ com pivoteamento simétrico) com D = diag({pivots}), todos os pivôs ≥ 0.',
  'cert.ldltPsd':
    'Certificado: {label} = PᵀLDLᵀP (LDLᵀ com pivoteamento simétrico) com D = diag({pivots}), todos os pivôs ≥ 0, {rank} deles positivos.',
  'cert.cholesky':
    'Certificado: após balancear com potências de dois, B = S{label}S (com o mesmo veredito que {label}) menos {tolerance}·I tem uma fatoração de Cholesky em precisão dupla, e as cotas de arredondamento dessa fatoração são menores que {tolerance}: todos os autovalores de B são positivos{shown}.',
  'cert.choleskyLowest': ' (seu menor autovalor é aproximadamente {value})',
  'eigen.approxZero': '≈0 (|λ| < {bound})',
  'eigen.positiveBelow': '0 < λ < {bound}',
  'eigen.between': 'em [{lo}, {hi}]',

  // ── arithmetic notes ──────────────────────────────────────────────────────────────────────────────────────────
  'note.rational': 'Aritmética racional exata: cada veredito acima é decidido de forma exata.',
  'note.exact':
    'Aritmética exata: as entradas são racionais, raízes quadradas e polinômios em π ou em e, em que o 0 é decidido de forma exata e cada sinal por intervalos refinados até haver certeza.',
  'note.certified':
    'Aritmética certificada: {why}, então cada sinal acima é provado com intervalos refinados até 1000 dígitos; nada se perde por arredondamento, e o que fica a menos de 10⁻¹⁰⁰⁰ de 0 é declarado indeterminado.',
  'note.certifiedSwitched':
    'alguns números são longos demais para serem mantidos exatos (mais de 2000 dígitos em uma entrada ou 4000 em uma matriz)',
  'note.certifiedWhy':
    'algumas entradas só são conhecidas por meio de intervalos (exp, log ou funções trigonométricas de outros argumentos, π junto com e)',
  'note.float':
    'Ponto flutuante com provas: {why}, então os vereditos são decididos em precisão dupla com cotas rigorosas para cada arredondamento (uma fatoração de Cholesky deslocada prova que a matriz é definida positiva, e garante-se que o xᵀMx de uma testemunha é negativo); o que essas cotas não conseguem separar de 0 é declarado indeterminado.',
  'note.floatSwitched':
    'os números eram longos demais para serem mantidos exatos (mais de 2000 dígitos em uma entrada ou 4000 em uma matriz)',
  'note.floatWhy':
    'as matrizes são números em precisão dupla lidos de um arquivo, acima do limite para a aritmética exata',
  'note.decimalPoint':
    'As matrizes são escritas da mesma forma em todos os idiomas, inclusive em português: o ponto `.` é o separador decimal e a vírgula `,` separa as entradas (`[[1.5, 2]]`).',
  'words.exact': 'aritmética exata',
  'words.certified': 'intervalos certificados',
  'words.float': 'ponto flutuante',

  // ── schur: the answer ─────────────────────────────────────────────────────────────────────────────────────────
  'schur.title': 'Teorema do produto de Schur',
  'schur.verdicts': 'Vereditos',
  'schur.theorem': 'O teorema',
  'schur.proof': 'Esboço da demonstração, verificado',
  'schur.line': '- {name}: **{verdict}**',
  'schur.lineNotSymmetricAB':
    ' (então não pode ser semidefinida positiva: o produto usual de matrizes simétricas não precisa ser simétrico)',
  'schur.lineSymmetricPart':
    ' (ser semidefinida positiva é uma propriedade das matrizes simétricas; sua parte simétrica é {verdict})',
  'schur.lineNotComputed':
    '- {name}: não calculada: {where} seria da ordem de {size}, além do alcance do ponto flutuante',
  'schur.anEntry': 'uma entrada',
  'schur.smallest': ', menor autovalor {value}',
  'schur.summaryStrong': '{a} e {b} são definidas positivas, então {ab} é definida positiva (Schur) — e de fato é.',
  'schur.summaryPsd':
    '{a} e {b} são semidefinidas positivas, então {ab} é semidefinida positiva (Schur) — e de fato é: {verdict}.',
  'schur.theoremOk':
    'A hipótese é satisfeita, então o teorema do produto de Schur garante {ab} {rel} 0, e a verificação confirma.',
  'schur.theoremUndecided':
    'A hipótese é satisfeita, então o teorema do produto de Schur garante {ab} {rel} 0; a verificação direta fica indeterminada (uma quantidade igual a 0 até {digits} dígitos), o que o teorema resolve.',
  'schur.theoremBug': 'A hipótese é satisfeita, mas a verificação discorda: por favor, relate isto como um bug.',
  'schur.summaryOpen':
    'Não está decidido se {a} e {b} são ambas semidefinidas positivas (uma quantidade é igual a 0 até o limite de precisão), então o teorema do produto de Schur não é aplicado nem descartado; {ab} é {verdict}.',
  'schur.theoremOpen': 'A hipótese ({a} ⪰ 0 e {b} ⪰ 0) fica indeterminada aqui: veja os vereditos acima.',
  'schur.failing': '{name} é {verdict}',
  'schur.summaryFails': 'O teorema do produto de Schur não se aplica ({failing}); mesmo assim, {ab} é {verdict}.',
  'schur.whyNotSymmetric':
    ' Ser semidefinida positiva é uma propriedade das matrizes simétricas, então uma matriz de entrada não simétrica não pode satisfazê-la.',
  'schur.theoremFails':
    'A hipótese ({a} ⪰ 0 e {b} ⪰ 0) não é satisfeita, então o teorema não promete nada aqui.{why} Sem a hipótese, {ab} pode ou não ser semidefinida positiva; aqui ela é {verdict}.',
  'schur.contrastRange':
    'O produto usual {ord} fica aqui além do alcance do ponto flutuante, então não é comparado; o produto de Hadamard preserva a magnitude de cada entrada, enquanto o usual soma n delas.',
  'schur.contrastLuck':
    'O produto usual {ord} acaba sendo {verdict} aqui, mas é sorte: para A e B semidefinidas positivas, AB nem precisa ser simétrica.',
  'schur.contrastNot':
    'O produto usual {ord} é {verdict}: o produto usual não preserva a propriedade de ser semidefinida positiva; o de Hadamard preserva.',
  'schur.proofBody':
    'Com {b} = Σₖ λₖ vₖvₖᵀ: xᵀ({ab})x = Σₖ λₖ (x∘vₖ)ᵀ{a}(x∘vₖ). Para x = ({x}): lado esquerdo {lhs}, lado direito {rhs} — {agree} (ponto flutuante). Quando todo λₖ ≥ 0 e {a} ⪰ 0, cada termo é ≥ 0.',
  'schur.agree': 'coincidem',
  'schur.disagree': 'NÃO coincidem',

  // ── schur: the figure ─────────────────────────────────────────────────────────────────────────────────────────
  'schurFig.statementStrong': '{a} ≻ 0 e {b} ≻ 0 ⇒ {ab} ≻ 0 (forma forte: definida positiva)',
  'schurFig.statement': '{a} ⪰ 0 e {b} ⪰ 0 ⇒ {ab} ⪰ 0',
  'schurFig.is': 'Vale {m} {rel} 0?',
  'schurFig.then': 'Então vale {m} {rel} 0?',
  'schurFig.and': 'e',
  'schurFig.applies': 'o teorema se aplica',
  'schurFig.notApplies': 'o teorema não se aplica',
  'schurFig.claimStrong': '{a} e {b} são definidas positivas, então {ab} é definida positiva',
  'schurFig.claim': '{a} e {b} são semidefinidas positivas, então {ab} é semidefinida positiva',
  'schurFig.indeed': '; de fato, {fact}',
  'schurFig.isVerdict': '{name} é {verdict}',
  'schurFig.both': '{first} e {second}',
  'schurFig.fails': '✗ A hipótese não é satisfeita: {who}.',
  'schurFig.saysNothing': 'O teorema não diz nada sobre {ab} aqui; ela acaba sendo {verdict}.',
  'schurFig.luck': 'Aqui {ord} também acaba sendo semidefinida positiva.',
  'schurFig.needNot':
    'O produto de matrizes semidefinidas positivas não precisa ser semidefinido positivo, nem mesmo simétrico.',
  'schurFig.contrast': 'Contraste: o produto usual {ord}',
  'schurFig.about': 'O teorema de Schur trata do produto entrada a entrada {ab}, não de {ord}.',
  'schurFig.identity': 'Identidade da demonstração xᵀ({ab})x = Σₖ λₖ (x∘vₖ)ᵀ{a}(x∘vₖ), verificada para um x: {check}',
  'schurFig.exact': 'Aritmética exata; os autovalores são intervalos certificados, como evidência.',
  'schurFig.provedBy': 'Vereditos provados: {list}.',
  'schurFig.withEnclosures': '{m} com intervalos certificados',
  'schurFig.exactly': '{m} de forma exata',
  'schurFig.float': 'Ponto flutuante com cotas de arredondamento.',
  'schurFig.floatTolerance': 'Ponto flutuante com cotas de arredondamento, tolerância {tolerance}.',
  'schurFig.smallest': ' (menor autovalor {value})',
  'schurFig.alt1': 'Figura do teorema do produto de Schur, matrizes {shape}: {statement}.',
  'schurFig.altHolds': 'A hipótese é satisfeita, então o teorema se aplica.',
  'schurFig.altFails': 'A hipótese não é satisfeita, então o teorema não se aplica.',
  'schurFig.altContrast': 'Para contraste, o produto usual {ord} é {verdict}.',
  // ── psd (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── oppenheim (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── props (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── relate (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── apply (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── quiz (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── groups (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── errors (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'err.hint.empty_command': 'Experimente: {example} — ou `/hadamard help` para ver tudo o que o bot faz.',
  'err.hint.text_too_long': 'Envie matrizes menores (até 12×12) ou divida a pergunta em vários comandos.',
  'err.hint.unknown_verb':
    'Comandos: product, schur, psd, oppenheim, props, relate, apply, explain, help; em um canal também quiz, answer, reveal, scores, settings, forget-me, schedule. Exemplo: /hadamard schur [[2,1],[1,2]] [[1,1],[1,1]]',
  'err.hint.unknown_word':
    'As matrizes se escrevem [[2,3],[4,1]] ou [2 3; 4 1]; construtores: eye(3), ones(2,3), hilbert(4), pascal(4), diag(1,2,3), I3, J3, kms(4, 1/2), gauss(4, 2), hann(5), causal(4), toeplitz(1, 1/2, 0). Exemplo: {example}',
  'err.hint.unknown_topic':
    'Temas: definition, properties, schur, oppenheim, relations, applications. Exemplo: /hadamard explain schur',
  'err.hint.missing_operand': 'Escreva as matrizes uma depois da outra. Exemplo: {example}',
  'err.hint.too_many_operands': 'O produto aceita de 2 a 6 matrizes. Exemplo: /hadamard [1 2] [3 4] [5 6]',
  'err.hint.unbalanced_brackets':
    'Todo [ precisa do seu ]. Exemplo: [[2,3],[4,1]] (estilo JSON) ou [2 3; 4 1] (estilo MATLAB).',
  'err.hint.ragged_rows': 'Todas as linhas precisam do mesmo número de entradas. Exemplo: [[1,2,3],[4,5,6]] é 2×3.',
  'err.hint.empty_matrix': 'Uma matriz precisa de pelo menos uma entrada. Exemplo: [[2,3],[4,1]]',
  'err.hint.not_a_number':
    'As entradas são números como 2, -1.5, 1/3, 2.5e-3, ou expressões como 2*sqrt(3)/5, pi/4, cos(pi/3) e log(2).',
  'err.hint.division_by_zero':
    'A divisão por zero não é definida. Exemplo de entradas com frações: [[1/2, 1/3],[1/4, 1/5]]',
  'err.hint.bad_expression':
    'As entradas podem usar números, + - * / ^ ( ), pi, e e sqrt sin cos tan exp log abs. Exemplo: [[1/2, sqrt(2)],[cos(pi/3), exp(-1)]]',
  'err.hint.too_deep':
    'Simplifique a entrada: no máximo 32 parênteses, sinais ou potências aninhados. Exemplo: (1+2)*(3-4)/5',
  'err.hint.too_large': 'Use matrizes menores (até 12×12) ou números menores. Exemplo: hilbert(12) .* pascal(12)',
  'err.hint.bad_file':
    'Anexe um arquivo CSV ou TSV (uma linha de matriz por linha, só números, sem cabeçalho), um array JSON de linhas como [[2,3],[4,1]], ou uma imagem PNG ou JPEG. Exemplo: a.csv com as duas linhas 2,3 e 4,1.',
  'err.hint.missing_attachment':
    '@1 é o primeiro arquivo anexado, @2 o segundo. Exemplo: hadamard --attach a.csv --attach b.csv "schur @1 @2" (na CLI).',
  'err.hint.unavailable': 'Tente de novo em um minuto. Enquanto isso, os cálculos funcionam, por exemplo {example}',
  'err.hint.not_allowed':
    'Peça a quem administra este canal. Você sempre pode ver as configurações: /hadamard settings',
  'err.hint.needs_channel':
    'Os comandos de grupo de estudo (quiz, answer, reveal, scores, settings, forget-me) funcionam em um canal de chat, na página local ou na CLI. Exemplo: /hadamard quiz',
  'err.hint.missing_argument':
    'Escreva as palavras de que o comando precisa. Exemplos: /hadamard answer q7k2m9 b, /hadamard reveal q7k2m9',
  'err.hint.bad_argument':
    'Exemplos: /hadamard quiz schur hard, /hadamard answer q7k2m9 b, /hadamard scores all, /hadamard settings quiz_seconds 90',
  'err.hint.unknown_setting':
    'Configurações: private, figures, numbers, quiz_seconds, theme, speed_bonus, timezone, language. Exemplo: /hadamard settings quiz_seconds 90',
  'err.hint.out_of_range':
    'Números de qualquer tamanho são aceitos (1e400, exp(-1000)), mas não tamanhos cujo expoente tenha mais de 14 algarismos, como exp(1e20). Reescale as entradas (os veredictos de psd e schur não mudam quando uma matriz é multiplicada por um número positivo). Exemplo: /hadamard [[2*pi, 1],[1, 3]] [[1, 2],[2, 5]]',
  'err.hint.shape_mismatch':
    'O produto elemento a elemento precisa de matrizes do mesmo tamanho (sem broadcasting). Exemplo: [[1,2]] [[3,4]] (ambas 1×2).',
  'err.hint.not_square': 'Isto precisa de matrizes quadradas (n×n). Exemplo: /hadamard psd [[2,1],[1,2]]',
  'err.hint.not_vector': 'Escreva vetores como [1 2 3].',
  'err.hint.timeout':
    'Use números mais curtos ou matrizes menores; decimais com poucos algarismos ou frações pequenas são rápidos. Exemplo: /hadamard schur hilbert(6) pascal(6)',
  'err.layout': 'Erro ({code}): {message}\nDica: {hint}',
  'err.example': 'Exemplo: {example}',
  'err.where.matrix':
    '{n, plural, =1 {a primeira matriz} =2 {a segunda matriz} =3 {a terceira matriz} =4 {a quarta matriz} =5 {a quinta matriz} =6 {a sexta matriz} other {a matriz nº #}}',
  'err.where.command': 'o comando',
  'err.where.aMatrix': 'uma matriz',
  'err.command.tooLong': 'o comando tem {length} caracteres; o limite é {max}',
  'err.command.empty': 'o comando está vazio',
  'err.command.unknownVerb': '{word} (no caractere {at}) não é um comando que eu conheça',
  'err.command.unknownVerbClose':
    '{word} (no caractere {at}) não é um comando que eu conheça — você quis dizer "{close}"?',
  'err.command.tooManyFilesExact':
    '{verb} aceita exatamente {max} {max, plural, one {matriz} other {matrizes}}, e há {files} arquivos anexados: diga quais, por exemplo {example}',
  'err.command.tooManyFilesRange':
    '{verb} aceita de {min} a {max} matrizes, e há {files} arquivos anexados: diga quais, por exemplo {example}',
  'err.command.missingFile':
    '@{n} indica o {n, plural, =1 {primeiro} =2 {segundo} =3 {terceiro} =4 {quarto} =5 {quinto} =6 {sexto} other {nº #}} arquivo anexado, mas {files, plural, =0 {nenhum arquivo está anexado} one {só um arquivo está anexado} other {só # arquivos estão anexados}}',
  'err.command.tooFewOne': '{verb} precisa de uma matriz; encontrei {got, plural, =0 {nenhuma} one {só uma} other {#}}',
  'err.command.tooFewExact':
    '{verb} precisa de exatamente {min} matrizes; encontrei {got, plural, =0 {nenhuma} one {só uma} other {#}}',
  'err.command.tooFewAtLeast':
    '{verb} precisa de pelo menos {min} matrizes; encontrei {got, plural, =0 {nenhuma} one {só uma} other {#}}',
  'err.command.tooManyExact':
    '{verb} aceita exatamente {max} {max, plural, one {matriz} other {matrizes}}; encontrei {got}',
  'err.command.tooManyRange': '{verb} aceita de {min} a {max} matrizes; encontrei {got}',
  'err.command.emptyLabel': 'o rótulo {label} (no caractere {at}) não tem matriz depois do seu "="',
  'err.command.notAMatrix': '{word} (no caractere {at}) está onde deveria haver uma matriz',
  'err.command.notFinite': '{word} (no caractere {at}) não é um número: as entradas devem ser números reais finitos',
  'err.command.bareNumber':
    '{word} (no caractere {at}) é um número, não uma matriz: coloque as entradas entre colchetes',
  'err.command.unknownWord': 'não conheço {word} (no caractere {at})',
  'err.brackets.stray': 'o "{ch}" no caractere {at} não tem o "{want}" correspondente',
  'err.brackets.neverClosed': 'o "{open}" no caractere {at} nunca é fechado',
  'err.brackets.unmatched': '{where}: o "{ch}" no caractere {at} não tem o "{want}" correspondente',
  'err.brackets.mismatched': '{where}: o "{open}" no caractere {at} é fechado por um "{ch}" no caractere {closeAt}',
  'err.brackets.unclosed': '{where}: o "{open}" no caractere {at} nunca é fechado',
  'err.matrix.empty': '{where} está vazia',
  'err.matrix.emptyBrackets': '{where} está vazia ([])',
  'err.matrix.emptyRow': '{where}: a linha {row} está vazia',
  'err.matrix.entry': '{where}, entrada ({row},{col}): {reason}',
  'err.matrix.tooLarge': '{where} é {rows}×{cols}; o limite é {max}×{max}',
  'err.matrix.notAMatrix': '{where}: {word} não é uma matriz',
  'err.matrix.missingParen': '{where}: falta o ")" de {text}',
  'err.matrix.afterBuilder': '{where}: {word} inesperado depois de {name}(…)',
  'err.matrix.afterMatrix': '{where}: {word} inesperado depois da matriz',
  'err.matrix.diagEmpty': '{where}: diag() precisa de pelo menos uma entrada',
  'err.matrix.diagEntry': '{where}, entrada {k} de diag(…): {reason}',
  'err.matrix.zeros': '{where}: zeros(…) não é aceito (uma matriz nula zera todo produto)',
  'err.matrix.builderSizes':
    '{where}: {call} precisa de {ones, select, true {um ou dois números inteiros positivos} other {um número inteiro positivo}}',
  'err.matrix.oneSize': '{where}: {name}(…) aceita um só tamanho, por exemplo {name}(3)',
  'err.matrix.builderArgument': '{where}, {what} de {call}: {reason}',
  'err.matrix.argument': 'entrada {k}',
  'err.matrix.builderSize': '{where}: {call} precisa de um tamanho n, um número inteiro positivo',
  'err.matrix.arity': '{where}: {name}(…) aceita {k, plural, one {um argumento} other {# argumentos}}; recebeu {call}',
  'err.matrix.toeplitzEmpty': '{where}: toeplitz() precisa da sua primeira coluna',
  'err.matrix.gaussZero': '{where}: {call} precisa de s ≠ 0 (divide por s²)',
  'err.matrix.threeLevels': '{where}: as matrizes têm dois níveis de colchetes, não três',
  'err.matrix.betweenRows': '{where}: {word} inesperado entre as linhas (escreva cada linha entre colchetes)',
  'err.matrix.mixedRows': '{where}: mistura linhas entre colchetes com entradas soltas',
  'err.matrix.ragged':
    '{where}: a linha {row} tem {n} {n, plural, one {entrada} other {entradas}}, mas a linha 1 tem {cols}',
  'err.entry.character': 'o caractere "{ch}" não pode aparecer em um número',
  'err.entry.empty': 'uma entrada está vazia',
  'err.entry.shouldEnd': '{text} tem "{token}" onde deveria terminar',
  'err.entry.beyondAnySize':
    '{text} vale cerca de {size}: além de qualquer tamanho que este motor consegue representar (uma potência de dez com mais de 10¹⁴ algarismos no expoente)',
  'err.entry.tooDeep': '{text} tem mais de {max} parênteses, sinais ou potências aninhados',
  'err.entry.divByZero': '{text} divide por zero',
  'err.entry.divUndecided':
    '{text} divide por um valor igual a 0 até 1000 algarismos: pode ser exatamente 0, então o quociente não pode ser decidido',
  'err.entry.powUndecided':
    '{text} eleva um valor igual a 0 até 1000 algarismos a uma potência não inteira: não é possível decidir se está definido',
  'err.entry.notReal': '{text} não é um número real',
  'err.entry.endsEarly': '{text} termina cedo demais',
  'err.entry.needsParentheses': '{name} precisa de parênteses em {text}, por exemplo {example}',
  'err.notFinite': '{word} não é um número: as entradas devem ser números reais finitos',
  'err.entry.unknownWord': '{word} não é um número (permitidos: números, + - * / ^ ( ), pi, e e {functions})',
  'err.entry.numberExpected': '{text} tem "{token}" onde deveria haver um número',
  'err.entry.missing': 'falta um "{op}" em {text}',
  'err.function.undecided':
    '{call} precisa de {what, select, cosNonzero {que o cosseno do argumento não seja zero} positive {um argumento positivo} other {um argumento ≥ 0}}, e o argumento é igual a 0 até {digits, number} algarismos: pode ser exatamente 0, então não é possível decidir se {call} está definido',
  'err.function.logZero': '{call} é −∞, não um número: log(x) → −∞ quando x → 0',
  'err.function.logNegative': '{call} não é um número real: log só é definido para números positivos',
  'err.function.tanPole': '{call} não é definido: tan tem um polo em π/2 + kπ (ali cos vale 0)',
  'err.function.sqrtNegative': '{call} tira a raiz quadrada de um número negativo',
  'err.magnitude.huge': 'mais de 10^(10^15)',
  'err.magnitude.unknown': 'um número de tamanho desconhecido',
  'err.operands.noFile':
    '{n, plural, =1 {a primeira matriz} =2 {a segunda matriz} =3 {a terceira matriz} =4 {a quarta matriz} =5 {a quinta matriz} =6 {a sexta matriz} other {a matriz nº #}} é {ref}, um arquivo anexado, mas nenhum arquivo foi anexado a este comando',
  'err.operands.shapes':
    '{first} (a primeira matriz) é {firstShape}, mas {other} (a {n, plural, =2 {segunda} =3 {terceira} =4 {quarta} =5 {quinta} =6 {sexta} other {nº #}}) é {otherShape}; o produto elemento a elemento precisa de tamanhos iguais',
  'err.operands.notSquare':
    '{verb} precisa de matrizes quadradas, mas {label} (a {n, plural, =1 {primeira} =2 {segunda} =3 {terceira} =4 {quarta} =5 {quinta} =6 {sexta} other {nº #}} matriz) é {shape}',
  'err.deadline':
    'isto precisa de mais de {seconds} s de trabalho (frações exatas muito longas deixam a eliminação exata lenta)',
  'err.engine.unknownVerb': '{verb} não é um comando que eu conheça',
  'err.engine.needsChannel':
    '{verb} é um comando de grupo de estudo: guarda estado para um canal, então funciona no Slack, no Discord, na página local ou na CLI, não no motor sozinho',
  'err.engine.timeout': 'o cálculo levou mais de {seconds} s',
  'err.engine.beyondAnySize':
    'um número desta resposta vale cerca de 10^({log}): além de qualquer tamanho que este motor consegue representar',
  'err.engine.grewTooLarge': 'os números ficaram grandes demais para calcular com eles',
  'err.outOfRange.aNumber': 'um número desta resposta',
  'err.outOfRange.entryOf': 'a entrada ({row},{col}) de {quantity}',
  'err.outOfRange.about':
    '{what} valeria cerca de {size}, {direction, select, over {grande} other {pequeno}} demais para ponto flutuante ({range})',
  'err.outOfRange.leaves': '{what} sairia do intervalo do ponto flutuante ({range})',
  'err.floatRange': 'tamanhos não nulos de cerca de 4.9×10⁻³²⁴ até 1.8×10³⁰⁸',
  'err.image.undecodable': '{file} não pôde ser decodificado como imagem ({why})',
  'err.image.notImage': '{file} não é uma imagem PNG nem JPEG',
  'err.hint.image':
    'Anexe a própria imagem, exportada como PNG ou JPEG (uma captura de tela serve), de até 1024×1024 pixels.',
  'err.hint.bareNumber': 'Exemplo: [[2,3],[4,1]] (uma matriz 1×1 é [5])',
  'err.hint.builders': 'Construtores: {builders}.',
  'err.hint.builder':
    'Exemplo: {name, select, kms {kms(4, 1/2) (ρ^|i−j|: 1, 1/2, 1/4, 1/8 ao longo de uma linha)} gauss {gauss(4, 2) (exp(−(i−j)²/s²), potências exatas de e)} hann {hann(5) (a linha 0, 1/2, 1, 1/2, 0)} causal {causal(4) (uns na diagonal e abaixo dela)} other {toeplitz(1, 1/2, 1/4) (simétrica, primeira coluna 1, 1/2, 1/4)}}',
  'err.hint.mixedRows': 'Exemplo: [[1,2],[3,4]] ou [1 2; 3 4]',
  'err.hint.entryWords':
    'As entradas podem usar números, + - * / ^ ( ), pi, e, sqrt, sin, cos, tan, exp, log (natural; ln também) e abs. Exemplo: [[cos(pi/3), exp(-1)], [log(2), abs(-1/3)]]',
  'err.hint.log':
    'log (logaritmo natural, também ln) precisa de um número positivo. Exemplo: [[log(2), log(1/2)], [ln(e), 1]]',
  'err.hint.tan': 'tan é definida fora de π/2 + kπ. Exemplo: [[tan(pi/4), tan(pi/3)]]',
  'err.hint.sqrt': 'sqrt precisa de um número ≥ 0. Exemplo: [[sqrt(2), sqrt(1/4)]]',


  // ── notices (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── page (area marker: keep this line; add the area's keys below it) ─────────────────────────────

};
