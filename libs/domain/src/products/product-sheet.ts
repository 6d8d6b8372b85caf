import type { Money } from '../money/money';
import type { Rate } from '../money/rate';
import { formatBusinessDate } from '../time/business-date';
import type { LenderIdentity } from './lenders';
import {
  DEFAULT_EARLY_REPAYMENT_POLICY,
  type ProductCode,
  type ProductVersion,
  type RepaymentFrequency,
  type RepaymentMethod,
} from './product';

/**
 * The product sheet (type-document) handed over at application, one per credit form (DOMAIN.md
 * 4.1, seed 002 part I.A.3): (i) the credit form, (ii) its characteristics, (iii) the terms
 * available, (iv) early repayment, (v) possible costs, (vi) typical uses, (vii) a link to
 * financing aid and public guarantees, (viii) the ombudsman's name and address.
 *
 * The words are configuration (PRODUCT_SHEETS, Dutch and English); the figures (amounts,
 * terms, rate, holidays, early repayment) are read from the version in force, so a sheet can
 * never contradict the terms a loan gets.
 */
export const SHEET_LANGUAGES = ['nl', 'en'] as const;
export type SheetLanguage = (typeof SHEET_LANGUAGES)[number];

export function isSheetLanguage(value: unknown): value is SheetLanguage {
  return typeof value === 'string' && (SHEET_LANGUAGES as readonly string[]).includes(value);
}

export interface Localized {
  readonly nl: string;
  readonly en: string;
}

/** A text the documents print in French as well. */
export interface LocalizedWithFrench extends Localized {
  readonly fr: string;
}

/** The words of one product's sheet that do not follow from its figures. */
export interface ProductSheetText {
  /** (i) the credit form. */
  readonly creditForm: Localized;
  /**
   * (ii) characteristics besides the figures; also in French, for the summary information
   * document (libs/documents), which is written in French too.
   */
  readonly characteristics: readonly LocalizedWithFrench[];
  /** (v) costs besides the interest and the early-repayment fee. */
  readonly otherCosts: readonly Localized[];
  /** (vi) typical uses. */
  readonly typicalUses: readonly Localized[];
}

/** (vii) Seed 002 part V: the overview of support measures and public guarantees. */
export const FINANCING_AID_LINK = Object.freeze({
  url: 'https://www.financieringvanondernemingen.be',
  text: Object.freeze({
    nl: 'Overzicht van de begeleidings- en steunmaatregelen voor de financiering van ondernemingen en van de overheidswaarborgen',
    en: 'Overview of the support measures for the financing of enterprises and of the public guarantees',
  }),
});

/** (viii) The body designated for mediation in banking and investment services. */
export const OMBUDSMAN = Object.freeze({
  name: 'Ombudsfin — Ombudsman in financiële geschillen',
  address: 'North Gate II, Koning Albert II-laan 8 bus 2, 1000 Brussel',
  email: 'ombudsman@ombudsfin.be',
});

const l = (nl: string, en: string): Localized => Object.freeze({ nl, en });
const lf = (nl: string, en: string, fr: string): LocalizedWithFrench =>
  Object.freeze({ nl, en, fr });

/**
 * The sheets' words per product. The costs say what the lender charges besides interest and the
 * early-repayment fee: the sources name no file costs or reservation commission for any of the
 * four products; change these lines if the lender's tariff does.
 */
