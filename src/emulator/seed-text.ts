// Words and sentences the seed composes call logs from: names, and one business theme per location (what callers
// ask about, which actions the agents are configured with, the lines those actions add to a transcript).
import type { ActionType, CustomActionApiDetails, CustomActionParameter } from './types.js';

export const FIRST_NAMES = [
  'James',
  'Maria',
  'Robert',
  'Linda',
  'Michael',
  'Patricia',
  'David',
  'Jennifer',
  'William',
  'Elizabeth',
  'Carlos',
  'Aisha',
  'Wei',
  'Priya',
  'Daniel',
  'Sofia',
  'Thomas',
  'Emily',
  'Kevin',
  'Olivia',
  'Andre',
  'Hannah',
  'Luis',
  'Grace',
  'Samuel',
  'Chloe',
  'Ahmed',
  'Natalie',
  'Brian',
  'Fatima',
  'Jorge',
  'Megan',
  'Tyler',
  'Yuki',
  'Marcus',
  'Rachel',
  'Diego',
  'Lauren',
  'Ethan',
  'Zoe',
] as const;

export const LAST_NAMES = [
  'Smith',
  'Johnson',
  'Garcia',
  'Brown',
  'Nguyen',
  'Patel',
  'Williams',
  'Martinez',
  'Lee',
  'Davis',
  'Rodriguez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Moore',
  'Jackson',
  'Kim',
  'Lopez',
  'Harris',
  'Clark',
  'Lewis',
  'Walker',
  'Young',
  'Hernandez',
  'King',
  'Wright',
  'Chen',
  'Scott',
  'Green',
  'Baker',
  "O'Brien",
  'Adams',
  'Nelson',
  'Hill',
  'Ramirez',
  'Campbell',
  'Mitchell',
  'Roberts',
  'Carter',
  'Okafor',
] as const;

export const EMAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.com', 'proton.me'];

export const CITIES = [
  { city: 'Austin', state: 'TX', postalCode: '78701', timezone: 'America/Chicago', areaCode: '512' },
  { city: 'Denver', state: 'CO', postalCode: '80202', timezone: 'America/Denver', areaCode: '303' },
  { city: 'Atlanta', state: 'GA', postalCode: '30303', timezone: 'America/New_York', areaCode: '404' },
  { city: 'Phoenix', state: 'AZ', postalCode: '85004', timezone: 'America/Phoenix', areaCode: '602' },
  { city: 'Seattle', state: 'WA', postalCode: '98101', timezone: 'America/Los_Angeles', areaCode: '206' },
  { city: 'Columbus', state: 'OH', postalCode: '43215', timezone: 'America/New_York', areaCode: '614' },
  { city: 'Nashville', state: 'TN', postalCode: '37203', timezone: 'America/Chicago', areaCode: '615' },
  { city: 'Tampa', state: 'FL', postalCode: '33602', timezone: 'America/New_York', areaCode: '813' },
] as const;

export const STREETS = ['Main St', 'Oak Ave', 'Maple Dr', 'Cedar Ln', 'Park Blvd', 'Lakeview Rd', '2nd St', 'Elm Ct'];

export const COMPANIES = [
  'Northwind Traders',
  'Globex LLC',
  'Initech',
  'Umbrella Dental',
  'Stark Logistics',
  'Wayne Foods',
];

export const CONTACT_TAGS = [
  'voice ai',
  'inbound call',
  'new lead',
  'customer',
  'vip',
  'follow up',
  'quote sent',
  'booked',
];

export const CONTACT_SOURCES = ['Voice AI', 'public api', 'website form', 'facebook ad', 'referral', 'google ads'];

/** Speakers in transcripts; `null` writes a line without a prefix (HighLevel logs contain a few). */
type Speaker = 'bot' | 'human' | 'system' | null;
export type Line = readonly [Speaker, string];

/** Placeholders `{name}` in lines are filled per call (see seed.ts `fill`). */
export interface Topic {
  key: string;
  reason: string;
  opener: string;
  followUp: readonly Line[];
  summary: string;
  /** Action types this kind of call tends to trigger. */
  prefers: readonly ActionType[];
  /** Short calls: hang-ups, wrong numbers. */
  short?: boolean;
}

interface ActionTemplateBase {
  name: string;
  description: string;
  /** Lines the action adds to the transcript, in order. */
  lines: readonly Line[];
  /** Sentence appended to the summary. */
  outcome: string;
}

export type ActionTemplate = ActionTemplateBase &
  (
    | {
        type: 'CALL_TRANSFER';
        triggerPrompt: string;
        triggerMessage: string;
        transferTo: string;
        hearWhisperMessage?: boolean;
      }
    | { type: 'SMS'; triggerPrompt: string; triggerMessage: string; messageBody: string }
    | {
        type: 'DATA_EXTRACTION' | 'IN_CALL_DATA_EXTRACTION';
        /** Contact custom field, by name. */
        field: string;
        extractDescription: string;
        examples: string[];
        overwriteExistingValue?: boolean;
        /** extractedData key and the per-call placeholder that holds the value. */
        dataKey: string;
        valueFrom: string;
      }
    | { type: 'WORKFLOW_TRIGGER'; triggerPrompt: string; triggerMessage: string; workflow: string }
    | {
        type: 'APPOINTMENT_BOOKING';
        calendar: string;
        daysOfOfferingDates: number;
        slotsPerDay: number;
        hoursBetweenSlots: number;
      }
    | {
        type: 'CUSTOM_ACTION';
        triggerPrompt: string;
        triggerMessage: string;
        apiDetails: CustomActionApiDetails;
        paths: string[];
      }
    | {
        type: 'KNOWLEDGE_BASE';
        triggerPrompt: string;
        triggerMessage: string;
        knowledgeBase: string;
        parameters: CustomActionParameter[];
      }
  );

