// The call log from HighLevel's "Get Call Log" reference page, verbatim (shared/highlevel-api/get-call-log.reference.txt),
// and the resources it references, so the documented example resolves end to end in location LOC123456789ABCDEF.
// Note what the real example does that the spec does not: `description` on every action, `responsePathsToExtract`,
// KNOWLEDGE_BASE `triggerMessage`/`parameters`, `translation.translatedTranscript`, a CALL_TRANSFER without
// `triggerPrompt`, and no `triggerReceivedAt` anywhere.
import type {
  AgentRecord,
  CalendarRecord,
  CallLogRecord,
  ContactRecord,
  CustomFieldRecord,
  KnowledgeBaseRecord,
  MessageRecord,
  WorkflowRecord,
} from './types.js';

export const REFERENCE_LOCATION_ID = 'LOC123456789ABCDEF';

export const REFERENCE_IDS = {
  callLog: '507f1f77bcf86cd799439011',
  contact: '507f1f77bcf86cd799439012',
  agent: '507f1f77bcf86cd799439013',
  message: '507f1f77bcf86cd799439014',
  phoneField: '507f1f77bcf86cd799439018',
  workflow: '507f1f77bcf86cd799439020',
  calendar: '507f1f77bcf86cd799439022',
  emailField: '507f1f77bcf86cd799439025',
  knowledgeBase: '507f1f77bcf86cd799439027',
} as const;

export const REFERENCE_CALL_LOG: CallLogRecord = {
  id: '507f1f77bcf86cd799439011',
  agentId: '507f1f77bcf86cd799439013',
  isAgentDeleted: false,
  createdAt: '2024-01-15T10:30:00.000Z',
  duration: 180,
  trialCall: false,
  executedCallActions: [
    {
      actionId: '507f1f77bcf86cd799439015',
      actionType: 'CALL_TRANSFER',
      actionName: 'Transfer to Manager',
      description: 'Transfers call to a manager when customer requests escalation',
      actionParameters: {
        transferToType: 'number',
        transferToValue: '+12345678901',
        triggerMessage: 'Let me transfer you to a manager right away',
        hearWhisperMessage: true,
      },
      executedAt: '2024-01-15T10:32:00.000Z',
    },
    {
      actionId: '507f1f77bcf86cd799439016',
      actionType: 'SMS',
      actionName: 'Send Confirmation SMS',
      description: 'Sends SMS confirmation to customer',
      actionParameters: {
        triggerPrompt: 'When caller asks for booking confirmation',
        triggerMessage: "I'll send you a confirmation text",
        messageBody: 'Your appointment is confirmed for tomorrow at 2 PM',
      },
      executedAt: '2024-01-15T10:33:30.000Z',
    },
    {
      actionId: '507f1f77bcf86cd799439017',
      actionType: 'DATA_EXTRACTION',
      actionName: 'Extract Phone Number',
      description: 'Extracts customer phone number for contact record',
      actionParameters: {
        contactFieldId: '507f1f77bcf86cd799439018',
        description: "Customer's phone number",
        examples: ['+1234567890', '+9876543210'],
        overwriteExistingValue: false,
      },
      executedAt: '2024-01-15T10:34:15.000Z',
    },
    {
      actionId: '507f1f77bcf86cd799439019',
      actionType: 'WORKFLOW_TRIGGER',
      actionName: 'Start Follow-up Workflow',
      description: 'Triggers follow-up workflow for lead nurturing',
      actionParameters: {
        triggerPrompt: 'When caller requests a quote',
        triggerMessage: 'Let me start that process for you',
        workflowId: '507f1f77bcf86cd799439020',
      },
      executedAt: '2024-01-15T10:35:00.000Z',
    },
    {
      actionId: '507f1f77bcf86cd799439021',
      actionType: 'APPOINTMENT_BOOKING',
      actionName: 'Book Consultation',
      description: 'Books consultation appointment with sales team',
      actionParameters: {
        calendarId: '507f1f77bcf86cd799439022',
        daysOfOfferingDates: 3,
        slotsPerDay: 3,
        hoursBetweenSlots: 1,
      },
      executedAt: '2024-01-15T10:36:45.000Z',
    },
    {
      actionId: '507f1f77bcf86cd799439023',
      actionType: 'CUSTOM_ACTION',
      actionName: 'Check Order Status',
      description: 'Checks order status via external API',
      actionParameters: {
        triggerPrompt: 'When caller provides order number',
        triggerMessage: 'Let me check that order status',
        apiDetails: {
          url: 'https://api.example.com/orders',
          method: 'GET',
          authenticationRequired: true,
          authenticationValue: 'token123',
          headers: [
            {
              key: 'Content-Type',
              value: 'application/json',
            },
          ],
          parameters: [
            {
              name: 'orderId',
              description: 'Order ID to look up',
              type: 'string',
              example: 'ORD-12345',
            },
          ],
        },
        responsePathsToExtract: ['data.orderId', 'status'],
      },
      executedAt: '2024-01-15T10:37:20.000Z',
    },
    {
      actionId: '507f1f77bcf86cd799439024',
      actionType: 'IN_CALL_DATA_EXTRACTION',
      actionName: 'Extract Email During Call',
      description: 'Extracts customer email during the call',
      actionParameters: {
        contactFieldId: '507f1f77bcf86cd799439025',
        description: "Customer's email address",
        examples: ['john@example.com', 'jane@company.com'],
        overwriteExistingValue: true,
      },
      executedAt: '2024-01-15T10:31:45.000Z',
    },
    {
      actionId: '507f1f77bcf86cd799439026',
      actionType: 'KNOWLEDGE_BASE',
      actionName: 'Query Product Info',
      description: 'Queries knowledge base for product information',
      actionParameters: {
        triggerPrompt: 'When caller asks about pricing',
        triggerMessage: 'Let me look that up for you',
        knowledgeBaseId: '507f1f77bcf86cd799439027',
        parameters: [
          {
            name: 'category',
            description: 'Product category to search',
            type: 'string',
            example: 'pricing',
          },
        ],
      },
      executedAt: '2024-01-15T10:38:10.000Z',
    },
  ],
  summary: 'Customer called to inquire about product pricing and was transferred to sales team.',
  transcript: 'bot: Hello, how can I help you today?\nhuman: I would like to know about your pricing...',
  contactId: '507f1f77bcf86cd799439012',
  fromNumber: '+1234567890',
  translation: {
    translatedTranscript: 'Translated version of the call transcript',
  },
  extractedData: {
    phoneNumber: '+1234567890',
    customerName: 'John Doe',
    email: 'john.doe@example.com',
    companyName: 'Acme Corp',
    customField1: 'Custom value',
    customField2: 'Another value',
  },
  messageId: '507f1f77bcf86cd799439014',
};