export const PRODUCT_SHEETS: Readonly<Record<ProductCode, ProductSheetText>> = Object.freeze({
  impulskrediet: {
    creditForm: l(
      'Impulskrediet: microkrediet (investerings- en werkkapitaalkrediet) met vaste rentevoet',
      'Impulskrediet: microcredit (investment and working capital loan) at a fixed rate',
    ),
    characteristics: [
      lf(
        'Voor ondernemers zonder toegang tot bankkrediet: natuurlijke personen of vennootschappen in Vlaanderen, in hoofd- of bijberoep.',
        'For entrepreneurs without access to bank credit: natural persons or companies in Flanders, in main or secondary occupation.',
        'Pour les entrepreneurs qui n’ont pas accès au crédit bancaire\u00a0: personnes physiques ou sociétés établies en Flandre, exerçant leur activité à titre principal ou complémentaire.',
      ),
      lf(
        'Bij de uitbetaling is de kredietnemer als zelfstandige ingeschreven met een ondernemingsnummer; geen collectieve schuldenregeling; een eerder faillissement is afgesloten met kwijtschelding.',
        'At disbursement the borrower is registered as self-employed with an enterprise number; no collective debt settlement; any earlier bankruptcy closed and discharged.',
        'Lors du versement, l’emprunteur est inscrit comme indépendant et dispose d’un numéro d’entreprise\u00a0; il ne fait pas l’objet d’un règlement collectif de dettes\u00a0; une faillite antérieure éventuelle est clôturée avec effacement des dettes.',
      ),
      lf(
        'Na de toekenning volgen twee jaar gratis begeleiding.',
        'Two years of free coaching follow the grant.',
        'L’octroi est suivi de deux années d’accompagnement gratuit.',
      ),
    ],
    otherCosts: [
      l('Geen dossierkosten of reserveringscommissie.', 'No file costs or reservation commission.'),
    ],
    typicalUses: [
      l(
        'Investeringen en bedrijfskapitaal bij de start of de groei van een micro-onderneming.',
        'Investments and working capital when a micro-enterprise starts or grows.',
      ),
      l(
        'Niet voor de herfinanciering van bestaande schulden.',
        'Not for refinancing existing debt.',
      ),
    ],
  },
  winwinlening: {
    creditForm: l(
      'Win-winlening: lening van een particulier aan een kmo, geregistreerd bij PMV, met een overheidswaarborg voor de kredietgever',
      'Win-win loan: a loan from a private person to an SME, registered with PMV, with a government guarantee for the lender',
    ),
    characteristics: [
      lf(
        'De kredietgever is een natuurlijke persoon die in het Vlaams Gewest woont en buiten zijn eigen onderneming leent; de kredietnemer is een kmo in Vlaanderen.',
        'The lender is a natural person living in the Flemish Region lending outside his own business; the borrower is an SME in Flanders.',
        'Le prêteur est une personne physique domiciliée en Région flamande qui prête en dehors de sa propre entreprise\u00a0; l’emprunteur est une PME établie en Flandre.',
      ),
      lf(
        'Vaste rentevoet, overeengekomen in de akte: minstens de helft en hoogstens de wettelijke interestvoet van het jaar waarin de overeenkomst ingaat.',
        'A fixed rate agreed in the deed: at least half and at most the legal interest rate of the year in which the contract starts.',
        'Taux fixe convenu dans l’acte\u00a0: au moins la moitié et au plus le taux d’intérêt légal de l’année au cours de laquelle le contrat prend cours.',
      ),
      lf(
        'De akte moet binnen 3 maanden na ondertekening bij PMV toekomen.',
        'PMV must receive the deed within 3 months of signing.',
        'L’acte doit parvenir à PMV dans les trois mois de sa signature.',
      ),
      lf(
        'De kredietgever krijgt jaarlijks een belastingkrediet van 2,5 % van het uitstaande kapitaal (de helft in het eerste en het laatste jaar).',
        "The lender's yearly tax credit is 2.5 % of the outstanding principal (half of it in the first and in the last year).",
        'Le prêteur bénéficie chaque année d’un crédit d’impôt de 2,5\u00a0% du capital restant dû (la moitié la première et la dernière année).',
      ),
    ],
    otherCosts: [
      l('Geen kosten van de registratie bij PMV.', 'No costs for the registration with PMV.'),
    ],
    typicalUses: [
      l(
        'Familie, vrienden of kennissen die de opstart of de groei van een kmo in Vlaanderen financieren.',
        'Family, friends or acquaintances financing the start or growth of an SME in Flanders.',
      ),
    ],
  },
  cofinanciering: {
    creditForm: l(
      'KMO-cofinanciering: achtergestelde lening van PMV, altijd samen met financiering van een partner',
      'KMO-cofinanciering: a subordinated loan from PMV, always together with financing from a partner',
    ),
    characteristics: [
      lf(
        'De partner is een kredietinstelling, een business angel lid van BAN Vlaanderen, een investeringsfonds of een crowdfundingplatform met een samenwerkingsovereenkomst met PMV.',
        'The partner is a credit institution, a business angel member of BAN Vlaanderen, an investment fund or a crowdfunding platform with a cooperation agreement with PMV.',
        'Le partenaire est un établissement de crédit, un business angel membre de BAN Vlaanderen, un fonds d’investissement ou une plateforme de financement participatif ayant conclu un accord de coopération avec PMV.',
      ),
      lf(
        "Voor kmo's met een economische activiteit en vzw's met een economische activiteit binnen de kmo-grenzen; een natuurlijke persoon is zelfstandige in hoofdberoep.",
        'For SMEs with an economic activity, and non-profits (vzw) with an economic activity within the SME limits; a natural person must be self-employed in main occupation.',
        'Pour les PME exerçant une activité économique et les ASBL exerçant une activité économique dans les limites des PME\u00a0; une personne physique doit exercer une activité indépendante à titre principal.',
      ),
      lf(
        'Enkel definitief en onherroepelijk verworven subsidies tellen als eigen inbreng (VIPA-subsidiebeloftes inbegrepen, toekomstige subsidies niet); een win-winlening telt mee.',
        'Only subsidies definitively and irrevocably granted count as own contribution (VIPA promises included, future subsidies not); a win-win loan counts.',
        'Seuls les subsides acquis de manière définitive et irrévocable comptent comme apport personnel (promesses de subside VIPA comprises, subsides futurs exclus)\u00a0; un prêt win-win est pris en compte.',
      ),
    ],
    otherCosts: [
      l('Geen dossierkosten of reserveringscommissie.', 'No file costs or reservation commission.'),
    ],
    typicalUses: [
      l(
        'Beroepsmatige materiële, immateriële en financiële investeringen, inclusief bedrijfskapitaal; de investeringsbehoefte is het hele project.',
        'Professional tangible, intangible and financial investments, working capital included; the investment need is the whole project.',
      ),
      l(
        'Onder meer in de zorg: kinderdagverblijven, zorg voor personen met een handicap, woonzorgcentra en ziekenhuizen.',
        'Among others in care: child care, care for persons with a disability, residential care centres and hospitals.',
      ),
    ],
  },
  startlening: {
    creditForm: l(
      'Startlening: lening van PMV met vaste rentevoet voor starters',
      'Startlening: a fixed-rate loan from PMV for starters',
    ),
    // The starter condition and the own-contribution multiple follow from rules.startlening.
    characteristics: [],
    otherCosts: [
      l('Geen dossierkosten of reserveringscommissie.', 'No file costs or reservation commission.'),
    ],
    typicalUses: [
      l(
        'De opstart van een activiteit als zelfstandige in hoofdberoep: investeringen en bedrijfskapitaal.',
        'Starting an activity as self-employed in main occupation: investments and working capital.',
      ),
    ],
  },
});

