// Which GraphQL requests are let in, and which of those are still owed an answer. Memory grows with the operations in
// flight, so past a bound a request is refused at once (503, Retry-After, OVERLOADED), before its body is read. Once
// the gateway drains, every new request is refused (503, SHUTTING_DOWN); those let in before are waited for, and
// whatever the drain cannot wait for is answered SHUTTING_DOWN, so that no accepted request loses its connection
// without an answer. /health, /ready and /metrics are other routes: they never count and are never refused here.
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';

import { type ErrorCode, errorResponseBody } from './errors.js';

/** What admission reports (implemented by the gateway's metrics). */
export interface AdmissionObserver {
  /** Operations holding a slot now (gauge). */
  operationsInFlight(count: number): void;
  operationRejected(reason: 'overloaded' | 'shutting_down'): void;
}

/** What an OVERLOADED refusal tells a client to wait: operations take milliseconds to seconds. */
const RETRY_AFTER_SECONDS = 1;

export class OperationAdmission {
  /** Operations holding a slot: let in, and either unanswered or still running. */
  private inFlight = 0;
  /** Requests let in whose response is neither sent nor abandoned by the client. */
  private readonly unanswered = new Set<FastifyReply>();
  /** Per request let in: takes a hold on its slot for the handler's run. */
  private readonly holds = new WeakMap<FastifyRequest, () => () => void>();
  private draining = false;
  private onAllAnswered: (() => void) | undefined;

  constructor(
    private readonly maxConcurrent: number,
    private readonly observer: AdmissionObserver,
  ) {}

  /** The GraphQL route's onRequest hook: lets the request in, or refuses it before its body is read. */
  readonly admit: onRequestAsyncHookHandler = async (request, reply) => {
    if (this.draining) return this.refuse(reply, 'SHUTTING_DOWN', 'This instance is shutting down; retry.');
    if (this.inFlight >= this.maxConcurrent) {
      void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      return this.refuse(reply, 'OVERLOADED', 'Too many operations in flight; retry shortly.');
    }
    this.letIn(request, reply);
  };

  /**
   * The route handler, holding its request's slot until it has finished: a client that goes away frees no slot
   * while its operation still runs, so closing connections cannot get more work in flight than the bound.
   */
  hold<Request extends FastifyRequest, Rest extends unknown[], Result>(
    handler: (this: FastifyInstance, request: Request, ...rest: Rest) => Result,
  ): (this: FastifyInstance, request: Request, ...rest: Rest) => Promise<Awaited<Result>> {
    const holds = this.holds;
    return async function (this: FastifyInstance, request: Request, ...rest: Rest): Promise<Awaited<Result>> {
      const release = holds.get(request)?.();
      try {
        return await handler.call(this, request, ...rest);
      } finally {
        release?.();
      }
    };
  }

  /** From now on every request is refused with SHUTTING_DOWN. */
  startDraining(): void {
    this.draining = true;
  }

  get unansweredCount(): number {
    return this.unanswered.size;
  }

  /** Resolves true once every request let in has been answered (or abandoned), false if `timeoutMs` passes first. */
  async allAnswered(timeoutMs: number): Promise<boolean> {
    if (this.unanswered.size === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const answered = await new Promise<boolean>((resolve) => {
      this.onAllAnswered = () => {
        resolve(true);
      };
      timer = setTimeout(
        () => {
          resolve(false);
        },
        Math.max(0, timeoutMs),
      );
    });
    clearTimeout(timer);
    this.onAllAnswered = undefined;
    return answered;
  }

  /** Answers every request still unanswered with SHUTTING_DOWN (its operation's own answer, if any, is dropped). */
  answerRemaining(): void {
    for (const reply of this.unanswered) {
      if (reply.sent || reply.raw.headersSent) continue;
      void answer(reply, 'SHUTTING_DOWN', 'This instance shut down before the operation finished; retry.');
    }
  }

  private letIn(request: FastifyRequest, reply: FastifyReply): void {
    this.unanswered.add(reply);
    this.observer.operationsInFlight(++this.inFlight);
    // The slot is held by the response until it closes (sent, or its connection lost) and by the handler while it
    // runs; it is free when both have let go. A request refused before its handler (a guard) holds it until closed.
    let holders = 1;
    const letGo = () => {
      if (--holders === 0) this.observer.operationsInFlight(--this.inFlight);
    };
    this.holds.set(request, () => {
      holders += 1;
      return once(letGo);
    });
    reply.raw.once('close', () => {
      this.unanswered.delete(reply);
      if (this.unanswered.size === 0) this.onAllAnswered?.();
      letGo();
    });
  }

  private refuse(reply: FastifyReply, code: 'OVERLOADED' | 'SHUTTING_DOWN', message: string): FastifyReply {
    this.observer.operationRejected(code === 'OVERLOADED' ? 'overloaded' : 'shutting_down');
    return answer(reply, code, message);
  }
}

/** A 503 in GraphQL's error shape; the connection closes, since the request's body may be unread. */
function answer(reply: FastifyReply, code: ErrorCode, message: string): FastifyReply {
  return reply.code(503).header('connection', 'close').send(errorResponseBody(code, message));
}

function once(action: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    action();
  };
}
