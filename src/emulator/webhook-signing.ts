// HighLevel's two webhook signatures, base64 over the raw body: `X-GHL-Signature`, Ed25519 (current), and
// `X-WH-Signature`, RSA-SHA256 (legacy, sunset in 2026). The emulator makes both key pairs itself, so that a gateway
// can be given its public keys; the RSA pair only when first used (2048-bit generation takes a noticeable moment, and
// most emulators never sign with it).
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';

const ED25519_HEADER = 'x-ghl-signature';
const RSA_HEADER = 'x-wh-signature';

/** What each header carries: a signature that verifies, one that does not, HighLevel's `N/A`, or no header. */
export type SignatureMode = 'valid' | 'invalid' | 'N/A' | 'absent';

export interface WebhookSigning {
  /** `X-GHL-Signature` (Ed25519). Default `valid`. */
  ghl?: SignatureMode;
  /** `X-WH-Signature` (RSA-SHA256, legacy). Default `absent`. */
  wh?: SignatureMode;
}

interface KeyPair {
  publicKey: KeyObject;
  privateKey: KeyObject;
}

export class WebhookSigner {
  private readonly ed25519: KeyPair = generateKeyPairSync('ed25519');
  private rsa: KeyPair | undefined;
  /** SPKI PEM, as HighLevel publishes its key. */
  readonly publicKey = pem(this.ed25519.publicKey);

  get rsaPublicKey(): string {
    return pem(this.rsaPair().publicKey);
  }

  /** The signature headers for `body`, as `signing` asks. */
  headers(body: string, signing: WebhookSigning = {}): Record<string, string> {
    const headers: Record<string, string> = {};
    const ghl = this.header(signing.ghl ?? 'valid', body, () => this.ed25519.privateKey, null);
    if (ghl !== undefined) headers[ED25519_HEADER] = ghl;
    const wh = this.header(signing.wh ?? 'absent', body, () => this.rsaPair().privateKey, 'sha256');
    if (wh !== undefined) headers[RSA_HEADER] = wh;
    return headers;
  }

  private header(mode: SignatureMode, body: string, key: () => KeyObject, digest: 'sha256' | null): string | undefined {
    switch (mode) {
      case 'absent':
        return undefined;
      case 'N/A':
        return 'N/A';
      case 'valid':
        return sign(digest, Buffer.from(body, 'utf8'), key()).toString('base64');
      case 'invalid':
        // A real signature by the right key, of another body: well-formed, and wrong.
        return sign(digest, Buffer.from(`${body} `, 'utf8'), key()).toString('base64');
    }
  }

  private rsaPair(): KeyPair {
    this.rsa ??= generateKeyPairSync('rsa', { modulusLength: 2048 });
    return this.rsa;
  }
}

function pem(key: KeyObject): string {
  return key.export({ type: 'spki', format: 'pem' }).toString();
}