export interface FieldSpec {
  name: string;
  dataType: string;
  placeholder?: string;
  picklistOptions?: string[];
}

export interface Theme {
  businessName: string;
  agentNames: readonly string[];
  agentPrompt: string;
  welcomeMessage: string;
  topics: readonly Topic[];
  workflows: readonly string[];
  calendars: readonly { name: string; description: string }[];
  knowledgeBases: readonly string[];
  actions: readonly ActionTemplate[];
  smallTalk: readonly (readonly Line[])[];
  translations: readonly { language: string; sample: string }[];
}

export const CONTACT_FIELDS: readonly FieldSpec[] = [
  { name: 'Customer Phone', dataType: 'PHONE', placeholder: '+1 555 555 5555' },
  { name: 'Customer Email', dataType: 'TEXT', placeholder: 'name@example.com' },
  { name: 'Preferred Contact Time', dataType: 'SINGLE_OPTIONS', picklistOptions: ['Morning', 'Afternoon', 'Evening'] },
  { name: 'Budget', dataType: 'MONETORY', placeholder: '$' },
  { name: 'Company Size', dataType: 'SINGLE_OPTIONS', picklistOptions: ['1-10', '11-50', '51-200', '200+'] },
  { name: 'Order Number', dataType: 'TEXT', placeholder: 'ORD-00000' },
  { name: 'Service Address', dataType: 'LARGE_TEXT' },
  {
    name: 'Product Interest',
    dataType: 'MULTIPLE_OPTIONS',
    picklistOptions: ['Starter', 'Pro', 'Enterprise', 'Add-ons'],
  },
  { name: 'Callback Number', dataType: 'PHONE' },
  { name: 'Appointment Notes', dataType: 'LARGE_TEXT' },
  { name: 'Account Number', dataType: 'TEXT' },
  { name: 'Referral Source', dataType: 'TEXT' },
  { name: 'Industry', dataType: 'TEXT' },
  {
    name: 'Decision Timeline',
    dataType: 'SINGLE_OPTIONS',
    picklistOptions: ['This week', 'This month', 'This quarter', 'Later'],
  },
  { name: 'Current Provider', dataType: 'TEXT' },
  { name: 'Satisfaction Score', dataType: 'NUMERICAL' },
  { name: 'Membership Tier', dataType: 'SINGLE_OPTIONS', picklistOptions: ['None', 'Silver', 'Gold'] },
  { name: 'Last Service Date', dataType: 'DATE' },
  { name: 'Equipment Model', dataType: 'TEXT' },
  { name: 'Warranty Status', dataType: 'CHECKBOX', picklistOptions: ['Under warranty'] },
  { name: 'Language Preference', dataType: 'SINGLE_OPTIONS', picklistOptions: ['English', 'Spanish', 'French'] },
  { name: 'Issue Description', dataType: 'LARGE_TEXT' },
  { name: 'Urgency', dataType: 'SINGLE_OPTIONS', picklistOptions: ['Low', 'Medium', 'High', 'Emergency'] },
];

export const OPPORTUNITY_FIELDS: readonly FieldSpec[] = [
  { name: 'Deal Source', dataType: 'TEXT' },
  { name: 'Expected Close Date', dataType: 'DATE' },
  { name: 'Seats', dataType: 'NUMERICAL' },
  { name: 'Competitor', dataType: 'TEXT' },
];

const CLOSINGS: readonly Line[] = [
  ['human', "No, that's everything. Thanks for your help."],
  ['bot', 'You are welcome, {firstName}. Thanks for calling {business}, have a great day!'],
];

export { CLOSINGS };

