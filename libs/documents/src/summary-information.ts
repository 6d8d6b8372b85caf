import type { GuaranteeKind, RepaymentFrequency, RepaymentMethod } from '@loanbook/domain';
import { GUARANTEE_KINDS, Money, REPAYMENT_FREQUENCIES, REPAYMENT_METHODS } from '@loanbook/domain';
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
  fileReference,
  fileRows,
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
  /** The short file number ("IK-2022-0042"); absent for loans applied for before them. */
  readonly fileNumber?: string;
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
  /**
   * The product's due-date convention (issue 22): `following` moves a due date on a Saturday,
   * Sunday or Belgian public holiday to the next working day, and the document says so.
   * Absent: nothing is said about it.
   */
  readonly dueDateConvention?: 'following' | 'none';
  readonly repayment: {
    readonly method: RepaymentMethod;
    readonly frequency: RepaymentFrequency;
    /** Interest-only months at the start; 0 for none. */
    readonly capitalHolidayMonths: number;
    /** The regular instalment, when the caller has it from the schedule. */
    readonly instalment?: MoneyInput;
  };
  /**
   * The offer's schedule as it would run if paid out on the offer date: the instalments and the
   * total interest, from which the total cost of the credit is stated (with the costs of vi).
   */
  readonly schedule?: OfferScheduleFigures;
  /** Who signs for the lender: the approving officers' names. */
  readonly signatories?: readonly string[];
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

