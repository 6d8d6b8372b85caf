import type { Instalment, RepaymentFrequency, RepaymentMethod } from '@loanbook/domain';
import { Money } from '@loanbook/domain';
import { formatDecimal } from '@loanbook/locale';
import { InputProblems } from './errors';
import type { DateInput, MoneyInput, RateInput } from './format';
import { formatAmount, formatDate, formatMonths, formatPercent, toDate, toMoney } from './format';
import type { Language, Translations } from './language';
import { LANGUAGES, isLanguage } from './language';
import type { DocumentModel, TableColumn } from './model';
import { paragraph, row, rows, table } from './model';
import type { BorrowerDetails, LenderDetails } from './parties';
import {
  borrowerBlock,
  checkBorrower,
  checkLender,
  enterpriseNumberLabel,
  fileReference,
  fileRows,
  footerLine,
  senderLines,
} from './parties';

/** "+++123/4567/89002+++": the form a Belgian bank reads the communication in. */
const STRUCTURED_COMMUNICATION = /^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/;

/**
 * The repayment schedule (aflossingstabel) of a disbursed loan (issue 22): every instalment with
 * its due date, the structured communication to pay it with and the lender's account(s). Made
 * from LoanDisbursed, or from StructuredCommunicationAssigned for a loan disbursed before
 * communications were given at disbursement.
 */
export interface RepaymentScheduleInput {
  readonly loanId: string;
  /** The short file number ("IK-2021-0042"); absent for loans applied for before them. */
  readonly fileNumber?: string;
  /** The day this schedule is drawn up (the source event's date); the PDF's date. */
  readonly documentDate: DateInput;
  readonly disbursedOn: DateInput;
  readonly lender: LenderDetails;
  readonly borrower: BorrowerDetails;
  readonly productName?: string;
  readonly amount: MoneyInput;
  readonly annualRate: RateInput;
  readonly termMonths: number;
  readonly repayment: {
    readonly method: RepaymentMethod;
    readonly frequency: RepaymentFrequency;
  };
  /**
   * `following` when the disbursement fixed that due dates move off non-working days: the
   * schedule then says so (and shows each moved date's contractual one).
   */
  readonly dueDateConvention: 'following' | 'none';
  /** Oldest first, numbered from 1. */
  readonly instalments: readonly {
    readonly number: number;
    /** The day it is to be paid: the contractual date, moved to a working day. */
    readonly dueOn: DateInput;
    /** The contractual due date, when dueOn was moved off it. */
    readonly contractualDueOn?: DateInput;
    readonly principal: MoneyInput;
    readonly interest: MoneyInput;
    readonly total: MoneyInput;
    /** Principal still owed once this instalment is paid. */
    readonly balance: MoneyInput;
  }[];
  /** "+++123/4567/89002+++": what every transfer must carry to be booked on this loan. */
  readonly structuredCommunication: string;
  /** The lender's accounts for repayments as printed ("BE68 5390 0754 7034"); may be none. */
  readonly accounts: readonly string[];
  readonly signatory?: string;
}

interface Wording {
  title: string;
  subtitle: (amount: string, disbursedOn: string) => string;
  reference: (file: string, date: string) => string;
  intro: (file: string, product: string, disbursedOn: string) => string;
  loan: {
    borrower: string;
    product: string;
    amount: string;
    rate: string;
    term: string;
    method: string;
    frequency: string;
    disbursedOn: string;
    instalments: string;
  };
  ratePerYear: (rate: string) => string;
  method: Readonly<Record<RepaymentMethod, string>>;
  frequency: Readonly<Record<RepaymentFrequency, string>>;
  paymentHeading: string;
  payment: { account: (n: number) => string; beneficiary: string; communication: string };
  howToPay: (accounts: number) => string;
  scheduleHeading: string;
  columns: {
    number: string;
    dueOn: string;
    principal: string;
    interest: string;
    total: string;
    balance: string;
  };
  contractual: (date: string) => string;
  totals: string;
  workingDays: string;
  noShift: string;
  signature: (lender: string, signatory: string | undefined) => string;
  footer: string;
}

