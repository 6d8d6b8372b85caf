import { LocalDate } from '@js-joda/core';
import { Money, Rate, computeSchedule, dueDateShiftOf } from '@loanbook/domain';
import type {
  GuaranteeReleaseRefusalInput,
  RepaymentScheduleInput,
  ReminderLetterInput,
  SummaryInformationInput,
  WrittenRefusalInput,
} from '../index';
import type { BorrowerDetails, LenderDetails } from '../parties';
import { scheduleRows } from '../repayment-schedule';

// Distinctive figures, so a search in the output finds these and nothing else by chance.

export const lender: LenderDetails = {
  name: 'Hefboom cvba-so',
  address: ['Koning Albert II-laan 37', '1030 Brussel'],
  enterpriseNumber: '0458.447.573',
  phone: '+32 2 274 24 11',
  email: 'krediet@hefboom.example',
  website: 'https://www.hefboom.example',
};

export const borrower: BorrowerDetails = {
  name: 'Brouwerij De Gulden Eend bv',
  enterpriseNumber: '0403.170.701',
  address: ['Veldstraat 12', '9000 Gent'],
};

/** An Impulskrediet of 2018: EUR 23,456.78 at 7 % over 57 months, a personal guarantee. */
export function impulskredietOffer(): SummaryInformationInput {
  return {
    loanId: 'L-2018-0042',
    offerDate: '2018-03-15',
    documentDate: '2018-03-16',
    lender,
    borrower,
    product: {
      name: 'Impulskrediet',
      characteristics: [
        'Voor ondernemers zonder toegang tot bankkrediet.',
        'Twee jaar gratis coaching na de toekenning.',
      ],
    },
    amount: '23456.78',
    termMonths: 57,
    firstDueDate: '2018-04-20',
    lastDueDate: '2022-12-20',
    repayment: {
      method: 'annuity',
      frequency: 'monthly',
      capitalHolidayMonths: 0,
      instalment: '468.31',
    },
    rate: { annualRate: '0.07', fixed: true },
    costs: [
      { label: 'Dossierkosten', amount: '125.00' },
      {
        label: 'Reserveringscommissie',
        computation: '0,5 % per jaar op het niet-opgenomen bedrag',
      },
    ],
    disbursement: { account: 'BE68 5390 0754 7034' },
    earlyRepayment: {
      kind: 'six-months-cap',
      ceiling: '2000000.00',
      capOnFullAmount: '820.99',
    },
    securities: [
      { kind: 'personal', guarantor: 'Jan Peeters', amount: '11728.39' },
      {
        kind: 'real',
        guarantor: 'Brouwerij De Gulden Eend bv',
        amount: '15000.00',
        description: 'Pand op de handelszaak',
      },
    ],
    offerValidUntil: '2018-04-14',
  };
}

/** A KMO-cofinanciering priced on the IRS, above the small-credit ceiling of its time. */
export function cofinancingOffer(): SummaryInformationInput {
  return {
    ...impulskredietOffer(),
    loanId: 'C-2017-0007',
    offerDate: '2017-11-02',
    documentDate: '2017-11-02',
    product: { name: 'KMO-cofinanciering' },
    amount: '1250000.00',
    termMonths: 84,
    firstDueDate: undefined,
    lastDueDate: undefined,
    repayment: { method: 'linear', frequency: 'quarterly', capitalHolidayMonths: 24 },
    rate: {
      annualRate: '0.03',
      fixed: true,
      pricing: 'IRS 7 jaar 0,412 % + marge 0,53 %, minimum 3 %',
    },
    costs: [],
    disbursement: undefined,
    earlyRepayment: { kind: 'standard', ceiling: '1000000.00' },
    securities: [],
    offerValidUntil: '2017-12-02',
    securitiesInfoUrl: 'https://www.financieringvanondernemingen.be/nl/zekerheden',
  };
}

/** A win-win loan of 2020: no fee, whole repayment only, the 40 % government guarantee. */
export function winwinOffer(): SummaryInformationInput {
  return {
    ...impulskredietOffer(),
    loanId: 'W-2020-0913',
    offerDate: '2020-05-04',
    documentDate: '2020-05-04',
    product: { name: 'Win-winlening' },
    amount: '37500.00',
    termMonths: 96,
    repayment: { method: 'bullet', frequency: 'annual', capitalHolidayMonths: 0 },
    rate: { annualRate: '0.0175', fixed: true },
    costs: [],
    earlyRepayment: { kind: 'none', wholeOnly: true },
    securities: [
      {
        kind: 'government',
        guarantor: 'Vlaamse overheid (PMV)',
        amount: '15000.00',
        coverage: '0.40',
      },
    ],
    offerValidUntil: '2020-06-03',
  };
}

