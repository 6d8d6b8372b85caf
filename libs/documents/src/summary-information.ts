import type { GuaranteeKind, Money, RepaymentFrequency, RepaymentMethod } from '@loanbook/domain';
import { GUARANTEE_KINDS, REPAYMENT_FREQUENCIES, REPAYMENT_METHODS } from '@loanbook/domain';
import { InputProblems } from './errors';
import type { DateInput, MoneyInput, RateInput } from './format';
import {
  formatAmount,
  formatDate,
  formatMonths,
  formatPercent,
  toDate,
  toMoney,
  toRate,
} from './format';
import type { Language, Translations } from './language';
import { LANGUAGES, isLanguage } from './language';
import type { Block, DocumentModel, Row, Section } from './model';
import { link, list, paragraph, row, rows } from './model';
import type { BorrowerDetails, LenderDetails } from './parties';
import {
  borrowerBlock,
  checkBorrower,
  checkLender,
  enterpriseNumberLabel,
  footerLine,
  lenderRows,
  senderLines,
} from './parties';
import { GUARANTEE_KIND_LABELS } from './reason-texts';

/** DOMAIN.md 4.2 (xi): where the enterprise reads about securities, unless the input says otherwise. */
export const DEFAULT_SECURITIES_INFO_URL = 'https://www.financieringvanondernemingen.be';

/**
 * The offer as the summary information document shows it (DOMAIN.md 4.2): the loan's own
 * figures, never events. Amounts, rates and dates are domain values or their strings
 * ("25000.00", "0.07", "2018-03-15"). Free texts (characteristics, pricing, costs) are written
 * in the document's language by the caller.
 */
export interface SummaryInformationInput {
  readonly loanId: string;
  /** The day the offer was made (the approval). */
  readonly offerDate: DateInput;
  /** The day this document is drawn up; the PDF's date. */
  readonly documentDate: DateInput;
  readonly lender: LenderDetails;
  readonly borrower: BorrowerDetails;
  readonly product: {
    /** The commercial name, as on the product sheet: "Impulskrediet". */
    readonly name: string;
    /** The product's main characteristics, one sentence each. */
    readonly characteristics?: readonly string[];
  };
  readonly amount: MoneyInput;
  readonly termMonths: number;
  readonly firstDueDate?: DateInput;
  /** The final due date. */
  readonly lastDueDate?: DateInput;
  readonly repayment: {
    readonly method: RepaymentMethod;
    readonly frequency: RepaymentFrequency;
    /** Interest-only months at the start; 0 for none. */
    readonly capitalHolidayMonths: number;
    /** The regular instalment, when the caller has it from the schedule. */
    readonly instalment?: MoneyInput;
  };
  readonly rate: SummaryInformationRate;
  /** Every usual cost of concluding and running the credit; empty when there are none. */
  readonly costs: readonly CostItem[];
  readonly disbursement?: {
    /** The borrower's account (IBAN) the amount is paid into. */
    readonly account?: string;
    /** Replaces the standard sentence (one transfer within the offer's validity). */
    readonly description?: string;
  };
  readonly earlyRepayment: EarlyRepaymentTerms;
  /** Every personal and real security asked, public guarantees included; empty when none. */
  readonly securities: readonly SecurityItem[];
  /** The last day the offer holds (gestanddoeningstermijn). */
  readonly offerValidUntil: DateInput;
  /** DOMAIN.md 4.2 (xi); default DEFAULT_SECURITIES_INFO_URL. */
  readonly securitiesInfoUrl?: string;
}

export interface SummaryInformationRate {
  readonly annualRate: RateInput;
  /** Fixed for the whole term. */
  readonly fixed: boolean;
  /** How the rate was set: "IRS 7 jaar 0,412 % + marge 0,53 %, minimum 3 %". */
  readonly pricing?: string;
  /** Required when the rate is not fixed: when and how it can change. */
  readonly changes?: string;
}

export interface CostItem {
  /** "Reserveringscommissie", "Dossierkosten". */
  readonly label: string;
  readonly amount?: MoneyInput;
  /** How it is computed: "0,5 % per jaar op het niet-opgenomen bedrag". */
  readonly computation?: string;
}