const WORDING: Translations<Wording> = {
  nl: {
    title: 'Aflossingstabel',
    subtitle: (amount, disbursedOn) => `Krediet van ${amount}, uitbetaald op ${disbursedOn}`,
    reference: (file, date) => `Dossier ${file} · ${date}`,
    intro: (file, product, disbursedOn) =>
      `Hierbij vindt u de aflossingstabel van uw krediet ${file}${product}, uitbetaald op ${disbursedOn}. Ze vermeldt voor elke afbetaling de vervaldag, het kapitaal, de interest, het te betalen bedrag en het kapitaal dat daarna nog openstaat.`,
    loan: {
      borrower: 'Kredietnemer',
      product: 'Product',
      amount: 'Kredietbedrag',
      rate: 'Rentevoet',
      term: 'Looptijd',
      method: 'Aflossing',
      frequency: 'Betalingen',
      disbursedOn: 'Uitbetaald op',
      instalments: 'Aantal afbetalingen',
    },
    ratePerYear: (rate) => `${rate} per jaar (nominaal), vast`,
    method: {
      annuity: 'Constante termijnen (annuïteiten)',
      linear: 'Constante kapitaalaflossingen',
      bullet: 'Kapitaal in één keer op de eindvervaldag',
    },
    frequency: {
      monthly: 'Maandelijks',
      quarterly: 'Per kwartaal',
      semiannual: 'Per halfjaar',
      annual: 'Jaarlijks',
    },
    paymentHeading: 'Betaling',
    payment: {
      account: (n) => (n === 1 ? 'Rekening' : 'Rekeningen'),
      beneficiary: 'Begunstigde',
      communication: 'Gestructureerde mededeling',
    },
    howToPay: (accounts) =>
      `Schrijf elke afbetaling uiterlijk op haar vervaldag over ${accounts === 0 ? 'op onze rekening' : accounts === 1 ? 'op de hierboven vermelde rekening' : 'op een van de hierboven vermelde rekeningen'}, altijd met deze gestructureerde mededeling: zo wordt uw betaling meteen op uw krediet geboekt.`,
    scheduleHeading: 'Afbetalingen',
    columns: {
      number: 'Nr.',
      dueOn: 'Vervaldag',
      principal: 'Kapitaal (EUR)',
      interest: 'Interest (EUR)',
      total: 'Te betalen (EUR)',
      balance: 'Saldo (EUR)',
    },
    contractual: (date) => `(contractueel ${date})`,
    totals: 'Totaal',
    workingDays:
      'Valt een vervaldag op een zaterdag, een zondag of een Belgische wettelijke feestdag, dan schuift ze op naar de eerstvolgende werkdag; de contractuele vervaldag staat er dan onder. De interest blijft berekend over de contractuele periodes: enkel de betaaldag verschuift, de bedragen niet.',
    noShift:
      'De vervaldagen zijn de contractuele, ook als ze op een zaterdag, een zondag of een feestdag vallen.',
    signature: (lender, signatory) =>
      signatory === undefined
        ? `Met vriendelijke groeten,\nVoor ${lender}`
        : `Met vriendelijke groeten,\nVoor ${lender},\n${signatory}`,
    footer: 'Aflossingstabel bij de kredietovereenkomst.',
  },
  fr: {
    title: 'Tableau d’amortissement',
    subtitle: (amount, disbursedOn) => `Crédit de ${amount}, versé le ${disbursedOn}`,
    reference: (file, date) => `Dossier ${file} · ${date}`,
    intro: (file, product, disbursedOn) =>
      `Veuillez trouver ci-dessous le tableau d’amortissement de votre crédit ${file}${product}, versé le ${disbursedOn}. Il indique pour chaque échéance sa date, le capital, les intérêts, le montant à payer et le capital restant dû après paiement.`,
    loan: {
      borrower: 'Emprunteur',
      product: 'Produit',
      amount: 'Montant du crédit',
      rate: 'Taux d’intérêt',
      term: 'Durée',
      method: 'Remboursement',
      frequency: 'Paiements',
      disbursedOn: 'Versé le',
      instalments: 'Nombre d’échéances',
    },
    ratePerYear: (rate) => `${rate} par an (nominal), fixe`,
    method: {
      annuity: 'Échéances constantes (annuités)',
      linear: 'Amortissements constants du capital',
      bullet: 'Capital remboursé en une fois à l’échéance finale',
    },
    frequency: {
      monthly: 'Mensuels',
      quarterly: 'Trimestriels',
      semiannual: 'Semestriels',
      annual: 'Annuels',
    },
    paymentHeading: 'Paiement',
    payment: {
      account: (n) => (n === 1 ? 'Compte' : 'Comptes'),
      beneficiary: 'Bénéficiaire',
      communication: 'Communication structurée',
    },
    howToPay: (accounts) =>
      `Virez chaque échéance au plus tard à sa date ${accounts === 0 ? 'sur notre compte' : accounts === 1 ? 'sur le compte indiqué ci-dessus' : 'sur l’un des comptes indiqués ci-dessus'}, toujours avec cette communication structurée\u00a0: votre paiement sera ainsi imputé directement sur votre crédit.`,
    scheduleHeading: 'Échéances',
    columns: {
      number: 'N°',
      dueOn: 'Échéance',
      principal: 'Capital (EUR)',
      interest: 'Intérêts (EUR)',
      total: 'À payer (EUR)',
      balance: 'Solde (EUR)',
    },
    contractual: (date) => `(contractuelle\u00a0: ${date})`,
    totals: 'Total',
    workingDays:
      'Une échéance qui tombe un samedi, un dimanche ou un jour férié légal belge est reportée au premier jour ouvrable suivant\u00a0; la date contractuelle est alors indiquée en dessous. Les intérêts restent calculés sur les périodes contractuelles\u00a0: seul le jour de paiement est reporté, pas les montants.',
    noShift:
      'Les échéances sont les dates contractuelles, même lorsqu’elles tombent un samedi, un dimanche ou un jour férié.',
    signature: (lender, signatory) =>
      signatory === undefined
        ? `Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\nPour ${lender}`
        : `Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\nPour ${lender},\n${signatory}`,
    footer: 'Tableau d’amortissement du contrat de crédit.',
  },
  en: {
    title: 'Repayment schedule',
    subtitle: (amount, disbursedOn) => `Credit of ${amount}, paid out on ${disbursedOn}`,
    reference: (file, date) => `File ${file} · ${date}`,
    intro: (file, product, disbursedOn) =>
      `Please find below the repayment schedule of your credit ${file}${product}, paid out on ${disbursedOn}. For each instalment it gives the due date, the principal, the interest, the amount to pay and the principal still owed after it.`,
    loan: {
      borrower: 'Borrower',
      product: 'Product',
      amount: 'Credit amount',
      rate: 'Interest rate',
      term: 'Term',
      method: 'Repayment',
      frequency: 'Payments',
      disbursedOn: 'Paid out on',
      instalments: 'Number of instalments',
    },
    ratePerYear: (rate) => `${rate} a year (nominal), fixed`,
    method: {
      annuity: 'Constant instalments (annuity)',
      linear: 'Constant capital repayments',
      bullet: 'Capital repaid at once on the final due date',
    },
    frequency: {
      monthly: 'Monthly',
      quarterly: 'Quarterly',
      semiannual: 'Half-yearly',
      annual: 'Yearly',
    },
    paymentHeading: 'Payment',
    payment: {
      account: (n) => (n === 1 ? 'Account' : 'Accounts'),
      beneficiary: 'Beneficiary',
      communication: 'Structured communication',
    },
    howToPay: (accounts) =>
      `Transfer each instalment by its due date ${accounts === 0 ? 'to our account' : accounts === 1 ? 'to the account given above' : 'to one of the accounts given above'}, always with this structured communication, so that your payment is booked on your loan at once.`,
    scheduleHeading: 'Instalments',
    columns: {
      number: 'No.',
      dueOn: 'Due date',
      principal: 'Principal (EUR)',
      interest: 'Interest (EUR)',
      total: 'To pay (EUR)',
      balance: 'Balance (EUR)',
    },
    contractual: (date) => `(contractual: ${date})`,
    totals: 'Total',
    workingDays:
      'A due date that falls on a Saturday, a Sunday or a Belgian public holiday moves to the next working day; the contractual due date is then shown below it. Interest is still computed over the contractual periods: only the day of payment moves, not the amounts.',
    noShift:
      'The due dates are the contractual ones, even when they fall on a Saturday, a Sunday or a holiday.',
    signature: (lender, signatory) =>
      signatory === undefined
        ? `Yours faithfully,\nFor ${lender}`
        : `Yours faithfully,\nFor ${lender},\n${signatory}`,
    footer: 'Repayment schedule of the credit agreement.',
  },
};

