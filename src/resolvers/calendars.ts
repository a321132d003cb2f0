// Calendar: read as HighLevel sends it; the slot duration is an integer when HighLevel sends one.
import type { Resolvers } from '../generated/graphql.js';

export const calendarResolvers: Resolvers = {
  Calendar: {
    slotDuration: (calendar) => (Number.isSafeInteger(calendar.slotDuration) ? (calendar.slotDuration ?? null) : null),
  },
};
