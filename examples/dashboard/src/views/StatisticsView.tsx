// Statistics: callStatistics for a chosen range and time zone, as charts (calls per day, by hour of day, by agent,
// by action type) and the duration summary; partial figures say so, with the days they leave out.
import { skipToken, useQuery } from '@apollo/client/react';
import { useState } from 'react';

import { BarChart } from '../components/BarChart';
import { ErrorNotice } from '../components/ErrorNotice';
import { graphQLErrors, networkMessage } from '../errors';
import { actionTypeLabel, formatDuration } from '../format';
import { DashboardStatisticsDocument } from '../generated/graphql';
import { daysBefore, isTimeZone, nextDay, today, zonedMidnight } from '../zoned';

const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const BLUE = '#2563eb';
const TEAL = '#0f766e';

export function StatisticsView({ locationId }: { locationId: string }) {
  const [timeZone, setTimeZone] = useState(BROWSER_ZONE);
  const [zoneInput, setZoneInput] = useState(BROWSER_ZONE);
  const [to, setTo] = useState(() => today(BROWSER_ZONE));
  const [from, setFrom] = useState(() => daysBefore(today(BROWSER_ZONE), 6));
  const valid = Boolean(from && to && from <= to);
  const range = valid
    ? { from: zonedMidnight(from, timeZone), to: zonedMidnight(nextDay(to), timeZone), timeZone }
    : undefined;
  const { data, error, loading } = useQuery(
    DashboardStatisticsDocument,
    range ? { variables: { locationId, range } } : skipToken,
  );
  const statistics = data?.callStatistics;
  const errors = graphQLErrors(error);

  return (
    <section aria-labelledby="statistics-title">
      <h2 id="statistics-title">Statistics</h2>
      <form
        className="filters"
        aria-label="Range"
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <label>
          From
          <input
            type="date"
            name="from"
            value={from}
            onChange={(event) => {
              setFrom(event.target.value);
            }}
          />
        </label>
        <label>
          To
          <input
            type="date"
            name="to"
            value={to}
            onChange={(event) => {
              setTo(event.target.value);
            }}
          />
        </label>
        <label>
          Time zone
          <input
            name="timeZone"
            value={zoneInput}
            aria-invalid={!isTimeZone(zoneInput)}
            onChange={(event) => {
              setZoneInput(event.target.value);
              if (isTimeZone(event.target.value)) setTimeZone(event.target.value);
            }}
          />
        </label>
      </form>
      {!valid && <p className="error">Choose a start day on or before the end day.</p>}
      <ErrorNotice errors={errors} network={networkMessage(error)} />
      {loading && !statistics && <p className="status">Counting the calls…</p>}
      {statistics && (
        <>
          {!statistics.coverage.complete && (
            <p className="partial" data-coverage="partial">
              Partial figures: {statistics.byDay.filter((day) => !day.complete).length} of {statistics.byDay.length}{' '}
              days are not counted ({statistics.coverage.scannedCalls} calls read).
            </p>
          )}
          <dl className="figures">
            <Figure name="Calls" value={statistics.count} field="count" />
            <Figure name="Live" value={statistics.liveCount} field="liveCount" />
            <Figure name="Trial" value={statistics.trialCount} field="trialCount" />
            <Duration name="Average" seconds={statistics.duration.average} field="average" />
            <Duration name="Median" seconds={statistics.duration.median} field="median" />
            <Duration name="90th percentile" seconds={statistics.duration.p90} field="p90" />
            <Duration name="Shortest" seconds={statistics.duration.min} field="min" />
            <Duration name="Longest" seconds={statistics.duration.max} field="max" />
            <Duration name="Total talk time" seconds={statistics.duration.total} field="total" />
          </dl>
          <div className="charts">
            <BarChart
              id="byDay"
              title={`Calls per day (${statistics.timeZone})`}
              valueLabel="Day"
              labels={statistics.byDay.map((day) => (day.complete ? day.date : `${day.date} (not counted)`))}
              series={[{ label: 'Calls', values: statistics.byDay.map((day) => day.count), color: BLUE }]}
            />
            <BarChart
              id="byHour"
              title="Calls by hour of day"
              valueLabel="Hour"
              labels={statistics.byHourOfDay.map((hour) => `${String(hour.hour).padStart(2, '0')}:00`)}
              series={[{ label: 'Calls', values: statistics.byHourOfDay.map((hour) => hour.count), color: BLUE }]}
            />
            <BarChart
              id="byAgent"
              title="Calls by agent"
              valueLabel="Agent"
              horizontal
              labels={statistics.byAgent.map(
                (agent) =>
                  agent.agent?.name ?? (agent.isAgentDeleted ? 'Deleted agent' : (agent.agentId ?? 'No agent')),
              )}
              series={[{ label: 'Calls', values: statistics.byAgent.map((agent) => agent.count), color: TEAL }]}
            />
            <BarChart
              id="byActionType"
              title="Calls by action type"
              valueLabel="Action"
              horizontal
              labels={statistics.byActionType.map((item) => actionTypeLabel(item.type))}
              series={[
                { label: 'Calls', values: statistics.byActionType.map((item) => item.calls), color: TEAL },
                {
                  label: 'Executions',
                  values: statistics.byActionType.map((item) => item.executions),
                  color: BLUE,
                },
              ]}
            />
          </div>
        </>
      )}
    </section>
  );
}

function Figure({ name, value, field }: { name: string; value: number; field: string }) {
  return (
    <div data-figure={field} data-value={value}>
      <dt>{name}</dt>
      <dd>{value.toLocaleString()}</dd>
    </div>
  );
}

/** A duration figure: minutes and seconds on the page, the exact seconds in `data-value`. */
function Duration({ name, seconds, field }: { name: string; seconds: number | null; field: string }) {
  return (
    <div data-figure={field} data-value={seconds ?? ''}>
      <dt>{name}</dt>
      <dd>{formatDuration(seconds)}</dd>
    </div>
  );
}
