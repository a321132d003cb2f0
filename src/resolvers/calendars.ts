// Calendar: read as HighLevel sends it; the slot duration is an Int when HighLevel sends one that fits.
import type { Resolvers } from '../generated/graphql.js';
import { assertId } from './ids.js';
import { readInt } from './parameters.js';

export const calendarResolvers: Resolvers = {
  Calendar: {
    __resolveReference: async ({ id }, { loaders }) => {
      const dto = await loaders.calendar.load({ id: assertId(id, 'id') });
      return dto ? { ...dto, id } : null;
    },
    slotDuration: (calendar) => readInt(calendar, 'slotDuration'),
  },
};