/** A sheet as handed over: one language, the figures of one version. */
export interface ProductSheet {
  readonly productCode: ProductCode;
  readonly language: SheetLanguage;
  readonly productVersion: string;
  readonly title: string;
  readonly lender: LenderIdentity | null;
  /** (i) */
  readonly creditForm: string;
  /** (ii) */
  readonly characteristics: readonly string[];
  /** (iii) */
  readonly availableTerms: string;
  /** (iv) */
  readonly earlyRepayment: string;
  /** (v) */
  readonly possibleCosts: readonly string[];
  /** (vi) */
  readonly typicalUses: readonly string[];
  /** (vii) */
  readonly financingAid: { readonly text: string; readonly url: string };
  /** (viii) */
  readonly ombudsman: { readonly name: string; readonly address: string; readonly email: string };
}

export function productSheet(
  version: ProductVersion,
  language: SheetLanguage,
  texts: Readonly<Record<ProductCode, ProductSheetText>> = PRODUCT_SHEETS,
): ProductSheet {
  const text = texts[version.productCode];
  const say = (t: Localized): string => t[language];
  const w = WORDS[language];
  return Object.freeze({
    productCode: version.productCode,
    language,
    productVersion: version.version,
    title: w.title(version.name),
    lender: version.lenderIdentity ?? null,
    creditForm: say(text.creditForm),
    characteristics: Object.freeze([
      ...figures(version, language),
      ...text.characteristics.map(say),
    ]),
    availableTerms: availableTerms(version, language),
    earlyRepayment: earlyRepayment(version, language),
    possibleCosts: Object.freeze([
      w.interestCost,
      earlyRepaymentCost(version, language),
      ...text.otherCosts.map(say),
    ]),
    typicalUses: Object.freeze(text.typicalUses.map(say)),
    financingAid: Object.freeze({
      text: say(FINANCING_AID_LINK.text),
      url: FINANCING_AID_LINK.url,
    }),
    ombudsman: OMBUDSMAN,
  });
}

