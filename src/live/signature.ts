// Who sent a webhook: HighLevel, when its signature over the raw body verifies with HighLevel's public key.
// `X-GHL-Signature` (Ed25519) decides whenever it is present; only when it is absent (or `N/A`, HighLevel's word for
// absent) does the legacy `X-WH-Signature` (RSA-SHA256) count, and only when an RSA key is configured. Both are
// base64. There is no key id: the keys are settings.
import { createPublicKey, type KeyObject, verify } from 'node:crypto';

type SignatureScheme = 'ed25519' | 'rsa';

export type Verification = { verified: true; scheme: SignatureScheme } | { verified: false; reason: string };

/** An Ed25519 signature is 64 bytes and a 4096-bit RSA one 512: base64 of anything longer is not a signature. */
const MAX_SIGNATURE_CHARS = 1_024;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export class WebhookVerifier {
  private readonly ed25519: KeyObject;
  private readonly rsa: KeyObject | undefined;

  /** Throws when a key is not a public key of its kind (config.ts checks the environment's keys before this). */
  constructor(ed25519Pem: string, rsaPem: string | null) {
    this.ed25519 = publicKey(ed25519Pem, 'ed25519');
    this.rsa = rsaPem === null ? undefined : publicKey(rsaPem, 'rsa');
  }

  verify(body: Buffer, headers: Readonly<Record<string, string | string[] | undefined>>): Verification {
    const ghl = present(headers['x-ghl-signature']);
    if (ghl !== undefined) return check('ed25519', body, ghl, this.ed25519);
    const wh = present(headers['x-wh-signature']);
    if (wh === undefined) return { verified: false, reason: 'no signature' };
    if (!this.rsa) return { verified: false, reason: 'legacy X-WH-Signature, and no RSA key configured' };
    return check('rsa', body, wh, this.rsa);
  }
}

function check(scheme: SignatureScheme, body: Buffer, signature: string, key: KeyObject): Verification {
  if (signature.length > MAX_SIGNATURE_CHARS || !BASE64.test(signature)) {
    return { verified: false, reason: `${scheme} signature is not base64` };
  }
  try {
    if (verify(scheme === 'ed25519' ? null : 'sha256', body, key, Buffer.from(signature, 'base64'))) {
      return { verified: true, scheme };
    }
  } catch {
    // A signature of the wrong length for the key throws in some Node versions: it does not verify either.
  }
  return { verified: false, reason: `${scheme} signature does not verify` };
}

/** The header's value, or undefined when it is missing, empty or `N/A`. */
function present(value: string | string[] | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' || trimmed.toUpperCase() === 'N/A' ? undefined : trimmed;
}

function publicKey(pem: string, type: SignatureScheme): KeyObject {
  const key = createPublicKey(pem);
  if (key.asymmetricKeyType !== type) throw new Error(`expected an ${type} public key, got ${key.asymmetricKeyType}`);
  return key;
}
