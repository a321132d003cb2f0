// The calls table of the Calls and Live views: time, duration, contact, agent and one badge per action type.
import { actionTypeLabel, distinctTypes, formatDuration, formatTime } from '../format';
import type { CallRowFragment } from '../generated/graphql';
import { callHref } from '../routes';

export interface RowProblems {
  /** A reference of this row that failed, with the error's code (the rest of the row still shows). */
  contact?: string | undefined;
  agent?: string | undefined;
}

export function CallRows({
  calls,
  caption,
  problems,
  highlighted,
}: {
  calls: readonly CallRowFragment[];
  caption: string;
  problems?: (index: number) => RowProblems;
  highlighted?: ReadonlySet<string>;
}) {
  return (
    <table className="calls">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Duration</th>
          <th scope="col">Contact</th>
          <th scope="col">Agent</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {calls.map((call, index) => {
          const problem = problems?.(index) ?? {};
          return (
            <tr key={call.id} data-id={call.id} className={highlighted?.has(call.id) ? 'new' : undefined}>
              <td data-field="createdAt" data-value={call.createdAt ?? ''}>
                <a href={callHref(call.id)}>
                  {call.createdAt ? <time dateTime={call.createdAt}>{formatTime(call.createdAt)}</time> : 'Call'}
                </a>
              </td>
              <td data-field="duration" data-value={call.duration ?? ''}>
                {formatDuration(call.duration)}
              </td>
              <Reference field="contact" name={call.contact?.name} problem={problem.contact} />
              <Reference field="agent" name={call.agent?.name} problem={problem.agent} />
              <td data-field="actions">
                {distinctTypes(call.actions ?? []).map((type) => (
                  <span key={type} className={`badge badge-${type.toLowerCase()}`} data-type={type}>
                    {actionTypeLabel(type)}
                  </span>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Reference({
  field,
  name,
  problem,
}: {
  field: string;
  name: string | null | undefined;
  problem: string | undefined;
}) {
  if (problem !== undefined) {
    return (
      <td data-field={field} data-error={problem} className="unavailable">
        unavailable <code>{problem}</code>
      </td>
    );
  }
  return (
    <td data-field={field} data-null={name === null || name === undefined ? '' : undefined}>
      {name ?? '–'}
    </td>
  );
}