export interface SecurityItem {
  readonly kind: GuaranteeKind;
  /** Who gives it: a person, a company, "Vlaamse overheid (PMV)". */
  readonly guarantor: string;
  readonly amount: MoneyInput;
  /** The share of the loss or the credit a guarantee covers: "0.30" for 30 %. */
  readonly coverage?: RateInput;
  /** "Hypotheek op het handelspand, Kerkstraat 1, Gent". */
  readonly description?: string;
}

/**
 * The reinvestment fee on early repayment (DOMAIN.md 4.3), as the product's policy and the
 * contract date decide it. The caller computes every amount; the document only states them.
 */
export type EarlyRepaymentTerms =
  | {
      /** A credit up to the ceiling: at most 6 months of interest on the capital repaid early. */
      readonly kind: 'six-months-cap';
      /** EUR 2,000,000.00 (contracts from 8 January 2018) or 1,000,000.00 (from 10 January 2014). */
      readonly ceiling: MoneyInput;
      /** The cap when the whole amount is repaid: 6 months of interest on it. */
      readonly capOnFullAmount: MoneyInput;
      /** Only the whole remaining principal may be repaid early. */
      readonly wholeOnly?: boolean;
    }
  | {
      /** A credit above the ceiling: the code of conduct's standardised scheme. */
      readonly kind: 'standard';
      readonly ceiling: MoneyInput;
      /** The lender's announced adjustments to the reference rates, if any. */
      readonly referenceRateAdjustment?: string;
      readonly wholeOnly?: boolean;
    }
  | { readonly kind: 'none'; readonly wholeOnly?: boolean };

const ITEM_NUMBERS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi'] as const;

/** The eleven items' headings, in the order of the code of conduct. */
export const SUMMARY_INFORMATION_HEADINGS: Translations<readonly string[]> = {
  nl: [
    'Identiteit en contactgegevens van de kredietgever',
    'Soort krediet en belangrijkste kenmerken',
    'Looptijd van de overeenkomst',
    'Kredietbedrag',
    'Rentevoet',
    'Gebruikelijke kosten',
    'Terbeschikkingstelling',
    'Vergoeding bij vervroegde terugbetaling',
    'Gevraagde zekerheden',
    'Gestanddoeningstermijn',
    'Meer informatie over zekerheden',
  ],
  en: [
    'Identity and contact details of the lender',
    'Kind of credit and main characteristics',
    'Term of the agreement',
    'Amount of credit',
    'Interest rate',
    'Usual costs',
    'How the funds are made available',
    'Fee on early repayment',
    'Securities asked',
    'Validity of the offer',
    'More information on securities',
  ],
};

interface Wording {
  title: string;
  subtitle: (offerDate: string, product: string) => string;
  reference: (loanId: string, date: string) => string;
  borrower: string;
  intro: string;
  rows: {
    borrower: string;
    loanId: string;
    offerDate: string;
    documentDate: string;
    product: string;
    method: string;
    frequency: string;
    capitalHoliday: string;
    instalment: string;
    term: string;
    firstDue: string;
    lastDue: string;
    amount: string;
    rate: string;
    rateKind: string;
    pricing: string;
    rateChanges: string;
    account: string;
    validUntil: string;
  };
  characteristics: string;
  method: Readonly<Record<RepaymentMethod, string>>;
  frequency: Readonly<Record<RepaymentFrequency, string>>;
  capitalHoliday: (months: string) => string;
  none: string;
  ratePerYear: (rate: string) => string;
  fixed: string;
  variable: string;
  cannotChange: string;
  canChange: (how: string) => string;
  noCosts: string;
  costsExcluded: string;
  disbursement: (account: string | undefined, validUntil: string) => string;
  sixMonthsCap: (amount: string, rate: string, cap: string) => string;
  sixMonthsCeiling: (ceiling: string) => string;
  standard: (ceiling: string) => string;
  noFee: string;
  partialAllowed: string;
  wholeOnly: string;
  noSecurities: string;
  coverage: (share: string) => string;
  validity: (date: string) => string;
  securitiesLink: string;
  footer: string;
}

