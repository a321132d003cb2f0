// Subscription.callLogCreated: its feed is opened at subscribe (src/live/call-log-feed.ts); each call it yields is
// resolved as a CallLog, with the references of the subscriber's credential (src/live/subscription-operations.ts).
import { gatewayError } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { type FeedItem, openCallLogFeed } from '../live/call-log-feed.js';
import { toCallLogModel } from './call-log-list.js';

export const liveResolvers: Resolvers = {
  Subscription: {
    callLogCreated: {
      subscribe: (_root, args, context) => {
        // Only the subscription server gives a context its live services; the HTTP path refuses subscriptions.
        if (!context.live) throw gatewayError('BAD_REQUEST', 'Subscribe over WebSocket or SSE.');
        return openCallLogFeed(context, context.live, args);
      },
      resolve: (item: FeedItem) => {
        if (item.kind !== 'call') throw gatewayError('INTERNAL_SERVER_ERROR', 'A feed end is not a call.');
        return toCallLogModel(item.event.callLog, item.event.locationId);
      },
    },
  },
};
