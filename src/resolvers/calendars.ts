// Calendar: read as HighLevel sends it; the slot duration is an integer when HighLevel sends one.
import type { Resolvers } from '../generated/graphql.js';
import { assertId } from './ids.js';

export const calendarResolvers: Resolvers = {
  Calendar: {
    __resolveReference: async ({ id }, { loaders }) => {
      const dto = await loaders.calendar.load({ id: assertId(id, 'id') });
      return dto ? { ...dto, id } : null;
    },
    slotDuration: (calendar) => (Number.isSafeInteger(calendar.slotDuration) ? (calendar.slotDuration ?? null) : null),
  },
};
