// When, during a drain of SHUTDOWN_TIMEOUT_MS, operations still running are cut short, and when what is left is
// answered SHUTTING_DOWN: the end of the drain is kept for answering, so that no request accepted before the signal
// loses its connection without an answer.

/** The end of a drain kept for answering: a fifth of it, at most this long. */
const MAX_ANSWER_RESERVE_MS = 2_000;

export interface DrainSchedule {
  /** From the signal: the operations still running are cut short (their upstream requests end with SHUTTING_DOWN). */
  cutShortAtMs: number;
  /** From the signal: any request still unanswered is answered SHUTTING_DOWN. */
  answerAtMs: number;
  /** From the signal: the connections that remain are closed. */
  closeAtMs: number;
}

export function drainSchedule(drainMs: number): DrainSchedule {
  const reserve = Math.min(MAX_ANSWER_RESERVE_MS, Math.round(drainMs / 5));
  return { cutShortAtMs: drainMs - reserve, answerAtMs: drainMs - Math.round(reserve / 2), closeAtMs: drainMs };
}

/**
 * The shortest drain that cuts short no operation: every operation in flight at the signal ends by its deadline
 * (upstream waits included), so the drain must reach its cut-short point no sooner.
 */
export function minimumDrainMs(operationDeadlineMs: number): number {
  // The reserve is a fifth of the drain up to 10 s of drain, then MAX_ANSWER_RESERVE_MS.
  const shortDrain = Math.ceil((operationDeadlineMs * 5) / 4);
  return shortDrain < 5 * MAX_ANSWER_RESERVE_MS ? shortDrain : operationDeadlineMs + MAX_ANSWER_RESERVE_MS;
}
