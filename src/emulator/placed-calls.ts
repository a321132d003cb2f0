// New calls, as if a Voice AI agent had just finished one: a seeded call of the location (one with a contact and an
// agent that still exist) copied under a new id, dated now, its actions moved along with it. Like HighLevel's own
// example, each carries a custom action holding a third party's secret, which the gateway must mask.
import { Random } from './random.js';
import { REFERENCE_CALL_LOG } from './seed-reference.js';
import type { EmulatorStore } from './store.js';
import type { CallActionRecord, CallLogRecord } from './types.js';

/** Seeded calls each location's new calls are copied from, newest first. */
const TEMPLATES_PER_LOCATION = 200;

const EXAMPLE_CUSTOM_ACTION = REFERENCE_CALL_LOG.executedCallActions.find(
  (action) => action.actionType === 'CUSTOM_ACTION',
);

export class CallPlacer {
  private readonly random: Random;
  private readonly templates = new Map<string, readonly CallLogRecord[]>();

  constructor(
    private readonly store: EmulatorStore,
    seed: number,
  ) {
    this.random = new Random(seed ^ 0x5eed_ca11);
  }

  /** A new call log of `locationId`, created now (not stored: the caller stores it). */
  newCallLog(locationId: string, now = Date.now()): CallLogRecord {
    const template = this.random.pick(this.templatesOf(locationId));
    const shift = now - Date.parse(template.createdAt) - template.duration * 1000;
    const moved = (at: string | undefined) =>
      at === undefined ? undefined : new Date(Date.parse(at) + shift).toISOString();
    const actions: CallActionRecord[] = template.executedCallActions.map((action) => withTimes(action, moved));
    if (!actions.some((action) => action.actionType === 'CUSTOM_ACTION') && EXAMPLE_CUSTOM_ACTION) {
      actions.push({ ...EXAMPLE_CUSTOM_ACTION, executedAt: new Date(now - 5_000).toISOString() });
    }
    return {
      ...template,
      id: this.random.objectId(now),
      isAgentDeleted: false,
      createdAt: new Date(now - template.duration * 1000).toISOString(),
      executedCallActions: actions,
    };
  }

  private templatesOf(locationId: string): readonly CallLogRecord[] {
    let templates = this.templates.get(locationId);
    if (!templates) {
      templates = this.store
        .callLogs(locationId)
        .filter(
          (log) =>
            !log.trialCall &&
            log.contactId !== undefined &&
            this.store.contact(log.contactId) !== undefined &&
            this.store.agent(locationId, log.agentId) !== undefined,
        )
        .slice(0, TEMPLATES_PER_LOCATION);
      if (templates.length === 0) throw new Error(`location ${locationId} has no call to copy`);
      this.templates.set(locationId, templates);
    }
    return templates;
  }
}

function withTimes(action: CallActionRecord, moved: (at: string | undefined) => string | undefined): CallActionRecord {
  const copy: CallActionRecord = { ...action };
  const executedAt = moved(action.executedAt);
  if (executedAt !== undefined) copy.executedAt = executedAt;
  const triggerReceivedAt = moved(action.triggerReceivedAt);
  if (triggerReceivedAt !== undefined) copy.triggerReceivedAt = triggerReceivedAt;
  return copy;
}