export const ACME: Theme = {
  businessName: 'Acme Corporation',
  agentNames: [
    'Customer Support Agent',
    'Sales Assistant',
    'After-hours Receptionist',
    'Billing Helper',
    'Order Desk',
    'Demo Scheduler',
    'Spanish Line',
  ],
  agentPrompt:
    'You are a helpful customer service representative for Acme Corporation. Be concise, confirm details back to the caller and never quote prices that are not in the knowledge base.',
  welcomeMessage: 'Hello! Thank you for calling Acme Corporation. How can I assist you today?',
  topics: [
    {
      key: 'pricing',
      reason: 'Pricing inquiry',
      opener: 'I would like to know about your pricing for the Pro plan.',
      followUp: [
        ['bot', 'Of course. Is this for yourself or for a team?'],
        ['human', "It's for a team of about {seats} people."],
      ],
      summary: '{fullName} called to ask about Pro plan pricing for a team of {seats}.',
      prefers: ['KNOWLEDGE_BASE', 'DATA_EXTRACTION', 'WORKFLOW_TRIGGER', 'APPOINTMENT_BOOKING'],
    },
    {
      key: 'order-status',
      reason: 'Order status',
      opener: "Hi, I'm calling to check on an order I placed last week.",
      followUp: [
        ['bot', 'I can help with that. Do you have your order number handy?'],
        ['human', 'Yes, it is {orderNumber}.'],
      ],
      summary: '{fullName} asked for the status of order {orderNumber}.',
      prefers: ['CUSTOM_ACTION', 'IN_CALL_DATA_EXTRACTION', 'SMS'],
    },
    {
      key: 'consultation',
      reason: 'Book a consultation',
      opener: "I'd like to set up a consultation with someone from your sales team.",
      followUp: [
        ['bot', 'Happy to help. What would you like to cover in the consultation?'],
        ['human', 'Mostly onboarding and the enterprise features.'],
      ],
      summary: '{fullName} requested a sales consultation about onboarding and enterprise features.',
      prefers: ['APPOINTMENT_BOOKING', 'SMS', 'DATA_EXTRACTION', 'WORKFLOW_TRIGGER'],
    },
    {
      key: 'billing',
      reason: 'Billing issue',
      opener: 'I think I was charged twice on my last invoice.',
      followUp: [
        ['bot', "I'm sorry about that. Can you tell me the invoice number?"],
        ['human', "Sure, it's {invoiceNumber}."],
      ],
      summary: '{fullName} reported a possible duplicate charge on invoice {invoiceNumber}.',
      prefers: ['CALL_TRANSFER', 'CUSTOM_ACTION', 'IN_CALL_DATA_EXTRACTION'],
    },
    {
      key: 'return',
      reason: 'Return or refund',
      opener: 'I need to return an item that arrived damaged.',
      followUp: [
        ['bot', 'Sorry to hear that. Which order was it from?'],
        ['human', 'Order {orderNumber}, the wireless keyboard.'],
      ],
      summary: '{fullName} asked to return a damaged item from order {orderNumber}.',
      prefers: ['SMS', 'WORKFLOW_TRIGGER', 'CUSTOM_ACTION'],
    },
    {
      key: 'support',
      reason: 'Technical support',
      opener: "Hi, the dashboard hasn't been loading for me since this morning.",
      followUp: [
        ['bot', 'Thanks for letting us know. Are you seeing an error message?'],
        ['human', 'It just spins and then says something went wrong.'],
      ],
      summary: '{fullName} reported that the dashboard is not loading.',
      prefers: ['KNOWLEDGE_BASE', 'CALL_TRANSFER', 'WORKFLOW_TRIGGER'],
    },
    {
      key: 'quote',
      reason: 'Quote request',
      opener: 'Can I get a quote for {seats} licenses?',
      followUp: [
        ['bot', 'Absolutely. When are you hoping to get started?'],
        ['human', 'Ideally within the next month.'],
      ],
      summary: '{fullName} requested a quote for {seats} licenses, starting within a month.',
      prefers: ['WORKFLOW_TRIGGER', 'DATA_EXTRACTION', 'SMS', 'KNOWLEDGE_BASE'],
    },
    {
      key: 'hours',
      reason: 'Business hours',
      opener: 'What are your business hours on weekends?',
      followUp: [['bot', 'Our support line is open Saturday 9 to 1 Eastern. Anything else?']],
      summary: '{fullName} asked about weekend business hours.',
      prefers: ['KNOWLEDGE_BASE'],
    },
    {
      key: 'escalation',
      reason: 'Complaint',
      opener: "I've called three times about this already and I want to speak to a manager.",
      followUp: [['bot', 'I understand how frustrating that is. Let me see what I can do.']],
      summary: '{fullName} was frustrated after several calls and asked for a manager.',
      prefers: ['CALL_TRANSFER', 'DATA_EXTRACTION'],
    },
    {
      key: 'hang-up',
      reason: 'Caller hung up',
      opener: 'Hello? ... Sorry, wrong number.',
      followUp: [],
      summary: 'The caller dialed the wrong number and hung up.',
      prefers: [],
      short: true,
    },
  ],
  workflows: [
    'New Lead Nurture',
    'Quote Follow-up',
    'Order Issue Escalation',
    'Post-call Survey',
    'Missed Call Text Back',
    'Demo No-show Recovery',
    'Billing Dispute Review',
    'VIP Onboarding',
    'Return Authorization',
    'Win-back Campaign',
    'Support Ticket Created',
    'Appointment Reminder Sequence',
  ],
  calendars: [
    { name: 'Sales Demo', description: '30 minute product demo with an account executive' },
    { name: 'Onboarding Call', description: 'Kickoff call for new customers' },
    { name: 'Support Callback', description: 'A support engineer calls the customer back' },
    { name: 'Enterprise Consultation', description: 'Needs assessment for teams of 50+' },
    { name: 'Billing Review', description: 'Walk through an invoice with the billing team' },
    { name: 'Quarterly Business Review', description: 'QBR for existing accounts' },
  ],
  knowledgeBases: [
    'Product FAQ',
    'Pricing & Plans',
    'Shipping and Returns Policy',
    'Troubleshooting Guide',
    'Company Policies',
    'Integrations Catalog',
  ],
  actions: [
    {
      type: 'CALL_TRANSFER',
      name: 'Transfer to Manager',
      description: 'Transfers call to a manager when customer requests escalation',
      triggerPrompt: 'When the caller asks to speak to a manager',
      triggerMessage: 'Let me transfer you to a manager right away',
      transferTo: '+14155550142',
      hearWhisperMessage: true,
      lines: [
        ['human', 'Can I please just talk to a person?'],
        ['bot', 'Let me transfer you to a manager right away'],
        ['system', 'Call transferred to +14155550142'],
      ],
      outcome: 'The call was transferred to a manager.',
    },
    {
      type: 'CALL_TRANSFER',
      name: 'Transfer to Billing',
      description: 'Sends billing questions to the billing desk',
      triggerPrompt: 'When the caller has a billing or refund question the agent cannot resolve',
      triggerMessage: "I'll connect you with our billing team now.",
      transferTo: '+14155550177',
      lines: [
        ['bot', "I'll connect you with our billing team now."],
        ['system', 'Call transferred to +14155550177'],
      ],
      outcome: 'The caller was transferred to billing.',
    },
    {
      type: 'SMS',
      name: 'Send Confirmation SMS',
      description: 'Sends SMS confirmation to customer',
      triggerPrompt: 'When caller asks for booking confirmation',
      triggerMessage: "I'll send you a confirmation text",
      messageBody:
        'Your appointment is confirmed for {{appointment.start_date}} at {{appointment.start_time}}. Reply C to cancel.',
      lines: [
        ['human', 'Can you text me the details?'],
        ['bot', "I'll send you a confirmation text"],
      ],
      outcome: 'A confirmation SMS was sent.',
    },
    {
      type: 'SMS',
      name: 'Send Return Label',
      description: 'Texts the prepaid return label link',
      triggerPrompt: 'When the caller wants to return an item',
      triggerMessage: "I'm texting you a prepaid return label now.",
      messageBody: 'Hi {{contact.first_name}}, here is your prepaid return label: https://acme.example.com/returns',
      lines: [
        ['bot', "I'm texting you a prepaid return label now."],
        ['human', 'Great, got it.'],
      ],
      outcome: 'A return label link was texted to the caller.',
    },
    {
      type: 'DATA_EXTRACTION',
      name: 'Extract Phone Number',
      description: 'Extracts customer phone number for contact record',
      field: 'Customer Phone',
      extractDescription: "Customer's phone number",
      examples: ['+1234567890', '+9876543210'],
      overwriteExistingValue: false,
      dataKey: 'phoneNumber',
      valueFrom: 'phone',
      lines: [
        ['bot', 'What is the best number to reach you?'],
        ['human', 'You can reach me at {phoneSpoken}.'],
      ],
      outcome: '',
    },
    {
      type: 'DATA_EXTRACTION',
      name: 'Extract Budget',
      description: 'Captures the budget the caller mentions',
      field: 'Budget',
      extractDescription: 'Monthly budget the caller mentions, in US dollars',
      examples: ['500', '2000'],
      dataKey: 'budget',
      valueFrom: 'budget',
      lines: [
        ['bot', 'Do you have a monthly budget in mind?'],
        ['human', 'Somewhere around {budget} dollars a month.'],
      ],
      outcome: 'Budget noted: ${budget}/month.',
    },
    {
      type: 'IN_CALL_DATA_EXTRACTION',
      name: 'Extract Email During Call',
      description: 'Extracts customer email during the call',
      field: 'Customer Email',
      extractDescription: "Customer's email address",
      examples: ['john@example.com', 'jane@company.com'],
      overwriteExistingValue: true,
      dataKey: 'email',
      valueFrom: 'email',
      lines: [
        ['bot', 'Could I get your email address?'],
        ['human', "Sure, it's {email}."],
      ],
      outcome: '',
    },
    {
      type: 'IN_CALL_DATA_EXTRACTION',
      name: 'Capture Order Number',
      description: 'Captures the order number while the caller is on the line',
      field: 'Order Number',
      extractDescription: 'Order number, format ORD- followed by 5 digits',
      examples: ['ORD-12345', 'ORD-99881'],
      dataKey: 'orderNumber',
      valueFrom: 'orderNumber',
      lines: [['bot', 'Let me note that order number: {orderNumber}.']],
      outcome: '',
    },
    {
      type: 'WORKFLOW_TRIGGER',
      name: 'Start Follow-up Workflow',
      description: 'Triggers follow-up workflow for lead nurturing',
      triggerPrompt: 'When caller requests a quote',
      triggerMessage: 'Let me start that process for you',
      workflow: 'Quote Follow-up',
      lines: [['bot', 'Let me start that process for you']],
      outcome: 'A quote follow-up was started.',
    },
    {
      type: 'WORKFLOW_TRIGGER',
      name: 'Open Support Ticket',
      description: 'Starts the support ticket workflow',
      triggerPrompt: 'When the caller reports a technical problem',
      triggerMessage: "I've opened a ticket with our support team.",
      workflow: 'Support Ticket Created',
      lines: [['bot', "I've opened a ticket with our support team. You'll get an email shortly."]],
      outcome: 'A support ticket was opened.',
    },
    {
      type: 'APPOINTMENT_BOOKING',
      name: 'Book Consultation',
      description: 'Books consultation appointment with sales team',
      calendar: 'Enterprise Consultation',
      daysOfOfferingDates: 3,
      slotsPerDay: 3,
      hoursBetweenSlots: 1,
      lines: [
        ['bot', 'I have openings on {day} at 10 AM or {time}. Which works better?'],
        ['human', '{time} works.'],
        ['bot', "You're booked for {day} at {time}."],
      ],
      outcome: 'A consultation was booked for {day} at {time}.',
    },
    {
      type: 'APPOINTMENT_BOOKING',
      name: 'Schedule Demo',
      description: 'Schedules a product demo',
      calendar: 'Sales Demo',
      daysOfOfferingDates: 5,
      slotsPerDay: 4,
      hoursBetweenSlots: 2,
      lines: [
        ['bot', 'Would you like to see a demo? I can do {day} at {time}.'],
        ['human', 'Yes, please book that.'],
      ],
      outcome: 'A demo was scheduled for {day} at {time}.',
    },
    {
      type: 'CUSTOM_ACTION',
      name: 'Check Order Status',
      description: 'Checks order status via external API',
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
      paths: ['data.orderId', 'status'],
      lines: [
        ['bot', 'Let me check that order status'],
        ['bot', 'Order {orderNumber} shipped yesterday and should arrive {day}.'],
      ],
      outcome: 'The order was found and is in transit.',
    },
    {
      type: 'CUSTOM_ACTION',
      name: 'Create Support Case',
      description: 'Creates a case in the helpdesk',
      triggerPrompt: 'When the issue cannot be solved on the call',
      triggerMessage: "I'm creating a support case for you.",
      apiDetails: {
        url: 'https://helpdesk.example.com/api/v2/cases',
        method: 'POST',
        authenticationRequired: true,
        authenticationValue: 'hd_live_4f9a',
        headers: [
          { key: 'Content-Type', value: 'application/json' },
          { key: 'X-Source', value: 'voice-ai' },
        ],
        parameters: [
          {
            name: 'subject',
            description: 'Short description of the issue',
            type: 'string',
            example: 'Dashboard not loading',
          },
          { name: 'priority', type: 'string', example: 'normal' },
        ],
      },
      paths: [],
      lines: [
        ['bot', "I'm creating a support case for you."],
        ['bot', 'Your case number is {caseNumber}.'],
      ],
      outcome: 'Support case {caseNumber} was created.',
    },
    {
      type: 'KNOWLEDGE_BASE',
      name: 'Query Product Info',
      description: 'Queries knowledge base for product information',
      triggerPrompt: 'When caller asks about pricing',
      triggerMessage: 'Let me look that up for you',
      knowledgeBase: 'Pricing & Plans',
      parameters: [{ name: 'category', description: 'Product category to search', type: 'string', example: 'pricing' }],
      lines: [
        ['bot', 'Let me look that up for you'],
        ['bot', 'The Pro plan is $49 per user per month, billed annually.'],
      ],
      outcome: 'The agent quoted Pro plan pricing from the knowledge base.',
    },
    {
      type: 'KNOWLEDGE_BASE',
      name: 'Troubleshooting Lookup',
      description: 'Searches the troubleshooting guide',
      triggerPrompt: 'When the caller describes a technical problem',
      triggerMessage: 'Let me check our troubleshooting guide.',
      knowledgeBase: 'Troubleshooting Guide',
      parameters: [
        { name: 'symptom', description: 'What the caller sees', type: 'string', example: 'page not loading' },
      ],
      lines: [
        ['bot', 'Let me check our troubleshooting guide.'],
        ['bot', 'Please try clearing your browser cache and signing in again.'],
      ],
      outcome: 'Troubleshooting steps were provided.',
    },
  ],
  smallTalk: [
    [
      ['human', 'Sorry, can you repeat that?'],
      ['bot', 'Of course.'],
    ],
    [
      ['human', 'Hold on one second.'],
      [null, '[caller puts phone down]'],
      ['human', "Okay, I'm back."],
    ],
    [
      ['bot', 'Is there anything else I can help you with today?'],
      ['human', 'Actually, one more thing.'],
    ],
    [
      ['human', 'Uh, yeah.'],
      ['bot', 'Take your time.'],
    ],
  ],
  translations: [
    {
      language: 'es',
      sample:
        'bot: ¡Hola! Gracias por llamar a Acme Corporation. ¿En qué puedo ayudarle hoy?\nhuman: Quisiera saber sobre sus precios.',
    },
    {
      language: 'fr',
      sample:
        "bot: Bonjour ! Merci d'avoir appelé Acme Corporation. Comment puis-je vous aider ?\nhuman: Je voudrais connaître vos tarifs.",
    },
  ],
};

