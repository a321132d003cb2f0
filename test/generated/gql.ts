/* eslint-disable */
import * as types from './graphql.js';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query PageActions($locationId: ID!) {\n    callLogs(locationId: $locationId, first: 50) {\n      nodes {\n        id\n        actions {\n          __typename\n          id\n          actionId\n        }\n      }\n    }\n  }\n': typeof types.PageActionsDocument;
  '\n  query AuthCallLogs($locationId: ID!, $first: Int) {\n    callLogs(locationId: $locationId, first: $first) {\n      nodes {\n        id\n        contact {\n          id\n          name\n          locationId\n        }\n        agent {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.AuthCallLogsDocument;
  '\n  query AuthCallLog($locationId: ID!, $id: ID!) {\n    callLog(locationId: $locationId, id: $id) {\n      id\n      contact {\n        id\n        name\n        locationId\n      }\n    }\n  }\n': typeof types.AuthCallLogDocument;
  '\n  query Entities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Contact {\n        id\n        name\n        email\n        phone\n        contactLocationId: locationId\n      }\n      ... on Agent {\n        id\n        name\n        locationId\n      }\n      ... on CallLog {\n        id\n        locationId\n        summary\n      }\n    }\n  }\n': typeof types.EntitiesDocument;
  '\n  query CachedPage($locationId: ID!) {\n    callLogs(locationId: $locationId, first: 10, filter: { callType: LIVE }) {\n      nodes {\n        id\n        contact {\n          name\n        }\n        agent {\n          name\n        }\n      }\n    }\n  }\n': typeof types.CachedPageDocument;
  '\n  query CallLog($locationId: ID!, $id: ID!) {\n    callLog(locationId: $locationId, id: $id) {\n      ...CallLogFields\n    }\n  }\n': typeof types.CallLogDocument;
  '\n  query CallLogs(\n    $locationId: ID!\n    $filter: CallLogFilter\n    $orderBy: CallLogOrder\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    callLogs(\n      locationId: $locationId\n      filter: $filter\n      orderBy: $orderBy\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n      }\n    }\n  }\n': typeof types.CallLogsDocument;
  '\n        query TimedOutContact($locationId: ID!) {\n          callLogs(locationId: $locationId, first: 1, filter: { callType: LIVE }) {\n            nodes {\n              id\n              contact {\n                name\n              }\n            }\n          }\n        }\n      ': typeof types.TimedOutContactDocument;
  '\n  query Cursors($locationId: ID!, $filter: CallLogFilter, $orderBy: CallLogOrder) {\n    callLogs(locationId: $locationId, filter: $filter, orderBy: $orderBy, first: 200) {\n      edges {\n        cursor\n      }\n    }\n  }\n': typeof types.CursorsDocument;
  '\n        query AgentsAndWorkflows($representations: [_Any!]!) {\n          _entities(representations: $representations) {\n            ... on Agent {\n              id\n              name\n            }\n            ... on Workflow {\n              id\n              name\n            }\n          }\n        }\n      ': typeof types.AgentsAndWorkflowsDocument;
  '\n        query EntityCallLogs($representations: [_Any!]!) {\n          _entities(representations: $representations) {\n            ... on CallLog {\n              id\n              duration\n            }\n          }\n        }\n      ': typeof types.EntityCallLogsDocument;
  '\n    query EntityContactCalls($representations: [_Any!]!, $first: Int, $after: String) {\n      _entities(representations: $representations) {\n        ... on Contact {\n          id\n          callLogs(first: $first, after: $after) {\n            totalCount\n            edges {\n              node {\n                id\n                contact {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  ': typeof types.EntityContactCallsDocument;
  '\n  fragment ApolloAction on Action {\n    id\n    actionId\n    type\n    name\n    executedAt\n  }\n': typeof types.ApolloActionFragmentDoc;
  '\n  fragment ApolloRow on CallLog {\n    id\n    locationId\n    duration\n    summary\n    contact {\n      id\n      name\n    }\n    agent {\n      id\n      locationId\n      name\n    }\n    actions {\n      ...ApolloAction\n      ... on WorkflowTriggerAction {\n        workflow {\n          id\n          locationId\n          name\n        }\n      }\n    }\n  }\n': typeof types.ApolloRowFragmentDoc;
  '\n  query ApolloPage($locationId: ID!, $first: Int!) {\n    callLogs(locationId: $locationId, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApolloRow\n        }\n      }\n    }\n  }\n': typeof types.ApolloPageDocument;
  '\n  query ApolloCallLog($locationId: ID!, $id: ID!) {\n    callLog(locationId: $locationId, id: $id) {\n      ...ApolloRow\n    }\n  }\n': typeof types.ApolloCallLogDocument;
  '\n  query ApolloListBesideOne($locationId: ID!, $id: ID!) {\n    callLogs(locationId: $locationId, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          locationId\n        }\n      }\n    }\n    callLog(locationId: $locationId, id: $id) {\n      id\n      locationId\n      duration\n    }\n  }\n': typeof types.ApolloListBesideOneDocument;
  '\n      query RealCursors($locationId: ID!) {\n        callLogs(locationId: $locationId, first: 30) {\n          edges {\n            cursor\n            node {\n              id\n            }\n          }\n        }\n      }\n    ': typeof types.RealCursorsDocument;
  '\n  fragment ActionFields on Action {\n    __typename\n    id\n    actionId\n    type\n    rawType\n    name\n    description\n    executedAt\n    triggerReceivedAt\n    rawParameters\n    ... on CallTransferAction {\n      triggerPrompt\n      triggerMessage\n      transferToType\n      transferToNumber\n      hearWhisperMessage\n    }\n    ... on SmsAction {\n      triggerPrompt\n      triggerMessage\n      messageBody\n    }\n    ... on DataExtractionAction {\n      contactFieldId\n      contactField {\n        id\n      }\n      extractionDescription\n      examples\n      overwriteExistingValue\n    }\n    ... on InCallDataExtractionAction {\n      contactFieldId\n      contactField {\n        id\n      }\n      extractionDescription\n      examples\n      overwriteExistingValue\n    }\n    ... on WorkflowTriggerAction {\n      triggerPrompt\n      triggerMessage\n      workflowId\n      workflow {\n        id\n      }\n    }\n    ... on AppointmentBookingAction {\n      calendarId\n      calendar {\n        id\n      }\n      daysOfOfferingDates\n      slotsPerDay\n      hoursBetweenSlots\n    }\n    ... on CustomAction {\n      triggerPrompt\n      triggerMessage\n      responsePaths\n      api {\n        url\n        method\n        authenticationRequired\n        hasAuthenticationValue\n        authenticationValueMasked\n        headers {\n          key\n          value\n        }\n        parameters {\n          name\n          description\n          type\n          example\n        }\n      }\n    }\n    ... on KnowledgeBaseAction {\n      triggerPrompt\n      triggerMessage\n      knowledgeBaseId\n      knowledgeBase {\n        id\n      }\n      parameters {\n        name\n        description\n        type\n        example\n      }\n    }\n  }\n': typeof types.ActionFieldsFragmentDoc;
  '\n  fragment CallLogFields on CallLog {\n    id\n    locationId\n    agentId\n    agent {\n      id\n    }\n    isAgentDeleted\n    contactId\n    contact {\n      id\n    }\n    fromNumber\n    createdAt\n    duration\n    callType\n    isTrialCall\n    summary\n    transcript\n    transcriptTurns {\n      speaker\n      text\n    }\n    translation {\n      enabled\n      language\n      translatedTranscript\n      raw\n    }\n    extractedData\n    messageId\n    message {\n      id\n    }\n    actions {\n      ...ActionFields\n    }\n  }\n': typeof types.CallLogFieldsFragmentDoc;
  '\n    query LargeList($locationId: ID!) {\n      callLogs(locationId: $locationId, first: 100) {\n        nodes {\n          id\n          transcript\n          summary\n        }\n      }\n    }\n  ': typeof types.LargeListDocument;
  '\n          query CappedContacts($locationId: ID!) {\n            callLogs(locationId: $locationId, first: 20, filter: { callType: LIVE }) {\n              nodes {\n                id\n                contactId\n                contact {\n                  name\n                }\n              }\n            }\n          }\n        ': typeof types.CappedContactsDocument;
  '\n          query HurriedContacts($locationId: ID!) {\n            callLogs(locationId: $locationId, first: 3, filter: { callType: LIVE }) {\n              nodes {\n                id\n                contact {\n                  name\n                }\n              }\n            }\n          }\n        ': typeof types.HurriedContactsDocument;
  '\n  subscription ScaleOutCalls($locationId: ID!) {\n    callLogCreated(locationId: $locationId) {\n      id\n      contact {\n        name\n      }\n    }\n  }\n': typeof types.ScaleOutCallsDocument;
  '\n  query LiveCallLogs($locationId: ID!, $first: Int!) {\n    callLogs(locationId: $locationId, first: $first, filter: { callType: LIVE }) {\n      nodes {\n        id\n        contact {\n          name\n        }\n        agent {\n          name\n        }\n      }\n    }\n  }\n': typeof types.LiveCallLogsDocument;
  '\n  query RedisEntryPage($locationId: ID!) {\n    callLogs(locationId: $locationId, first: 6, filter: { callType: LIVE }) {\n      nodes {\n        id\n        contact {\n          name\n        }\n        agent {\n          name\n        }\n      }\n    }\n  }\n': typeof types.RedisEntryPageDocument;
  '\n  query FrozenRedisPage($locationId: ID!, $first: Int!) {\n    callLogs(locationId: $locationId, first: $first, filter: { callType: LIVE }) {\n      nodes {\n        id\n        contact {\n          name\n        }\n        agent {\n          name\n        }\n      }\n    }\n  }\n': typeof types.FrozenRedisPageDocument;
  '\n  query Dashboard($locationId: ID!, $filter: CallLogFilter) {\n    callLogs(locationId: $locationId, filter: $filter, first: 50) {\n      nodes {\n        ...CallLogFields\n        contact {\n          id\n          name\n          email\n        }\n        agent {\n          id\n          name\n        }\n        actions {\n          ... on WorkflowTriggerAction {\n            workflow {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.DashboardDocument;
  '\n        query IdsOnly($locationId: ID!) {\n          callLogs(locationId: $locationId, first: 50) {\n            totalCount\n            nodes {\n              ...CallLogFields\n            }\n          }\n        }\n      ': typeof types.IdsOnlyDocument;
  '\n  query InFlight {\n    callLogs(locationId: "LOC123456789ABCDEF", first: 3) {\n      totalCount\n      nodes {\n        id\n        duration\n        contact {\n          name\n        }\n        agent {\n          name\n        }\n      }\n    }\n  }\n': typeof types.InFlightDocument;
  '\n    subscription ShutdownCalls($locationId: ID!) {\n      callLogCreated(locationId: $locationId) {\n        id\n      }\n    }\n  ': typeof types.ShutdownCallsDocument;
  '\n  query ListBesideOne($locationId: ID!, $id: ID!) {\n    callLogs(locationId: $locationId, first: 5) {\n      totalCount\n    }\n    callLog(locationId: $locationId, id: $id) {\n      id\n      duration\n    }\n  }\n': typeof types.ListBesideOneDocument;
  '\n  query ContactWithCalls($locationId: ID!, $id: ID!) {\n    callLog(locationId: $locationId, id: $id) {\n      id\n      contact {\n        id\n        name\n        callLogs(first: 3) {\n          totalCount\n        }\n      }\n    }\n  }\n': typeof types.ContactWithCallsDocument;
  '\n  query FullStatistics($locationId: ID!, $range: CallStatisticsRange!, $filter: CallLogFilter) {\n    callStatistics(locationId: $locationId, range: $range, filter: $filter) {\n      timeZone\n      count\n      liveCount\n      trialCount\n      duration {\n        ...DurationFields\n      }\n      byDay {\n        date\n        count\n        liveCount\n        trialCount\n        duration {\n          ...DurationFields\n        }\n        complete\n      }\n      byHourOfDay {\n        hour\n        count\n      }\n      byAgent {\n        agentId\n        isAgentDeleted\n        count\n        duration {\n          ...DurationFields\n        }\n      }\n      byActionType {\n        type\n        calls\n        executions\n      }\n      coverage {\n        complete\n        scannedCalls\n        upstreamRequests\n        cachedDays\n        plan\n      }\n    }\n  }\n\n  fragment DurationFields on DurationStatistics {\n    count\n    total\n    average\n    median\n    p90\n    min\n    max\n  }\n': typeof types.FullStatisticsDocument;
  '\n  query StatisticsCounts($locationId: ID!, $range: CallStatisticsRange!, $filter: CallLogFilter) {\n    callStatistics(locationId: $locationId, range: $range, filter: $filter) {\n      count\n      liveCount\n      trialCount\n      coverage {\n        upstreamRequests\n        plan\n      }\n    }\n  }\n': typeof types.StatisticsCountsDocument;
  '\n  query StatisticsCountOnly($locationId: ID!, $range: CallStatisticsRange!) {\n    callStatistics(locationId: $locationId, range: $range) {\n      count\n    }\n  }\n': typeof types.StatisticsCountOnlyDocument;
  '\n  query StatisticsTrialCountOnly($locationId: ID!, $range: CallStatisticsRange!) {\n    callStatistics(locationId: $locationId, range: $range) {\n      trialCount\n    }\n  }\n': typeof types.StatisticsTrialCountOnlyDocument;
  '\n  query StatisticsActionTypeCalls($locationId: ID!, $range: CallStatisticsRange!) {\n    callStatistics(locationId: $locationId, range: $range) {\n      byActionType {\n        type\n        calls\n      }\n      coverage {\n        upstreamRequests\n        plan\n      }\n    }\n  }\n': typeof types.StatisticsActionTypeCallsDocument;
  '\n  query StatisticsAgentNames($locationId: ID!, $range: CallStatisticsRange!) {\n    callStatistics(locationId: $locationId, range: $range) {\n      byAgent {\n        agentId\n        agent {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.StatisticsAgentNamesDocument;
  '\n  subscription BoundedCalls($locationId: ID!) {\n    callLogCreated(locationId: $locationId) {\n      id\n    }\n  }\n': typeof types.BoundedCallsDocument;
  '\n  subscription DeliveryCalls($locationId: ID!, $since: DateTime) {\n    callLogCreated(locationId: $locationId, since: $since) {\n      id\n      contact {\n        id\n        name\n      }\n      agent {\n        name\n      }\n    }\n  }\n': typeof types.DeliveryCallsDocument;
  '\n  subscription LiveCallIds($locationId: ID!) {\n    callLogCreated(locationId: $locationId) {\n      id\n    }\n  }\n': typeof types.LiveCallIdsDocument;
  '\n  subscription LiveCallsTest($locationId: ID!, $filter: LiveCallLogFilter) {\n    callLogCreated(locationId: $locationId, filter: $filter) {\n      id\n      locationId\n      duration\n      summary\n      contact {\n        id\n        name\n      }\n      agent {\n        id\n        name\n      }\n      actions {\n        __typename\n        ... on CustomAction {\n          api {\n            hasAuthenticationValue\n            authenticationValueMasked\n          }\n        }\n      }\n    }\n  }\n': typeof types.LiveCallsTestDocument;
  '\n  fragment TenantNode on CallLog {\n    id\n    locationId\n    contact {\n      id\n      name\n      locationId\n    }\n    agent {\n      id\n      name\n      locationId\n    }\n  }\n': typeof types.TenantNodeFragmentDoc;
  '\n  query TenantCallLogs($locationId: ID!, $first: Int!, $orderBy: CallLogOrder) {\n    callLogs(locationId: $locationId, first: $first, orderBy: $orderBy) {\n      nodes {\n        ...TenantNode\n      }\n    }\n  }\n': typeof types.TenantCallLogsDocument;
  '\n  query TenantCallLog($locationId: ID!, $id: ID!) {\n    callLog(locationId: $locationId, id: $id) {\n      ...TenantNode\n    }\n  }\n': typeof types.TenantCallLogDocument;
  '\n  query LocalTierPage($locationId: ID!) {\n    callLogs(locationId: $locationId, first: 10, filter: { callType: LIVE }) {\n      nodes {\n        id\n        contact {\n          name\n        }\n        agent {\n          name\n        }\n      }\n    }\n  }\n': typeof types.LocalTierPageDocument;
  '\n        query OddCallLogs($locationId: ID!) {\n          callLogs(locationId: $locationId, last: 5) {\n            nodes {\n              ...CallLogFields\n            }\n          }\n        }\n      ': typeof types.OddCallLogsDocument;
  '\n  query WebhookCallContact($locationId: ID!, $id: ID!) {\n    callLog(locationId: $locationId, id: $id) {\n      id\n      contact {\n        id\n        name\n      }\n    }\n  }\n': typeof types.WebhookCallContactDocument;
};
const documents: Documents = {
  '\n  query PageActions($locationId: ID!) {\n    callLogs(locationId: $locationId, first: 50) {\n      nodes {\n        id\n        actions {\n          __typename\n          id\n          actionId\n        }\n      }\n    }\n  }\n':
    types.PageActionsDocument,
  '\n  query AuthCallLogs($locationId: ID!, $first: Int) {\n    callLogs(locationId: $locationId, first: $first) {\n      nodes {\n        id\n        contact {\n          id\n          name\n          locationId\n        }\n        agent {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.AuthCallLogsDocument,
  '\n  query AuthCallLog($locationId: ID!, $id: ID!) {\n    callLog(locationId: $locationId, id: $id) {\n      id\n      contact {\n        id\n        name\n        locationId\n      }\n    }\n  }\n':
    types.AuthCallLogDocument,
  '\n  query Entities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Contact {\n        id\n        name\n        email\n        phone\n        contactLocationId: locationId\n      }\n      ... on Agent {\n        id\n        name\n        locationId\n      }\n      ... on CallLog {\n        id\n        locationId\n        summary\n      }\n    }\n  }\n':
    types.EntitiesDocument,
  '\n  query CachedPage($locationId: ID!) {\n    callLogs(locationId: $locationId, first: 10, filter: { callType: LIVE }) {\n      nodes {\n        id\n        contact {\n          name\n        }\n        agent {\n          name\n        }\n      }\n    }\n  }\n':
    types.CachedPageDocument,
  '\n  query CallLog($locationId: ID!, $id: ID!) {\n    callLog(locationId: $locationId, id: $id) {\n      ...CallLogFields\n    }\n  }\n':
    types.CallLogDocument,
  '\n  query CallLogs(\n    $locationId: ID!\n    $filter: CallLogFilter\n    $orderBy: CallLogOrder\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    callLogs(\n      locationId: $locationId\n      filter: $filter\n      orderBy: $orderBy\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n      }\n    }\n  }\n':
    types.CallLogsDocument,
  '\n        query TimedOutContact($locationId: ID!) {\n          callLogs(locationId: $locationId, first: 1, filter: { callType: LIVE }) {\n            nodes {\n              id\n              contact {\n                name\n              }\n            }\n          }\n        }\n      ':
    types.TimedOutContactDocument,
  '\n  query Cursors($locationId: ID!, $filter: CallLogFilter, $orderBy: CallLogOrder) {\n    callLogs(locationId: $locationId, filter: $filter, orderBy: $orderBy, first: 200) {\n      edges {\n        cursor\n      }\n    }\n  }\n':
    types.CursorsDocument,
  '\n        query AgentsAndWorkflows($representations: [_Any!]!) {\n          _entities(representations: $representations) {\n            ... on Agent {\n              id\n              name\n            }\n            ... on Workflow {\n              id\n              name\n            }\n          }\n        }\n      ':
    types.AgentsAndWorkflowsDocument,
  '\n        query EntityCallLogs($representations: [_Any!]!) {\n          _entities(representations: $representations) {\n            ... on CallLog {\n              id\n              duration\n            }\n          }\n        }\n      ':
    types.EntityCallLogsDocument,
  '\n    query EntityContactCalls($representations: [_Any!]!, $first: Int, $after: String) {\n      _entities(representations: $representations) {\n        ... on Contact {\n          id\n          callLogs(first: $first, after: $after) {\n            totalCount\n            edges {\n              node {\n                id\n                contact {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  ':
    types.EntityContactCallsDocument,
  '\n  fragment ApolloAction on Action {\n    id\n    actionId\n    type\n    name\n    executedAt\n  }\n':
    types.ApolloActionFragmentDoc,
  '\n  fragment ApolloRow on CallLog {\n    id\n    locationId\n    duration\n    summary\n    contact {\n      id\n      name\n    }\n    agent {\n      id\n      locationId\n      name\n    }\n    actions {\n      ...ApolloAction\n      ... on WorkflowTriggerAction {\n        workflow {\n          id\n          locationId\n          name\n        }\n      }\n    }\n  }\n':
    types.ApolloRowFragmentDoc,
  '\n  query ApolloPage($locationId: ID!, $first: Int!) {\n    callLogs(locationId: $locationId, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApolloRow\n        }\n      }\n    }\n  }\n':
    types.ApolloPageDocument,
  '\n  query ApolloCallLog($locationId: ID!, $id: ID!) {\n    callLog(locationId: $locationId, id: $id) {\n      ...ApolloRow\n    }\n  }\n':
    types.ApolloCallLogDocument,
  '\n  query ApolloListBesideOne($locationId: ID!, $id: ID!) {\n    callLogs(locationId: $locationId, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          locationId\n        }\n      }\n    }\n    callLog(locationId: $locationId, id: $id) {\n      id\n      locationId\n      duration\n    }\n  }\n':
    types.ApolloListBesideOneDocument,
  '\n      query RealCursors($locationId: ID!) {\n        callLogs(locationId: $locationId, first: 30) {\n          edges {\n            cursor\n            node {\n              id\n            }\n          }\n        }\n      }\n    ':
    types.RealCursorsDocument,
  '\n  fragment ActionFields on Action {\n    __typename\n    id\n    actionId\n    type\n    rawType\n    name\n    description\n    executedAt\n    triggerReceivedAt\n    rawParameters\n    ... on CallTransferAction {\n      triggerPrompt\n      triggerMessage\n      transferToType\n      transferToNumber\n      hearWhisperMessage\n    }\n    ... on SmsAction {\n      triggerPrompt\n      triggerMessage\n      messageBody\n    }\n    ... on DataExtractionAction {\n      contactFieldId\n      contactField {\n        id\n      }\n      extractionDescription\n      examples\n      overwriteExistingValue\n    }\n    ... on InCallDataExtractionAction {\n      contactFieldId\n      contactField {\n        id\n      }\n      extractionDescription\n      examples\n      overwriteExistingValue\n    }\n    ... on WorkflowTriggerAction {\n      triggerPrompt\n      triggerMessage\n      workflowId\n      workflow {\n        id\n      }\n    }\n    ... on AppointmentBookingAction {\n      calendarId\n      calendar {\n        id\n      }\n      daysOfOfferingDates\n      slotsPerDay\n      hoursBetweenSlots\n    }\n    ... on CustomAction {\n      triggerPrompt\n      triggerMessage\n      responsePaths\n      api {\n        url\n        method\n        authenticationRequired\n        hasAuthenticationValue\n        authenticationValueMasked\n        headers {\n          key\n          value\n        }\n        parameters {\n          name\n          description\n          type\n          example\n        }\n      }\n    }\n    ... on KnowledgeBaseAction {\n      triggerPrompt\n      triggerMessage\n      knowledgeBaseId\n      knowledgeBase {\n        id\n      }\n      parameters {\n        name\n        description\n        type\n        example\n      }\n    }\n  }\n':
    types.ActionFieldsFragmentDoc,
  '\n  fragment CallLogFields on CallLog {\n    id\n    locationId\n    agentId\n    agent {\n      id\n    }\n    isAgentDeleted\n    contactId\n    contact {\n      id\n    }\n    fromNumber\n    createdAt\n    duration\n    callType\n    isTrialCall\n    summary\n    transcript\n    transcriptTurns {\n      speaker\n      text\n    }\n    translation {\n      enabled\n      language\n      translatedTranscript\n      raw\n    }\n    extractedData\n    messageId\n    message {\n      id\n    }\n    actions {\n      ...ActionFields\n    }\n  }\n':
    types.CallLogFieldsFragmentDoc,
  '\n    query LargeList($locationId: ID!) {\n      callLogs(locationId: $locationId, first: 100) {\n        nodes {\n          id\n          transcript\n          summary\n        }\n      }\n    }\n  ':
    types.LargeListDocument,
  '\n          query CappedContacts($locationId: ID!) {\n            callLogs(locationId: $locationId, first: 20, filter: { callType: LIVE }) {\n              nodes {\n                id\n                contactId\n                contact {\n                  name\n                }\n              }\n            }\n          }\n        ':
    types.CappedContactsDocument,
  '\n          query HurriedContacts($locationId: ID!) {\n            callLogs(locationId: $locationId, first: 3, filter: { callType: LIVE }) {\n              nodes {\n                id\n                contact {\n                  name\n                }\n              }\n            }\n          }\n        ':
    types.HurriedContactsDocument,
  '\n  subscription ScaleOutCalls($locationId: ID!) {\n    callLogCreated(locationId: $locationId) {\n      id\n      contact {\n        name\n      }\n    }\n  }\n':
    types.ScaleOutCallsDocument,
  '\n  query LiveCallLogs($locationId: ID!, $first: Int!) {\n    callLogs(locationId: $locationId, first: $first, filter: { callType: LIVE }) {\n      nodes {\n        id\n        contact {\n          name\n        }\n        agent {\n          name\n        }\n      }\n    }\n  }\n':
    types.LiveCallLogsDocument,
  '\n  query RedisEntryPage($locationId: ID!) {\n    callLogs(locationId: $locationId, first: 6, filter: { callType: LIVE }) {\n      nodes {\n        id\n        contact {\n          name\n        }\n        agent {\n          name\n        }\n      }\n    }\n  }\n':
    types.RedisEntryPageDocument,
  '\n  query FrozenRedisPage($locationId: ID!, $first: Int!) {\n    callLogs(locationId: $locationId, first: $first, filter: { callType: LIVE }) {\n      nodes {\n        id\n        contact {\n          name\n        }\n        agent {\n          name\n        }\n      }\n    }\n  }\n':
    types.FrozenRedisPageDocument,
  '\n  query Dashboard($locationId: ID!, $filter: CallLogFilter) {\n    callLogs(locationId: $locationId, filter: $filter, first: 50) {\n      nodes {\n        ...CallLogFields\n        contact {\n          id\n          name\n          email\n        }\n        agent {\n          id\n          name\n        }\n        actions {\n          ... on WorkflowTriggerAction {\n            workflow {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.DashboardDocument,
  '\n        query IdsOnly($locationId: ID!) {\n          callLogs(locationId: $locationId, first: 50) {\n            totalCount\n            nodes {\n              ...CallLogFields\n            }\n          }\n        }\n      ':
    types.IdsOnlyDocument,
  '\n  query InFlight {\n    callLogs(locationId: "LOC123456789ABCDEF", first: 3) {\n      totalCount\n      nodes {\n        id\n        duration\n        contact {\n          name\n        }\n        agent {\n          name\n        }\n      }\n    }\n  }\n':
    types.InFlightDocument,
  '\n    subscription ShutdownCalls($locationId: ID!) {\n      callLogCreated(locationId: $locationId) {\n        id\n      }\n    }\n  ':
    types.ShutdownCallsDocument,
  '\n  query ListBesideOne($locationId: ID!, $id: ID!) {\n    callLogs(locationId: $locationId, first: 5) {\n      totalCount\n    }\n    callLog(locationId: $locationId, id: $id) {\n      id\n      duration\n    }\n  }\n':
    types.ListBesideOneDocument,
  '\n  query ContactWithCalls($locationId: ID!, $id: ID!) {\n    callLog(locationId: $locationId, id: $id) {\n      id\n      contact {\n        id\n        name\n        callLogs(first: 3) {\n          totalCount\n        }\n      }\n    }\n  }\n':
    types.ContactWithCallsDocument,
  '\n  query FullStatistics($locationId: ID!, $range: CallStatisticsRange!, $filter: CallLogFilter) {\n    callStatistics(locationId: $locationId, range: $range, filter: $filter) {\n      timeZone\n      count\n      liveCount\n      trialCount\n      duration {\n        ...DurationFields\n      }\n      byDay {\n        date\n        count\n        liveCount\n        trialCount\n        duration {\n          ...DurationFields\n        }\n        complete\n      }\n      byHourOfDay {\n        hour\n        count\n      }\n      byAgent {\n        agentId\n        isAgentDeleted\n        count\n        duration {\n          ...DurationFields\n        }\n      }\n      byActionType {\n        type\n        calls\n        executions\n      }\n      coverage {\n        complete\n        scannedCalls\n        upstreamRequests\n        cachedDays\n        plan\n      }\n    }\n  }\n\n  fragment DurationFields on DurationStatistics {\n    count\n    total\n    average\n    median\n    p90\n    min\n    max\n  }\n':
    types.FullStatisticsDocument,
  '\n  query StatisticsCounts($locationId: ID!, $range: CallStatisticsRange!, $filter: CallLogFilter) {\n    callStatistics(locationId: $locationId, range: $range, filter: $filter) {\n      count\n      liveCount\n      trialCount\n      coverage {\n        upstreamRequests\n        plan\n      }\n    }\n  }\n':
    types.StatisticsCountsDocument,
  '\n  query StatisticsCountOnly($locationId: ID!, $range: CallStatisticsRange!) {\n    callStatistics(locationId: $locationId, range: $range) {\n      count\n    }\n  }\n':
    types.StatisticsCountOnlyDocument,
  '\n  query StatisticsTrialCountOnly($locationId: ID!, $range: CallStatisticsRange!) {\n    callStatistics(locationId: $locationId, range: $range) {\n      trialCount\n    }\n  }\n':
    types.StatisticsTrialCountOnlyDocument,
  '\n  query StatisticsActionTypeCalls($locationId: ID!, $range: CallStatisticsRange!) {\n    callStatistics(locationId: $locationId, range: $range) {\n      byActionType {\n        type\n        calls\n      }\n      coverage {\n        upstreamRequests\n        plan\n      }\n    }\n  }\n':
    types.StatisticsActionTypeCallsDocument,
  '\n  query StatisticsAgentNames($locationId: ID!, $range: CallStatisticsRange!) {\n    callStatistics(locationId: $locationId, range: $range) {\n      byAgent {\n        agentId\n        agent {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.StatisticsAgentNamesDocument,
  '\n  subscription BoundedCalls($locationId: ID!) {\n    callLogCreated(locationId: $locationId) {\n      id\n    }\n  }\n':
    types.BoundedCallsDocument,
  '\n  subscription DeliveryCalls($locationId: ID!, $since: DateTime) {\n    callLogCreated(locationId: $locationId, since: $since) {\n      id\n      contact {\n        id\n        name\n      }\n      agent {\n        name\n      }\n    }\n  }\n':
    types.DeliveryCallsDocument,
  '\n  subscription LiveCallIds($locationId: ID!) {\n    callLogCreated(locationId: $locationId) {\n      id\n    }\n  }\n':
    types.LiveCallIdsDocument,
  '\n  subscription LiveCallsTest($locationId: ID!, $filter: LiveCallLogFilter) {\n    callLogCreated(locationId: $locationId, filter: $filter) {\n      id\n      locationId\n      duration\n      summary\n      contact {\n        id\n        name\n      }\n      agent {\n        id\n        name\n      }\n      actions {\n        __typename\n        ... on CustomAction {\n          api {\n            hasAuthenticationValue\n            authenticationValueMasked\n          }\n        }\n      }\n    }\n  }\n':
    types.LiveCallsTestDocument,
  '\n  fragment TenantNode on CallLog {\n    id\n    locationId\n    contact {\n      id\n      name\n      locationId\n    }\n    agent {\n      id\n      name\n      locationId\n    }\n  }\n':
    types.TenantNodeFragmentDoc,
  '\n  query TenantCallLogs($locationId: ID!, $first: Int!, $orderBy: CallLogOrder) {\n    callLogs(locationId: $locationId, first: $first, orderBy: $orderBy) {\n      nodes {\n        ...TenantNode\n      }\n    }\n  }\n':
    types.TenantCallLogsDocument,
  '\n  query TenantCallLog($locationId: ID!, $id: ID!) {\n    callLog(locationId: $locationId, id: $id) {\n      ...TenantNode\n    }\n  }\n':
    types.TenantCallLogDocument,
  '\n  query LocalTierPage($locationId: ID!) {\n    callLogs(locationId: $locationId, first: 10, filter: { callType: LIVE }) {\n      nodes {\n        id\n        contact {\n          name\n        }\n        agent {\n          name\n        }\n      }\n    }\n  }\n':
    types.LocalTierPageDocument,
  '\n        query OddCallLogs($locationId: ID!) {\n          callLogs(locationId: $locationId, last: 5) {\n            nodes {\n              ...CallLogFields\n            }\n          }\n        }\n      ':
    types.OddCallLogsDocument,
  '\n  query WebhookCallContact($locationId: ID!, $id: ID!) {\n    callLog(locationId: $locationId, id: $id) {\n      id\n      contact {\n        id\n        name\n      }\n    }\n  }\n':
    types.WebhookCallContactDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PageActions($locationId: ID!) {\n    callLogs(locationId: $locationId, first: 50) {\n      nodes {\n        id\n        actions {\n          __typename\n          id\n          actionId\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').PageActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuthCallLogs($locationId: ID!, $first: Int) {\n    callLogs(locationId: $locationId, first: $first) {\n      nodes {\n        id\n        contact {\n          id\n          name\n          locationId\n        }\n        agent {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').AuthCallLogsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuthCallLog($locationId: ID!, $id: ID!) {\n    callLog(locationId: $locationId, id: $id) {\n      id\n      contact {\n        id\n        name\n        locationId\n      }\n    }\n  }\n',
): typeof import('./graphql.js').AuthCallLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Entities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      ... on Contact {\n        id\n        name\n        email\n        phone\n        contactLocationId: locationId\n      }\n      ... on Agent {\n        id\n        name\n        locationId\n      }\n      ... on CallLog {\n        id\n        locationId\n        summary\n      }\n    }\n  }\n',
): typeof import('./graphql.js').EntitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CachedPage($locationId: ID!) {\n    callLogs(locationId: $locationId, first: 10, filter: { callType: LIVE }) {\n      nodes {\n        id\n        contact {\n          name\n        }\n        agent {\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CachedPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CallLog($locationId: ID!, $id: ID!) {\n    callLog(locationId: $locationId, id: $id) {\n      ...CallLogFields\n    }\n  }\n',
): typeof import('./graphql.js').CallLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CallLogs(\n    $locationId: ID!\n    $filter: CallLogFilter\n    $orderBy: CallLogOrder\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    callLogs(\n      locationId: $locationId\n      filter: $filter\n      orderBy: $orderBy\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CallLogsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n        query TimedOutContact($locationId: ID!) {\n          callLogs(locationId: $locationId, first: 1, filter: { callType: LIVE }) {\n            nodes {\n              id\n              contact {\n                name\n              }\n            }\n          }\n        }\n      ',
): typeof import('./graphql.js').TimedOutContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Cursors($locationId: ID!, $filter: CallLogFilter, $orderBy: CallLogOrder) {\n    callLogs(locationId: $locationId, filter: $filter, orderBy: $orderBy, first: 200) {\n      edges {\n        cursor\n      }\n    }\n  }\n',
): typeof import('./graphql.js').CursorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n        query AgentsAndWorkflows($representations: [_Any!]!) {\n          _entities(representations: $representations) {\n            ... on Agent {\n              id\n              name\n            }\n            ... on Workflow {\n              id\n              name\n            }\n          }\n        }\n      ',
): typeof import('./graphql.js').AgentsAndWorkflowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n        query EntityCallLogs($representations: [_Any!]!) {\n          _entities(representations: $representations) {\n            ... on CallLog {\n              id\n              duration\n            }\n          }\n        }\n      ',
): typeof import('./graphql.js').EntityCallLogsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    query EntityContactCalls($representations: [_Any!]!, $first: Int, $after: String) {\n      _entities(representations: $representations) {\n        ... on Contact {\n          id\n          callLogs(first: $first, after: $after) {\n            totalCount\n            edges {\n              node {\n                id\n                contact {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  ',
): typeof import('./graphql.js').EntityContactCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApolloAction on Action {\n    id\n    actionId\n    type\n    name\n    executedAt\n  }\n',
): typeof import('./graphql.js').ApolloActionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApolloRow on CallLog {\n    id\n    locationId\n    duration\n    summary\n    contact {\n      id\n      name\n    }\n    agent {\n      id\n      locationId\n      name\n    }\n    actions {\n      ...ApolloAction\n      ... on WorkflowTriggerAction {\n        workflow {\n          id\n          locationId\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').ApolloRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApolloPage($locationId: ID!, $first: Int!) {\n    callLogs(locationId: $locationId, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApolloRow\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').ApolloPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApolloCallLog($locationId: ID!, $id: ID!) {\n    callLog(locationId: $locationId, id: $id) {\n      ...ApolloRow\n    }\n  }\n',
): typeof import('./graphql.js').ApolloCallLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApolloListBesideOne($locationId: ID!, $id: ID!) {\n    callLogs(locationId: $locationId, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          locationId\n        }\n      }\n    }\n    callLog(locationId: $locationId, id: $id) {\n      id\n      locationId\n      duration\n    }\n  }\n',
): typeof import('./graphql.js').ApolloListBesideOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query RealCursors($locationId: ID!) {\n        callLogs(locationId: $locationId, first: 30) {\n          edges {\n            cursor\n            node {\n              id\n            }\n          }\n        }\n      }\n    ',
): typeof import('./graphql.js').RealCursorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ActionFields on Action {\n    __typename\n    id\n    actionId\n    type\n    rawType\n    name\n    description\n    executedAt\n    triggerReceivedAt\n    rawParameters\n    ... on CallTransferAction {\n      triggerPrompt\n      triggerMessage\n      transferToType\n      transferToNumber\n      hearWhisperMessage\n    }\n    ... on SmsAction {\n      triggerPrompt\n      triggerMessage\n      messageBody\n    }\n    ... on DataExtractionAction {\n      contactFieldId\n      contactField {\n        id\n      }\n      extractionDescription\n      examples\n      overwriteExistingValue\n    }\n    ... on InCallDataExtractionAction {\n      contactFieldId\n      contactField {\n        id\n      }\n      extractionDescription\n      examples\n      overwriteExistingValue\n    }\n    ... on WorkflowTriggerAction {\n      triggerPrompt\n      triggerMessage\n      workflowId\n      workflow {\n        id\n      }\n    }\n    ... on AppointmentBookingAction {\n      calendarId\n      calendar {\n        id\n      }\n      daysOfOfferingDates\n      slotsPerDay\n      hoursBetweenSlots\n    }\n    ... on CustomAction {\n      triggerPrompt\n      triggerMessage\n      responsePaths\n      api {\n        url\n        method\n        authenticationRequired\n        hasAuthenticationValue\n        authenticationValueMasked\n        headers {\n          key\n          value\n        }\n        parameters {\n          name\n          description\n          type\n          example\n        }\n      }\n    }\n    ... on KnowledgeBaseAction {\n      triggerPrompt\n      triggerMessage\n      knowledgeBaseId\n      knowledgeBase {\n        id\n      }\n      parameters {\n        name\n        description\n        type\n        example\n      }\n    }\n  }\n',
): typeof import('./graphql.js').ActionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CallLogFields on CallLog {\n    id\n    locationId\n    agentId\n    agent {\n      id\n    }\n    isAgentDeleted\n    contactId\n    contact {\n      id\n    }\n    fromNumber\n    createdAt\n    duration\n    callType\n    isTrialCall\n    summary\n    transcript\n    transcriptTurns {\n      speaker\n      text\n    }\n    translation {\n      enabled\n      language\n      translatedTranscript\n      raw\n    }\n    extractedData\n    messageId\n    message {\n      id\n    }\n    actions {\n      ...ActionFields\n    }\n  }\n',
): typeof import('./graphql.js').CallLogFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    query LargeList($locationId: ID!) {\n      callLogs(locationId: $locationId, first: 100) {\n        nodes {\n          id\n          transcript\n          summary\n        }\n      }\n    }\n  ',
): typeof import('./graphql.js').LargeListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n          query CappedContacts($locationId: ID!) {\n            callLogs(locationId: $locationId, first: 20, filter: { callType: LIVE }) {\n              nodes {\n                id\n                contactId\n                contact {\n                  name\n                }\n              }\n            }\n          }\n        ',
): typeof import('./graphql.js').CappedContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n          query HurriedContacts($locationId: ID!) {\n            callLogs(locationId: $locationId, first: 3, filter: { callType: LIVE }) {\n              nodes {\n                id\n                contact {\n                  name\n                }\n              }\n            }\n          }\n        ',
): typeof import('./graphql.js').HurriedContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription ScaleOutCalls($locationId: ID!) {\n    callLogCreated(locationId: $locationId) {\n      id\n      contact {\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql.js').ScaleOutCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LiveCallLogs($locationId: ID!, $first: Int!) {\n    callLogs(locationId: $locationId, first: $first, filter: { callType: LIVE }) {\n      nodes {\n        id\n        contact {\n          name\n        }\n        agent {\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').LiveCallLogsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RedisEntryPage($locationId: ID!) {\n    callLogs(locationId: $locationId, first: 6, filter: { callType: LIVE }) {\n      nodes {\n        id\n        contact {\n          name\n        }\n        agent {\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').RedisEntryPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FrozenRedisPage($locationId: ID!, $first: Int!) {\n    callLogs(locationId: $locationId, first: $first, filter: { callType: LIVE }) {\n      nodes {\n        id\n        contact {\n          name\n        }\n        agent {\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').FrozenRedisPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Dashboard($locationId: ID!, $filter: CallLogFilter) {\n    callLogs(locationId: $locationId, filter: $filter, first: 50) {\n      nodes {\n        ...CallLogFields\n        contact {\n          id\n          name\n          email\n        }\n        agent {\n          id\n          name\n        }\n        actions {\n          ... on WorkflowTriggerAction {\n            workflow {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n        query IdsOnly($locationId: ID!) {\n          callLogs(locationId: $locationId, first: 50) {\n            totalCount\n            nodes {\n              ...CallLogFields\n            }\n          }\n        }\n      ',
): typeof import('./graphql.js').IdsOnlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InFlight {\n    callLogs(locationId: "LOC123456789ABCDEF", first: 3) {\n      totalCount\n      nodes {\n        id\n        duration\n        contact {\n          name\n        }\n        agent {\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').InFlightDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    subscription ShutdownCalls($locationId: ID!) {\n      callLogCreated(locationId: $locationId) {\n        id\n      }\n    }\n  ',
): typeof import('./graphql.js').ShutdownCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ListBesideOne($locationId: ID!, $id: ID!) {\n    callLogs(locationId: $locationId, first: 5) {\n      totalCount\n    }\n    callLog(locationId: $locationId, id: $id) {\n      id\n      duration\n    }\n  }\n',
): typeof import('./graphql.js').ListBesideOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ContactWithCalls($locationId: ID!, $id: ID!) {\n    callLog(locationId: $locationId, id: $id) {\n      id\n      contact {\n        id\n        name\n        callLogs(first: 3) {\n          totalCount\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').ContactWithCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FullStatistics($locationId: ID!, $range: CallStatisticsRange!, $filter: CallLogFilter) {\n    callStatistics(locationId: $locationId, range: $range, filter: $filter) {\n      timeZone\n      count\n      liveCount\n      trialCount\n      duration {\n        ...DurationFields\n      }\n      byDay {\n        date\n        count\n        liveCount\n        trialCount\n        duration {\n          ...DurationFields\n        }\n        complete\n      }\n      byHourOfDay {\n        hour\n        count\n      }\n      byAgent {\n        agentId\n        isAgentDeleted\n        count\n        duration {\n          ...DurationFields\n        }\n      }\n      byActionType {\n        type\n        calls\n        executions\n      }\n      coverage {\n        complete\n        scannedCalls\n        upstreamRequests\n        cachedDays\n        plan\n      }\n    }\n  }\n\n  fragment DurationFields on DurationStatistics {\n    count\n    total\n    average\n    median\n    p90\n    min\n    max\n  }\n',
): typeof import('./graphql.js').FullStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StatisticsCounts($locationId: ID!, $range: CallStatisticsRange!, $filter: CallLogFilter) {\n    callStatistics(locationId: $locationId, range: $range, filter: $filter) {\n      count\n      liveCount\n      trialCount\n      coverage {\n        upstreamRequests\n        plan\n      }\n    }\n  }\n',
): typeof import('./graphql.js').StatisticsCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StatisticsCountOnly($locationId: ID!, $range: CallStatisticsRange!) {\n    callStatistics(locationId: $locationId, range: $range) {\n      count\n    }\n  }\n',
): typeof import('./graphql.js').StatisticsCountOnlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StatisticsTrialCountOnly($locationId: ID!, $range: CallStatisticsRange!) {\n    callStatistics(locationId: $locationId, range: $range) {\n      trialCount\n    }\n  }\n',
): typeof import('./graphql.js').StatisticsTrialCountOnlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StatisticsActionTypeCalls($locationId: ID!, $range: CallStatisticsRange!) {\n    callStatistics(locationId: $locationId, range: $range) {\n      byActionType {\n        type\n        calls\n      }\n      coverage {\n        upstreamRequests\n        plan\n      }\n    }\n  }\n',
): typeof import('./graphql.js').StatisticsActionTypeCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StatisticsAgentNames($locationId: ID!, $range: CallStatisticsRange!) {\n    callStatistics(locationId: $locationId, range: $range) {\n      byAgent {\n        agentId\n        agent {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').StatisticsAgentNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription BoundedCalls($locationId: ID!) {\n    callLogCreated(locationId: $locationId) {\n      id\n    }\n  }\n',
): typeof import('./graphql.js').BoundedCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription DeliveryCalls($locationId: ID!, $since: DateTime) {\n    callLogCreated(locationId: $locationId, since: $since) {\n      id\n      contact {\n        id\n        name\n      }\n      agent {\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql.js').DeliveryCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription LiveCallIds($locationId: ID!) {\n    callLogCreated(locationId: $locationId) {\n      id\n    }\n  }\n',
): typeof import('./graphql.js').LiveCallIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription LiveCallsTest($locationId: ID!, $filter: LiveCallLogFilter) {\n    callLogCreated(locationId: $locationId, filter: $filter) {\n      id\n      locationId\n      duration\n      summary\n      contact {\n        id\n        name\n      }\n      agent {\n        id\n        name\n      }\n      actions {\n        __typename\n        ... on CustomAction {\n          api {\n            hasAuthenticationValue\n            authenticationValueMasked\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').LiveCallsTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TenantNode on CallLog {\n    id\n    locationId\n    contact {\n      id\n      name\n      locationId\n    }\n    agent {\n      id\n      name\n      locationId\n    }\n  }\n',
): typeof import('./graphql.js').TenantNodeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TenantCallLogs($locationId: ID!, $first: Int!, $orderBy: CallLogOrder) {\n    callLogs(locationId: $locationId, first: $first, orderBy: $orderBy) {\n      nodes {\n        ...TenantNode\n      }\n    }\n  }\n',
): typeof import('./graphql.js').TenantCallLogsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TenantCallLog($locationId: ID!, $id: ID!) {\n    callLog(locationId: $locationId, id: $id) {\n      ...TenantNode\n    }\n  }\n',
): typeof import('./graphql.js').TenantCallLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LocalTierPage($locationId: ID!) {\n    callLogs(locationId: $locationId, first: 10, filter: { callType: LIVE }) {\n      nodes {\n        id\n        contact {\n          name\n        }\n        agent {\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').LocalTierPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n        query OddCallLogs($locationId: ID!) {\n          callLogs(locationId: $locationId, last: 5) {\n            nodes {\n              ...CallLogFields\n            }\n          }\n        }\n      ',
): typeof import('./graphql.js').OddCallLogsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebhookCallContact($locationId: ID!, $id: ID!) {\n    callLog(locationId: $locationId, id: $id) {\n      id\n      contact {\n        id\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebhookCallContactDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
