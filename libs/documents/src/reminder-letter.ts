import type { GuaranteeKind } from '@loanbook/domain';
import { Money } from '@loanbook/domain';
import { InputProblems } from './errors';
import type { DateInput, MoneyInput } from './format';
import { formatAmount, formatDate, toDate, toMoney } from './format';
import type { Language, Translations } from './language';
import { LANGUAGES, isLanguage } from './language';
import type { DocumentModel, Row } from './model';
import { paragraph, row, rows } from './model';
import type { BorrowerDetails, LenderDetails } from './parties';
import {
  borrowerBlock,
  checkBorrower,
  checkLender,
  fileReference,
  fileRows,
  footerLine,
  senderLines,
} from './parties';
import { GUARANTEE_KIND_LABELS } from './reason-texts';

/** The three letters of issue 22, in the order they are sent. */
export const REMINDER_LETTER_LEVELS = ['first', 'second', 'formal-notice'] as const;
export type ReminderLetterLevel = (typeof REMINDER_LETTER_LEVELS)[number];

/**
 * Days the borrower is given to pay, counted from the letter's date: a week and a day for the
 * reminders (the usual "binnen de 8 dagen"), 15 days for the formal notice, the period the
 * notice itself sets before the lender may terminate.
 */
export const DEFAULT_PAYMENT_DAYS: Readonly<Record<ReminderLetterLevel, number>> = {
  first: 8,
  second: 8,
  'formal-notice': 15,
};

/** A reminder letter (aanmaning) for a loan in arrears: ReminderIssued as a letter. */
export interface ReminderLetterInput {
  readonly loanId: string;
  /** The short file number ("IK-2022-0042"); absent for loans applied for before them. */
  readonly fileNumber?: string;
  readonly level: ReminderLetterLevel;
  /** The day the reminder was issued: the letter's date, from which the payment days run. */
  readonly issuedOn: DateInput;
  readonly lender: LenderDetails;
  readonly borrower: BorrowerDetails;
  readonly productName?: string;
  /** Calendar days since the oldest unpaid instalment fell due, on issuedOn. */
  readonly daysPastDue: number;
  /** The instalments past due and unpaid, oldest first. */
  readonly instalments: readonly {
    readonly instalment: number;
    readonly dueOn: DateInput;
    readonly interest: MoneyInput;
    readonly principal: MoneyInput;
    readonly total: MoneyInput;
  }[];
  readonly totalDue: MoneyInput;
  /** "+++123/4567/89002+++": what the transfer must carry to be booked on this loan. */
  readonly structuredCommunication?: string;
  /**
   * The lender's account for repayments, as printed ("BE68 5390 0754 7034"). It and the
   * communication stand in rows of their own, never in running text, where a line could wrap
   * inside them.
   */
  readonly account?: string;
  /** The reminders sent before this one, oldest first. */
  readonly earlierReminders?: readonly { readonly level: string; readonly issuedOn: DateInput }[];
  /** The loan's guarantees still standing: what a formal notice says the lender will call. */
  readonly guarantees?: readonly { readonly kind: GuaranteeKind; readonly guarantor?: string }[];
  /** Default: DEFAULT_PAYMENT_DAYS of the level. */
  readonly paymentDays?: number;
  readonly signatory?: string;
}

interface Wording {
  title: Record<ReminderLetterLevel, string>;
  reference: (file: string, date: string) => string;
  salutation: string;
  opening: Record<
    ReminderLetterLevel,
    (p: { file: string; product: string; days: string; earlier: string | undefined }) => string
  >;
  request: Record<
    ReminderLetterLevel,
    (p: { total: string; payBy: string; days: number; paymentTo: string }) => string
  >;
  paymentTo: (account: string | undefined, lender: string) => string;
  withCommunication: (communication: string | undefined) => string;
  consequences: (guarantees: string | undefined) => string;
  formalNotice: string;
  alreadyPaid: string;
  difficulties: (contact: string | undefined) => string;
  arrearsHeading: string;
  instalmentLabel: (n: number, dueOn: string) => string;
  instalmentValue: (total: string, principal: string, interest: string) => string;
  totalDue: string;
  paymentHeading: string;
  payment: {
    amount: string;
    account: string;
    beneficiary: string;
    communication: string;
    payBy: string;
  };
  loanHeading: string;
  loan: { product: string; borrower: string; daysPastDue: string };
  days: (n: number) => string;
  earlierLevel: (level: string) => string;
  and: string;
  signature: (lender: string, signatory: string | undefined) => string;
  footer: Record<ReminderLetterLevel, string>;
}