/** The title in a language: the documents list stores the Dutch one. */
/** A computed schedule's instalments (the domain's computeSchedule) as the document's rows. */
export function scheduleRows(
  instalments: readonly Instalment[],
): RepaymentScheduleInput['instalments'] {
  return instalments.map((i) => ({
    number: i.number,
    dueOn: i.dueOn,
    ...(i.contractualDueOn ? { contractualDueOn: i.contractualDueOn } : {}),
    principal: i.principal,
    interest: i.interest,
    total: i.total,
    balance: i.outstandingAfter,
  }));
}

export function repaymentScheduleTitle(language: Language): string {
  return WORDING[language].title;
}

/**
 * The repayment schedule of a disbursed loan, to the borrower: the loan's figures, how to pay
 * (the lender's account(s) and the loan's structured communication, in rows of their own so a
 * line never wraps inside them), then every instalment with its due date (the moved one, and
 * the contractual one where it moved), principal, interest, amount and balance, and the totals.
 * Throws DocumentInputError when the figures do not make a schedule.
 */
export function repaymentSchedule(
  input: RepaymentScheduleInput,
  language: Language,
): DocumentModel {
  checkInput(input, language);
  const w = WORDING[language];
  const file = fileReference(input.loanId, input.fileNumber);
  const date = toDate(input.documentDate);
  const disbursedOn = formatDate(input.disbursedOn, language);
  const amount = formatAmount(input.amount, language);
  const product = input.productName === undefined ? '' : ` (${input.productName})`;
  const figure = (money: MoneyInput) => formatDecimal(toMoney(money).toString(), language);
  const sum = (pick: (i: RepaymentScheduleInput['instalments'][number]) => MoneyInput) =>
    input.instalments.reduce((total, i) => total.plus(toMoney(pick(i))), Money.zero());

  const columns: TableColumn[] = [
    { label: w.columns.number, align: 'right', weight: 0.5 },
    { label: w.columns.dueOn, weight: 2 },
    { label: w.columns.principal, align: 'right', weight: 1.3 },
    { label: w.columns.interest, align: 'right', weight: 1.3 },
    { label: w.columns.total, align: 'right', weight: 1.3 },
    { label: w.columns.balance, align: 'right', weight: 1.3 },
  ];
  const body = input.instalments.map((i) => [
    String(i.number),
    i.contractualDueOn === undefined
      ? formatDate(i.dueOn, language)
      : `${formatDate(i.dueOn, language)}\n${w.contractual(formatDate(i.contractualDueOn, language))}`,
    figure(i.principal),
    figure(i.interest),
    figure(i.total),
    figure(i.balance),
  ]);
  const totals = [
    '',
    w.totals,
    figure(sum((i) => i.principal)),
    figure(sum((i) => i.interest)),
    figure(sum((i) => i.total)),
    '',
  ];
  const accounts = input.accounts;
  return {
    language,
    title: w.title,
    subtitle: w.subtitle(amount, disbursedOn),
    author: input.lender.name,
    subject: `${w.title} ${file}`,
    date,
    referenceLine: w.reference(file, formatDate(date, language)),
    sender: senderLines(input.lender, language),
    addressees: [borrowerBlock(input.borrower, language)],
    sections: [
      {
        blocks: [
          paragraph(w.intro(file, product, disbursedOn)),
          rows(
            row(w.loan.borrower, input.borrower.name),
            row(enterpriseNumberLabel(language), input.borrower.enterpriseNumber),
            ...fileRows(input.loanId, input.fileNumber, language),
            input.productName !== undefined && row(w.loan.product, input.productName),
            row(w.loan.amount, amount),
            row(w.loan.rate, w.ratePerYear(formatPercent(input.annualRate, language))),
            row(w.loan.term, formatMonths(input.termMonths, language)),
            row(w.loan.method, w.method[input.repayment.method]),
            row(w.loan.frequency, w.frequency[input.repayment.frequency]),
            row(w.loan.disbursedOn, disbursedOn),
            row(w.loan.instalments, String(input.instalments.length)),
          ),
        ],
      },
      {
        heading: w.paymentHeading,
        blocks: [
          rows(
            accounts.length > 0 && row(w.payment.account(accounts.length), accounts.join('\n')),
            row(w.payment.beneficiary, input.lender.name),
            row(w.payment.communication, input.structuredCommunication),
          ),
          paragraph(w.howToPay(accounts.length)),
        ],
      },
      {
        heading: w.scheduleHeading,
        blocks: [
          paragraph(input.dueDateConvention === 'following' ? w.workingDays : w.noShift),
          table(columns, [...body, totals]),
        ],
      },
      { blocks: [paragraph(w.signature(input.lender.name, input.signatory))] },
    ],
    footer: [footerLine(input.lender, language), w.footer],
  };
}

