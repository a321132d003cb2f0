import { describe, expect, it } from 'vitest';

import { parseTranscript } from '../src/resolvers/transcript.js';

describe('parseTranscript', () => {
  it('splits bot and human lines into ordered turns', () => {
    expect(
      parseTranscript('bot: Hello, how can I help you today?\nhuman: I would like to know about your pricing...'),
    ).toEqual([
      { speaker: 'BOT', text: 'Hello, how can I help you today?' },
      { speaker: 'HUMAN', text: 'I would like to know about your pricing...' },
    ]);
  });

  it('keeps lines that name no known speaker as UNKNOWN turns, whole', () => {
    expect(parseTranscript('bot: Hi\n[call dropped for 2s]\nagent: transferring\r\nHUMAN:thanks')).toEqual([
      { speaker: 'BOT', text: 'Hi' },
      { speaker: 'UNKNOWN', text: '[call dropped for 2s]' },
      { speaker: 'UNKNOWN', text: 'agent: transferring' },
      { speaker: 'HUMAN', text: 'thanks' },
    ]);
  });

  it('returns no turns for a missing or blank transcript', () => {
    expect(parseTranscript(undefined)).toEqual([]);
    expect(parseTranscript('')).toEqual([]);
    expect(parseTranscript('\n  \n')).toEqual([]);
  });
});
