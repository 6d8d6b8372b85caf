import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import {
  INQUIRY_EVENT_SCHEMA_VERSION,
  INQUIRY_EVENT_TYPES,
  LOAN_EVENT_SCHEMA_VERSION,
  LOAN_EVENT_TYPES,
  parseEnterpriseNumber,
} from '@loanbook/domain';
import { inquiryStreamId } from '../../../apps/back-office/src/inquiries/inquiries.service';
import { loanStreamId } from '../../../apps/back-office/src/loans/loan-repository';
import {
  borrowerGuardStream,
  lenderGuardStream,
  soleTraderGuardStream,
  REGISTRATION_COUNTED,
} from '../../../apps/back-office/src/loans/winwin-exposure';
import {
  FILE_NUMBER_ASSIGNED,
  fileNumberStream,
} from '../../../apps/back-office/src/loans/file-numbers';
import {
  COMMUNICATION_RESERVED,
  communicationStream,
} from '../../../apps/back-office/src/loans/structured-communications';
import {
  BANK_STATEMENT_IMPORTED,
  LINE_BOOKED,
  LINE_SUSPENDED,
  STATEMENT_INDEX_STREAM,
  STATEMENT_LISTED,
  statementStreamId,
  SUSPENSE_ASSIGNED,
  SUSPENSE_REFUNDED,
  UNAPPLIED_CREDIT_HELD,
  unappliedCreditStream,
} from '../../../apps/back-office/src/bank-statements/statement-events';
import { structuredCommunicationForLoan } from '@loanbook/banking';
import { sealField } from '../../../apps/back-office/src/people/field-crypto';
import {
  PEOPLE_EVENT_SCHEMA_VERSION,
  PERSON_FORGOTTEN,
  personStreamId,
} from '../../../apps/back-office/src/people/people.service';
import {
  REFERENCE_CURVE_EVENT_SCHEMA_VERSION,
  REFERENCE_CURVES_STREAM,
} from '../../../apps/back-office/src/reference-curves/reference-curves.service';
import { DEMO_MARKER_EVENT, DEMO_MARKER_STREAM } from '../../../apps/cli/src/demo/loader';
import {
  CURRENT_SCHEMA_VERSIONS,
  differences,
  EVENT_TYPES,
  generateSchemas,
  STREAMS,
} from '../scripts/generate-schemas';
import { createMessageValidator, type MessageValidator } from './message-validator';

jest.setTimeout(60_000);

const root = resolve(__dirname, '../../..');

/** Written with a literal type by ReferenceCurvesService.record: it has no constant. */
const REFERENCE_CURVE_RECORDED = 'ReferenceCurveRecorded';

