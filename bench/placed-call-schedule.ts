// Calls placed on a schedule, as HighLevel sends webhooks: each on time, whether or not the previous one was answered.
// Every instant is epoch milliseconds with sub-millisecond precision (performance.timeOrigin + performance.now()),
// so that another process on the same machine can compare its own instants with them.
import type { Emulator } from '../src/emulator/server.js';

export interface PlacedCallTiming {
  id: string;
  locationId: string;
  contactId: string | null;
  agentId: string;
  /** Just before the call was stored and its webhook built, signed and POSTed. */
  sentAt: number;
  /** When the gateway's answer to the webhook arrived. */
  answeredAt: number;
  /** The gateway's status, or the reason it gave none. */
  status: number | string;
}

export function preciseNow(): number {
  return performance.timeOrigin + performance.now();
}

export async function placeCalls(
  emulator: Emulator,
  { locations, count, intervalMs }: { locations: string[]; count: number; intervalMs: number },
): Promise<PlacedCallTiming[]> {
  const start = performance.now();
  const placing: Promise<PlacedCallTiming>[] = [];
  for (let index = 0; index < count; index++) {
    const due = start + index * intervalMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const locationId = locations[index % locations.length] ?? '';
    const sentAt = preciseNow();
    placing.push(
      emulator.placeCall(locationId).then(({ callLog, deliveries }) => ({
        id: callLog.id,
        locationId,
        contactId: callLog.contactId ?? null,
        agentId: callLog.agentId,
        sentAt,
        answeredAt: preciseNow(),
        status: deliveries[0]?.status ?? deliveries[0]?.error ?? 'no target',
      })),
    );
  }
  return Promise.all(placing);
}
