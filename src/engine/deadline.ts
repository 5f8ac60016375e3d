/**
 * The per-command work limit (DESIGN §7: 2 s, then a clear error). Computation is synchronous
 * and single-threaded, so `run()` arms one deadline before computing and the long loops
 * (elimination steps, matrix products) call `checkDeadline()`; past it they throw a UserError
 * that `run()` turns into a `timeout` answer. Checks are per outer step: cheap and frequent enough.
 */
import { UserError } from './errors.js';
import { t } from './i18n/index.js';

let deadline = Infinity;
let budgetMs = 0;

/** What the deadline is measured on: wall time unless `armDeadline` is given another clock (ms). */
let now: () => number = () => performance.now();

/**
 * Arms the deadline `ms` from now on `clock` (wall time by default; the CLI, alone in its process, passes the
 * process's CPU time, so a busy machine does not turn a 300 ms computation into a timeout).
 */
export function armDeadline(ms: number, clock: () => number = () => performance.now()): void {
  now = clock;
  budgetMs = ms;
  deadline = now() + ms;
}

export function disarmDeadline(): void {
  deadline = Infinity;
}

/** Milliseconds left before the deadline (Infinity when none is armed): refinement loops stop early on it. */
export function msLeft(): number {
  return deadline - now();
}

export function checkDeadline(): void {
  if (now() > deadline) throw new UserError('timeout', () => t('err.deadline', { seconds: budgetMs / 1000 }));
}