function checkInput(input: RepaymentScheduleInput, language: Language): void {
  const problems = new InputProblems('repayment schedule');
  problems.check(isLanguage(language), () => `language must be one of ${LANGUAGES.join(', ')}`);
  problems.requireText(input.loanId, 'loanId');
  checkLender(input.lender, problems);
  checkBorrower(input.borrower, problems);
  problems.check(
    typeof input.structuredCommunication === 'string' &&
      STRUCTURED_COMMUNICATION.test(input.structuredCommunication),
    () =>
      `structuredCommunication must read +++ddd/dddd/ddddd+++, got ${JSON.stringify(input.structuredCommunication)}`,
  );
  problems.check(
    Number.isInteger(input.termMonths) && input.termMonths > 0,
    () => `termMonths must be a whole number above 0, got ${input.termMonths}`,
  );
  problems.check(
    ['following', 'none'].includes(input.dueDateConvention),
    () => `dueDateConvention must be following or none, got ${String(input.dueDateConvention)}`,
  );
  problems.check(
    Array.isArray(input.instalments) && input.instalments.length > 0,
    () => 'at least one instalment is required',
  );
  if (Array.isArray(input.instalments) && input.instalments.length > 0) {
    // The balance runs down from the amount to zero, each instalment's principal at a time: a
    // schedule that does not is a wrong one, never printed.
    let balance = toMoney(input.amount);
    input.instalments.forEach((i, index) => {
      problems.check(
        i.number === index + 1,
        () => `instalment ${index + 1} is numbered ${i.number}`,
      );
      const total = toMoney(i.total);
      problems.check(
        toMoney(i.principal).plus(toMoney(i.interest)).equals(total),
        () =>
          `instalment ${i.number}: principal ${toMoney(i.principal).toString()} + interest ${toMoney(i.interest).toString()} is not its total ${total.toString()}`,
      );
      balance = balance.minus(toMoney(i.principal));
      problems.check(
        toMoney(i.balance).equals(balance),
        () =>
          `instalment ${i.number}: balance ${toMoney(i.balance).toString()} is not ${balance.toString()}`,
      );
      if (i.contractualDueOn !== undefined)
        problems.check(
          toDate(i.dueOn).isAfter(toDate(i.contractualDueOn)),
          () =>
            `instalment ${i.number}: due on ${String(i.dueOn)}, not after its contractual date ${String(i.contractualDueOn)}`,
        );
      if (index > 0)
        problems.check(
          toDate(i.dueOn).isAfter(toDate(input.instalments[index - 1].dueOn)),
          () => `instalment ${i.number} is not due after instalment ${index}`,
        );
    });
    problems.check(
      balance.isZero(),
      () =>
        `the instalments repay ${toMoney(input.amount).minus(balance).toString()}, not the amount ${toMoney(input.amount).toString()}`,
    );
  }
  problems.throwIfAny();
}
