// Figures HighLevel's list answers without reading the calls: its `total` for a filter, asked with pageSize=1. The
// counts take one or two such requests whatever the range holds, and calls per action type one per type HighLevel
// documents (its `actionType` filter knows no others).
import type { CallLogListQuery } from '../upstream/call-logs.js';
import type { RequestBudget } from './request-budget.js';
import { dateParams, type Span } from './scan.js';

/** The action types HighLevel's `actionType` filter accepts (the vendored OpenAPI's enum). */
export const FILTERABLE_ACTION_TYPES = [
  'CALL_TRANSFER',
  'DATA_EXTRACTION',
  'IN_CALL_DATA_EXTRACTION',
  'WORKFLOW_TRIGGER',
  'SMS',
  'APPOINTMENT_BOOKING',
  'CUSTOM_ACTION',
  'KNOWLEDGE_BASE',
] as const;

export interface CountNeeds {
  count: boolean;
  liveCount: boolean;
  trialCount: boolean;
}

export interface Counts {
  count: number;
  liveCount: number;
  trialCount: number;
}

type CountRequest = 'all' | 'LIVE' | 'TRIAL';

/**
 * The totals the selected counts need. Live and trial calls partition the calls (a call is a trial call exactly when
 * HighLevel says `trialCall: true`), so live = all − trial, and a filter on one call type answers all three at once.
 */
function countRequests(needs: CountNeeds, query: CallLogListQuery): CountRequest[] {
  if (!needs.count && !needs.liveCount && !needs.trialCount) return [];
  if (query.callType) return ['all'];
  if (needs.count || (needs.liveCount && needs.trialCount))
    return needs.liveCount || needs.trialCount ? ['all', 'TRIAL'] : ['all'];
  return needs.liveCount ? ['LIVE'] : ['TRIAL'];
}

export function countCost(needs: CountNeeds, query: CallLogListQuery): number {
  return countRequests(needs, query).length;
}

function total(budget: RequestBudget, query: CallLogListQuery, span: Span): Promise<number> {
  return budget.fetch({ ...query, ...dateParams(span), page: 1, pageSize: 1 }).then((page) => page.total);
}

export async function countTotals(
  needs: CountNeeds,
  query: CallLogListQuery,
  span: Span,
  budget: RequestBudget,
): Promise<Counts> {
  const requests = countRequests(needs, query);
  const totals = await Promise.all(
    requests.map((request) => total(budget, request === 'all' ? query : { ...query, callType: request }, span)),
  );
  const of = (request: CountRequest) => totals[requests.indexOf(request)] ?? 0;
  if (query.callType) {
    const all = of('all');
    return {
      count: all,
      liveCount: query.callType === 'LIVE' ? all : 0,
      trialCount: query.callType === 'TRIAL' ? all : 0,
    };
  }
  if (requests.includes('all')) {
    const trial = requests.includes('TRIAL') ? of('TRIAL') : 0;
    return { count: of('all'), liveCount: of('all') - trial, trialCount: trial };
  }
  // One count alone was asked for; the others are not selected.
  return { count: 0, liveCount: of('LIVE'), trialCount: of('TRIAL') };
}

/** Calls with at least one action of each documented type (types with none left out). */
export async function actionTypeTotals(
  query: CallLogListQuery,
  span: Span,
  budget: RequestBudget,
): Promise<{ type: string; calls: number }[]> {
  const totals = await Promise.all(
    FILTERABLE_ACTION_TYPES.map((type) => total(budget, { ...query, actionType: [type] }, span)),
  );
  return FILTERABLE_ACTION_TYPES.map((type, index) => ({ type, calls: totals[index] ?? 0 })).filter(
    ({ calls }) => calls > 0,
  );
}
