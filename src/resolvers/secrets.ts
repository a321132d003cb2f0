// A custom action's authentication value and credential-like headers belong to a third party: the gateway shows
// that they exist, never what they are, in typed fields and raw parameters alike.
import { isRecord } from '../upstream/shape.js';

const CREDENTIAL_HEADER = /authorization|cookie|token|secret|api[-_]?key|password|signature/i;
const REVEALED_SUFFIX_MIN_LENGTH = 16;

/** `****` plus, for long values only, the last four characters, so an operator can tell two keys apart. */
export function maskSecret(value: string): string {
  return value.length >= REVEALED_SUFFIX_MIN_LENGTH ? `****${value.slice(-4)}` : '****';
}

export function isCredentialHeader(name: string): boolean {
  return CREDENTIAL_HEADER.test(name);
}

/** A copy of an action's parameters with every secret masked; everything else is kept as sent. */
export function redactParameters(parameters: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const apiDetails = parameters['apiDetails'];
  if (!isRecord(apiDetails)) return { ...parameters };
  const redacted: Record<string, unknown> = { ...apiDetails };
  if (typeof apiDetails['authenticationValue'] === 'string')
    redacted['authenticationValue'] = maskSecret(apiDetails['authenticationValue']);
  if (Array.isArray(apiDetails['headers'])) {
    redacted['headers'] = apiDetails['headers'].map((header: unknown) =>
      isRecord(header) &&
      typeof header['key'] === 'string' &&
      typeof header['value'] === 'string' &&
      isCredentialHeader(header['key'])
        ? { ...header, value: maskSecret(header['value']) }
        : header,
    );
  }
  return { ...parameters, apiDetails: redacted };
}
