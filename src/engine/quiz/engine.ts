/**
 * How the quiz gets its answers: it runs the `worked` command's own verb, through the catalogue, on exact input, and
 * reads the verb's `data`. So a question's right answer and the worked solution a student sees at the reveal come
 * from the same code, and that code is the engine's, never a number written here.
 */
import { verbContext, verbModule } from '../catalogue.js';
import type { OppenheimData, ProductData, PropsData, PsdData, RelateData, SchurData } from '../data.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { parseCommand } from '../parse/command.js';

interface DataOf {
  product: ProductData;
  psd: PsdData;
  schur: SchurData;
  oppenheim: OppenheimData;
  props: PropsData;
  relate: RelateData;
}

/**
 * Parses `text` (a command of DESIGN §3's grammar) and runs its verb's compute; the verb must be `verb`. A failure is
 * a bug of the generator (its commands are built from exact matrices it made), so it throws.
 */
export function runWorked<V extends keyof DataOf>(verb: V, text: string): DataOf[V] {
  const parsed = parseCommand(text, DEFAULT_LIMITS);
  if (!parsed.ok) throw new Error(`quiz: the worked command "${text}" does not parse: ${parsed.message}`);
  if (parsed.value.verb !== verb) throw new Error(`quiz: "${text}" is a ${parsed.value.verb} command, not ${verb}`);
  const mod = verbModule(verb);
  if (!mod?.compute) throw new Error(`quiz: ${verb} does not compute`);
  const data = mod.compute(parsed.value, verbContext(DEFAULT_LIMITS)).data as DataOf[V] & { exact?: boolean };
  if (data.exact === false) throw new Error(`quiz: "${text}" was not computed exactly`);
  return data;
}