const WORDING: Translations<Wording> = {
  nl: {
    title: 'Samenvattend informatiedocument',
    subtitle: (offerDate, product) => `Kredietaanbod van ${offerDate}: ${product}`,
    reference: (loanId, date) => `Kenmerk ${loanId} · ${date}`,
    borrower: 'Kredietnemer',
    intro:
      'Dit document vat de belangrijkste kenmerken van ons kredietaanbod samen, zodat u het gemakkelijk kunt vergelijken met andere kredietaanbiedingen. Het vergezelt het ontwerp van kredietovereenkomst.',
    rows: {
      borrower: 'Kredietnemer',
      loanId: 'Dossiernummer',
      offerDate: 'Datum van het kredietaanbod',
      documentDate: 'Datum van dit document',
      product: 'Kredietvorm',
      method: 'Aflossing',
      frequency: 'Betalingen',
      capitalHoliday: 'Kapitaalvrije periode',
      instalment: 'Termijnbedrag',
      term: 'Looptijd',
      firstDue: 'Eerste vervaldag',
      lastDue: 'Eindvervaldag',
      amount: 'Kredietbedrag',
      rate: 'Rentevoet',
      rateKind: 'Soort rentevoet',
      pricing: 'Bepaling van de rentevoet',
      rateChanges: 'Kan de rentevoet wijzigen?',
      account: 'Rekening',
      validUntil: 'Het aanbod geldt tot en met',
    },
    characteristics: 'Belangrijkste kenmerken van deze kredietvorm:',
    method: {
      annuity:
        'Constante termijnen (annuïteiten): elke termijn bevat interest en kapitaal en is steeds even groot.',
      linear:
        'Constante kapitaalaflossingen: elke termijn lost evenveel kapitaal af, met de interest op het openstaande saldo; de termijnen dalen.',
      bullet:
        'Het volledige kapitaal wordt in één keer terugbetaald op de eindvervaldag; tot dan wordt enkel interest betaald.',
    },
    frequency: {
      monthly: 'Maandelijks',
      quarterly: 'Per kwartaal',
      semiannual: 'Per halfjaar',
      annual: 'Jaarlijks',
    },
    capitalHoliday: (months) =>
      `De eerste ${months} betaalt u enkel interest, zonder kapitaalaflossing.`,
    none: 'Geen',
    ratePerYear: (rate) => `${rate} per jaar (nominaal)`,
    fixed: 'Vast voor de volledige looptijd',
    variable: 'Variabel',
    cannotChange: 'Nee: de rentevoet kan tijdens de looptijd niet wijzigen.',
    canChange: (how) => `Ja: ${how}`,
    noCosts:
      'Geen: voor het aangaan en de normale uitvoering van dit krediet worden geen kosten aangerekend (geen reserveringscommissie, geen dossierkosten).',
    costsExcluded:
      'Niet inbegrepen zijn de kosten van een wijziging of opzegging van het krediet en kosten die derden aanrekenen, zoals registratierechten bij het vestigen van een zekerheid.',
    disbursement: (account, validUntil) =>
      `Het kredietbedrag wordt in één keer overgeschreven op de rekening van de kredietnemer${account === undefined ? '' : ` (${account})`}, na de ondertekening van de kredietovereenkomst en binnen de geldigheid van het aanbod, uiterlijk op ${validUntil}.`,
    sixMonthsCap: (amount, rate, cap) =>
      `Bij vervroegde terugbetaling is een wederbeleggingsvergoeding verschuldigd van maximaal 6 maanden interest op het vervroegd terugbetaalde kapitaal: voor het volledige bedrag van ${amount} aan ${rate} is dat ${cap}.`,
    sixMonthsCeiling: (ceiling) =>
      `Deze grens geldt voor kredieten tot ${ceiling} (wettelijk maximum volgens de Gedragscode).`,
    standard: (ceiling) =>
      `Dit krediet bedraagt meer dan ${ceiling}. Bij vervroegde terugbetaling is daarom maximaal de wederbeleggingsvergoeding volgens het gestandaardiseerd, transparant schema van de Gedragscode verschuldigd: het verschil tussen de interest die de kredietgever op het terugbetaalde kapitaal zou hebben ontvangen tot de volgende contractuele herziening van de rentevoet (of anders tot de eindvervaldag), en de interest die hij ontvangt door dat kapitaal te herbeleggen aan de referentie-interestvoet (Euribor voor betaalstromen tot 1 jaar, IRS daarboven), rekening houdend met de tijdswaarde van het geld.`,
    noFee: 'Bij vervroegde terugbetaling is geen vergoeding verschuldigd.',
    partialAllowed: 'Het krediet kan geheel of gedeeltelijk vervroegd worden terugbetaald.',
    wholeOnly:
      'Vervroegd terugbetalen kan enkel voor het volledige openstaande kapitaal in één keer; een gedeeltelijke vervroegde terugbetaling is niet mogelijk.',
    noSecurities:
      'Geen: voor dit kredietaanbod worden geen persoonlijke of zakelijke zekerheden gevraagd en er is geen overheidswaarborg.',
    coverage: (share) => `dekking ${share}`,
    validity: (date) => `Dit aanbod en de informatie in dit document gelden tot en met ${date}.`,
    securitiesLink:
      'Meer informatie over de kenmerken van de voornaamste zekerheden en hun invloed op uw kredietaanvraag vindt u op',
    footer:
      'Samenvattend informatiedocument volgens de Gedragscode bij de wet van 21 december 2013 betreffende de financiering van kmo’s (art. 7, § 2).',
  },
  en: {
    title: 'Summary information document',
    subtitle: (offerDate, product) => `Credit offer of ${offerDate}: ${product}`,
    reference: (loanId, date) => `Reference ${loanId} · ${date}`,
    borrower: 'Borrower',
    intro:
      'This document summarises the main characteristics of our credit offer, so that you can easily compare it with other credit offers. It accompanies the draft credit agreement.',
    rows: {
      borrower: 'Borrower',
      loanId: 'File number',
      offerDate: 'Date of the credit offer',
      documentDate: 'Date of this document',
      product: 'Kind of credit',
      method: 'Repayment',
      frequency: 'Payments',
      capitalHoliday: 'Capital holiday',
      instalment: 'Instalment',
      term: 'Term',
      firstDue: 'First due date',
      lastDue: 'Final due date',
      amount: 'Amount of credit',
      rate: 'Interest rate',
      rateKind: 'Kind of rate',
      pricing: 'How the rate was set',
      rateChanges: 'Can the rate change?',
      account: 'Account',
      validUntil: 'The offer holds until (inclusive)',
    },
    characteristics: 'Main characteristics of this kind of credit:',
    method: {
      annuity:
        'Constant instalments (annuity): each instalment holds interest and capital and is always the same amount.',
      linear:
        'Constant capital repayments: each instalment repays the same capital, with the interest on the outstanding balance; the instalments decrease.',
      bullet:
        'All capital is repaid at once on the final due date; until then only interest is paid.',
    },
    frequency: {
      monthly: 'Monthly',
      quarterly: 'Quarterly',
      semiannual: 'Half-yearly',
      annual: 'Yearly',
    },
    capitalHoliday: (months) => `During the first ${months} you pay interest only, no capital.`,
    none: 'None',
    ratePerYear: (rate) => `${rate} a year (nominal)`,
    fixed: 'Fixed for the whole term',
    variable: 'Variable',
    cannotChange: 'No: the rate cannot change during the term.',
    canChange: (how) => `Yes: ${how}`,
    noCosts:
      'None: no costs are charged for concluding and running this credit (no reservation commission, no file costs).',
    costsExcluded:
      'Not included: the costs of changing or terminating the credit, and costs charged by third parties, such as registration duties when a security is created.',
    disbursement: (account, validUntil) =>
      `The amount of credit is paid in one transfer to the borrower's account${account === undefined ? '' : ` (${account})`}, after the credit agreement is signed and within the validity of the offer, by ${validUntil} at the latest.`,
    sixMonthsCap: (amount, rate, cap) =>
      `On early repayment a reinvestment fee is due of at most 6 months of interest on the capital repaid early: for the full amount of ${amount} at ${rate} that is ${cap}.`,
    sixMonthsCeiling: (ceiling) =>
      `This cap applies to credits up to ${ceiling} (the legal maximum under the code of conduct).`,
    standard: (ceiling) =>
      `This credit is above ${ceiling}. On early repayment the fee is therefore at most the reinvestment fee of the code of conduct's standardised, transparent scheme: the difference between the interest the lender would have received on the capital repaid until the next contractual rate revision (or else the final due date), and the interest it receives by reinvesting that capital at the reference rate (Euribor for cash flows up to 1 year, IRS beyond), taking the time value of money into account.`,
    noFee: 'No fee is due on early repayment.',
    partialAllowed: 'The credit may be repaid early, wholly or in part.',
    wholeOnly:
      'Early repayment is only possible of the whole outstanding capital at once; a partial early repayment is not possible.',
    noSecurities:
      'None: this credit offer asks for no personal or real security, and there is no public guarantee.',
    coverage: (share) => `covers ${share}`,
    validity: (date) =>
      `This offer and the information in this document hold until ${date} inclusive.`,
    securitiesLink:
      'Information on the main securities that can be taken and their effect on your credit application:',
    footer:
      'Summary information document under the code of conduct of the Act of 21 December 2013 on SME financing (art. 7 § 2).',
  },
};