export const BRIGHTSIDE: Theme = {
  businessName: 'Brightside Home Services',
  agentNames: [
    'Front Desk',
    'Emergency Line',
    'Maintenance Scheduler',
    'Estimates Desk',
    'Weekend Coverage',
    'Membership Agent',
    'Legacy IVR Replacement',
  ],
  agentPrompt:
    'You answer calls for Brightside Home Services, a heating, cooling and plumbing company. Triage emergencies first, collect the service address and book a visit when possible.',
  welcomeMessage: 'Thanks for calling Brightside Home Services, this is your virtual assistant. How can I help?',
  topics: [
    {
      key: 'no-cooling',
      reason: 'AC not cooling',
      opener: "My air conditioner is running but it's blowing warm air.",
      followUp: [
        ['bot', 'I can get a technician out. How old is the unit?'],
        ['human', 'About {unitAge} years, I think.'],
      ],
      summary: "{fullName}'s AC is blowing warm air; the unit is about {unitAge} years old.",
      prefers: ['APPOINTMENT_BOOKING', 'IN_CALL_DATA_EXTRACTION', 'SMS'],
    },
    {
      key: 'maintenance',
      reason: 'Seasonal maintenance',
      opener: "I'd like to schedule my furnace tune-up before winter.",
      followUp: [
        ['bot', 'Great idea. Are you on one of our membership plans?'],
        ['human', "I think I'm on the Gold plan."],
      ],
      summary: '{fullName} scheduled a seasonal furnace tune-up (Gold member).',
      prefers: ['APPOINTMENT_BOOKING', 'SMS', 'WORKFLOW_TRIGGER'],
    },
    {
      key: 'leak',
      reason: 'Emergency leak',
      opener: "There's water coming through my kitchen ceiling!",
      followUp: [
        ['bot', 'Please turn off the main water valve if you can safely reach it.'],
        ['human', 'Okay, I just did.'],
      ],
      summary: '{fullName} reported an active leak through the kitchen ceiling.',
      prefers: ['CALL_TRANSFER', 'IN_CALL_DATA_EXTRACTION', 'WORKFLOW_TRIGGER'],
    },
    {
      key: 'estimate',
      reason: 'Replacement estimate',
      opener: "I'm thinking about replacing my water heater. Can I get an estimate?",
      followUp: [
        ['bot', 'Sure. Is it gas or electric, and how many gallons?'],
        ['human', 'Gas, fifty gallons.'],
      ],
      summary: '{fullName} wants an estimate to replace a 50 gallon gas water heater.',
      prefers: ['APPOINTMENT_BOOKING', 'DATA_EXTRACTION', 'KNOWLEDGE_BASE', 'WORKFLOW_TRIGGER'],
    },
    {
      key: 'reschedule',
      reason: 'Reschedule visit',
      opener: 'I need to move my appointment on {day}.',
      followUp: [['bot', 'No problem. Let me find another time for you.']],
      summary: '{fullName} asked to reschedule the visit planned for {day}.',
      prefers: ['APPOINTMENT_BOOKING', 'SMS'],
    },
    {
      key: 'invoice',
      reason: 'Invoice question',
      opener: "I have a question about the invoice from your technician's visit.",
      followUp: [
        ['bot', 'Sure, what is the invoice number?'],
        ['human', '{invoiceNumber}.'],
      ],
      summary: '{fullName} had a question about invoice {invoiceNumber}.',
      prefers: ['CUSTOM_ACTION', 'CALL_TRANSFER'],
    },
    {
      key: 'service-area',
      reason: 'Service area',
      opener: 'Do you service the {city} area?',
      followUp: [['bot', 'Let me check that for you.']],
      summary: '{fullName} asked whether Brightside serves {city}.',
      prefers: ['KNOWLEDGE_BASE', 'DATA_EXTRACTION'],
    },
    {
      key: 'membership',
      reason: 'Membership plan',
      opener: 'What do I get with the Gold membership?',
      followUp: [['bot', 'Good question, let me pull up the plan details.']],
      summary: '{fullName} asked about the Gold membership benefits.',
      prefers: ['KNOWLEDGE_BASE', 'WORKFLOW_TRIGGER', 'SMS'],
    },
    {
      key: 'eta',
      reason: 'Technician ETA',
      opener: 'The technician was supposed to be here at noon. Where are they?',
      followUp: [['bot', 'I am sorry for the wait. Let me check on the technician.']],
      summary: '{fullName} asked for the technician ETA.',
      prefers: ['CUSTOM_ACTION', 'CALL_TRANSFER', 'SMS'],
    },
    {
      key: 'hang-up',
      reason: 'Caller hung up',
      opener: 'Oh, sorry, I meant to call someone else.',
      followUp: [],
      summary: 'The caller reached Brightside by mistake and ended the call.',
      prefers: [],
      short: true,
    },
  ],
  workflows: [
    'Emergency Dispatch',
    'Estimate Follow-up',
    'Membership Renewal',
    'Review Request',
    'Missed Call Text Back',
    'Maintenance Reminder',
    'Technician Running Late',
    'New Customer Welcome',
    'Financing Application',
    'Warranty Registration',
    'Callback Requested',
    'Seasonal Promo',
  ],
  calendars: [
    { name: 'HVAC Service Visit', description: 'Two hour arrival window for a heating or cooling technician' },
    { name: 'Plumbing Service Visit', description: 'Two hour arrival window for a plumber' },
    { name: 'In-home Estimate', description: 'Free replacement estimate' },
    { name: 'Maintenance Tune-up', description: 'Seasonal system check for members' },
    { name: 'Emergency Slot', description: 'Same-day emergency capacity' },
    { name: 'Phone Consultation', description: 'A comfort advisor calls you back' },
  ],
  knowledgeBases: [
    'Service Area & Hours',
    'Membership Plans',
    'Pricing Guide',
    'Emergency Procedures',
    'Financing Options',
    'Warranty Terms',
  ],
  actions: [
    {
      type: 'CALL_TRANSFER',
      name: 'Emergency Dispatch Transfer',
      description: 'Connects emergencies to the on-call dispatcher',
      triggerPrompt: 'When the caller reports flooding, a gas smell or no heat below freezing',
      triggerMessage: "I'm connecting you to our on-call dispatcher now.",
      transferTo: '+16025550123',
      hearWhisperMessage: true,
      lines: [
        ['bot', "I'm connecting you to our on-call dispatcher now."],
        ['system', 'Call transferred to +16025550123'],
      ],
      outcome: 'The call was transferred to the on-call dispatcher.',
    },
    {
      type: 'CALL_TRANSFER',
      name: 'Transfer to Office',
      description: 'Sends billing and complaint calls to the office',
      triggerPrompt: 'When the caller disputes a charge or asks for a person',
      triggerMessage: 'Let me get someone from our office on the line.',
      transferTo: '+16025550188',
      hearWhisperMessage: false,
      lines: [
        ['human', 'Can I talk to someone in the office?'],
        ['bot', 'Let me get someone from our office on the line.'],
      ],
      outcome: 'The caller was transferred to the office.',
    },
    {
      type: 'SMS',
      name: 'Text Appointment Details',
      description: 'Texts the arrival window and technician name',
      triggerPrompt: 'After an appointment is booked or moved',
      triggerMessage: "I'll text you the appointment details.",
      messageBody:
        'Brightside: your technician will arrive {{appointment.start_date}} between {{appointment.start_time}} and 2 hours later.',
      lines: [['bot', "I'll text you the appointment details."]],
      outcome: 'Appointment details were texted.',
    },
    {
      type: 'SMS',
      name: 'Send Financing Link',
      description: 'Texts the financing application link',
      triggerPrompt: 'When the caller asks about payment plans',
      triggerMessage: "I'm sending you a link to our financing application.",
      messageBody: 'Apply for Brightside financing in 2 minutes: https://brightside.example.com/finance',
      lines: [
        ['human', 'Do you have payment plans?'],
        ['bot', "Yes. I'm sending you a link to our financing application."],
      ],
      outcome: 'A financing link was texted.',
    },
    {
      type: 'DATA_EXTRACTION',
      name: 'Extract Service Address',
      description: 'Saves the service address to the contact',
      field: 'Service Address',
      extractDescription: 'Street address where service is needed',
      examples: ['123 Main St, Phoenix, AZ 85004'],
      dataKey: 'serviceAddress',
      valueFrom: 'address',
      lines: [
        ['bot', 'What is the service address?'],
        ['human', "It's {address}."],
      ],
      outcome: '',
    },
    {
      type: 'DATA_EXTRACTION',
      name: 'Extract Equipment Model',
      description: 'Saves the equipment model if the caller knows it',
      field: 'Equipment Model',
      extractDescription: 'Make and model of the HVAC unit or water heater',
      examples: ['Carrier 24ACC636', 'Rheem XG50T06'],
      overwriteExistingValue: true,
      dataKey: 'equipmentModel',
      valueFrom: 'equipment',
      lines: [
        ['bot', 'Do you happen to know the make of the unit?'],
        ['human', 'It says {equipment} on the side.'],
      ],
      outcome: '',
    },
    {
      type: 'IN_CALL_DATA_EXTRACTION',
      name: 'Capture Urgency',
      description: 'Classifies urgency while the caller is on the line',
      field: 'Urgency',
      extractDescription: 'How urgent the problem is: Low, Medium, High or Emergency',
      examples: ['High', 'Emergency'],
      dataKey: 'urgency',
      valueFrom: 'urgency',
      lines: [
        ['bot', 'Is anyone in the home at risk, or is this something that can wait a day?'],
        ['human', 'It can probably wait until tomorrow.'],
      ],
      outcome: '',
    },
    {
      type: 'IN_CALL_DATA_EXTRACTION',
      name: 'Capture Callback Number',
      description: 'Captures a callback number during the call',
      field: 'Callback Number',
      extractDescription: 'Number to call back if disconnected',
      examples: ['+16025550111'],
      dataKey: 'callbackNumber',
      valueFrom: 'phone',
      lines: [
        ['bot', 'In case we get disconnected, what number should we call?'],
        ['human', '{phoneSpoken}.'],
      ],
      outcome: '',
    },
    {
      type: 'WORKFLOW_TRIGGER',
      name: 'Start Emergency Dispatch',
      description: 'Pages the on-call technician',
      triggerPrompt: 'When the problem is an emergency',
      triggerMessage: "I'm alerting our on-call technician.",
      workflow: 'Emergency Dispatch',
      lines: [['bot', "I'm alerting our on-call technician. Someone will call you within 15 minutes."]],
      outcome: 'The on-call technician was paged.',
    },
    {
      type: 'WORKFLOW_TRIGGER',
      name: 'Estimate Follow-up',
      description: 'Starts the estimate follow-up sequence',
      triggerPrompt: 'When the caller asks for an estimate',
      triggerMessage: "I'll have a comfort advisor follow up with pricing.",
      workflow: 'Estimate Follow-up',
      lines: [['bot', "I'll have a comfort advisor follow up with pricing."]],
      outcome: 'An estimate follow-up was started.',
    },
    {
      type: 'APPOINTMENT_BOOKING',
      name: 'Book Service Visit',
      description: 'Books a technician visit',
      calendar: 'HVAC Service Visit',
      daysOfOfferingDates: 4,
      slotsPerDay: 3,
      hoursBetweenSlots: 2,
      lines: [
        ['bot', 'I can have a technician there {day} with an arrival window starting at {time}.'],
        ['human', "That's perfect."],
      ],
      outcome: 'A service visit was booked for {day} at {time}.',
    },
    {
      type: 'APPOINTMENT_BOOKING',
      name: 'Book Estimate',
      description: 'Books a free in-home estimate',
      calendar: 'In-home Estimate',
      daysOfOfferingDates: 7,
      slotsPerDay: 2,
      hoursBetweenSlots: 3,
      lines: [
        ['bot', 'Our comfort advisor can come by {day} at {time}.'],
        ['human', 'Sure, book it.'],
      ],
      outcome: 'An in-home estimate was booked for {day} at {time}.',
    },
    {
      type: 'CUSTOM_ACTION',
      name: 'Technician ETA Lookup',
      description: 'Looks up the assigned technician location in the dispatch system',
      triggerPrompt: 'When the caller asks where the technician is',
      triggerMessage: 'Let me check where your technician is.',
      apiDetails: {
        url: 'https://dispatch.example.com/api/jobs/eta',
        method: 'GET',
        authenticationRequired: true,
        authenticationValue: 'dsp_8c1e77',
        parameters: [{ name: 'phone', description: 'Customer phone number', type: 'string', example: '+16025550111' }],
      },
      paths: ['job.technician.name', 'job.etaMinutes'],
      lines: [
        ['bot', 'Let me check where your technician is.'],
        ['bot', 'Your technician is about 20 minutes away.'],
      ],
      outcome: 'The technician ETA was provided.',
    },
    {
      type: 'CUSTOM_ACTION',
      name: 'Invoice Lookup',
      description: 'Reads an invoice from the accounting system',
      triggerPrompt: 'When the caller gives an invoice number',
      triggerMessage: 'Let me pull up that invoice.',
      apiDetails: { url: 'https://accounting.example.com/v1/invoices', method: 'GET', authenticationRequired: false },
      paths: ['invoice.total', 'invoice.status'],
      lines: [
        ['bot', 'Let me pull up that invoice.'],
        ['bot', 'Invoice {invoiceNumber} shows a balance of $189.'],
      ],
      outcome: 'Invoice {invoiceNumber} was looked up.',
    },
    {
      type: 'KNOWLEDGE_BASE',
      name: 'Service Area Lookup',
      description: 'Answers service area and hours questions',
      triggerPrompt: 'When the caller asks where or when we work',
      triggerMessage: 'Let me check our service area.',
      knowledgeBase: 'Service Area & Hours',
      parameters: [{ name: 'city', description: 'City the caller is in', type: 'string', example: 'Phoenix' }],
      lines: [
        ['bot', 'Let me check our service area.'],
        ['bot', 'Yes, {city} is in our service area, Monday through Saturday.'],
      ],
      outcome: 'The agent confirmed the service area.',
    },
    {
      type: 'KNOWLEDGE_BASE',
      name: 'Membership Plan Info',
      description: 'Explains membership plan benefits',
      triggerPrompt: 'When the caller asks about memberships',
      triggerMessage: 'Here is what the plan includes.',
      knowledgeBase: 'Membership Plans',
      parameters: [{ name: 'plan', type: 'string', example: 'Gold' }],
      lines: [['bot', 'Here is what the plan includes: two tune-ups a year, priority scheduling and 15% off repairs.']],
      outcome: 'Membership benefits were explained.',
    },
  ],
  smallTalk: [
    [
      ['human', 'Sorry, the dog is barking.'],
      ['bot', 'No problem at all.'],
    ],
    [
      ['human', 'Can you hear me okay?'],
      ['bot', 'Yes, I can hear you fine.'],
    ],
    [
      [null, '[background noise]'],
      ['bot', 'Are you still there?'],
      ['human', 'Yes, sorry.'],
    ],
    [
      ['bot', 'Is there anything else I can help with?'],
      ['human', 'One more question.'],
    ],
  ],
  translations: [
    {
      language: 'es',
      sample:
        'bot: Gracias por llamar a Brightside Home Services. ¿Cómo puedo ayudarle?\nhuman: Mi aire acondicionado no enfría.',
    },
  ],
};