const WORDING: Translations<Wording> = {
  nl: {
    title: {
      first: 'Herinnering: achterstallige betaling',
      second: 'Tweede herinnering: achterstallige betaling',
      'formal-notice': 'Ingebrekestelling',
    },
    reference: (file, date) => `Dossier ${file} · ${date}`,
    salutation: 'Geachte heer, geachte mevrouw,',
    opening: {
      first: ({ file, product, days }) =>
        `Bij nazicht van uw kredietdossier ${file}${product} stellen wij vast dat de hieronder vermelde afbetalingen nog niet (volledig) betaald zijn. De oudste vervaldag is ${days} verstreken. Wellicht gaat het om een vergetelheid.`,
      second: ({ file, product, days, earlier }) =>
        `${earlier === undefined ? 'Eerder' : `Op ${earlier}`} stuurden wij u een herinnering voor uw kredietdossier ${file}${product}. Tot op heden ontvingen wij de hieronder vermelde afbetalingen niet (volledig); de oudste vervaldag is ${days} verstreken.`,
      'formal-notice': ({ file, product, days, earlier }) =>
        `Ondanks ${earlier === undefined ? 'onze herinneringen' : `onze herinneringen van ${earlier}`} blijven de hieronder vermelde afbetalingen van uw kredietdossier ${file}${product} onbetaald. De oudste vervaldag is ${days} verstreken.`,
    },
    request: {
      first: ({ total, payBy, paymentTo }) =>
        `Wij vragen u het achterstallige bedrag van ${total} uiterlijk op ${payBy} over te schrijven ${paymentTo}`,
      second: ({ total, payBy, paymentTo }) =>
        `Wij verzoeken u dringend het achterstallige bedrag van ${total} uiterlijk op ${payBy} over te schrijven ${paymentTo} Blijft de betaling uit, dan zijn wij genoodzaakt u in gebreke te stellen, met de gevolgen die de kredietovereenkomst daaraan verbindt.`,
      'formal-notice': ({ total, payBy, days, paymentTo }) =>
        `Bij deze stellen wij u formeel in gebreke. Wij vorderen de betaling van het achterstallige bedrag van ${total} binnen ${days} dagen na de datum van deze brief, dus uiterlijk op ${payBy}, ${paymentTo}`,
    },
    paymentTo: (account, lender) =>
      account === undefined
        ? `op de rekening van ${lender}`
        : `op de hierboven vermelde rekening van ${lender}`,
    withCommunication: (communication) =>
      communication === undefined
        ? ', met vermelding van het dossiernummer.'
        : ', met de gestructureerde mededeling die erbij staat: zo wordt uw betaling meteen op uw krediet geboekt.',
    consequences: (guarantees) =>
      `Ontvangen wij het volledige bedrag niet binnen die termijn, dan zullen wij, zoals de kredietovereenkomst bepaalt, zonder verdere verwittiging het krediet opzeggen en het volledige openstaande saldo, vermeerderd met de vervallen interesten, onmiddellijk opeisbaar stellen${guarantees === undefined ? '' : `, en de zekerheden aanspreken die voor dit krediet werden gesteld (${guarantees})`}. Wij behouden ons het recht voor de invordering langs gerechtelijke weg te vervolgen.`,
    formalNotice: 'Deze brief geldt als ingebrekestelling.',
    alreadyPaid:
      'Hebt u het bedrag intussen betaald, dan mag u deze brief als zonder voorwerp beschouwen.',
    difficulties: (contact) =>
      `Hebt u moeilijkheden om te betalen, neem dan zo snel mogelijk contact met ons op${contact === undefined ? '' : ` (${contact})`}: samen zoeken wij naar een oplossing.`,
    arrearsHeading: 'Achterstallige afbetalingen',
    instalmentLabel: (n, dueOn) => `Afbetaling ${n}, vervallen op ${dueOn}`,
    instalmentValue: (total, principal, interest) =>
      `${total}\n(kapitaal ${principal}, interest ${interest})`,
    totalDue: 'Totaal achterstallig',
    paymentHeading: 'Betaling',
    payment: {
      amount: 'Te betalen bedrag',
      account: 'Rekening',
      beneficiary: 'Begunstigde',
      communication: 'Gestructureerde mededeling',
      payBy: 'Uiterlijk op',
    },
    loanHeading: 'Het krediet',
    loan: { product: 'Product', borrower: 'Kredietnemer', daysPastDue: 'Dagen achterstand' },
    days: (n) => `${n} ${n === 1 ? 'dag' : 'dagen'}`,
    earlierLevel: (level) => (level === 'first' ? 'herinnering' : 'tweede herinnering'),
    and: 'en',
    signature: (lender, signatory) =>
      signatory === undefined
        ? `Met vriendelijke groeten,\nVoor ${lender}`
        : `Met vriendelijke groeten,\nVoor ${lender},\n${signatory}`,
    footer: {
      first: 'Herinnering bij achterstallige betaling.',
      second: 'Tweede herinnering bij achterstallige betaling.',
      'formal-notice': 'Ingebrekestelling bij achterstallige betaling.',
    },
  },
  fr: {
    title: {
      first: 'Rappel\u00a0: paiement en retard',
      second: 'Second rappel\u00a0: paiement en retard',
      'formal-notice': 'Mise en demeure',
    },
    reference: (file, date) => `Dossier ${file} · ${date}`,
    salutation: 'Madame, Monsieur,',
    opening: {
      first: ({ file, product, days }) =>
        `En examinant votre dossier de crédit ${file}${product}, nous constatons que les échéances mentionnées ci-dessous n’ont pas encore été (entièrement) payées. La plus ancienne est échue depuis ${days}. Il s’agit sans doute d’un oubli.`,
      second: ({ file, product, days, earlier }) =>
        `${earlier === undefined ? 'Nous vous avons adressé' : `Le ${earlier}, nous vous avons adressé`} un rappel pour votre dossier de crédit ${file}${product}. À ce jour, nous n’avons pas reçu (entièrement) les échéances mentionnées ci-dessous\u00a0; la plus ancienne est échue depuis ${days}.`,
      'formal-notice': ({ file, product, days, earlier }) =>
        `Malgré ${earlier === undefined ? 'nos rappels' : `nos rappels du ${earlier}`}, les échéances mentionnées ci-dessous de votre dossier de crédit ${file}${product} restent impayées. La plus ancienne est échue depuis ${days}.`,
    },
    request: {
      first: ({ total, payBy, paymentTo }) =>
        `Nous vous prions de virer le montant arriéré de ${total} au plus tard le ${payBy} ${paymentTo}`,
      second: ({ total, payBy, paymentTo }) =>
        `Nous vous prions instamment de virer le montant arriéré de ${total} au plus tard le ${payBy} ${paymentTo} À défaut de paiement, nous serons contraints de vous mettre en demeure, avec les conséquences que le contrat de crédit y attache.`,
      'formal-notice': ({ total, payBy, days, paymentTo }) =>
        `Par la présente, nous vous mettons formellement en demeure. Nous vous réclamons le paiement du montant arriéré de ${total} dans les ${days} jours de la date de la présente, soit au plus tard le ${payBy}, ${paymentTo}`,
    },
    paymentTo: (account, lender) =>
      account === undefined
        ? `sur le compte de ${lender}`
        : `sur le compte de ${lender} indiqué ci-dessus`,
    withCommunication: (communication) =>
      communication === undefined
        ? ', en mentionnant le numéro de dossier.'
        : ', avec la communication structurée qui l’accompagne\u00a0: votre paiement sera ainsi imputé directement sur votre crédit.',
    consequences: (guarantees) =>
      `Si nous ne recevons pas l’intégralité de ce montant dans ce délai, nous résilierons le crédit sans autre avis, comme le prévoit le contrat de crédit, et rendrons immédiatement exigible la totalité du solde restant dû, majoré des intérêts échus${guarantees === undefined ? '' : `, et nous ferons appel aux sûretés constituées pour ce crédit (${guarantees})`}. Nous nous réservons le droit de poursuivre le recouvrement par voie judiciaire.`,
    formalNotice: 'La présente vaut mise en demeure.',
    alreadyPaid:
      'Si vous avez payé ce montant entre-temps, nous vous prions de ne pas tenir compte de la présente.',
    difficulties: (contact) =>
      `Si vous éprouvez des difficultés de paiement, prenez contact avec nous au plus vite${contact === undefined ? '' : ` (${contact})`}\u00a0: nous chercherons ensemble une solution.`,
    arrearsHeading: 'Échéances arriérées',
    instalmentLabel: (n, dueOn) => `Échéance ${n}, échue le ${dueOn}`,
    instalmentValue: (total, principal, interest) =>
      `${total}\n(capital ${principal}, intérêts ${interest})`,
    totalDue: 'Total arriéré',
    paymentHeading: 'Paiement',
    payment: {
      amount: 'Montant à payer',
      account: 'Compte',
      beneficiary: 'Bénéficiaire',
      communication: 'Communication structurée',
      payBy: 'Au plus tard le',
    },
    loanHeading: 'Le crédit',
    loan: { product: 'Produit', borrower: 'Emprunteur', daysPastDue: 'Jours de retard' },
    days: (n) => `${n} ${n === 1 ? 'jour' : 'jours'}`,
    earlierLevel: (level) => (level === 'first' ? 'rappel' : 'second rappel'),
    and: 'et',
    signature: (lender, signatory) =>
      signatory === undefined
        ? `Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\nPour ${lender}`
        : `Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\nPour ${lender},\n${signatory}`,
    footer: {
      first: 'Rappel pour paiement en retard.',
      second: 'Second rappel pour paiement en retard.',
      'formal-notice': 'Mise en demeure pour paiement en retard.',
    },
  },
  en: {
    title: {
      first: 'Reminder: payment overdue',
      second: 'Second reminder: payment overdue',
      'formal-notice': 'Formal notice of default',
    },
    reference: (file, date) => `File ${file} · ${date}`,
    salutation: 'Dear Sir or Madam,',
    opening: {
      first: ({ file, product, days }) =>
        `Reviewing your credit file ${file}${product}, we find that the instalments listed below have not been paid (in full). The oldest fell due ${days} ago. This may well be an oversight.`,
      second: ({ file, product, days, earlier }) =>
        `${earlier === undefined ? 'We sent you' : `On ${earlier} we sent you`} a reminder for your credit file ${file}${product}. To date we have not received the instalments listed below (in full); the oldest fell due ${days} ago.`,
      'formal-notice': ({ file, product, days, earlier }) =>
        `Despite ${earlier === undefined ? 'our reminders' : `our reminders of ${earlier}`}, the instalments of your credit file ${file}${product} listed below remain unpaid. The oldest fell due ${days} ago.`,
    },
    request: {
      first: ({ total, payBy, paymentTo }) =>
        `Please transfer the overdue amount of ${total} by ${payBy} at the latest ${paymentTo}`,
      second: ({ total, payBy, paymentTo }) =>
        `We urgently ask you to transfer the overdue amount of ${total} by ${payBy} at the latest ${paymentTo} Should payment not follow, we will have to give you formal notice of default, with the consequences the credit agreement attaches to it.`,
      'formal-notice': ({ total, payBy, days, paymentTo }) =>
        `We hereby give you formal notice of default. We demand payment of the overdue amount of ${total} within ${days} days of the date of this letter, that is by ${payBy} at the latest, ${paymentTo}`,
    },
    paymentTo: (account, lender) =>
      account === undefined
        ? `to the account of ${lender}`
        : `to the account of ${lender} given above`,
    withCommunication: (communication) =>
      communication === undefined
        ? ', quoting the file number.'
        : ', with the structured communication given with it, so that your payment is booked on your loan at once.',
    consequences: (guarantees) =>
      `Should we not receive the full amount within that period, we will, as the credit agreement provides, terminate the credit without further notice and call the whole outstanding balance, with the interest due, immediately due and payable${guarantees === undefined ? '' : `, and call the guarantees given for this credit (${guarantees})`}. We reserve the right to pursue recovery through the courts.`,
    formalNotice: 'This letter constitutes a formal notice of default.',
    alreadyPaid: 'If you have paid the amount in the meantime, please disregard this letter.',
    difficulties: (contact) =>
      `If you have difficulty paying, please contact us as soon as possible${contact === undefined ? '' : ` (${contact})`}: together we will look for a solution.`,
    arrearsHeading: 'Overdue instalments',
    instalmentLabel: (n, dueOn) => `Instalment ${n}, due on ${dueOn}`,
    instalmentValue: (total, principal, interest) =>
      `${total}\n(principal ${principal}, interest ${interest})`,
    totalDue: 'Total overdue',
    paymentHeading: 'Payment',
    payment: {
      amount: 'Amount to pay',
      account: 'Account',
      beneficiary: 'Beneficiary',
      communication: 'Structured communication',
      payBy: 'By',
    },
    loanHeading: 'The credit',
    loan: { product: 'Product', borrower: 'Borrower', daysPastDue: 'Days past due' },
    days: (n) => `${n} ${n === 1 ? 'day' : 'days'}`,
    earlierLevel: (level) => (level === 'first' ? 'reminder' : 'second reminder'),
    and: 'and',
    signature: (lender, signatory) =>
      signatory === undefined
        ? `Yours faithfully,\nFor ${lender}`
        : `Yours faithfully,\nFor ${lender},\n${signatory}`,
    footer: {
      first: 'Reminder of an overdue payment.',
      second: 'Second reminder of an overdue payment.',
      'formal-notice': 'Formal notice of default for an overdue payment.',
    },
  },
};

