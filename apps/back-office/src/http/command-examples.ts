/**
 * The example bodies of the OpenAPI document's commands. They tell one story, in this order,
 * so that each is accepted where it stands (test/e2e/openapi-complete.e2e-spec.ts sends every
 * one of them to a back office and fails on a refusal): an Impulskrediet of Bakkerij Peeters
 * with a personal surety, from application to write-off; a refused and a withdrawn application;
 * a win-win loan whose government guarantee is claimed; a co-financing priced from the curve.
 */
type Examples = Record<string, { summary: string; value: Record<string, unknown> }>;

const BAKERY = {
  enterpriseNumber: '0403.170.701',
  name: 'Bakkerij Peeters',
  province: 'Antwerpen',
};

export const APPLY_EXAMPLES = {
  impulskrediet: {
    summary: 'An Impulskrediet with a personal surety (g1)',
    value: {
      productCode: 'impulskrediet',
      amount: '25000.00',
      termMonths: 60,
      purpose: 'oven and working capital',
      appliedOn: '2022-03-01',
      borrower: BAKERY,
      guarantees: [{ kind: 'personal', guarantor: 'Jan Peeters', amount: '10000.00' }],
    },
  },
  winwin: {
    summary: 'A win-win loan: the registration request of a deed',
    value: {
      productCode: 'winwinlening',
      amount: '20000.00',
      termMonths: 60,
      purpose: 'stock for the new shop',
      appliedOn: '2021-02-10',
      signedOn: '2021-01-20',
      annualRate: '0.0125',
      lender: { id: 'lender-0001', name: 'An Janssens', relationToBorrower: 'friend' },
      borrower: BAKERY,
    },
  },
  cofinanciering: {
    summary: 'A KMO-cofinanciering beside a bank loan',
    value: {
      productCode: 'cofinanciering',
      amount: '150000.00',
      termMonths: 84,
      purpose: 'production line',
      appliedOn: '2021-03-01',
      investmentNeed: '400000.00',
      ownContribution: '60000.00',
      coFinancing: {
        amount: '160000.00',
        termMonths: 84,
        partner: { kind: 'bank', name: 'KBC Bank' },
      },
      borrower: BAKERY,
    },
  },
} satisfies Examples;

export const APPLICATION_INFORMATION_EXAMPLES = {
  items: {
    summary: 'Items received, one already known, the surety identified',
    value: {
      recordedOn: '2022-03-08',
      items: [
        {
          item: 'financial-results-and-plan',
          status: 'provided',
          note: 'annual accounts 2021 and a plan to 2024',
        },
        { item: 'enterprise-identity', status: 'already-known' },
        { item: 'guarantor-identity', guaranteeId: 'g1', status: 'provided' },
      ],
    },
  },
} satisfies Examples;

export const CREDIT_ASSESSMENT_EXAMPLES = {
  household: {
    summary: 'A couple with children, renting, two salaries and a personal loan',
    value: {
      assessedOn: '2022-03-10',
      household: {
        householdType: 'couple-with-children',
        housing: { tenure: 'renter', rent: '850.00', serviceCosts: '40.00' },
        applicantBirthDate: '1984-05-12',
        signingDate: '2022-03-15',
        termMonths: 60,
        incomes: [
          { kind: 'salary', monthlyNet: '3150.00' },
          { kind: 'salary', monthlyNet: '1900.00', description: "partner's salary" },
        ],
        obligations: [{ kind: 'personal-loan', monthlyAmount: '210.00' }],
        wageGarnishment: false,
        divorceInProgress: false,
      },
    },
  },
} satisfies Examples;

export const APPROVE_EXAMPLES = {
  offer: {
    summary: "The offer on the product's terms of the approval date (7 % in 2022)",
    value: { approvedOn: '2022-03-15' },
  },
} satisfies Examples;

export const REFUSE_EXAMPLES = {
  refusal: {
    summary: 'Refused for known payment arrears',
    value: {
      refusedOn: '2022-03-20',
      reasons: ['known-payment-arrears'],
      explanation: 'Arrears with two suppliers, explained to the applicant on 2022-03-18.',
    },
  },
} satisfies Examples;

