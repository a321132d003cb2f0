// What the emulator pushes, as HighLevel pushes it to a marketplace app: a call placed now (stored first, so that the
// list and get routes already serve it, then a VoiceAiCallEnd), and changes to contacts (ContactUpdate,
// ContactDelete). Tests choose the signatures and the envelope, to play what a gateway must refuse or deliver once.
import { CallPlacer } from './placed-calls.js';
import type { EmulatorStore } from './store.js';
import type { CallLogRecord, ContactRecord } from './types.js';
import { contactEventBody, voiceAiCallEndBody, type WebhookEnvelope } from './webhook-payloads.js';
import { type WebhookDelivery, WebhookSender } from './webhook-sender.js';
import { WebhookSigner, type WebhookSigning } from './webhook-signing.js';

export interface SendOptions extends WebhookEnvelope {
  /** Which signature headers to send, valid or not. Default: a valid `X-GHL-Signature` alone. */
  signing?: WebhookSigning;
}

interface Pushed {
  /** The body as sent, byte for byte: send it again for a duplicate. */
  body: string;
  deliveries: WebhookDelivery[];
}

export interface PlacedCall extends Pushed {
  locationId: string;
  /** The call log as the REST routes serve it. */
  callLog: CallLogRecord;
}

export interface ContactChange extends Pushed {
  contact: ContactRecord;
}

class UnknownContactError extends Error {}

/** Placed calls kept (a call every 20 s is 4,320 a day): past it, the oldest leaves the store. */
const MAX_PLACED_CALLS = 10_000;

export class EmulatorWebhooks {
  readonly signer = new WebhookSigner();
  readonly sender = new WebhookSender(this.signer);
  private readonly placer: CallPlacer;
  private readonly placed: { locationId: string; id: string }[] = [];

  constructor(
    private readonly store: EmulatorStore,
    seed: number,
  ) {
    this.placer = new CallPlacer(store, seed);
  }

  /** Throws for an unknown location (the store's message names the known ones). */
  async placeCall(locationId: string, options: SendOptions = {}): Promise<PlacedCall> {
    const callLog = this.store.addCallLog(locationId, this.placer.newCallLog(locationId));
    this.placed.push({ locationId, id: callLog.id });
    if (this.placed.length > MAX_PLACED_CALLS) {
      const oldest = this.placed.shift();
      if (oldest) this.store.removeCallLog(oldest.locationId, oldest.id);
    }
    const body = voiceAiCallEndBody(locationId, callLog, options);
    return { locationId, callLog, body, deliveries: await this.sender.send(body, options.signing) };
  }

  async updateContact(
    contactId: string,
    changes: Partial<Omit<ContactRecord, 'id' | 'locationId'>>,
    options: SendOptions = {},
  ): Promise<ContactChange> {
    const contact = this.store.updateContact(contactId, changes);
    if (!contact) throw new UnknownContactError(`Unknown emulator contact ${contactId}`);
    return this.pushContact('ContactUpdate', contact, options);
  }

  async deleteContact(contactId: string, options: SendOptions = {}): Promise<ContactChange> {
    const contact = this.store.deleteContact(contactId);
    if (!contact) throw new UnknownContactError(`Unknown emulator contact ${contactId}`);
    return this.pushContact('ContactDelete', contact, options);
  }

  private async pushContact(
    type: 'ContactUpdate' | 'ContactDelete',
    contact: ContactRecord,
    options: SendOptions,
  ): Promise<ContactChange> {
    const body = contactEventBody(type, contact, options);
    return { contact, body, deliveries: await this.sender.send(body, options.signing) };
  }
}