describe('the JSON Schemas of the loan-events messages', () => {
  let validator: MessageValidator;
  beforeAll(() => {
    validator = createMessageValidator();
  });

  it('has a schema for every event type the code writes, and for no other', () => {
    const written = [
      ...LOAN_EVENT_TYPES,
      ...INQUIRY_EVENT_TYPES,
      REGISTRATION_COUNTED,
      FILE_NUMBER_ASSIGNED,
      COMMUNICATION_RESERVED,
      BANK_STATEMENT_IMPORTED,
      STATEMENT_LISTED,
      LINE_BOOKED,
      LINE_SUSPENDED,
      SUSPENSE_ASSIGNED,
      SUSPENSE_REFUNDED,
      UNAPPLIED_CREDIT_HELD,
      DEMO_MARKER_EVENT,
      PERSON_FORGOTTEN,
      REFERENCE_CURVE_RECORDED,
    ];
    expect(Object.keys(EVENT_TYPES).sort()).toEqual([...written].sort());
    expect([...validator.types].sort()).toEqual([...written].sort());
  });

  it('knows the schema version each writer writes now', () => {
    expect(CURRENT_SCHEMA_VERSIONS).toEqual({
      loan: LOAN_EVENT_SCHEMA_VERSION,
      inquiry: INQUIRY_EVENT_SCHEMA_VERSION,
      people: PEOPLE_EVENT_SCHEMA_VERSION,
      referenceCurves: REFERENCE_CURVE_EVENT_SCHEMA_VERSION,
    });
  });

  it('names the streams as their writers do', () => {
    const id = randomUUID();
    const matches = (kind: keyof typeof STREAMS, streamId: string) =>
      expect(new RegExp(STREAMS[kind].pattern).test(streamId)).toBe(true);
    matches('loan', loanStreamId(id));
    matches('inquiry', inquiryStreamId(id));
    matches('person', personStreamId(id));
    matches('referenceCurves', REFERENCE_CURVES_STREAM);
    matches('demoPortfolio', DEMO_MARKER_STREAM);
    matches('fileNumbers', fileNumberStream({ prefix: 'IK', year: 2022 }));
    matches('structuredCommunication', communicationStream(structuredCommunicationForLoan(id)));
    matches('bankStatement', statementStreamId('BE68539007547034', '042', '2026-03-03'));
    matches('bankStatements', STATEMENT_INDEX_STREAM);
    matches('unappliedCredits', unappliedCreditStream(id));
    matches('winwinGuard', borrowerGuardStream(parseEnterpriseNumber('BE 0403170701')));
    matches('winwinGuard', soleTraderGuardStream(id));
    matches('winwinGuard', lenderGuardStream({ personId: id, id: 'AB123456' }));
    // Before the people registry a lender's guard stream was named after the id as given.
    matches('winwinGuard', lenderGuardStream({ id: 'AB 123.456' }));
    expect(new RegExp(STREAMS.loan.pattern).test(inquiryStreamId(id))).toBe(false);
  });

  it('are what the generator makes of the types now (npm run schemas -- --check)', () => {
    expect(differences(root, generateSchemas(root))).toEqual([]);
  });

  // ---- hand-built messages -------------------------------------------------------------------

  const loanId = randomUUID();
  const person = randomUUID();
  const sealed = (value: string, personId = person) =>
    sealField(Buffer.alloc(32, 7), personId, value);
  const metadata = (schemaVersion: number, effectiveOn = '2021-03-10') => ({
    effectiveOn,
    recordedAt: '2021-03-10T09:15:00.123Z',
    actor: 'clerk-anna',
    correlationId: randomUUID(),
    causationId: 'req-1',
    schemaVersion,
  });
  const message = (
    type: string,
    data: Record<string, unknown>,
    schemaVersion = LOAN_EVENT_SCHEMA_VERSION,
    streamId = loanStreamId(loanId),
  ) => ({
    eventId: randomUUID(),
    type,
    schemaVersion,
    streamId,
    streamVersion: 1,
    globalPosition: 4711,
    data,
    metadata: metadata(schemaVersion),
  });
  const without = (data: Record<string, unknown>, field: string) => {
    const { [field]: _gone, ...rest } = data;
    return rest;
  };

  const winwinApplied = {
    loanId,
    productCode: 'winwinlening',
    productVersion: 'winwinlening-2020-10-07',
    borrower: { enterpriseNumber: '0403.170.701', name: 'Brouwerij De Klok', province: 'Limburg' },
    amount: '60000.00',
    termMonths: 60,
    purpose: 'brewing kettle',
    appliedOn: '2021-03-10',
    signedOn: '2021-03-01',
    lender: {
      relationToBorrower: 'friend',
      personId: person,
      id: sealed('AB123456'),
      name: sealed('An Janssens'),
    },
    annualRate: '0.01',
    registeredBy: 'clerk-anna',
    guarantees: [
      {
        guaranteeId: 'g1',
        kind: 'real',
        guarantor: 'Mortgage on Kerkstraat 12',
        amount: '10000.00',
      },
      {
        guaranteeId: 'g2',
        kind: 'personal',
        guarantor: sealed('Jan Peeters', loanId),
        amount: '5000.00',
        guarantorPersonId: loanId,
      },
    ],
  };
  const soleTraderApplied = {
    loanId,
    productCode: 'startlening',
    productVersion: 'startlening-2018-01',
    borrower: {
      enterpriseNumber: sealed('0403.170.701'),
      province: 'Oost-Vlaanderen',
      naturalPerson: true,
      personId: person,
      name: sealed('Lotte Claes'),
    },
    amount: '80000.00',
    termMonths: 84,
    purpose: 'bicycle repair shop',
    appliedOn: '2021-03-01',
    ownContribution: '20000.00',
    selfEmployment: { since: '2019-01-01', mainOccupation: true },
    startAttest: { number: 'SA-2021-00417', validUntil: '2021-06-30' },
    registeredBy: 'clerk-anna',
  };
  const offer = {
    amount: '80000.00',
    annualRate: '0.0325',
    termMonths: 84,
    repayment: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 24 },
    offerValidUntil: '2021-04-14',
    pricing: {
      kind: 'capital-holiday-rate',
      capitalHolidayMonths: 24,
      rate: '0.0325',
      justification: 'the workshop is rebuilt first',
    },
  };
  const approved = {
    loanId,
    approvedOn: '2021-03-15',
    productVersion: 'startlening-2018-01',
    offer,
    approvedBy: ['officer-dirk', 'officer-chloe'],
    guarantees: [
      {
        guaranteeId: 'g1',
        kind: 'personal',
        guarantor: '[erased]',
        amount: '5000.00',
        guarantorPersonId: person,
      },
    ],
  };
  const instalmentPaid = {
    loanId,
    paymentId: 'p1',
    paidOn: '2018-04-20',
    amount: '483.32',
    allocation: [{ instalment: 1, dueOn: '2018-04-20', interest: '125.00', principal: '358.32' }],
    interestPaid: '125.00',
    principalPaid: '358.32',
    outstandingPrincipal: '24641.68',
  };
  const v1Applied = {
    loanId,
    productCode: 'impulskrediet',
    productVersion: 'impulskrediet-2016',
    borrower: { enterpriseNumber: '0403.170.701', name: 'Bakkerij Peeters', province: 'Antwerpen' },
    amount: '25000.00',
    termMonths: 60,
    purpose: 'oven',
    appliedOn: '2018-03-01',
  };

  it.each<[string, ReturnType<typeof message>]>([
    [
      'a win-win application, lender and personal guarantor sealed',
      message('LoanApplied', winwinApplied),
    ],
    ["a sole trader's application, the name sealed", message('LoanApplied', soleTraderApplied)],
    [
      'a version 2 application written before personal data were sealed',
      message('LoanApplied', {
        ...winwinApplied,
        lender: { id: 'AB123456', name: 'An Janssens', relationToBorrower: 'friend' },
        guarantees: undefined,
      }),
    ],
    ['a version 1 application, without registeredBy', message('LoanApplied', v1Applied, 1)],
    [
      'an offer approved by two officers, a forgotten guarantor erased',
      message('LoanApproved', approved),
    ],
    [
      'a version 1 offer, without approvedBy',
      message(
        'LoanApproved',
        {
          loanId,
          approvedOn: '2018-03-15',
          productVersion: 'impulskrediet-2016',
          offer: without(offer, 'pricing'),
        },
        1,
      ),
    ],
    ['a payment', message('InstalmentPaid', instalmentPaid)],
    [
      'a credit assessment, the household sealed',
      message('CreditAssessmentRecorded', {
        loanId,
        enterpriseNumber: '0403.170.701',
        assessedOn: '2018-03-05',
        assessedBy: 'clerk-anna',
        rulesVersion: '2018-01',
        requestedAmount: '25000.00',
        monthlyCapacity: '1210.00',
        maximumCredit: '60500.00',
        withinMaximum: true,
        knockOuts: [],
        personId: person,
        assessment: sealed('{"incomes":[]}'),
      }),
    ],
    [
      "a sole trader's application stored before the enterprise number was sealed",
      message('LoanApplied', {
        ...soleTraderApplied,
        borrower: { ...soleTraderApplied.borrower, enterpriseNumber: '0403.170.701' },
      }),
    ],
    [
      "a sole trader's credit assessment, the enterprise number sealed too",
      message('CreditAssessmentRecorded', {
        loanId,
        enterpriseNumber: sealed('0403.170.701'),
        assessedOn: '2018-03-05',
        assessedBy: 'clerk-anna',
        rulesVersion: '2018-01',
        requestedAmount: '25000.00',
        monthlyCapacity: '1210.00',
        maximumCredit: '60500.00',
        withinMaximum: true,
        knockOuts: [],
        personId: person,
        assessment: sealed('{"incomes":[]}'),
      }),
    ],
    [
      "a sole trader's application with its file number, the address sealed part by part",
      message('LoanApplied', {
        ...soleTraderApplied,
        fileNumber: 'IK-2018-0042',
        borrower: {
          ...soleTraderApplied.borrower,
          address: {
            street: sealed('Veldstraat 12'),
            postalCode: sealed('9000'),
            municipality: sealed('Gent'),
          },
        },
      }),
    ],
    [
      "a company's application, its address in clear",
      message('LoanApplied', {
        ...v1Applied,
        registeredBy: 'clerk-anna',
        borrower: {
          ...v1Applied.borrower,
          address: { street: 'Veldstraat 12', postalCode: '9000', municipality: 'Gent' },
        },
      }),
    ],
    [
      'a file number taken from its series',
      message(
        'FileNumberAssigned',
        { loanId, fileNumber: 'IK-2018-0042', sequence: 42 },
        2,
        fileNumberStream({ prefix: 'IK', year: 2018 }),
      ),
    ],
    [
      "a count in a sole trader's guard stream (their person id)",
      message(
        'WinWinRegistrationCounted',
        { loanId, amount: '60000.00', registeredOn: '2021-03-15' },
        2,
        soleTraderGuardStream(person),
      ),
    ],
    [
      'a count in a guard stream, version 1',
      message(
        'WinWinRegistrationCounted',
        { loanId, amount: '60000.00', registeredOn: '2019-03-15' },
        1,
        'winwin-borrower-0403170701',
      ),
    ],
    [
      'a reference curve with a negative rate',
      message(
        'ReferenceCurveRecorded',
        {
          recordedOn: '2021-03-10',
          source: 'ICE swap rates',
          points: [
            { tenorMonths: 12, kind: 'euribor', rate: '-0.00485' },
            { tenorMonths: 84, kind: 'irs', rate: '0.00412' },
          ],
        },
        1,
        REFERENCE_CURVES_STREAM,
      ),
    ],
    [
      'an inquiry',
      message(
        'InquiryRegistered',
        {
          inquiryId: loanId,
          productCode: 'impulskrediet',
          contactedOn: '2018-02-01',
          channel: 'phone',
        },
        1,
        inquiryStreamId(loanId),
      ),
    ],
    [
      'a person forgotten',
      message(
        'PersonForgotten',
        { personId: person, forgottenAt: '2021-05-01T10:00:00.000Z', reason: 'ticket 4712' },
        1,
        personStreamId(person),
      ),
    ],
  ])('accepts %s', (_label, msg) => {
    expect(validator.validate(JSON.parse(JSON.stringify(msg)))).toEqual([]);
  });

  const fails = (msg: unknown, expected: string) => {
    const errors = validator.validate(JSON.parse(JSON.stringify(msg)));
    expect(errors).toEqual(expect.arrayContaining([expect.stringContaining(expected)]));
  };

  it('refuses money as a number, or with three decimals', () => {
    fails(
      message('InstalmentPaid', { ...instalmentPaid, amount: 483.32 }),
      '/data/amount must be string',
    );
    fails(
      message('InstalmentPaid', { ...instalmentPaid, interestPaid: '125.001' }),
      '/data/interestPaid must match pattern',
    );
  });

  it('refuses a missing field, an unknown one, and an impossible date', () => {
    fails(
      message('InstalmentPaid', without(instalmentPaid, 'paidOn')),
      "must have required property 'paidOn'",
    );
    fails(
      message('InstalmentPaid', { ...instalmentPaid, late: true }),
      'additional properties (late)',
    );
    fails(
      message('InstalmentPaid', { ...instalmentPaid, paidOn: '2018-02-30' }),
      '/data/paidOn must match format "date"',
    );
    fails(
      without(message('InstalmentPaid', instalmentPaid), 'globalPosition'),
      "required property 'globalPosition'",
    );
  });

  it('refuses an event type without a schema', () => {
    fails(message('LoanExploded', { loanId }), 'unknown event type LoanExploded: no schema');
  });

  it('takes each schema version in its own shape', () => {
    fails(
      message('LoanApplied', without(winwinApplied, 'registeredBy')),
      "must have required property 'registeredBy'",
    );
    fails(
      message('LoanApproved', without(approved, 'approvedBy')),
      "must have required property 'approvedBy'",
    );
    // Version 1 had no registeredBy: one there means the version is wrong.
    fails(
      message('LoanApplied', { ...v1Applied, registeredBy: 'clerk-anna' }, 1),
      'additional properties (registeredBy)',
    );
    // LoanDisbursed came after version 1.
    fails(
      message('LoanDisbursed', { loanId, disbursedOn: '2018-03-20', amount: '25000.00' }, 1),
      '/schemaVersion must be equal to one of the allowed values',
    );
    const mismatch = message('LoanApplied', winwinApplied);
    mismatch.metadata.schemaVersion = 1;
    fails(mismatch, '/metadata/schemaVersion must be equal to constant');
  });

  it('refuses personal data in clear where it is sealed', () => {
    fails(
      message('LoanApplied', {
        ...soleTraderApplied,
        borrower: { ...soleTraderApplied.borrower, name: 'Lotte Claes' },
      }),
      '/data/borrower',
    );
    fails(
      message('LoanApplied', {
        ...winwinApplied,
        guarantees: [{ ...winwinApplied.guarantees[1], guarantor: 'Jan Peeters' }],
      }),
      '/data/guarantees/0',
    );
  });

  it('refuses an event on a stream of another kind', () => {
    fails(
      message('LoanApplied', winwinApplied, 2, inquiryStreamId(loanId)),
      '/streamId must match pattern',
    );
  });
});