/**
 * The summary information document handed over with every offer (DOMAIN.md 4.2): the eleven
 * items of the code of conduct, each under its numbered heading, with the loan's own figures.
 * Throws DocumentInputError when the input cannot make a correct document.
 */
export function summaryInformationDocument(
  input: SummaryInformationInput,
  language: Language,
): DocumentModel {
  checkInput(input, language);
  const w = WORDING[language];
  const headings = SUMMARY_INFORMATION_HEADINGS[language];
  const amount = formatAmount(input.amount, language);
  const rate = formatPercent(input.rate.annualRate, language);
  const validUntil = formatDate(input.offerValidUntil, language);
  const documentDate = formatDate(input.documentDate, language);

  const items: Block[][] = [
    [rows(...lenderRows(input.lender, language))],
    characteristics(input, w, language),
    [
      rows(
        row(w.rows.term, formatMonths(input.termMonths, language)),
        input.firstDueDate !== undefined &&
          row(w.rows.firstDue, formatDate(input.firstDueDate, language)),
        input.lastDueDate !== undefined &&
          row(w.rows.lastDue, formatDate(input.lastDueDate, language)),
      ),
    ],
    [rows(row(w.rows.amount, amount))],
    [
      rows(
        row(w.rows.rate, w.ratePerYear(rate)),
        row(w.rows.rateKind, input.rate.fixed ? w.fixed : w.variable),
        input.rate.pricing !== undefined && row(w.rows.pricing, input.rate.pricing),
        row(
          w.rows.rateChanges,
          input.rate.fixed ? w.cannotChange : w.canChange(input.rate.changes ?? ''),
        ),
      ),
    ],
    costs(input.costs, w, language),
    disbursement(input, w, validUntil),
    earlyRepayment(input, w, amount, rate, language),
    securities(input.securities, w, language),
    [rows(row(w.rows.validUntil, validUntil)), paragraph(w.validity(validUntil))],
    [link(w.securitiesLink, input.securitiesInfoUrl ?? DEFAULT_SECURITIES_INFO_URL)],
  ];

  const opening: Section = {
    blocks: [
      paragraph(w.intro),
      rows(
        row(w.rows.borrower, input.borrower.name),
        row(enterpriseNumberLabel(language), input.borrower.enterpriseNumber),
        row(w.rows.loanId, input.loanId),
        row(w.rows.offerDate, formatDate(input.offerDate, language)),
        row(w.rows.documentDate, documentDate),
      ),
    ],
  };

  return {
    language,
    title: w.title,
    subtitle: w.subtitle(formatDate(input.offerDate, language), input.product.name),
    author: input.lender.name,
    subject: `${w.title} ${input.loanId}`,
    date: toDate(input.documentDate),
    referenceLine: w.reference(input.loanId, documentDate),
    sender: senderLines(input.lender, language),
    addressees: [borrowerBlock(input.borrower, language, w.borrower)],
    sections: [
      opening,
      ...items.map((blocks, index) => ({
        number: ITEM_NUMBERS[index],
        heading: headings[index],
        blocks,
      })),
    ],
    footer: [footerLine(input.lender, language), w.footer],
  };
}

