// GET /calendars/{calendarId} (API version 2021-04-15).
import { isRecord } from '../guards.js';
import type { CalendarDto } from './dto.js';
import { pathSegment, type UpstreamHttp } from './http.js';
import type { UpstreamScope } from './scope.js';
import { expectShape } from './shape.js';

export async function getCalendar(
  http: UpstreamHttp,
  scope: UpstreamScope,
  calendarId: string,
  /** The location the reference came from, when known: it keys the rate limiter. */
  locationId?: string,
): Promise<CalendarDto> {
  const body = await http.getJson('calendars', {
    scope,
    route: 'calendars.get',
    ...(locationId === undefined ? {} : { locationId }),
    path: `calendars/${pathSegment(calendarId)}`,
    resource: 'calendar',
  });
  return expectShape(body, isCalendarResponse, 'calendar').calendar;
}

function isCalendarResponse(body: unknown): body is { calendar: CalendarDto } {
  return isRecord(body) && isRecord(body['calendar']);
}
