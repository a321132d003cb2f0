// GraphQL documents shared by tests (and mirrored by the README's example).

/** Every field of every action type, with references selected as `{ id }` only (costs no upstream call). */
export const ACTION_FIELDS = /* GraphQL */ `
  __typename
  id
  type
  rawType
  name
  description
  executedAt
  triggerReceivedAt
  rawParameters
  ... on CallTransferAction { triggerPrompt triggerMessage transferToType transferToNumber hearWhisperMessage }
  ... on SmsAction { triggerPrompt triggerMessage messageBody }
  ... on DataExtractionAction { contactFieldId contactField { id } extractionDescription examples overwriteExistingValue }
  ... on InCallDataExtractionAction { contactFieldId contactField { id } extractionDescription examples overwriteExistingValue }
  ... on WorkflowTriggerAction { triggerPrompt triggerMessage workflowId workflow { id } }
  ... on AppointmentBookingAction { calendarId calendar { id } daysOfOfferingDates slotsPerDay hoursBetweenSlots }
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
      headers { key value }
      parameters { name description type example }
    }
  }
  ... on KnowledgeBaseAction { triggerPrompt triggerMessage knowledgeBaseId knowledgeBase { id } parameters { name description type example } }
`;

/** Every field of a call log; references as `{ id }` only. */
export const CALL_LOG_FIELDS = /* GraphQL */ `
  id
  locationId
  agentId
  agent { id }
  isAgentDeleted
  contactId
  contact { id }
  fromNumber
  createdAt
  duration
  callType
  isTrialCall
  summary
  transcript
  transcriptTurns { speaker text }
  translation { enabled language translatedTranscript raw }
  extractedData
  messageId
  message { id }
  actions { ${ACTION_FIELDS} }
`;