const REFERENCE_CREATED = '2023-11-02T16:04:11.000Z';

export const REFERENCE_CONTACT: ContactRecord = {
  id: REFERENCE_IDS.contact,
  name: 'John Doe',
  locationId: REFERENCE_LOCATION_ID,
  firstName: 'John',
  lastName: 'Doe',
  email: 'john.doe@example.com',
  emailLowerCase: 'john.doe@example.com',
  timezone: 'America/New_York',
  companyName: 'Acme Corp',
  phone: '+1234567890',
  dnd: false,
  dndSettings: { Call: { status: 'inactive' }, SMS: { status: 'inactive' }, Email: { status: 'inactive' } },
  type: 'customer',
  source: 'Voice AI',
  address1: '350 5th Ave',
  city: 'New York',
  state: 'NY',
  country: 'US',
  postalCode: '10118',
  website: 'https://acme.example.com',
  tags: ['customer', 'voice ai', 'vip'],
  dateAdded: REFERENCE_CREATED,
  dateUpdated: '2025-10-28T15:12:40.512Z',
  firstNameLowerCase: 'john',
  lastNameLowerCase: 'doe',
  fullNameLowerCase: 'john doe',
  lastActivity: '2025-10-28T15:12:40.512Z',
  customFields: [
    { id: REFERENCE_IDS.phoneField, value: '+1234567890' },
    { id: REFERENCE_IDS.emailField, value: 'john.doe@example.com' },
  ],
  attributionSource: { url: 'https://acme.example.com/pricing', medium: 'website', referrer: 'https://www.google.com' },
};

