// The factor by which V8 lets the old generation grow past what its last full collection kept before it collects
// again. V8 picks it itself, between 1.1× and a maximum that depends on the heap's limit: up to 4× once the limit is
// 2 GiB or more (Node's default on a machine with 16 GiB or more), about 2× or less below that. A gateway under load
// allocates fast, and short-lived per-operation objects (result trees, upstream answers) outlive two young collections
// while their operations are in flight and are promoted: ten cold dashboards at once grew the heap to ~150 MiB for
// ~36 MiB live (RSS 250–320 MiB). At a fixed 2× (100%) RSS peaked at 184–193 MiB for the same CPU per dashboard and
// throughput, measured in turns. The flag replaces V8's choice, its more frugal ones included, so it is set only where
// V8 may choose more: with a heap limit of 2 GiB or more. V8 reads it at each full collection, so setting it once the
// process runs works (NODE_OPTIONS does not accept it); one given on Node's command line is left as it is.
import v8 from 'node:v8';

/** `HEAP_GROWTH_PERCENT`'s default: the next full collection once the old generation has doubled. */
export const DEFAULT_HEAP_GROWTH_PERCENT = 100;
/** V8 allows itself up to 4× from this heap limit on (its heap controller's maximum size, 64-bit). */
const LARGE_HEAP_LIMIT_BYTES = 2 * 1024 ** 3;
const FLAG = '--heap-growing-percent';

/**
 * Sets V8's heap growing factor to 1 + `percent`/100 where V8 would otherwise allow itself more; 0 leaves V8's own
 * choice. Returns the percent set, or null when it was not.
 */
export function setHeapGrowingPercent(percent: number): number | null {
  if (percent === 0) return null;
  if (process.execArgv.some((option) => option.startsWith(FLAG) || option.startsWith('--heap_growing_percent'))) {
    return null;
  }
  if (v8.getHeapStatistics().heap_size_limit < LARGE_HEAP_LIMIT_BYTES) return null;
  v8.setFlagsFromString(`${FLAG}=${String(percent)}`);
  return percent;
}