const money = (m: Money, language: SheetLanguage): string =>
  language === 'nl' ? m.format('nl-BE', { symbol: true }) : `EUR ${m.format('en')}`;
const percent = (r: Rate, language: SheetLanguage): string =>
  r.format(language === 'nl' ? 'nl-BE' : 'en');

const WORDS = {
  nl: {
    title: (name: string) => `Productfiche ${name}`,
    amount: (min: string, max: string) => `Bedrag: van ${min} tot ${max}.`,
    fixedRate: (rate: string) => `Vaste rentevoet van ${rate} voor de hele looptijd.`,
    agreedRate: 'Vaste rentevoet, overeengekomen in het contract.',
    referenceRate: (margin: string, floor: string) =>
      `Vaste rentevoet voor de hele looptijd: de IRS-rentevoet voor de looptijd op de dag van het aanbod, verhoogd met ${margin}, met een minimum van ${floor}.`,
    extendedHolidayRate: (months: number, rate: string) =>
      `Met een vrijstelling van kapitaalaflossing van ${months} maanden (enkel met een schriftelijke motivering) is de rentevoet ${rate}.`,
    repayment: (methods: string, frequencies: string) =>
      `Terugbetaling in ${methods}, ${frequencies}.`,
    or: ' of ',
    holiday: (choices: string) =>
      `Vrijstelling van kapitaalaflossing (enkel interest) bij de start: ${choices} maanden.`,
    holidayUpTo: (max: number) =>
      `Vrijstelling van kapitaalaflossing (enkel interest) bij de start: tot ${max} maanden.`,
    noHoliday: 'Geen vrijstelling van kapitaalaflossing.',
    offerValidity: (days: number) => `Een aanbod blijft ${days} dagen geldig.`,
    guarantee: (share: string) =>
      `Overheidswaarborg: ${share} van het definitief verloren kapitaal bij faillissement, kennelijk onvermogen of ontbinding van de kredietnemer.`,
    exactTerm: (months: number) =>
      `Bepaalde duur van precies ${months} maanden${years(months, 'nl')}.`,
    termRange: (min: number, max: number, wholeYears: boolean) =>
      `Bepaalde duur van ${min} tot ${max} maanden${wholeYears ? ', in hele jaren' : ''}.`,
    earlyAny: 'Vervroegde terugbetaling is mogelijk, geheel of gedeeltelijk, op elk moment.',
    earlyFullOnly:
      'Vervroegde terugbetaling is enkel mogelijk voor het volledige resterende kapitaal in één keer; een gedeeltelijke vervroegde terugbetaling wordt geweigerd.',
    feeCap:
      'Wederbeleggingsvergoeding bij vervroegde terugbetaling: hoogstens 6 maanden contractuele interest op het vervroegd terugbetaalde kapitaal (kredieten tot € 2 miljoen; daarboven het gestandaardiseerde schema van de Gedragscode).',
    noFee: 'Geen vergoeding bij vervroegde terugbetaling.',
    interestCost: 'Interest aan de rentevoet van het aanbod.',
    cofinancingRatios: (multiple: number, maxShare: string, cofinancing: string, own: string) =>
      `Hoogstens ${multiple} keer de eigen inbreng en hoogstens ${maxShare} van de investeringsbehoefte; de cofinanciering van de partner is minstens ${cofinancing} en de eigen inbreng minstens ${own} van de investeringsbehoefte.`,
    cofinancierTerm: (months: number) =>
      `De looptijd van de cofinancier mag onbeperkt langer zijn, en hoogstens ${months} maanden korter.`,
    combination: (max: string, share: string) =>
      `Cumulatie met een Startlening op hetzelfde ogenblik kan, op naam van een natuurlijke persoon met een geldig attest van de Startlening: samen hoogstens ${max}, met een eigen inspanning van minstens ${share} van het investeringstotaal.`,
    starter: (yearsMax: number) =>
      `Voor starters met hoogstens ${yearsMax} jaar activiteit als zelfstandige in hoofdberoep.`,
    startMultiple: (multiple: number) => `Hoogstens ${multiple} keer de eigen inbreng.`,
  },
  en: {
    title: (name: string) => `Product sheet ${name}`,
    amount: (min: string, max: string) => `Amount: ${min} to ${max}.`,
    fixedRate: (rate: string) => `A fixed rate of ${rate} for the whole term.`,
    agreedRate: 'A fixed rate, agreed in the contract.',
    referenceRate: (margin: string, floor: string) =>
      `A fixed rate for the whole term: the IRS rate for the term on the day of the offer plus ${margin}, at least ${floor}.`,
    extendedHolidayRate: (months: number, rate: string) =>
      `With a capital holiday of ${months} months (only with a written justification) the rate is ${rate}.`,
    repayment: (methods: string, frequencies: string) => `Repaid in ${methods}, ${frequencies}.`,
    or: ' or ',
    holiday: (choices: string) =>
      `A capital holiday (interest only) at the start: ${choices} months.`,
    holidayUpTo: (max: number) =>
      `A capital holiday (interest only) at the start: up to ${max} months.`,
    noHoliday: 'No capital holiday.',
    offerValidity: (days: number) => `An offer holds for ${days} days.`,
    guarantee: (share: string) =>
      `Government guarantee: ${share} of the principal definitively lost when the borrower goes bankrupt, is manifestly insolvent or is dissolved.`,
    exactTerm: (months: number) =>
      `A fixed term of exactly ${months} months${years(months, 'en')}.`,
    termRange: (min: number, max: number, wholeYears: boolean) =>
      `A fixed term of ${min} to ${max} months${wholeYears ? ', in whole years' : ''}.`,
    earlyAny: 'Early repayment is possible at any time, in full or in part.',
    earlyFullOnly:
      'Early repayment is possible only of the whole remaining principal at once; a partial early repayment is refused.',
    feeCap:
      'Reinvestment fee on early repayment: at most 6 months of contractual interest on the capital repaid early (credits up to EUR 2 million; above that the standard scheme of the code of conduct).',
    noFee: 'No fee on early repayment.',
    interestCost: 'Interest at the rate of the offer.',
    cofinancingRatios: (multiple: number, maxShare: string, cofinancing: string, own: string) =>
      `At most ${multiple} times the own contribution and at most ${maxShare} of the investment need; the partner's co-financing is at least ${cofinancing} and the own contribution at least ${own} of the investment need.`,
    cofinancierTerm: (months: number) =>
      `The co-financier's term may be longer without limit, and at most ${months} months shorter.`,
    combination: (max: string, share: string) =>
      `May be combined at the same time with a Startlening in the name of a natural person holding a valid start-loan attest: together at most ${max}, with an own effort of at least ${share} of the investment total.`,
    starter: (yearsMax: number) =>
      `For starters with at most ${yearsMax} years of self-employment in main occupation.`,
    startMultiple: (multiple: number) => `At most ${multiple} times the own contribution.`,
  },
} as const;

