// GraphQL subscriptions, alike for both transports (graphql-ws, graphql-sse): a request is checked as the HTTP path
// checks a query (size, nesting, tokens, validation with the same limits, the safelist, the upstream-cost estimate;
// a document that passed is kept parsed, shared by every subscription that sends it), its caller authenticated once;
// then each event is executed with fresh loaders, so that a reference read for one event is never a stale copy for
// the next, once per (credential, operation): its subscribers are all sent that one result.
import { createHash } from 'node:crypto';

import {
  createSourceEventStream,
  type DocumentNode,
  execute,
  type ExecutionArgs,
  type ExecutionResult,
  getOperationAST,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type ValidationRule,
} from 'graphql';
import { LRUCache } from 'lru-cache';

import { type ContextDependencies, contextForCaller, type GatewayContext } from '../context.js';
import { gatewayError } from '../errors.js';
import { isNestedDeeper, isRecord } from '../guards.js';
import type { RequestLimits } from '../limits.js';
import type { Logger } from '../observability/logger.js';
import { estimateOperation } from '../query-cost.js';
import { bracketNesting } from '../request-guards.js';
import { isSafelisted } from '../safelist.js';
import type { FeedItem, LiveFeedServices } from './call-log-feed.js';
import type { CallLogCreatedEvent } from './events.js';

/** A subscription request as both protocols carry it. */
export interface SubscriptionRequest {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

export interface SubscriptionOperationsDependencies {
  schema: GraphQLSchema;
  limits: RequestLimits;
  /** The same validation rules as the HTTP path's (depth, aliases, directives, suggestions hidden in production). */
  validationRules: readonly ValidationRule[];
  /** The estimate's budget for a `per: BUDGET` field (STATISTICS_MAX_UPSTREAM_REQUESTS). */
  statisticsBudget: number;
  safelist: ReadonlySet<string> | null;
  production: boolean;
  context: ContextDependencies;
  feed: LiveFeedServices;
  logger: Logger;
}

/**
 * The context of a subscription: an operation's, what its feed needs, and what makes two subscriptions the same
 * operation (their document, operation name and variables, hashed).
 */
export type SubscriptionContext = GatewayContext & { live: LiveFeedServices; operationKey: string };

/** Distinct subscription documents kept parsed and validated (a dashboard fleet sends a handful). */
const MAX_CACHED_DOCUMENTS = 500;

export class SubscriptionOperations {
  /**
   * Per event, per (credential, operation): one execution, whose result every such subscriber is sent. Subscribers of
   * one credential read the same data: twenty dashboards of one user cost one execution and one request per
   * reference per event, and a thousand subscribers of twenty users, twenty executions.
   */
  private readonly eventResults = new WeakMap<CallLogCreatedEvent, Map<string, Promise<ExecutionResult>>>();
  /** Documents that parsed and validated, by their text: shared by every subscription that sends the same one. */
  private readonly documents = new LRUCache<string, DocumentNode>({ max: MAX_CACHED_DOCUMENTS });

  constructor(private readonly dependencies: SubscriptionOperationsDependencies) {}

  /**
   * The arguments to run `request` with, or the errors that refuse it (coded, before anything runs).
   * `authorization` is the caller's `Authorization` value, from the transport.
   */
  async prepare(
    request: SubscriptionRequest,
    authorization: string | undefined,
  ): Promise<ExecutionArgs | readonly GraphQLError[]> {
    const checked = this.check(request);
    if ('errors' in checked) return checked.errors;
    const { document, variables, operationName } = checked;
    const caller = await this.dependencies.context.authenticate(authorization);
    const contextValue: SubscriptionContext = {
      ...contextForCaller(this.dependencies.context, caller),
      live: this.dependencies.feed,
      operationKey: createHash('sha256')
        .update(JSON.stringify([request.query, operationName ?? null, variables]))
        .digest('base64url'),
    };
    return {
      schema: this.dependencies.schema,
      document,
      variableValues: variables,
      operationName,
      contextValue,
    };
  }

  /**
   * The subscription's results: one per event, then (when the feed ends with an error) that error. `closed`: the
   * transport's connection went away (the feed ends then, as when the client unsubscribes).
   */
  async run(
    args: ExecutionArgs,
    closed?: AbortSignal,
  ): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const source = await createFeed(args);
    if (!isAsyncIterator(source)) return this.format(source);
    const context = args.contextValue as SubscriptionContext;
    const results = mapFeed(source, async (item) => {
      if (item.kind === 'end') return { result: this.format({ errors: [item.error] }), last: true };
      return { result: await this.resultForEvent(item, args, context), last: false };
    });
    if (closed?.aborted) void results.return?.();
    else closed?.addEventListener('abort', () => void results.return?.(), { once: true });
    return results;
  }

  /** Every error coded; in production, an unexpected one says only that it happened (as on the HTTP path). */
  format(result: ExecutionResult): ExecutionResult {
    if (!result.errors?.length) return result;
    return { ...result, errors: result.errors.map((error) => this.codedError(error)) };
  }

  formatErrors(errors: readonly GraphQLError[]): GraphQLFormattedError[] {
    return errors.map((error) => this.codedError(error).toJSON());
  }