function characteristics(input: SummaryInformationInput, w: Wording, language: Language): Block[] {
  const { repayment } = input;
  const blocks: Block[] = [
    rows(
      row(w.rows.product, input.product.name),
      row(w.rows.method, w.method[repayment.method]),
      row(w.rows.frequency, w.frequency[repayment.frequency]),
      row(
        w.rows.capitalHoliday,
        repayment.capitalHolidayMonths > 0
          ? w.capitalHoliday(formatMonths(repayment.capitalHolidayMonths, language))
          : w.none,
      ),
      repayment.instalment !== undefined &&
        row(w.rows.instalment, formatAmount(repayment.instalment, language)),
    ),
  ];
  const listed = input.product.characteristics ?? [];
  if (listed.length > 0) blocks.push(paragraph(w.characteristics), list(listed));
  return blocks;
}

function costs(items: readonly CostItem[], w: Wording, language: Language): Block[] {
  if (items.length === 0) return [paragraph(w.noCosts), paragraph(w.costsExcluded)];
  const costRows: Row[] = items.map((item) =>
    row(
      item.label,
      [
        item.amount === undefined ? undefined : formatAmount(item.amount, language),
        item.computation,
      ]
        .filter((part): part is string => part !== undefined && part.length > 0)
        .join('\n'),
    ),
  );
  return [rows(...costRows), paragraph(w.costsExcluded)];
}

