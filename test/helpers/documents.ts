// GraphQL fragments shared by tests (and mirrored by the README's example). A test's typed document spreads them by
// name (`...CallLogFields`): `npm run codegen` finds them here, appends them to each document that uses them, and
// types their fields into its response.
import { graphql } from '../generated/gql.js';

/** Every field of every action type, with references selected as `{ id }` only (costs no upstream call). */
export const ActionFields = graphql(`
  fragment ActionFields on Action {
    __typename
    id
    actionId
    type
    rawType
    name
    description
    executedAt
    triggerReceivedAt
    rawParameters
    ... on CallTransferAction {
      triggerPrompt
      triggerMessage
      transferToType
      transferToNumber
      hearWhisperMessage
    }
    ... on SmsAction {
      triggerPrompt
      triggerMessage
      messageBody
    }
    ... on DataExtractionAction {
      contactFieldId
      contactField {
        id
      }
      extractionDescription
      examples
      overwriteExistingValue
    }
    ... on InCallDataExtractionAction {
      contactFieldId
      contactField {
        id
      }
      extractionDescription
      examples
      overwriteExistingValue
    }
    ... on WorkflowTriggerAction {
      triggerPrompt
      triggerMessage
      workflowId
      workflow {
        id
      }
    }
    ... on AppointmentBookingAction {
      calendarId
      calendar {
        id
      }
      daysOfOfferingDates
      slotsPerDay
      hoursBetweenSlots
    }
    ... on CustomAction {
      triggerPrompt
      triggerMessage
      responsePaths
      api {
        url
        method
        authenticationRequired
        hasAuthenticationValue
        authenticationValueMasked
        headers {
          key
          value
        }
        parameters {
          name
          description
          type
          example
        }
      }
    }
    ... on KnowledgeBaseAction {
      triggerPrompt
      triggerMessage
      knowledgeBaseId
      knowledgeBase {
        id
      }
      parameters {
        name
        description
        type
        example
      }
    }
  }
`);

/**
 * Every field of a call log; references as `{ id }` only. Spread by name in documents, never imported.
 * @public
 */
export const CallLogFields = graphql(`
  fragment CallLogFields on CallLog {
    id
    locationId
    agentId
    agent {
      id
    }
    isAgentDeleted
    contactId
    contact {
      id
    }
    fromNumber
    createdAt
    duration
    callType
    isTrialCall
    summary
    transcript
    transcriptTurns {
      speaker
      text
    }
    translation {
      enabled
      language
      translatedTranscript
      raw
    }
    extractedData
    messageId
    message {
      id
    }
    actions {
      ...ActionFields
    }
  }
`);
