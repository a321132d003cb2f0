// GET /calendars/:calendarId (Version 2021-04-15): `{ calendar }`; the token must be able to read its location.
import { notFound } from '../http-errors.js';
import type { CalendarResponse, CalendarVersion } from '../types.js';
import { type EmulatorRoute, requireLocationAccess } from './route.js';

const VERSION: CalendarVersion = '2021-04-15';

export const getCalendar: EmulatorRoute = {
  id: 'calendars.get',
  paths: ['/calendars/:calendarId'],
  version: VERSION,
  handle(request): CalendarResponse {
    const calendarId = request.params['calendarId'] ?? '';
    const calendar = request.store.calendar(calendarId);
    if (!calendar) throw notFound(`Calendar with id ${calendarId} not found`);
    requireLocationAccess(request, calendar.locationId);
    return { calendar };
  },
};