function disbursement(input: SummaryInformationInput, w: Wording, validUntil: string): Block[] {
  const account = input.disbursement?.account;
  const description = input.disbursement?.description;
  if (description === undefined) return [paragraph(w.disbursement(account, validUntil))];
  return [
    paragraph(description),
    ...(account === undefined ? [] : [rows(row(w.rows.account, account))]),
  ];
}

function earlyRepayment(
  input: SummaryInformationInput,
  w: Wording,
  amount: string,
  rate: string,
  language: Language,
): Block[] {
  const terms = input.earlyRepayment;
  const scope = paragraph(terms.wholeOnly === true ? w.wholeOnly : w.partialAllowed);
  switch (terms.kind) {
    case 'six-months-cap':
      return [
        paragraph(w.sixMonthsCap(amount, rate, formatAmount(terms.capOnFullAmount, language))),
        paragraph(w.sixMonthsCeiling(formatAmount(terms.ceiling, language))),
        scope,
      ];
    case 'standard':
      return [
        paragraph(w.standard(formatAmount(terms.ceiling, language))),
        ...(terms.referenceRateAdjustment === undefined
          ? []
          : [paragraph(terms.referenceRateAdjustment)]),
        scope,
      ];
    case 'none':
      return [paragraph(w.noFee), scope];
  }
}

function securities(items: readonly SecurityItem[], w: Wording, language: Language): Block[] {
  if (items.length === 0) return [paragraph(w.noSecurities)];
  return [
    rows(
      ...items.map((item) => {
        const figures = [
          formatAmount(item.amount, language),
          item.coverage === undefined
            ? undefined
            : w.coverage(formatPercent(item.coverage, language, 0)),
        ].filter((part): part is string => part !== undefined);
        const value = `${item.guarantor}: ${figures.join(', ')}`;
        return row(
          GUARANTEE_KIND_LABELS[language][item.kind],
          item.description === undefined ? value : `${value}\n${item.description}`,
        );
      }),
    ),
  ];
}