export interface OfferScheduleFigures {
  readonly instalments: number;
  /** The regular instalment: the first one after any capital holiday. */
  readonly instalment: MoneyInput;
  /** An instalment of the capital holiday (interest only), when there is one. */
  readonly holidayInstalment?: MoneyInput;
  /** The last instalment, which takes the remainder. */
  readonly lastInstalment: MoneyInput;
  /** The sum of every instalment's interest. */
  readonly totalInterest: MoneyInput;
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
  fr: [
    'Identité et coordonnées du prêteur',
    'Type de crédit et principales caractéristiques',
    'Durée du contrat',
    'Montant du crédit',
    'Taux d’intérêt',
    'Frais habituels',
    'Mise à disposition des fonds',
    'Indemnité en cas de remboursement anticipé',
    'Sûretés demandées',
    'Délai de validité de l’offre',
    'Informations sur les sûretés',
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
    address: string;
    instalments: string;
    totalInterest: string;
    totalCost: string;
    totalToRepay: string;
  };
  lastInstalment: (amount: string) => string;
  holidayInstalment: (amount: string) => string;
  totalCostExcludes: string;
  scheduleNote: string;
  workingDays: string;
  scheduleFollows: string;
  signature: (lender: string, signatories: readonly string[]) => string;
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
      address: 'Adres',
      instalments: 'Aantal termijnen',
      totalInterest: 'Totale interest',
      totalCost: 'Totale kostprijs van het krediet',
      totalToRepay: 'Totaal terug te betalen bedrag',
    },
    lastInstalment: (amount) => `laatste termijn: ${amount}`,
    holidayInstalment: (amount) => `tijdens de kapitaalvrije periode: ${amount} (enkel interest)`,
    totalCostExcludes: 'zonder de kosten die van het gebruik afhangen (punt vi)',
    scheduleNote:
      'Berekend volgens de aflossingstabel van dit aanbod, alsof het krediet op de datum van het aanbod ter beschikking wordt gesteld; de aflossingstabel van de overeenkomst begint op de dag van de terbeschikkingstelling. De totale kostprijs van het krediet is de som van de interest en de kosten onder punt vi.',
    workingDays:
      'Valt een vervaldag op een zaterdag, een zondag of een Belgische wettelijke feestdag, dan schuift ze op naar de eerstvolgende werkdag. De interest blijft berekend over de contractuele periodes: enkel de betaaldag verschuift, de bedragen niet.',
    scheduleFollows:
      'Bij de terbeschikkingstelling ontvangt u de aflossingstabel met elke vervaldag en elk bedrag, samen met de gestructureerde mededeling waarmee u elke afbetaling overschrijft.',
    signature: (lender, signatories) =>
      [`Voor ${lender}${signatories.length > 0 ? ',' : ''}`, ...signatories].join('\n'),
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
  fr: {
    title: 'Document d’information succinct',
    subtitle: (offerDate, product) => `Offre de crédit du ${offerDate}\u00a0: ${product}`,
    reference: (loanId, date) => `Référence ${loanId} · ${date}`,
    borrower: 'Emprunteur',
    intro:
      'Le présent document résume les principales caractéristiques de notre offre de crédit, afin que vous puissiez la comparer aisément à d’autres offres de crédit. Il accompagne le projet de contrat de crédit.',
    rows: {
      borrower: 'Emprunteur',
      loanId: 'Numéro de dossier',
      offerDate: 'Date de l’offre de crédit',
      documentDate: 'Date du présent document',
      product: 'Forme de crédit',
      method: 'Remboursement',
      frequency: 'Périodicité des paiements',
      capitalHoliday: 'Franchise de capital',
      instalment: 'Montant de l’échéance',
      term: 'Durée',
      firstDue: 'Première échéance',
      lastDue: 'Échéance finale',
      amount: 'Montant du crédit',
      rate: 'Taux d’intérêt',
      rateKind: 'Type de taux',
      pricing: 'Détermination du taux',
      rateChanges: 'Le taux peut-il varier\u00a0?',
      account: 'Compte',
      validUntil: 'L’offre est valable jusqu’au (inclus)',
      address: 'Adresse',
      instalments: 'Nombre d’échéances',
      totalInterest: 'Total des intérêts',
      totalCost: 'Coût total du crédit',
      totalToRepay: 'Montant total à rembourser',
    },
    lastInstalment: (amount) => `dernière échéance\u00a0: ${amount}`,
    holidayInstalment: (amount) =>
      `pendant la franchise de capital\u00a0: ${amount} (intérêts uniquement)`,
    totalCostExcludes: 'hors frais dépendant de l’utilisation du crédit (point vi)',
    scheduleNote:
      'Calculé selon le tableau d’amortissement de la présente offre, comme si le crédit était mis à disposition à la date de l’offre\u00a0; le tableau d’amortissement du contrat commence le jour de la mise à disposition des fonds. Le coût total du crédit correspond à la somme des intérêts et des frais mentionnés au point vi.',
    workingDays:
      'Une échéance qui tombe un samedi, un dimanche ou un jour férié légal belge est reportée au premier jour ouvrable suivant. Les intérêts restent calculés sur les périodes contractuelles\u00a0: seul le jour de paiement est reporté, pas les montants.',
    scheduleFollows:
      'Lors de la mise à disposition des fonds, vous recevrez le tableau d’amortissement avec chaque échéance et chaque montant, ainsi que la communication structurée avec laquelle vous virerez chaque échéance.',
    signature: (lender, signatories) =>
      [`Pour ${lender}${signatories.length > 0 ? ',' : ''}`, ...signatories].join('\n'),
    characteristics: 'Principales caractéristiques de cette forme de crédit\u00a0:',
    method: {
      annuity:
        'Échéances constantes (annuités)\u00a0: chaque échéance comprend des intérêts et du capital, et son montant reste identique.',
      linear:
        'Amortissements constants du capital\u00a0: chaque échéance rembourse la même part de capital, majorée des intérêts sur le solde restant dû\u00a0; les échéances diminuent.',
      bullet:
        'Le capital est remboursé en une seule fois à l’échéance finale\u00a0; jusqu’à cette date, seuls les intérêts sont payés.',
    },
    frequency: {
      monthly: 'Mensuelle',
      quarterly: 'Trimestrielle',
      semiannual: 'Semestrielle',
      annual: 'Annuelle',
    },
    capitalHoliday: (months) =>
      `Pendant une période de ${months} à compter du début du crédit, vous ne payez que les intérêts, sans remboursement de capital.`,
    none: 'Aucune',
    ratePerYear: (rate) => `${rate} par an (taux nominal)`,
    fixed: 'Fixe pendant toute la durée du crédit',
    variable: 'Variable',
    cannotChange: 'Non\u00a0: le taux ne peut pas varier pendant la durée du crédit.',
    canChange: (how) => `Oui\u00a0: ${how}`,
    noCosts:
      'Néant\u00a0: aucuns frais ne sont portés en compte pour la conclusion et l’exécution normale du présent crédit (ni commission de réservation, ni frais de dossier).',
    costsExcluded:
      'Ne sont pas compris les frais d’une modification ou d’une résiliation du crédit, ni les frais portés en compte par des tiers, tels que les droits d’enregistrement dus lors de la constitution d’une sûreté.',
    disbursement: (account, validUntil) =>
      `Le montant du crédit est versé en une seule fois sur le compte de l’emprunteur${account === undefined ? '' : ` (${account})`}, après la signature du contrat de crédit et pendant la durée de validité de l’offre, au plus tard le ${validUntil}.`,
    sixMonthsCap: (amount, rate, cap) =>
      `En cas de remboursement anticipé, une indemnité de remploi est due, limitée à six mois d’intérêts sur le capital remboursé anticipativement\u00a0: pour le montant total de ${amount} au taux de ${rate}, elle s’élève au maximum à ${cap}.`,
    sixMonthsCeiling: (ceiling) =>
      `Ce plafond s’applique aux crédits dont le montant n’excède pas ${ceiling} (maximum légal prévu par le Code de conduite).`,
    standard: (ceiling) =>
      `Le montant du présent crédit dépasse ${ceiling}. En cas de remboursement anticipé, l’indemnité due est dès lors plafonnée à l’indemnité de remploi calculée selon le schéma standardisé et transparent du Code de conduite\u00a0: la différence entre les intérêts que le prêteur aurait perçus sur le capital remboursé jusqu’à la prochaine révision contractuelle du taux (ou, à défaut, jusqu’à l’échéance finale) et les intérêts qu’il perçoit en replaçant ce capital au taux de référence (Euribor pour les flux jusqu’à un an, IRS au-delà), compte tenu de la valeur temps de l’argent.`,
    noFee: 'Aucune indemnité n’est due en cas de remboursement anticipé.',
    partialAllowed: 'Le crédit peut être remboursé anticipativement, en tout ou en partie.',
    wholeOnly:
      'Le remboursement anticipé n’est possible que pour la totalité du capital restant dû, en une seule fois\u00a0; un remboursement anticipé partiel n’est pas possible.',
    noSecurities:
      'Aucune\u00a0: la présente offre de crédit ne requiert aucune sûreté personnelle ou réelle, et aucune garantie publique n’est prévue.',
    coverage: (share) => `couverture de ${share}`,
    validity: (date) =>
      `La présente offre et les informations contenues dans ce document sont valables jusqu’au ${date} inclus.`,
    securitiesLink:
      'Vous trouverez des informations sur les caractéristiques des principales sûretés et sur leur incidence sur votre demande de crédit à l’adresse suivante\u00a0:',
    footer:
      'Document d’information succinct établi conformément au Code de conduite visé par la loi du 21 décembre 2013 portant des dispositions diverses concernant le financement des petites et moyennes entreprises (art. 7, § 2).',
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
      address: 'Address',
      instalments: 'Number of instalments',
      totalInterest: 'Total interest',
      totalCost: 'Total cost of the credit',
      totalToRepay: 'Total amount to repay',
    },
    lastInstalment: (amount) => `last instalment: ${amount}`,
    holidayInstalment: (amount) => `during the capital holiday: ${amount} (interest only)`,
    totalCostExcludes: 'excluding the costs that depend on use (item vi)',
    scheduleNote:
      "Computed from this offer's repayment schedule as if the credit were made available on the date of the offer; the agreement's schedule starts on the day the funds are made available. The total cost of the credit is the interest plus the costs of item vi.",
    workingDays:
      'A due date that falls on a Saturday, a Sunday or a Belgian public holiday moves to the next working day. Interest is still computed over the contractual periods: only the day of payment moves, not the amounts.',
    scheduleFollows:
      'When the funds are made available you will receive the repayment schedule with every due date and amount, together with the structured communication to transfer each instalment with.',
    signature: (lender, signatories) =>
      [`For ${lender}${signatories.length > 0 ? ',' : ''}`, ...signatories].join('\n'),
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
        input.schedule !== undefined && row(w.rows.instalments, String(input.schedule.instalments)),
      ),
      ...(input.dueDateConvention === 'following' ? [paragraph(w.workingDays)] : []),
      paragraph(w.scheduleFollows),
    ],
    creditAmount(input, w, language),
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
        input.borrower.address !== undefined &&
          input.borrower.address.length > 0 &&
          row(w.rows.address, input.borrower.address.join('\n')),
        ...fileRows(input.loanId, input.fileNumber, language),
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
    subject: `${w.title} ${fileReference(input.loanId, input.fileNumber)}`,
    date: toDate(input.documentDate),
    referenceLine: w.reference(fileReference(input.loanId, input.fileNumber), documentDate),
    sender: senderLines(input.lender, language),
    addressees: [borrowerBlock(input.borrower, language, w.borrower)],
    sections: [
      opening,
      ...items.map((blocks, index) => ({
        number: ITEM_NUMBERS[index],
        heading: headings[index],
        blocks,
      })),
      { blocks: [paragraph(w.signature(input.lender.name, input.signatories ?? []))] },
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
      instalmentRow(input, w, language),
    ),
  ];
  const listed = input.product.characteristics ?? [];
  if (listed.length > 0) blocks.push(paragraph(w.characteristics), list(listed));
  return blocks;
}