export function refusal(): WrittenRefusalInput {
  return {
    loanId: 'L-2019-0311',
    documentDate: '2019-07-01',
    lender,
    borrower,
    productName: 'Impulskrediet',
    applicationDate: '2019-02-11',
    amountRequested: '18765.43',
    refusalDate: '2019-03-04',
    requestDate: '2019-06-24',
    reasons: ['insufficient-information-project', 'known-payment-arrears'],
    explanation: 'Het financieel plan steunt op een omzetgroei van 40 % zonder onderbouwing.',
    signatory: 'An Janssens, kredietadviseur',
  };
}

export function releaseRefusal(): GuaranteeReleaseRefusalInput {
  return {
    loanId: 'L-2018-0042',
    documentDate: '2020-09-30',
    lender,
    borrower,
    productName: 'Impulskrediet',
    guarantee: {
      guaranteeId: 'g1',
      kind: 'personal',
      guarantor: 'Jan Peeters',
      amount: '11728.39',
    },
    guarantorAddress: ['Kerkplein 3', '9050 Gentbrugge'],
    requestDate: '2020-09-14',
    amountRequested: '5000.00',
    refusalDate: '2020-09-28',
    reasons: ['open-commitments-covered', 'judicial-reorganisation-pending'],
    explanation: 'Het openstaande kapitaal bedraagt nog 9.876,54 EUR.',
    signatory: 'An Janssens',
  };
}

/** A formal notice on 2021-06-30: two instalments unpaid, the oldest 71 days past due. */
export function formalNotice(): ReminderLetterInput {
  return {
    loanId: 'd3743642-087d-4f6e-a0f4-58f54bfe68f2',
    fileNumber: 'IK-2021-0042',
    level: 'formal-notice',
    issuedOn: '2021-06-30',
    lender,
    borrower,
    productName: 'Impulskrediet',
    daysPastDue: 71,
    instalments: [
      {
        instalment: 3,
        dueOn: '2021-04-20',
        interest: '125.00',
        principal: '1109.56',
        total: '1234.56',
      },
      {
        instalment: 4,
        dueOn: '2021-05-31',
        interest: '118.53',
        principal: '1116.03',
        total: '1234.56',
      },
    ],
    totalDue: '2469.12',
    structuredCommunication: '+++090/9337/55493+++',
    account: 'BE68 5390 0754 7034',
    earlierReminders: [
      { level: 'first', issuedOn: '2021-05-05' },
      { level: 'second', issuedOn: '2021-05-20' },
    ],
    guarantees: [{ kind: 'personal', guarantor: 'Jan Peeters' }],
  };
}

/** The first reminder of the same loan, on 2021-05-05: one instalment, 15 days past due. */
export function firstReminder(): ReminderLetterInput {
  const notice = formalNotice();
  return {
    ...notice,
    level: 'first',
    issuedOn: '2021-05-05',
    daysPastDue: 15,
    instalments: [notice.instalments[0]],
    totalDue: '1234.56',
    earlierReminders: [],
  };
}

/**
 * The schedule of EUR 12,000.00 at 5 % over 6 months paid out on 2021-06-21, due dates moving
 * off non-working days: 21 July 2021 (National Day), 21 August (a Saturday) and 21 November (a
 * Sunday) are paid the next working day. Figures from the domain's own schedule.
 */
export function disbursedSchedule(): RepaymentScheduleInput {
  const { instalments } = computeSchedule({
    principal: Money.parse('12000.00'),
    annualRate: Rate.parse('0.05'),
    termMonths: 6,
    repayment: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 0 },
    disbursedOn: LocalDate.parse('2021-06-21'),
    dueDateShift: dueDateShiftOf({ convention: 'following', holidays: ['2021-07-21'] }),
  });
  return {
    loanId: 'd3743642-087d-4f6e-a0f4-58f54bfe68f2',
    fileNumber: 'IK-2021-0042',
    documentDate: '2021-06-21',
    disbursedOn: '2021-06-21',
    lender,
    borrower,
    productName: 'Impulskrediet',
    amount: '12000.00',
    annualRate: '0.05',
    termMonths: 6,
    repayment: { method: 'annuity', frequency: 'monthly' },
    dueDateConvention: 'following',
    instalments: scheduleRows(instalments),
    structuredCommunication: '+++090/9337/55493+++',
    accounts: ['BE68 5390 0754 7034', 'BE71 0961 2345 6769'],
  };
}