/** The Dutch title of each level: what the documents list stores. */
export function reminderLetterTitle(level: ReminderLetterLevel, language: Language): string {
  return WORDING[language].title[level];
}

/**
 * The reminder letter of one ReminderIssued (issue 22), to the borrower: each past-due
 * instalment with its due date and amounts, the total, how to pay it (the lender's account and
 * the loan's structured communication) and by when; the second reminder announces the formal
 * notice, the formal notice sets the deadline and says what follows it (termination, the whole
 * balance called, the guarantees called).
 */
export function reminderLetter(input: ReminderLetterInput, language: Language): DocumentModel {
  checkInput(input, language);
  const w = WORDING[language];
  const level = input.level;
  const file = fileReference(input.loanId, input.fileNumber);
  const date = toDate(input.issuedOn);
  const paymentDays = input.paymentDays ?? DEFAULT_PAYMENT_DAYS[level];
  const payBy = formatDate(date.plusDays(paymentDays), language);
  const total = formatAmount(input.totalDue, language);
  const product = input.productName === undefined ? '' : ` (${input.productName})`;
  const earlier = (input.earlierReminders ?? []).map(
    (r) =>
      `${formatDate(r.issuedOn, language)}${level === 'formal-notice' ? ` (${w.earlierLevel(r.level)})` : ''}`,
  );
  const contact = [input.lender.phone, input.lender.email].filter((c): c is string => Boolean(c));
  const paymentTo = `${w.paymentTo(input.account, input.lender.name)}${w.withCommunication(input.structuredCommunication)}`;
  const guarantees = (input.guarantees ?? []).map((g) =>
    g.guarantor
      ? `${GUARANTEE_KIND_LABELS[language][g.kind]}: ${g.guarantor}`
      : GUARANTEE_KIND_LABELS[language][g.kind],
  );

  const instalmentRows: Row[] = input.instalments.map((i) =>
    row(
      w.instalmentLabel(i.instalment, formatDate(i.dueOn, language)),
      w.instalmentValue(
        formatAmount(i.total, language),
        formatAmount(i.principal, language),
        formatAmount(i.interest, language),
      ),
    ),
  );
  const requestBlocks = [
    paragraph(w.request[level]({ total, payBy, days: paymentDays, paymentTo })),
    ...(level === 'formal-notice'
      ? [
          paragraph(w.consequences(guarantees.length === 0 ? undefined : guarantees.join('; '))),
          paragraph(w.formalNotice),
        ]
      : []),
    paragraph(w.alreadyPaid),
    paragraph(w.difficulties(contact.length === 0 ? undefined : contact.join(', '))),
  ];
  const title = w.title[level];
  return {
    language,
    title,
    author: input.lender.name,
    subject: `${title} ${file}`,
    date,
    referenceLine: w.reference(file, formatDate(date, language)),
    sender: senderLines(input.lender, language),
    addressees: [borrowerBlock(input.borrower, language)],
    sections: [
      {
        blocks: [
          paragraph(w.salutation),
          paragraph(
            w.opening[level]({
              file,
              product,
              days: w.days(input.daysPastDue),
              earlier: earlier.length === 0 ? undefined : joinAnd(earlier, w.and),
            }),
          ),
        ],
      },
      {
        heading: w.arrearsHeading,
        blocks: [rows(...instalmentRows, row(w.totalDue, total))],
      },
      {
        heading: w.paymentHeading,
        blocks: [
          rows(
            row(w.payment.amount, total),
            input.account !== undefined && row(w.payment.account, input.account),
            row(w.payment.beneficiary, input.lender.name),
            input.structuredCommunication !== undefined &&
              row(w.payment.communication, input.structuredCommunication),
            row(w.payment.payBy, payBy),
          ),
          ...requestBlocks,
        ],
      },
      {
        heading: w.loanHeading,
        blocks: [
          rows(
            ...fileRows(input.loanId, input.fileNumber, language),
            input.productName !== undefined && row(w.loan.product, input.productName),
            row(w.loan.borrower, input.borrower.name),
            row(w.loan.daysPastDue, String(input.daysPastDue)),
          ),
          paragraph(w.signature(input.lender.name, input.signatory)),
        ],
      },
    ],
    footer: [footerLine(input.lender, language), w.footer[level]],
  };
}