  private codedError(error: GraphQLError): GraphQLError {
    const code = error.extensions['code'];
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return error;
    if (code === undefined) this.dependencies.logger.error({ err: error.originalError ?? error }, 'subscription error');
    const message = this.dependencies.production ? 'Internal server error' : error.message;
    return new GraphQLError(message, {
      ...(error.path ? { path: error.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  }

  private resultForEvent(
    item: Extract<FeedItem, { kind: 'call' }>,
    args: ExecutionArgs,
    subscription: SubscriptionContext,
  ): Promise<ExecutionResult> {
    const key = `${subscription.scope.sessionKey ?? ''}\u0000${subscription.operationKey}`;
    let byOperation = this.eventResults.get(item.event);
    if (!byOperation) this.eventResults.set(item.event, (byOperation = new Map<string, Promise<ExecutionResult>>()));
    let result = byOperation.get(key);
    if (!result) {
      // Fresh loaders: a reference read for an earlier event is never a stale copy here.
      const contextValue = contextForCaller(this.dependencies.context, subscription.scope.caller);
      result = Promise.resolve(execute({ ...args, rootValue: item, contextValue })).then((executed) =>
        this.format(executed),
      );
      byOperation.set(key, result);
    }
    return result;
  }

  /** As the HTTP path checks a request before Apollo parses it, then as Apollo's plugins check it. */
  private check(
    request: SubscriptionRequest,
  ):
    | { document: DocumentNode; variables: Record<string, unknown>; operationName: string | undefined }
    | { errors: readonly GraphQLError[] } {
    const { limits, schema, production } = this.dependencies;
    const { query, variables = {}, operationName } = request;
    if (typeof query !== 'string' || query.length === 0) {
      return { errors: [gatewayError('BAD_REQUEST', 'A subscription needs its document as a string in `query`.')] };
    }
    if (query.length > limits.maxRequestBytes) {
      return { errors: [gatewayError('BAD_REQUEST', `The document is over ${limits.maxRequestBytes} characters.`)] };
    }
    if (variables !== null && !isRecord(variables)) {
      return { errors: [gatewayError('BAD_REQUEST', '`variables` must be an object.')] };
    }
    if (operationName != null && typeof operationName !== 'string') {
      return { errors: [gatewayError('BAD_REQUEST', '`operationName` must be a string.')] };
    }
    if (bracketNesting(query, limits.maxTokens) > limits.maxNesting) {
      return {
        errors: [
          coded(
            'GRAPHQL_PARSE_FAILED',
            `Syntax Error: the document is nested more than ${limits.maxNesting} levels deep.`,
          ),
        ],
      };
    }
    if (isNestedDeeper(variables, limits.maxNesting)) {
      return {
        errors: [
          gatewayError('BAD_USER_INPUT', `The variables are nested more than ${limits.maxNesting} levels deep.`),
        ],
      };
    }
    let document = this.documents.get(query);
    if (!document) {
      try {
        document = parse(query, { maxTokens: limits.maxTokens });
      } catch (error) {
        return {
          errors: [coded('GRAPHQL_PARSE_FAILED', error instanceof GraphQLError ? error.message : 'Syntax Error.')],
        };
      }
      const validationErrors = validate(schema, document, [...specifiedRules, ...this.dependencies.validationRules]);
      if (validationErrors.length > 0) {
        return {
          errors: validationErrors.map((error) =>
            coded('GRAPHQL_VALIDATION_FAILED', production ? withoutSuggestion(error.message) : error.message),
          ),
        };
      }
      this.documents.set(query, document);
    }
    const operation = getOperationAST(document, operationName ?? undefined);
    if (!operation) {
      return { errors: [gatewayError('BAD_REQUEST', 'Name the operation to run (`operationName`).')] };
    }
    if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
      return {
        errors: [
          gatewayError('BAD_REQUEST', 'Only subscriptions run here: send queries as HTTP POST or GET to /graphql.'),
        ],
      };
    }
    if (this.dependencies.safelist && !isSafelisted(this.dependencies.safelist, operation, document)) {
      return {
        errors: [
          coded('PERSISTED_QUERY_NOT_IN_LIST', 'This gateway only runs the operations registered in its safelist.'),
        ],
      };
    }
    const vars = variables ?? {};
    const estimate = estimateOperation(schema, document, operation, vars, this.dependencies.statisticsBudget);
    if (estimate !== undefined && estimate > limits.maxEstimatedUpstreamRequests) {
      return {
        errors: [
          coded(
            'QUERY_TOO_EXPENSIVE',
            `Each event of this subscription could cause up to ${estimate} upstream requests; the limit is ${limits.maxEstimatedUpstreamRequests}.`,
          ),
        ],
      };
    }
    return { document, variables: vars, operationName: operationName ?? undefined };
  }
}

/** A code Apollo Server gives on the HTTP path (parse, validation, safelist, cost), for the same refusal here. */
function coded(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/** graphql-js's "Did you mean …?" names fields a client did not ask for: hidden in production, as on HTTP. */
function withoutSuggestion(message: string): string {
  return message.replace(/ Did you mean .*$/, '');
}

/** The subscription field's feed (graphql-js's source event stream), or the errors that refused it. */
async function createFeed(args: ExecutionArgs): Promise<AsyncIterator<FeedItem> | ExecutionResult> {
  // The field's subscribe resolver returns its feed (src/resolvers/live.ts).
  return (await createSourceEventStream(args)) as AsyncIterator<FeedItem> | ExecutionResult;
}

function isAsyncIterator(value: unknown): value is AsyncIterator<FeedItem> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** Each item of the feed mapped, in order; a `last` result ends the subscription after it is sent. */
function mapFeed(
  source: AsyncIterator<FeedItem>,
  map: (item: FeedItem) => Promise<{ result: ExecutionResult; last: boolean }>,
): AsyncIterableIterator<ExecutionResult> {
  let finished = false;
  const finish = async (): Promise<IteratorResult<ExecutionResult>> => {
    if (!finished) {
      finished = true;
      await source.return?.();
    }
    return { value: undefined, done: true };
  };
  return {
    async next() {
      if (finished) return { value: undefined, done: true };
      const item = await source.next();
      if (item.done) return finish();
      const { result, last } = await map(item.value);
      if (last) await finish();
      return { value: result, done: false };
    },
    return: finish,
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