const WEB_LINK = /^https?:\/\/[^\s<>"']+$/;

function checkInput(input: SummaryInformationInput, language: Language): void {
  const problems = new InputProblems('summary information document');
  problems.check(isLanguage(language), () => `language must be one of ${LANGUAGES.join(', ')}`);
  problems.requireText(input.loanId, 'loanId');
  checkLender(input.lender, problems);
  checkBorrower(input.borrower, problems);
  problems.requireText(input.product?.name, 'product.name');
  problems.check(
    Number.isInteger(input.termMonths) && input.termMonths > 0,
    () => `termMonths must be a whole number of months above 0, got ${String(input.termMonths)}`,
  );
  const amount = toMoney(input.amount);
  problems.check(amount.isPositive(), () => `amount must be above 0, got ${amount.toString()}`);
  const offerDate = toDate(input.offerDate);
  const validUntil = toDate(input.offerValidUntil);
  problems.check(
    !validUntil.isBefore(offerDate),
    () =>
      `offerValidUntil ${validUntil.toString()} is before the offer date ${offerDate.toString()}`,
  );
  if (input.firstDueDate !== undefined && input.lastDueDate !== undefined) {
    const first = toDate(input.firstDueDate);
    const last = toDate(input.lastDueDate);
    problems.check(
      !last.isBefore(first),
      () => `lastDueDate ${last.toString()} is before firstDueDate ${first.toString()}`,
    );
  }
  const { repayment } = input;
  problems.check(
    (REPAYMENT_METHODS as readonly string[]).includes(repayment?.method),
    () => `repayment.method must be one of ${REPAYMENT_METHODS.join(', ')}`,
  );
  problems.check(
    (REPAYMENT_FREQUENCIES as readonly string[]).includes(repayment?.frequency),
    () => `repayment.frequency must be one of ${REPAYMENT_FREQUENCIES.join(', ')}`,
  );
  problems.check(
    Number.isInteger(repayment?.capitalHolidayMonths) &&
      repayment.capitalHolidayMonths >= 0 &&
      repayment.capitalHolidayMonths < input.termMonths,
    () =>
      `repayment.capitalHolidayMonths must be a whole number from 0 to below the term, got ${String(repayment?.capitalHolidayMonths)}`,
  );
  toRate(input.rate.annualRate);
  if (!input.rate.fixed) problems.requireText(input.rate.changes, 'rate.changes (a variable rate)');
  input.costs.forEach((cost, index) => {
    problems.requireText(cost.label, `costs[${index}].label`);
    problems.check(
      cost.amount !== undefined || (cost.computation ?? '').trim().length > 0,
      () => `costs[${index}] needs an amount or how it is computed`,
    );
    if (cost.amount !== undefined) toMoney(cost.amount);
  });
  checkEarlyRepayment(input.earlyRepayment, amount, problems);
  input.securities.forEach((security, index) => {
    problems.check(
      (GUARANTEE_KINDS as readonly string[]).includes(security.kind),
      () => `securities[${index}].kind must be one of ${GUARANTEE_KINDS.join(', ')}`,
    );
    problems.requireText(security.guarantor, `securities[${index}].guarantor`);
    const value = toMoney(security.amount);
    problems.check(
      value.isPositive(),
      () => `securities[${index}].amount must be above 0, got ${value.toString()}`,
    );
    if (security.coverage !== undefined) toRate(security.coverage);
  });
  if (input.securitiesInfoUrl !== undefined) {
    problems.check(
      WEB_LINK.test(input.securitiesInfoUrl),
      () =>
        `securitiesInfoUrl must be a web address (http or https), got "${input.securitiesInfoUrl}"`,
    );
  }
  problems.throwIfAny();
}

function checkEarlyRepayment(
  terms: EarlyRepaymentTerms,
  amount: Money,
  problems: InputProblems,
): void {
  if (terms.kind === 'none') return;
  const ceiling = toMoney(terms.ceiling);
  if (terms.kind === 'six-months-cap') {
    toMoney(terms.capOnFullAmount);
    problems.check(
      amount.lte(ceiling),
      () =>
        `earlyRepayment: the six months' cap is for credits up to ${ceiling.toString()}; this credit is ${amount.toString()} (the standard scheme applies)`,
    );
  } else {
    problems.check(
      amount.gt(ceiling),
      () =>
        `earlyRepayment: the standard scheme is for credits above ${ceiling.toString()}; this credit is ${amount.toString()} (the six months' cap applies)`,
    );
  }
}
