// How tests start one of the bot's entry points as a process: the compiled JavaScript `npm start` runs
// (dist/src/bot/<name>.js) when dist/ is as new as src/ (npm test builds it first), which starts two to four times
// faster than src/bot/<name>.ts under tsx and takes less memory; else the TypeScript under tsx, with a note once, so
// a single test file run right after an edit still tests the edited code.
import { join } from 'node:path';
import { DIST_PROBLEM, ROOT } from './cli-harness.js';

let told = false;

/** The node arguments that run `src/bot/<name>.ts` (`main`, `discord/register`, …): compiled when fresh. */
export function entryArgs(name: string): string[] {
  if (DIST_PROBLEM === null) return [join(ROOT, 'dist', 'src', 'bot', `${name}.js`)];
  if (!told) console.log(`# ${DIST_PROBLEM}; meanwhile the bot runs from src/ under tsx (slower)`);
  told = true;
  return ['--import', import.meta.resolve('tsx'), join(ROOT, 'src', 'bot', `${name}.ts`)];
}