function joinAnd(items: readonly string[], and: string): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)!}`;
}

function checkInput(input: ReminderLetterInput, language: Language): void {
  const problems = new InputProblems('reminder letter');
  problems.check(isLanguage(language), () => `language must be one of ${LANGUAGES.join(', ')}`);
  problems.requireText(input.loanId, 'loanId');
  checkLender(input.lender, problems);
  checkBorrower(input.borrower, problems);
  problems.check(
    (REMINDER_LETTER_LEVELS as readonly string[]).includes(input.level),
    () => `level must be one of ${REMINDER_LETTER_LEVELS.join(', ')}`,
  );
  problems.check(
    Number.isInteger(input.daysPastDue) && input.daysPastDue > 0,
    () => `daysPastDue must be a whole number above 0, got ${input.daysPastDue}`,
  );
  problems.check(
    Array.isArray(input.instalments) && input.instalments.length > 0,
    () => 'at least one instalment past due is required',
  );
  if (input.paymentDays !== undefined)
    problems.check(
      Number.isInteger(input.paymentDays) && input.paymentDays > 0,
      () => `paymentDays must be a whole number above 0, got ${input.paymentDays}`,
    );
  if (Array.isArray(input.instalments) && input.instalments.length > 0) {
    const issued = toDate(input.issuedOn);
    let sum = Money.zero();
    for (const i of input.instalments) {
      const total = toMoney(i.total);
      sum = sum.plus(total);
      problems.check(
        toMoney(i.principal).plus(toMoney(i.interest)).equals(total),
        () =>
          `instalment ${i.instalment}: principal ${toMoney(i.principal).toString()} + interest ${toMoney(i.interest).toString()} is not its total ${total.toString()}`,
      );
      problems.check(
        toDate(i.dueOn).isBefore(issued),
        () => `instalment ${i.instalment} falls due ${String(i.dueOn)}, not before the letter`,
      );
    }
    problems.check(
      sum.equals(toMoney(input.totalDue)),
      () =>
        `totalDue ${toMoney(input.totalDue).toString()} is not the instalments' sum ${sum.toString()}`,
    );
  }
  problems.throwIfAny();
}