export const REFERENCE_AGENT: AgentRecord = {
  id: REFERENCE_IDS.agent,
  locationId: REFERENCE_LOCATION_ID,
  agentName: 'Customer Support Agent',
  businessName: 'Acme Corporation',
  welcomeMessage: 'Hello! Thank you for calling. How can I assist you today?',
  agentPrompt: 'You are a helpful customer service representative.',
  voiceId: '507f1f77bcf86cd799439011',
  language: 'en-US',
  patienceLevel: 'medium',
  maxCallDuration: 600,
  sendUserIdleReminders: true,
  reminderAfterIdleTimeSeconds: 5,
  inboundNumber: '+14155550100',
  numberPoolId: 'pool_507f1f77bcf86cd799439011',
  callEndWorkflowIds: [REFERENCE_IDS.workflow],
  sendPostCallNotificationTo: {
    admins: true,
    allUsers: false,
    contactAssignedUser: false,
    specificUsers: [],
    customEmails: ['support-leads@acme.example.com'],
  },
  agentWorkingHours: [1, 2, 3, 4, 5].map((day) => ({
    dayOfTheWeek: day as 1 | 2 | 3 | 4 | 5,
    intervals: [{ startHour: 9, startMinute: 0, endHour: 17, endMinute: 30 }],
  })),
  timezone: 'America/New_York',
  isAgentAsBackupDisabled: false,
  translation: { enabled: true, language: 'es' },
  // The agent's configuration of the eight actions in the reference log; configured parameters follow the spec
  // (a transfer has a triggerPrompt, a custom action names its paths `selectedPaths`).
  actions: [
    {
      id: '507f1f77bcf86cd799439015',
      actionType: 'CALL_TRANSFER',
      name: 'Transfer to Manager',
      actionParameters: {
        triggerPrompt: 'When the caller asks to speak to a manager',
        transferToType: 'number',
        transferToValue: '+12345678901',
        triggerMessage: 'Let me transfer you to a manager right away',
        hearWhisperMessage: true,
      },
    },
    {
      id: '507f1f77bcf86cd799439016',
      actionType: 'SMS',
      name: 'Send Confirmation SMS',
      actionParameters: {
        triggerPrompt: 'When caller asks for booking confirmation',
        triggerMessage: "I'll send you a confirmation text",
        messageBody: 'Your appointment is confirmed for tomorrow at 2 PM',
      },
    },
    {
      id: '507f1f77bcf86cd799439017',
      actionType: 'DATA_EXTRACTION',
      name: 'Extract Phone Number',
      actionParameters: {
        contactFieldId: REFERENCE_IDS.phoneField,
        description: "Customer's phone number",
        examples: ['+1234567890', '+9876543210'],
        overwriteExistingValue: false,
      },
    },
    {
      id: '507f1f77bcf86cd799439019',
      actionType: 'WORKFLOW_TRIGGER',
      name: 'Start Follow-up Workflow',
      actionParameters: {
        triggerPrompt: 'When caller requests a quote',
        triggerMessage: 'Let me start that process for you',
        workflowId: REFERENCE_IDS.workflow,
      },
    },
    {
      id: '507f1f77bcf86cd799439021',
      actionType: 'APPOINTMENT_BOOKING',
      name: 'Book Consultation',
      actionParameters: {
        calendarId: REFERENCE_IDS.calendar,
        daysOfOfferingDates: 3,
        slotsPerDay: 3,
        hoursBetweenSlots: 1,
      },
    },
    {
      id: '507f1f77bcf86cd799439023',
      actionType: 'CUSTOM_ACTION',
      name: 'Check Order Status',
      actionParameters: {
        triggerPrompt: 'When caller provides order number',
        triggerMessage: 'Let me check that order status',
        apiDetails: {
          url: 'https://api.example.com/orders',
          method: 'GET',
          authenticationRequired: true,
          authenticationValue: 'token123',
          headers: [{ key: 'Content-Type', value: 'application/json' }],
          parameters: [{ name: 'orderId', description: 'Order ID to look up', type: 'string', example: 'ORD-12345' }],
        },
        selectedPaths: ['data.orderId', 'status'],
      },
    },
    {
      id: '507f1f77bcf86cd799439024',
      actionType: 'IN_CALL_DATA_EXTRACTION',
      name: 'Extract Email During Call',
      actionParameters: {
        contactFieldId: REFERENCE_IDS.emailField,
        description: "Customer's email address",
        examples: ['john@example.com', 'jane@company.com'],
        overwriteExistingValue: true,
      },
    },
    {
      id: '507f1f77bcf86cd799439026',
      actionType: 'KNOWLEDGE_BASE',
      name: 'Query Product Info',
      actionParameters: {
        triggerPrompt: 'When caller asks about pricing',
        knowledgeBaseId: REFERENCE_IDS.knowledgeBase,
      },
    },
  ],
};

