// Refusals before Apollo reads a request (Apollo's own pre-parse hooks run outside its error handling, so a refusal
// there would answer 500): more than one Authorization header, a document whose brackets ({, [, () nest deeper than
// the limit, before graphql-js parses it, and variables nested deeper than the same limit. Parsing, validation, the
// cost estimate, variable coercion, the response cache's key and execution all recurse once per level, and how deep
// a recursion the stack allows depends on the Node version and on how warm the code is: without this bound a deep
// enough request overflows the stack somewhere and answers 500. And a WebSocket upgrade, which would otherwise reach
// Apollo as a plain GET and be refused as a potential CSRF: it is told that the endpoint has no subscriptions.
import type { FastifyInstance, onRequestAsyncHookHandler, preValidationAsyncHookHandler } from 'fastify';
import { Lexer, Source, TokenKind } from 'graphql';

import { errorResponseBody } from './errors.js';
import { isNestedDeeper, isRecord } from './guards.js';

const OPENING = new Set<TokenKind>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSING = new Set<TokenKind>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/** The deepest bracket nesting of `query`, read token by token (strings and comments do not count). */
export function bracketNesting(query: string, maxTokens: number): number {
  const lexer = new Lexer(new Source(query));
  let depth = 0;
  let deepest = 0;
  try {
    for (let tokens = 0; tokens < maxTokens; tokens++) {
      const { kind } = lexer.advance();
      if (kind === TokenKind.EOF) break;
      if (OPENING.has(kind)) deepest = Math.max(deepest, ++depth);
      else if (CLOSING.has(kind)) depth--;
    }
  } catch {
    // A lexical error: the parser reports it, with its position.
  }
  return deepest;
}

export function registerRequestGuards(
  app: FastifyInstance,
  { maxNesting, maxTokens }: { maxNesting: number; maxTokens: number },
): void {
  app.addHook('onRequest', oneAuthorizationHook);
  app.addHook('preValidation', nestingLimitHook(maxNesting, maxTokens));
}

/**
 * Two Authorization headers are ambiguous (Node keeps the first; a proxy in front may have read the other): refused
 * rather than guessed.
 */
const oneAuthorizationHook: onRequestAsyncHookHandler = async (request, reply) => {
  if (hasSeveralAuthorizationHeaders(request.raw.rawHeaders)) {
    // Refused on its headers: the body is unread, so the connection closes.
    return reply
      .status(400)
      .header('connection', 'close')
      .send(errorResponseBody('BAD_REQUEST', 'Send one Authorization header, not several.'));
  }
};

/** Node's `headers` keeps only the first Authorization: the duplicates are counted in the raw header list. */
export function hasSeveralAuthorizationHeaders(rawHeaders: readonly string[]): boolean {
  let count = 0;
  for (let index = 0; index < rawHeaders.length; index += 2) {
    if (rawHeaders[index]?.toLowerCase() === 'authorization' && ++count > 1) return true;
  }
  return false;
}

/** Only documents longer than twice the limit are read: a shorter one cannot nest past it. */
function nestingLimitHook(maxNesting: number, maxTokens: number): preValidationAsyncHookHandler {
  return async (request, reply) => {
    const payload = isRecord(request.body) ? request.body : isRecord(request.query) ? request.query : {};
    const { query, variables } = payload;
    if (typeof query === 'string' && query.length > 2 * maxNesting && bracketNesting(query, maxTokens) > maxNesting) {
      return reply
        .status(400)
        .send(errorResponseBody('GRAPHQL_PARSE_FAILED', `Syntax Error: the document is ${nestedTooDeep(maxNesting)}.`));
    } else if (isNestedDeeper(variables, maxNesting)) {
      return reply
        .status(400)
        .send(errorResponseBody('BAD_USER_INPUT', `The variables are ${nestedTooDeep(maxNesting)}.`));
    }
  };
}

function nestedTooDeep(maxNesting: number): string {
  return `nested more than ${maxNesting} levels deep`;
}
