// What one statistics query may still send to HighLevel (STATISTICS_MAX_UPSTREAM_REQUESTS), and what it has sent:
// every plan spends through here, so no plan can overrun the budget and the count reported is what was sent.
import type { CallLogListParams } from '../upstream/call-logs.js';
import type { CallLogsResponseDto } from '../upstream/dto.js';

export type FetchPage = (params: CallLogListParams) => Promise<CallLogsResponseDto>;

export class RequestBudget {
  private sent = 0;

  constructor(
    private readonly limit: number,
    private readonly fetchPage: FetchPage,
  ) {}

  get remaining(): number {
    return Math.max(0, this.limit - this.sent);
  }

  get spent(): number {
    return this.sent;
  }

  /** One list request; callers check `remaining` first, and a request past the budget is a bug. */
  fetch(params: CallLogListParams): Promise<CallLogsResponseDto> {
    if (this.sent >= this.limit) return Promise.reject(new Error('statistics: request past the budget'));
    this.sent += 1;
    return this.fetchPage(params);
  }
}
