/**
 * A full garbage collection in an engine worker once its heap passes a threshold, between commands (issue 20,
 * "bounded memory"). The exact and certified number code makes many short-lived BigInts; V8 promotes enough of them
 * that, left to its own heuristics, a worker's old generation grew to 50–90 MB of garbage (120 MB committed) before
 * V8 collected it, against 10–15 MB live. Collecting when the heap passes `thresholdMb` keeps it near the threshold;
 * it runs after a reply is posted, so no answer waits for it (notes/memory.md has the measurements).
 *
 * Node gives a worker no `gc()` (a worker's `execArgv` refuses `--expose-gc`), so the flag is set at run time and the
 * function taken from a fresh context, where V8 installs it. Where that fails, nothing is collected by hand.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Heap used (MB) past which a worker collects after a command. */
export const COLLECT_ABOVE_MB = 40;

export function exposeGc(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? () => (gc as () => void)() : undefined;
  } catch {
    return undefined;
  }
}

export interface HeapCollector {
  /** Call between commands: collects when the heap is past the threshold. Returns whether it did. */
  afterCommand(): boolean;
  readonly collections: number;
}

export function heapCollector(
  thresholdMb = COLLECT_ABOVE_MB,
  gc: (() => void) | null = exposeGc() ?? null,
  heapUsed: () => number = () => getHeapStatistics().used_heap_size,
): HeapCollector {
  let collections = 0;
  return {
    afterCommand() {
      if (!gc || heapUsed() <= thresholdMb * 2 ** 20) return false;
      gc();
      collections++;
      return true;
    },
    get collections() {
      return collections;
    },
  };
}