export const WRITTEN_REFUSAL_EXAMPLES = {
  request: {
    summary: 'Asked within 6 months of the application',
    value: { requestedOn: '2022-05-02' },
  },
} satisfies Examples;

export const WITHDRAW_EXAMPLES = {
  withdrawal: {
    summary: 'The applicant found other financing',
    value: { withdrawnOn: '2022-03-25', reason: 'found other financing' },
  },
} satisfies Examples;

export const DISBURSE_EXAMPLES = {
  payout: { summary: "Within the offer's validity", value: { disbursedOn: '2022-03-20' } },
} satisfies Examples;

export const REPAY_EXAMPLES = {
  instalment: {
    summary: 'The first instalment, on its due date',
    value: { paidOn: '2022-04-20', amount: '495.03' },
  },
} satisfies Examples;

export const REPAY_EARLY_EXAMPLES = {
  partial: {
    summary: 'Part of the capital, between two due dates',
    value: { repaidOn: '2022-05-10', amount: '10000.00' },
  },
} satisfies Examples;

export const REFUSE_RELEASE_EXAMPLES = {
  refusal: {
    summary: 'The surety still covers the credit',
    value: {
      refusedOn: '2022-06-01',
      reasons: ['open-commitments-covered'],
      explanation:
        'The surety still covers the principal outstanding; it is released when the loan is repaid.',
      amountRequested: '10000.00',
    },
  },
} satisfies Examples;

export const RELEASE_EXAMPLES = {
  partial: {
    summary: 'Part of the surety',
    value: { releasedOn: '2022-07-01', amount: '4000.00' },
  },
} satisfies Examples;

export const DEFAULT_EXAMPLES = {
  bankruptcy: {
    summary: 'The borrower went bankrupt',
    value: { on: '2022-10-10', cause: 'bankruptcy' },
  },
} satisfies Examples;

export const CALL_EXAMPLES = {
  call: {
    summary: 'Part of what the surety covers',
    value: { calledOn: '2022-11-01', amount: '5000.00' },
  },
} satisfies Examples;

export const RECOVERY_EXAMPLES = {
  liquidation: {
    summary: 'A dividend from the liquidation',
    value: { receivedOn: '2022-12-01', amount: '1000.00', source: 'liquidation' },
  },
} satisfies Examples;

export const WRITE_OFF_EXAMPLES = {
  closed: {
    summary: 'The bankruptcy is closed',
    value: { writtenOffOn: '2023-03-01', reason: 'bankruptcy closed, no further dividend' },
  },
} satisfies Examples;

export const GOVERNMENT_CLAIM_EXAMPLES = {
  claim: {
    summary: 'A win-win loan defaulted in its first year: 40 % of the principal lost',
    value: { claimedOn: '2022-06-01', principalLost: '20000.00' },
  },
} satisfies Examples;

export const INQUIRY_EXAMPLES = {
  phone: {
    summary: 'A first contact by phone',
    value: { productCode: 'impulskrediet', contactedOn: '2022-02-14', channel: 'phone' },
  },
} satisfies Examples;

export const REFERENCE_CURVE_EXAMPLES = {
  curve: {
    summary: 'Euribor 12 months and IRS 5 to 10 years of a day',
    value: {
      recordedOn: '2021-03-10',
      source: 'EMMI Euribor fixings and ICE swap rates of the day',
      points: [
        { tenorMonths: 12, rate: '-0.00487' },
        { tenorMonths: 60, rate: '-0.0021' },
        { tenorMonths: 84, rate: '0.00012' },
        { tenorMonths: 120, rate: '0.0031' },
      ],
    },
  },
} satisfies Examples;

export const FORGET_EXAMPLES = {
  erasure: {
    summary: 'An erasure request (write no personal data in the reason)',
    value: { reason: 'erasure request of 2024-05-02 (GDPR art. 17), ticket 4711' },
  },
} satisfies Examples;