const METHOD_WORDS: Record<SheetLanguage, Record<RepaymentMethod, string>> = {
  nl: {
    annuity: 'constante termijnen (annuïteiten)',
    linear: 'constante kapitaalaflossingen (lineair)',
    bullet: 'één keer op de eindvervaldag (bullet)',
  },
  en: {
    annuity: 'constant instalments (annuity)',
    linear: 'constant capital repayments (linear)',
    bullet: 'one payment at the end (bullet)',
  },
};

const FREQUENCY_WORDS: Record<SheetLanguage, Record<RepaymentFrequency, string>> = {
  nl: {
    monthly: 'maandelijks',
    quarterly: 'per kwartaal',
    semiannual: 'per halfjaar',
    annual: 'jaarlijks',
  },
  en: { monthly: 'monthly', quarterly: 'quarterly', semiannual: 'half-yearly', annual: 'yearly' },
};

function years(months: number, language: SheetLanguage): string {
  if (months % 12 !== 0) return '';
  return language === 'nl' ? ` (${months / 12} jaar)` : ` (${months / 12} years)`;
}

function figures(v: ProductVersion, language: SheetLanguage): string[] {
  const w = WORDS[language];
  const lines = [w.amount(money(v.minAmount, language), money(v.maxAmount, language))];
  const rate = v.rate;
  if (rate.kind === 'fixed') lines.push(w.fixedRate(percent(rate.annualRate, language)));
  else if (rate.kind === 'agreed') lines.push(w.agreedRate);
  else lines.push(w.referenceRate(percent(rate.margin, language), percent(rate.floor, language)));
  const extended = v.rules?.startlening?.extendedHoliday;
  if (extended) {
    lines.push(w.extendedHolidayRate(extended.months, percent(extended.annualRate, language)));
  }
  lines.push(
    w.repayment(
      v.repaymentMethods.map((m) => METHOD_WORDS[language][m]).join(w.or),
      v.repaymentFrequencies.map((f) => FREQUENCY_WORDS[language][f]).join(w.or),
    ),
  );
  if (v.capitalHolidayChoices) lines.push(w.holiday(v.capitalHolidayChoices.join(w.or)));
  else if (v.maxCapitalHolidayMonths > 0) lines.push(w.holidayUpTo(v.maxCapitalHolidayMonths));
  else lines.push(w.noHoliday);
  const guarantee = v.rules?.winwin?.governmentGuaranteeShare;
  if (guarantee) lines.push(w.guarantee(percent(guarantee, language)));
  const cofinancing = v.rules?.cofinancing;
  if (cofinancing) {
    lines.push(
      w.cofinancingRatios(
        cofinancing.maxOwnContributionMultiple,
        percent(cofinancing.maxInvestmentShare, language),
        percent(cofinancing.minCofinancingShare, language),
        percent(cofinancing.minOwnContributionShare, language),
      ),
      w.cofinancierTerm(cofinancing.maxCofinancierTermShortfallMonths),
      w.combination(
        money(cofinancing.combination.maxTotal, language),
        percent(cofinancing.combination.minOwnEffortShare, language),
      ),
    );
  }
  const start = v.rules?.startlening;
  if (start) {
    lines.push(
      w.starter(start.maxSelfEmployedYears),
      w.startMultiple(start.maxOwnContributionMultiple),
    );
  }
  lines.push(w.offerValidity(v.offerValidityDays));
  return lines;
}

