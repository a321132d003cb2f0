// What stop() has to cut short itself: requests still waiting out an added delay, and requests a timeout fault
// never answers (fastify's close would otherwise wait for both).
import { setMaxListeners } from 'node:events';
import type { Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

import type { FastifyReply, FastifyRequest } from 'fastify';

export class Lifetime {
  /** Aborted by end(): ends pending delays at once. Every delayed request listens to it: no listener bound. */
  private readonly ending = new AbortController();
  /** Sockets of requests that a timeout fault never answers. */
  private readonly held = new Set<Socket>();

  constructor() {
    setMaxListeners(0, this.ending.signal);
  }

  /** true once `ms` have passed; false as soon as end() cuts the wait short. */
  async delay(ms: number): Promise<boolean> {
    try {
      await sleep(ms, undefined, { signal: this.ending.signal });
      return true;
    } catch {
      return false;
    }
  }

  /** Never answers; the socket stays open until the client gives up or end() destroys it. */
  hold(request: FastifyRequest, reply: FastifyReply): void {
    reply.hijack();
    const socket = request.raw.socket;
    this.held.add(socket);
    socket.once('close', () => this.held.delete(socket));
  }

  /** The emulator is stopping while this request waited: drop the connection. */
  abandon(request: FastifyRequest, reply: FastifyReply): void {
    reply.hijack();
    request.raw.socket.destroy();
  }

  end(): void {
    this.ending.abort();
    for (const socket of this.held) socket.destroy();
  }
}
