/**
 * The one command catalogue: the explicit list of verb modules (no file-system globbing). Each module carries its
 * catalogue entry (`spec`: name, aliases, grammar, options, examples) next to its computation and its figure.
 * From this list come the grammar's verbs, `run()`'s dispatch, the `help` answer, Discord's registration JSON, the
 * Slack app manifest and the README's command table (tests check they agree). Adding a verb: one module, one line
 * here. It lives in the engine (pure) because `help` and the parser need it; adapters import it.
 */
import answer from './verbs/answer.js';
import apply from './verbs/apply.js';
import classView from './verbs/class.js';
import explain from './verbs/explain.js';
import forgetMe from './verbs/forget-me.js';
import help from './verbs/help.js';
import me from './verbs/me.js';
import type { VerbContext, VerbModule, VerbSpec } from './verbs/module.js';
import oppenheim from './verbs/oppenheim.js';
import practice from './verbs/practice.js';
import product from './verbs/product.js';
import props from './verbs/props.js';
import psd from './verbs/psd.js';
import quiz from './verbs/quiz.js';
import relate from './verbs/relate.js';
import reveal from './verbs/reveal.js';
import schedule from './verbs/schedule.js';
import schur from './verbs/schur.js';
import scores from './verbs/scores.js';
import settings from './verbs/settings.js';
import type { Limits } from './limits.js';

export type { OptionSpec, VerbContext, VerbGrammar, VerbModule, VerbSpec } from './verbs/module.js';

/**
 * Every verb, in the order help and Discord list them: the pure verbs, then the study-group verbs (`group: true`),
 * which the group service answers with the channel's state (DESIGN §9).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each module is typed by its own data
const MODULES: readonly VerbModule<any>[] = [
  product,
  schur,
  psd,
  oppenheim,
  props,
  relate,
  apply,
  explain,
  help,
  quiz,
  answer,
  reveal,
  scores,
  settings,
  forgetMe,
  schedule,
  me,
  practice,
  classView,
];

/** The verbs' names. */
export const VERBS: readonly string[] = MODULES.map((m) => m.spec.verb);

/** Every spec; help's `verb` option offers every verb. */
export const CATALOGUE: readonly VerbSpec[] = MODULES.map((m) =>
  m.spec.verb === 'help'
    ? { ...m.spec, options: m.spec.options.map((o) => (o.choices ? { ...o, choices: VERBS } : o)) }
    : m.spec,
);

/** The catalogue entry of a verb. */
export function verbSpec(verb: string): VerbSpec {
  const spec = CATALOGUE.find((s) => s.verb === verb);
  if (!spec) throw new Error(`verb ${verb} missing from the catalogue`);
  return spec;
}

/** The module of a verb, or undefined for a word that is no verb. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the caller's command decides the data type
export function verbModule(verb: string): VerbModule<any> | undefined {
  return MODULES.find((m) => m.spec.verb === verb);
}

/** The spec a word names: a verb or one of its aliases (case-insensitive). */
export function findVerb(word: string): VerbSpec | undefined {
  const w = word.toLowerCase();
  return CATALOGUE.find((s) => s.verb === w) ?? CATALOGUE.find((s) => s.aliases?.includes(w));
}

/** The context every verb's code receives. */
export function verbContext(limits: Limits, images?: VerbContext['images']): VerbContext {
  return images?.size ? { limits, catalogue: CATALOGUE, images } : { limits, catalogue: CATALOGUE };
}
