// Errors of fields that answered with what they could: `callStatistics` past its upstream budget returns the newest
// days and must still say, at its own path, that the rest is missing. graphql-js lets a resolver return a value or
// throw, not both, so such a field files its error in the operation's context and this plugin adds it to the
// response beside the data. It runs before the response cache and the operation log (see apollo.ts): Apollo calls
// every willSendResponse in plugin order, and both read the errors synchronously, so a response with a partial
// answer is never cached as whole, and is logged with its code.
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';

export function partialErrorsPlugin<Context extends { partialErrors: GraphQLError[] }>(): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ contextValue, response }) {
          const { partialErrors } = contextValue;
          if (partialErrors.length > 0 && response.body.kind === 'single') {
            const result = response.body.singleResult;
            result.errors = [...(result.errors ?? []), ...partialErrors.map((error) => error.toJSON())];
          }
          return Promise.resolve();
        },
      });
    },
  };
}
