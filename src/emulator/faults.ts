// Injected latency and failures, per route id or '*'. Probabilities draw from a seeded PRNG (re-seeded whenever
// the rules change) so a run with the same rules fails the same requests.
import { Random } from './random.js';
import { ROUTE_IDS } from './routes/route.js';

export interface FaultRule {
  /** A route id (e.g. `contacts.get`) or `*`. */
  route: string;
  /** Answer with this status (400-599) in HighLevel's error shape. */
  status?: number;
  /** 0..1, default 1. */
  probability?: number;
  /** Only the first N requests to a matching route are considered. */
  times?: number;
  /** Extra delay before answering. */
  latencyMs?: number;
  /** Never answer: hold the socket until the client gives up (or the emulator stops). */
  timeout?: boolean;
  /** Answer 200 with a truncated JSON body. */
  malformed?: boolean;
  /** Retry-After on the injected response (default 1 for a 429). */
  retryAfterSeconds?: number;
}

export type FaultOutcome =
  { kind: 'status'; status: number; retryAfterSeconds?: number } | { kind: 'timeout' } | { kind: 'malformed' };

export interface FaultDecision {
  latencyMs: number;
  outcome?: FaultOutcome;
}

export class FaultRuleError extends Error {}

const KNOWN_ROUTES = new Set<string>(['*', ...ROUTE_IDS]);
const RULE_KEYS = new Set([
  'route',
  'status',
  'probability',
  'times',
  'latencyMs',
  'timeout',
  'malformed',
  'retryAfterSeconds',
]);

/** Validates rules from JSON (env, admin endpoint) or code; throws FaultRuleError naming the bad field. */
export function parseFaultRules(input: unknown): FaultRule[] {
  if (!Array.isArray(input)) throw new FaultRuleError('Fault rules must be a JSON array of rule objects.');
  return input.map((raw: unknown, index) => {
    const where = `fault rule ${index}`;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
      throw new FaultRuleError(`${where} must be an object.`);
    const rule = raw as Record<string, unknown>;
    for (const key of Object.keys(rule))
      if (!RULE_KEYS.has(key)) throw new FaultRuleError(`${where}: unknown field "${key}".`);
    const route = rule['route'];
    if (typeof route !== 'string' || !KNOWN_ROUTES.has(route))
      throw new FaultRuleError(`${where}: route must be '*' or one of ${ROUTE_IDS.join(', ')}.`);
    const parsed: FaultRule = { route };
    const number = (key: keyof FaultRule, valid: (n: number) => boolean, expected: string): number | undefined => {
      const value = rule[key];
      if (value === undefined) return undefined;
      if (typeof value !== 'number' || !Number.isFinite(value) || !valid(value))
        throw new FaultRuleError(`${where}: ${key} must be ${expected}.`);
      return value;
    };
    const flag = (key: 'timeout' | 'malformed'): boolean | undefined => {
      const value = rule[key];
      if (value !== undefined && typeof value !== 'boolean')
        throw new FaultRuleError(`${where}: ${key} must be a boolean.`);
      return value;
    };
    const status = number('status', (n) => Number.isInteger(n) && n >= 400 && n <= 599, 'an integer from 400 to 599');
    const probability = number('probability', (n) => n >= 0 && n <= 1, 'between 0 and 1');
    const times = number('times', (n) => Number.isInteger(n) && n >= 0, 'a non-negative integer');
    const latencyMs = number('latencyMs', (n) => n >= 0, 'a non-negative number');
    const retryAfterSeconds = number('retryAfterSeconds', (n) => n >= 0, 'a non-negative number');
    const timeout = flag('timeout');
    const malformed = flag('malformed');
    if ([status !== undefined, timeout === true, malformed === true].filter(Boolean).length > 1)
      throw new FaultRuleError(`${where}: choose one of status, timeout and malformed.`);
    if (status !== undefined) parsed.status = status;
    if (probability !== undefined) parsed.probability = probability;
    if (times !== undefined) parsed.times = times;
    if (latencyMs !== undefined) parsed.latencyMs = latencyMs;
    if (timeout !== undefined) parsed.timeout = timeout;
    if (malformed !== undefined) parsed.malformed = malformed;
    if (retryAfterSeconds !== undefined) parsed.retryAfterSeconds = retryAfterSeconds;
    return parsed;
  });
}

interface ActiveRule {
  rule: FaultRule;
  /** Matching requests seen so far (for `times`). */
  seen: number;
}

export class FaultInjector {
  private active: ActiveRule[] = [];
  private random: Random;

  constructor(
    private readonly seed: number,
    rules: readonly FaultRule[] = [],
  ) {
    this.random = new Random(seed);
    this.set(rules);
  }

  rules(): FaultRule[] {
    return this.active.map(({ rule }) => ({ ...rule }));
  }

  set(rules: readonly FaultRule[]): void {
    this.active = parseFaultRules(rules).map((rule) => ({ rule, seen: 0 }));
    this.random = new Random(this.seed);
  }

  clear(): void {
    this.set([]);
  }

  /**
   * Rules are read in order. Every matching rule counts the request against its `times`; latencies of the rules
   * that fire add up; the first firing rule with a status, timeout or malformed body decides the outcome and ends
   * the evaluation (later rules keep their `times` for later requests).
   */
  decide(routeId: string): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0 };
    for (const active of this.active) {
      const { rule } = active;
      if (rule.route !== '*' && rule.route !== routeId) continue;
      active.seen++;
      if (rule.times !== undefined && active.seen > rule.times) continue;
      const probability = rule.probability ?? 1;
      if (probability < 1 && !(this.random.next() < probability)) continue;
      decision.latencyMs += rule.latencyMs ?? 0;
      const outcome = outcomeOf(rule);
      if (outcome) {
        decision.outcome = outcome;
        break;
      }
    }
    return decision;
  }
}

function outcomeOf(rule: FaultRule): FaultOutcome | undefined {
  if (rule.timeout === true) return { kind: 'timeout' };
  if (rule.malformed === true) return { kind: 'malformed' };
  if (rule.status !== undefined) {
    const retryAfterSeconds = rule.retryAfterSeconds ?? (rule.status === 429 ? 1 : undefined);
    return retryAfterSeconds === undefined
      ? { kind: 'status', status: rule.status }
      : { kind: 'status', status: rule.status, retryAfterSeconds };
  }
  return undefined;
}