function availableTerms(v: ProductVersion, language: SheetLanguage): string {
  const w = WORDS[language];
  return v.minTermMonths === v.maxTermMonths
    ? w.exactTerm(v.minTermMonths)
    : w.termRange(v.minTermMonths, v.maxTermMonths, v.termStepMonths === 12);
}

function earlyRepayment(v: ProductVersion, language: SheetLanguage): string {
  const w = WORDS[language];
  const policy = v.earlyRepayment ?? DEFAULT_EARLY_REPAYMENT_POLICY;
  return `${policy.partial ? w.earlyAny : w.earlyFullOnly} ${policy.fee === 'none' ? w.noFee : w.feeCap}`;
}

function earlyRepaymentCost(v: ProductVersion, language: SheetLanguage): string {
  const w = WORDS[language];
  const policy = v.earlyRepayment ?? DEFAULT_EARLY_REPAYMENT_POLICY;
  return policy.fee === 'none' ? w.noFee : w.feeCap;
}

/** "2018-01-01" to "2020-10-06", or from a day on: a version's period for people. */
export function versionPeriodText(v: ProductVersion, language: SheetLanguage): string {
  const from = formatBusinessDate(v.validFrom);
  if (!v.validUntil) return language === 'nl' ? `vanaf ${from}` : `from ${from}`;
  const to = formatBusinessDate(v.validUntil.minusDays(1));
  return language === 'nl' ? `van ${from} tot en met ${to}` : `${from} to ${to}`;
}
