// Splits HighLevel's `bot: …\nhuman: …` transcript into turns without losing a line.
import type { Speaker, TranscriptTurn } from '../generated/graphql.js';

const SPEAKER_LINE = /^\s*(bot|human)\s*:\s?(.*)$/i;

export function parseTranscript(transcript: unknown): TranscriptTurn[] {
  if (typeof transcript !== 'string') return [];
  return transcript
    .split(/\r?\n/)
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const match = SPEAKER_LINE.exec(line);
      if (!match) return { speaker: 'UNKNOWN', text: line.trim() };
      const speaker: Speaker = match[1]?.toLowerCase() === 'bot' ? 'BOT' : 'HUMAN';
      return { speaker, text: (match[2] ?? '').trim() };
    });
}
