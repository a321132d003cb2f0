// Call detail: the transcript as a conversation, the summary, extracted data, the contact card, and the executed
// actions as a timeline of cards typed by action (a custom action's secret only ever masked: the gateway never
// sends it).
import { useQuery } from '@apollo/client/react';

import { ErrorNotice } from '../components/ErrorNotice';
import { errorsAt, graphQLErrors, networkMessage } from '../errors';
import { actionTypeLabel, formatDuration, formatTime } from '../format';
import { DashboardCallDetailDocument, type DashboardCallDetailQuery } from '../generated/graphql';

type CallLog = NonNullable<DashboardCallDetailQuery['callLog']>;
type Action = NonNullable<CallLog['actions']>[number];

export function CallDetailView({ locationId, id }: { locationId: string; id: string }) {
  const { data, error, loading } = useQuery(DashboardCallDetailDocument, { variables: { locationId, id } });
  const errors = graphQLErrors(error);
  const call = data?.callLog;
  return (
    <section aria-labelledby="call-title" className="call-detail">
      <p>
        <a href="#/calls">← All calls</a>
      </p>
      <h2 id="call-title">Call {call?.createdAt ? formatTime(call.createdAt) : ''}</h2>
      <ErrorNotice
        errors={errorsAt(errors, ['callLog']).filter((e) => e.path.length <= 1)}
        network={networkMessage(error)}
      />
      {loading && !call && <p className="status">Loading the call…</p>}
      {call && (
        <div className="detail-grid">
          <div>
            <dl className="facts">
              <dt>Duration</dt>
              <dd>{formatDuration(call.duration)}</dd>
              <dt>Type</dt>
              <dd>{call.callType === 'TRIAL' ? 'Trial call' : 'Live call'}</dd>
              <dt>From</dt>
              <dd>{call.fromNumber ?? '–'}</dd>
              <dt>Agent</dt>
              <dd>{call.agent?.name ?? '–'}</dd>
            </dl>
            <h3>Summary</h3>
            <p className="summary">{call.summary ?? 'No summary.'}</p>
            <h3>Transcript</h3>
            <ol className="transcript" aria-label="Transcript">
              {call.transcriptTurns.map((turn, index) => (
                <li key={index} className={`turn turn-${turn.speaker.toLowerCase()}`} data-speaker={turn.speaker}>
                  <span className="speaker">
                    {turn.speaker === 'BOT' ? 'Agent' : turn.speaker === 'HUMAN' ? 'Caller' : '?'}
                  </span>
                  <p>{turn.text}</p>
                </li>
              ))}
            </ol>
            <h3>Extracted data</h3>
            <ExtractedData value={call.extractedData} />
          </div>
          <div>
            <h3>Contact</h3>
            <ErrorNotice errors={errorsAt(errors, ['callLog', 'contact'])} />
            {call.contact ? (
              <div className="card contact" data-contact={call.contact.id}>
                <p className="name">{call.contact.name ?? 'Unnamed contact'}</p>
                {call.contact.email && <p>{call.contact.email}</p>}
                {call.contact.phone && <p>{call.contact.phone}</p>}
              </div>
            ) : (
              <p>No contact.</p>
            )}
            <h3>Actions</h3>
            <Timeline actions={call.actions ?? []} />
            <ErrorNotice errors={errorsAt(errors, ['callLog', 'actions'])} />
            <ol className="actions">
              {[...(call.actions ?? [])]
                .sort((a, b) => (a.executedAt ?? '').localeCompare(b.executedAt ?? ''))
                .map((action) => (
                  <li key={action.id}>
                    <ActionCard action={action} />
                  </li>
                ))}
            </ol>
          </div>
        </div>
      )}
    </section>
  );
}

function ExtractedData({ value }: { value: unknown }) {
  if (typeof value !== 'object' || value === null || Object.keys(value).length === 0) return <p>None.</p>;
  return (
    <dl className="facts extracted">
      {Object.entries(value).map(([key, item]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{typeof item === 'string' ? item : JSON.stringify(item)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Links to each card, in the order the actions ran. */
function Timeline({ actions }: { actions: readonly Action[] }) {
  if (actions.length === 0) return <p>No action ran.</p>;
  return (
    <nav aria-label="Actions in order">
      <ol className="timeline">
        {[...actions]
          .sort((a, b) => (a.executedAt ?? '').localeCompare(b.executedAt ?? ''))
          .map((action) => (
            <li key={action.id}>
              <a
                href={`#action-${action.id}`}
                onClick={(event) => {
                  jumpTo(event, action.id);
                }}
              >
                {action.executedAt ? new Date(action.executedAt).toLocaleTimeString() : '–'}{' '}
                {action.name ?? actionTypeLabel(action.type ?? 'UNKNOWN')}
              </a>
            </li>
          ))}
      </ol>
    </nav>
  );
}

/** In-page links without changing the hash route. */
function jumpTo(event: { preventDefault(): void }, actionId: string) {
  event.preventDefault();
  document.getElementById(`action-${actionId}`)?.scrollIntoView({ behavior: 'smooth' });
}

function ActionCard({ action }: { action: Action }) {
  return (
    <article className="card action" id={`action-${action.id}`} data-typename={action.__typename}>
      <header>
        <span className={`badge badge-${(action.type ?? 'unknown').toLowerCase()}`}>
          {actionTypeLabel(action.type ?? 'UNKNOWN')}
        </span>
        <h4>{action.name ?? 'Unnamed action'}</h4>
        {action.executedAt && <time dateTime={action.executedAt}>{formatTime(action.executedAt)}</time>}
      </header>
      {action.description && <p className="description">{action.description}</p>}
      <dl className="facts">
        <ActionFacts action={action} />
      </dl>
    </article>
  );
}

function Fact({ name, value }: { name: string; value: string | number | null | undefined }) {
  return (
    <>
      <dt>{name}</dt>
      <dd>{value ?? '–'}</dd>
    </>
  );
}

function ActionFacts({ action }: { action: Action }) {
  switch (action.__typename) {
    case 'CallTransferAction':
      return (
        <>
          <Fact name="Transferred to" value={action.transferToNumber} />
          <Fact name="Said" value={action.triggerMessage} />
        </>
      );
    case 'SmsAction':
      return <Fact name="Text sent" value={action.messageBody} />;
    case 'DataExtractionAction':
    case 'InCallDataExtractionAction':
      return (
        <>
          <Fact name="Into field" value={action.contactField?.name} />
          <Fact name="Looked for" value={action.extractionDescription} />
        </>
      );
    case 'WorkflowTriggerAction':
      return <Fact name="Workflow" value={action.workflow?.name} />;
    case 'AppointmentBookingAction':
      return (
        <>
          <Fact name="Calendar" value={action.calendar?.name} />
          <Fact name="Slots offered per day" value={action.slotsPerDay} />
        </>
      );
    case 'CustomAction':
      return (
        <>
          <Fact name="Request" value={action.api ? `${action.api.method ?? 'GET'} ${action.api.url ?? ''}` : null} />
          <Fact
            name="Secret"
            value={
              action.api?.authenticationRequired ? (action.api.authenticationValueMasked ?? 'not set') : 'none needed'
            }
          />
        </>
      );
    case 'KnowledgeBaseAction':
      return <Fact name="Knowledge base" value={action.knowledgeBase?.name} />;
    case 'UnknownAction':
      return <Fact name="Type" value="an action type this dashboard does not know yet" />;
  }
}
