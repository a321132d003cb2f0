// Load from a test: many operations, a bounded number of them in flight at once.

/** Calls `task(0)` … `task(count - 1)` in order, at most `concurrency` at a time; resolves when all have finished. */
export async function inParallel(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
