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


  // ── notices (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'notice.restarting': 'O bot está reiniciando; tente de novo em um minuto.',
  'notice.rateLimited':
    'Você está enviando comandos rápido demais: o limite é {count} a cada {window} s. Tente de novo em {seconds} s.',
  'notice.busy': 'O bot está muito ocupado agora. Tente de novo em {seconds} s.',
  'notice.fault': 'Desculpe, algo deu errado do nosso lado (id do erro {id}). A equipe pode encontrá-lo nos logs.',
  'notice.needsChannel':
    '{verb} é um comando de grupo de estudo: ele precisa de um canal (Slack, Discord, a página local ou a CLI)',
  'notice.needsChannelHint':
    'Os comandos de grupo de estudo (quiz, answer, reveal, scores, settings, forget-me, me, practice, class) funcionam em um canal de chat, na página local ou na CLI. Exemplo: /hadamard quiz',
  'notice.timeout':
    'isto levou mais de {seconds} s de cálculo, então foi interrompido (frações exatas muito longas ou matrizes grandes deixam tudo lento)',
  'notice.timeoutHint':
    'Use números mais curtos ou matrizes menores; decimais com poucos dígitos ou frações pequenas são rápidos. Exemplo: /hadamard schur hilbert(6) pascal(6)',
  'notice.outOfMemory': 'isto precisou de mais memória do que um comando pode usar, então foi interrompido',
  'notice.outOfMemoryHint': 'Use matrizes menores (até 12×12) ou números menores. Exemplo: hilbert(12) .* pascal(12)',
  'notice.lost':
    'Desculpe: a instância do bot que processava seu comando parou antes de confirmar uma resposta. Se você não vir a resposta aqui, envie o comando de novo.',
  'notice.try': 'Tente: {hint}',
  'notice.fileTooLarge': '{name} tem {size}; arquivos anexados podem ter no máximo {limit}',
  'notice.fileTooLargeOver': '{name} tem mais de {limit}; arquivos anexados podem ter no máximo {limit}',
  'notice.fileTooLargeHint':
    'Envie um arquivo menor: matrizes até 256×256 (CSV, TSV ou JSON), imagens até 1024×1024 pixels.',
  'notice.fileHint':
    'Compartilhe um arquivo CSV, TSV, JSON, PNG ou JPEG com o bot em uma DM ou com uma menção: @hadamard-bot psd @1',
  'notice.fileTooMany': '{count} arquivos vieram com a mensagem; no máximo {max} podem ser usados de uma vez',
  'notice.fileGone': 'não é possível baixar {name} do Slack (foi apagado ou é um link externo)',
  'notice.fileNotSlack': '{name} não está no servidor de arquivos do Slack, então não é baixado',
  'notice.fileRetry': 'não foi possível baixar {name} do Slack; tente de novo',
  'notice.fileHttp': 'não foi possível baixar {name} do Slack (HTTP {status})',
  'notice.fileUnnamed': 'um arquivo',
  'notice.noToken': 'os arquivos compartilhados não podem ser lidos agora (este workspace não tem token)',
  'notice.noTokenHint': 'Reinstale o app neste workspace ou digite as matrizes.',
  'notice.slack.tooLong':
    '_(longo demais para uma mensagem do Slack: a matriz completa está no arquivo anexado `{file}`)_',
  'notice.slack.continued': '_(continua no arquivo anexado `{file}`)_',
  'notice.fullText': '{title} (texto completo)',
  'notice.slack.toDm':
    '_{what, select, both {A figura e o arquivo foram} file {O arquivo foi} other {A figura foi}} para as suas mensagens diretas comigo: o Slack não consegue anexar arquivos a uma mensagem que só você vê._',
  'notice.slack.privateNoFiles':
    '_Respostas privadas vêm sem figuras e arquivos: o Slack não consegue anexá-los a uma mensagem que só você vê. Com a configuração `private` do canal em off, as respostas são publicadas com eles._',
  'notice.slack.revealed': ':white_check_mark: Revelado: a mensagem do quiz agora mostra a resposta.',
  'notice.slack.updated': ':pencil2: Atualizado depois que a pergunta foi editada.',
  'notice.slack.notMember':
    ':information_source: Não sou membro deste canal, então não posso publicar {what, select, files {as figuras e os arquivos} other {respostas}} aqui. Convide-me com `/invite @hadamard-bot` (ou me mencione e o Slack vai oferecer isso).',
  'notice.slack.sendFailed': 'Desculpe, não consegui enviar a resposta (id do erro {id}).',
  'notice.slack.asked': '{user} perguntou {command}',
  'notice.slack.shortcut':
    '{user} usou _Hadamard this_ em {author, select, none {uma mensagem} other {uma mensagem de {author}}}',
  'notice.slack.edited': ':pencil2: {user} editou a pergunta; a nova resposta foi para essa pessoa em privado.',
  'notice.slack.noCommand': 'Esta resposta não traz mais o seu comando: execute-o de novo.',
  'notice.noLatex': 'Esta resposta não tem LaTeX.',
  'notice.slack.latexTooLong':
    ':warning: O LaTeX desta resposta é longo demais para uma mensagem do Slack; a CLI o imprime: `npx hadamard --latex …`.',
  'notice.discord.sendFailed': 'Desculpe, não foi possível enviar a resposta (id do erro {id}).',
  'notice.discord.quizClosed': 'O quiz {id} está fechado: a mensagem da pergunta agora mostra a resposta.',
  'notice.discord.sentByDm': '{title}: enviado para você por DM, porque é privado.',
  'notice.discord.noDm':
    '{title}: esta resposta é privada e não consegui enviá-la por DM (as DMs deste servidor estão desativadas?). Use `/hadamard {verb}` e eu respondo onde só você pode ver.',
  'notice.discord.unknownSubcommand': 'esta versão do bot não conhece este subcomando',
  'notice.discord.unknownSubcommandHint': 'Tente /hadamard help.',
  'notice.discord.unknown': 'Esta versão do bot não conhece isso. Tente `/hadamard help`.',
  'notice.discord.latexGone':
    'A pergunta desta resposta não existe mais (foi apagada ou está fora do meu alcance), então o LaTeX dela também não. Pergunte de novo.',
  'notice.discord.latexFile': 'O LaTeX não cabe em uma mensagem: aqui está ele como answer.tex.',
  'notice.discord.overflow': '*O resto da resposta está em {file}.*',
  'notice.discord.fullText': 'O texto completo da resposta: {title}',
  'notice.discord.exact': 'Aritmética exata (números racionais)',
  'notice.discord.float': 'Ponto flutuante (tolerância numérica)',
  'notice.discord.delete': 'Apagar',
  'notice.cli.figure': 'Figura: {path}',
  'notice.cli.file': 'Arquivo: {path}',
  'notice.cli.error': 'Erro ({code}): {message}\nDica: {hint}',
  'notice.cli.noLatex': '(esta resposta não mostra matrizes, então não tem LaTeX; segue o texto)',


  // ── page (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'page.title': 'hadamard-bot · playground local',
  'page.skip': 'Ir para a caixa de mensagem',
  'page.topic':
    'Um canal local com o {bot}: o produto de matrizes entrada a entrada (de Hadamard), exato. Nada sai desta máquina.',
  'page.language': 'Idioma das respostas',
  'page.languageTitle': 'Idioma da página e das respostas',
  'page.auto': 'Auto',
  'page.autoTitle': 'O idioma do navegador',
  'page.clear': 'Limpar',
  'page.clearDesc': 'Esquecer esta conversa neste navegador',
  'page.conversation': 'Conversa',
  'page.emptyTitle': 'Experimente o bot',
  'page.emptyLead': 'Digite duas matrizes do mesmo tamanho e pressione {enter}. O bot as multiplica entrada a entrada:',
  'page.emptyMore':
    'O `/hadamard` inicial é opcional; o estilo MATLAB `[2 3; 4 1]` e frações como `1/3` também funcionam. Outros comandos verificam teoremas (`schur`, `psd`, `oppenheim`) ou explicam a teoria (`explain`, `help`). Escolha um exemplo abaixo para começar.',
  'page.examples': 'Exemplos, um por comando',
  'page.examplesLabel': 'Exemplos:',
  'page.attachedFiles': 'Arquivos anexados',
  'page.attach': 'Anexar um arquivo',
  'page.attachDesc': 'Anexe até dois arquivos CSV, TSV, JSON, PNG ou JPEG, ou solte-os na página; @1 e @2 os nomeiam',
  'page.message': 'Mensagem para hadamard-bot',
  'page.placeholder': 'Digite uma mensagem',
  'page.send': 'Enviar',
  'page.keys':
    '{enter} envia · {shift}+{enter} nova linha · {up} na caixa vazia traz de volta o comando anterior · solte um arquivo para anexá-lo',
  'page.drop': 'Solte um arquivo CSV, TSV, JSON, PNG ou JPEG para anexá-lo',
  'page.you': 'Você',
  'page.said': '{who} disse',
  'page.figure': 'figura',
  'page.figureGone': 'A figura não está mais disponível',
  'page.figureGoneWhy':
    '(o servidor guarda só as figuras recentes, na memória; envie o comando de novo). Ela mostrava:',
  'page.openFull': 'abrir em tamanho real',
  'page.private': 'Só você pode ver',
  'page.answerQuiz': 'Responder ao quiz {id}',
  'page.download': 'Baixar {name}',
  'page.copyLatex': 'Copiar LaTeX',
  'page.copyLatexTitle': 'Copie esta resposta como LaTeX (bmatrix, \\frac, o veredito) para tarefas e anotações',
  'page.copied': 'Copiado',
  'page.copyBlocked': 'Não é possível copiar aqui: selecione o LaTeX abaixo.',
  'page.wrong': 'Algo deu errado.',
  'page.hint': 'Dica:',
  'page.dismiss': 'Dispensar',
  'page.working': '{bot} está trabalhando…',
  'page.unreachable': 'O servidor do playground não respondeu.',
  'page.unreachableHint': 'O `npm start` ainda está rodando? Inicie-o de novo e pressione ↑ e Enter.',
  'page.remove': 'Remover {name}',
  'page.removed': '{name} removido.',
  'page.notAFile': '{name} não é um arquivo CSV, TSV, JSON, PNG ou JPEG.',
  'page.fileTooLarge': '{name} tem {size}; os arquivos podem ter no máximo {max}.',
  'page.fileLeftOut': 'No máximo {max} arquivos (@1, @2): {name} ficou de fora.',
  'page.attached': 'Anexados: {files}.',
  'page.dark': 'Escuro',
  'page.light': 'Claro',
  'page.toDark': 'Mudar a página e suas figuras para o visual escuro',
  'page.toLight': 'Mudar a página e suas figuras para o visual claro',
  'page.toDarkTitle': 'Mudar para o visual escuro (as novas figuras são desenhadas para ele)',
  'page.toLightTitle': 'Mudar para o visual claro (as novas figuras são desenhadas para ele)',
  'page.chip': '{verb}: {description}. Preenche a caixa com {example}',

};