/** The regular instalment, and the capital holiday's and the last one where they differ. */
function instalmentRow(
  input: SummaryInformationInput,
  w: Wording,
  language: Language,
): Row | undefined {
  const schedule = input.schedule;
  if (schedule === undefined) {
    const given = input.repayment.instalment;
    return given === undefined ? undefined : row(w.rows.instalment, formatAmount(given, language));
  }
  const regular = toMoney(schedule.instalment);
  const last = toMoney(schedule.lastInstalment);
  const lines = [
    formatAmount(regular, language),
    ...(schedule.holidayInstalment === undefined
      ? []
      : [w.holidayInstalment(formatAmount(schedule.holidayInstalment, language))]),
    ...(last.equals(regular) ? [] : [w.lastInstalment(formatAmount(last, language))]),
  ];
  return row(w.rows.instalment, lines.join('\n'));
}

/**
 * (iv) The amount of credit and, from the offer's schedule, what it costs: the total interest,
 * the total cost (interest and the costs of vi that have an amount; exact cents, never rounded)
 * and the total to repay.
 */
function creditAmount(input: SummaryInformationInput, w: Wording, language: Language): Block[] {
  const amount = toMoney(input.amount);
  const schedule = input.schedule;
  if (schedule === undefined) return [rows(row(w.rows.amount, formatAmount(amount, language)))];
  const interest = toMoney(schedule.totalInterest);
  const totalCost = Money.sum([
    interest,
    ...input.costs.flatMap((c) => (c.amount === undefined ? [] : [toMoney(c.amount)])),
  ]);
  const uncounted = input.costs.some((c) => c.amount === undefined);
  return [
    rows(
      row(w.rows.amount, formatAmount(amount, language)),
      row(w.rows.totalInterest, formatAmount(interest, language)),
      row(
        w.rows.totalCost,
        uncounted
          ? `${formatAmount(totalCost, language)}\n${w.totalCostExcludes}`
          : formatAmount(totalCost, language),
      ),
      row(w.rows.totalToRepay, formatAmount(amount.plus(totalCost), language)),
    ),
    paragraph(w.scheduleNote),
  ];
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
        const value = `${item.guarantor}${language === 'fr' ? '\u00a0:' : ':'} ${figures.join(', ')}`;
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
  if (input.dueDateConvention !== undefined)
    problems.check(
      ['following', 'none'].includes(input.dueDateConvention),
      () => `dueDateConvention must be following or none, got ${String(input.dueDateConvention)}`,
    );
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
  if (input.schedule !== undefined) {
    const s = input.schedule;
    problems.check(
      Number.isInteger(s.instalments) && s.instalments > 0,
      () => `schedule.instalments must be a whole number above 0, got ${String(s.instalments)}`,
    );
    for (const [field, value] of [
      ['instalment', s.instalment],
      ['lastInstalment', s.lastInstalment],
      ['totalInterest', s.totalInterest],
      ...(s.holidayInstalment === undefined ? [] : [['holidayInstalment', s.holidayInstalment]]),
    ] as const) {
      const money = toMoney(value);
      problems.check(
        !money.isNegative(),
        () => `schedule.${field} must not be negative, got ${money.toString()}`,
      );
    }
  }
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
