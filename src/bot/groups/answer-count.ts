/**
 * The public quiz message shows how many have answered (never what): after each recorded answer the adapter asks for
 * an edit of the question, and this throttle turns a burst of clicks into at most one edit per interval per round
 * (the first at once, then one trailing edit for whatever came meanwhile). What an edit shows is read from the store
 * when it runs (GroupService.quizMessage), so it is right whichever instance runs it; this class only keeps timers,
 * per instance, bounded, never state two instances must share.
 *
 * The edit races the round's reveal, which replaces the same message: `editAnswerCount` below is the protocol that
 * makes the reveal win.
 */
import type { Logger } from 'pino';
import type { Answer, QuizData } from '../../engine/index.js';
import type { Round } from '../../store/types.js';
import type { GroupService } from './service.js';

/** Default spacing of edits of one question: Slack and Discord allow a few edits a second per channel. */
export const ANSWER_COUNT_EDIT_MS = 3_000;
/** Rounds followed at once by one instance (beyond it a new round's first edit waits for a free slot). */
const MAX_ROUNDS = 1_000;

interface Entry {
  timer: NodeJS.Timeout;
  /** Another answer came after the last edit started: one more edit is due at the end of the interval. */
  again: boolean;
}

export class ThrottledEdits {
  private readonly entries = new Map<string, Entry>();
  private readonly running = new Set<Promise<void>>();
  private stopped = false;

  constructor(private readonly options: { intervalMs?: number; edit: (key: string) => Promise<void>; log: Logger }) {}

  /** An answer was recorded for `key` (a round id): its message is edited now, or once the interval is over. */
  touch(key: string): void {
    if (this.stopped) return;
    const e = this.entries.get(key);
    if (e) {
      e.again = true;
      return;
    }
    if (this.entries.size >= MAX_ROUNDS) return;
    this.run(key);
    this.arm(key);
  }

  private arm(key: string): void {
    const timer = setTimeout(() => {
      const e = this.entries.get(key);
      if (e?.again && !this.stopped) {
        e.again = false;
        this.run(key);
        this.arm(key);
      } else this.entries.delete(key);
    }, this.options.intervalMs ?? ANSWER_COUNT_EDIT_MS);
    timer.unref();
    this.entries.set(key, { timer, again: false });
  }

  private run(key: string): void {
    const p = this.options
      .edit(key)
      .catch((err: unknown) => this.options.log.warn({ err, quiz: key }, 'could not update the quiz message count'))
      .finally(() => this.running.delete(p));
    this.running.add(p);
  }

  /** No more edits; waits for those running. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const e of this.entries.values()) clearTimeout(e.timer);
    this.entries.clear();
    await Promise.allSettled([...this.running]);
  }
}

/**
 * One edit of a question's count, safe against its reveal: the round is read open, the question edited, then read
 * again; if it closed meanwhile, the reveal's own edit may have come first and been overwritten, so the reveal's text
 * is put back (`restoreReveal`). If the second read still finds it open, the close (and so the reveal's edit) comes
 * after this edit, and wins.
 */
export async function editAnswerCount(
  groups: GroupService,
  roundId: string,
  edit: (m: { round: Round; answer: Answer; quiz: QuizData['quiz'] }) => Promise<void>,
  restoreReveal: (round: Round) => Promise<void>,
): Promise<void> {
  const m = await groups.quizMessage(roundId);
  if (!m) return;
  await edit(m);
  const after = await groups.store.getRound(roundId);
  if (after && after.closedAt !== null) await restoreReveal(after);
}
