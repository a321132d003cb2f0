// What an operation's upstream scope lets through, for records read by id (whose location only HighLevel's answer
// tells).
import { describe, expect, it } from 'vitest';

import { UpstreamScope } from '../src/upstream/scope.js';

const limits = { maxRequests: 10, deadlineMs: 1_000 };

describe('a caller limited to some locations (service-token mode)', () => {
  const scope = new UpstreamScope({ token: 'service', readableLocations: new Set(['LOC1']) }, limits);

  it('reads a record of its own location', () => {
    expect(() => {
      scope.assertRecordReadable('contact', 'LOC1');
    }).not.toThrow();
  });

  it("refuses another location's record without naming that location", () => {
    expect(() => {
      scope.assertRecordReadable('contact', 'LOC2');
    }).toThrow(expect.objectContaining({ message: 'You may not read this contact.' }));
  });

  it('fails closed on a record that carries no location: it cannot be shown to be the caller’s', () => {
    expect(() => {
      scope.assertRecordReadable('contact', undefined);
    }).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }));
  });
});

describe('a pass-through caller (HighLevel decides)', () => {
  it('reads any record, with or without a location', () => {
    const scope = new UpstreamScope({ token: 'own', readableLocations: null }, limits);
    expect(() => {
      scope.assertRecordReadable('contact', undefined);
      scope.assertRecordReadable('contact', 'LOC2');
    }).not.toThrow();
  });
});