export const REFERENCE_MESSAGE: MessageRecord = {
  id: REFERENCE_IDS.message,
  type: 1,
  messageType: 'TYPE_CALL',
  locationId: REFERENCE_LOCATION_ID,
  contactId: REFERENCE_IDS.contact,
  conversationId: 'cNv0rEfErEnCe0000001',
  dateAdded: '2024-01-15T10:30:00.000Z',
  direction: 'inbound',
  contentType: 'text/plain',
  attachments: [],
  meta: { callDuration: '180', callStatus: 'completed' },
  source: 'app',
};

export const REFERENCE_CUSTOM_FIELDS: CustomFieldRecord[] = [
  {
    id: REFERENCE_IDS.phoneField,
    name: 'Customer Phone',
    fieldKey: 'contact.customer_phone',
    placeholder: '+1 555 555 5555',
    dataType: 'PHONE',
    position: 0,
    locationId: REFERENCE_LOCATION_ID,
    model: 'contact',
  },
  {
    id: REFERENCE_IDS.emailField,
    name: 'Customer Email',
    fieldKey: 'contact.customer_email',
    placeholder: 'name@example.com',
    dataType: 'TEXT',
    position: 50,
    locationId: REFERENCE_LOCATION_ID,
    model: 'contact',
  },
];

export const REFERENCE_WORKFLOW: WorkflowRecord = {
  id: REFERENCE_IDS.workflow,
  name: 'Lead Nurturing Follow-up',
  status: 'published',
  version: 7,
  createdAt: '2023-10-04T13:20:00.000Z',
  updatedAt: '2025-09-18T09:41:12.000Z',
  locationId: REFERENCE_LOCATION_ID,
};

export const REFERENCE_CALENDAR: CalendarRecord = {
  id: REFERENCE_IDS.calendar,
  locationId: REFERENCE_LOCATION_ID,
  name: 'Sales Consultation',
  description: 'Consultation appointment with the sales team',
  slug: 'sales-consultation',
  widgetSlug: 'sales-consultation',
  calendarType: 'round_robin',
  eventType: 'RoundRobin_OptimizeForAvailability',
  widgetType: 'default',
  eventTitle: '{{contact.name}} - Sales Consultation',
  eventColor: '#039be5',
  isActive: true,
  teamMembers: [
    // meetingLocationType is deprecated, yet the generated type requires it (it has a default) and HighLevel sends it.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    { userId: 'uSr0000000000000SAL1', priority: 0.5, meetingLocationType: 'custom', isPrimary: true },
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    { userId: 'uSr0000000000000SAL2', priority: 0.5, meetingLocationType: 'custom', isPrimary: false },
  ],
  locationConfigurations: [{ kind: 'google_conference' }],
  slotDuration: 30,
  slotDurationUnit: 'mins',
  slotInterval: 60,
  slotIntervalUnit: 'mins',
  slotBuffer: 0,
  preBuffer: 0,
  appoinmentPerSlot: 1,
  appoinmentPerDay: 8,
  allowBookingAfter: 1,
  allowBookingAfterUnit: 'days',
  allowBookingFor: 30,
  allowBookingForUnit: 'days',
  openHours: [
    { daysOfTheWeek: [1, 2, 3, 4, 5], hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }] },
  ],
  enableRecurring: false,
  autoConfirm: true,
  allowReschedule: true,
  allowCancellation: true,
  googleInvitationEmails: false,
  formSubmitType: 'ThankYouMessage',
  formSubmitThanksMessage: 'Thank you! Your consultation is booked.',
  guestType: 'count_only',
  lookBusyConfig: { enabled: false, LookBusyPercentage: 0 },
};

export const REFERENCE_KNOWLEDGE_BASE: KnowledgeBaseRecord = {
  id: REFERENCE_IDS.knowledgeBase,
  name: 'Product Catalog & Pricing',
  nameLowerCase: 'product catalog & pricing',
  locationId: REFERENCE_LOCATION_ID,
  deleted: false,
  createdAt: '2023-09-12T08:15:30.000Z',
  updatedAt: '2025-10-20T17:02:44.000Z',
  kbMetadata: { faqs: 24, urls: 64, richText: 3, files: 5, webSearches: 0, tables: 1 },
  isDefault: true,
};
