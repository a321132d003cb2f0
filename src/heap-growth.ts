// How far V8 lets the old generation grow past what its last full collection kept before it collects again. Its own
// heuristic allows up to 4× while allocation is fast, and a gateway under load allocates fast: short-lived
// per-operation objects (result trees, upstream responses) outlive two young collections while their operations are
// in flight and are promoted. Ten cold dashboards at once grew the heap to ~150 MiB for ~36 MiB live (RSS 250–320
// MiB); at 2× (100%) RSS peaked at 184–193 MiB for the same CPU per dashboard and throughput, measured in turns.
// V8 reads the flag at each collection, so setting it once the process runs works; NODE_OPTIONS does not accept it.
import v8 from 'node:v8';

/** `HEAP_GROWTH_PERCENT`'s default: the old generation at most twice what the last full collection kept. */
export const DEFAULT_HEAP_GROWTH_PERCENT = 100;

/** 0 leaves V8's own heuristic. */
export function limitHeapGrowth(percent: number): void {
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${String(percent)}`);
}
