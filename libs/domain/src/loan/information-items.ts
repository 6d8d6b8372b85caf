import type { LocalDate } from '@js-joda/core';

/**
 * DOMAIN.md 4.1 (code of conduct, art. 10 §1 2°): what the lender asks of the enterprise at
 * application, as far as relevant and not known already, and of each personal guarantor; and the
 * product sheet it hands over. The codes are stable: they are stored in events.
 */
export const ENTERPRISE_INFORMATION_ITEMS = [
  'enterprise-identity',
  'enterprise-address',
  'group-and-shareholder-structure',
  'activity-and-market-position',
  'financial-results-and-plan',
  'credit-purpose',
  'existing-relationship-with-lender',
  'outstanding-financing-elsewhere',
  'securities-and-available-assets',
  'negative-pledges-and-commitments',
  'articles-of-association',
  'social-balance-sheet',
  'product-sheet-handed-over',
] as const;
export type EnterpriseInformationItem = (typeof ENTERPRISE_INFORMATION_ITEMS)[number];

/** Asked of every personal guarantor (seed 002 II.9): one pair per personal guarantee. */
export const GUARANTOR_INFORMATION_ITEMS = ['guarantor-identity', 'guarantor-assets'] as const;
export type GuarantorInformationItem = (typeof GUARANTOR_INFORMATION_ITEMS)[number];

export type InformationItem = EnterpriseInformationItem | GuarantorInformationItem;
export const INFORMATION_ITEMS: readonly InformationItem[] = [
  ...ENTERPRISE_INFORMATION_ITEMS,
  ...GUARANTOR_INFORMATION_ITEMS,
];

export function isInformationItem(value: unknown): value is InformationItem {
  return typeof value === 'string' && (INFORMATION_ITEMS as readonly string[]).includes(value);
}

export function isGuarantorItem(item: InformationItem): item is GuarantorInformationItem {
  return (GUARANTOR_INFORMATION_ITEMS as readonly string[]).includes(item);
}

/**
 * provided: the enterprise (or guarantor) gave it, or, for the product sheet, it was handed over;
 * already-known: the lender has it (an existing relation, the KBO), so it was not asked;
 * not-applicable: not relevant to this credit ("voor zover van toepassing").
 */
export const INFORMATION_STATUSES = ['provided', 'already-known', 'not-applicable'] as const;
export type InformationStatus = (typeof INFORMATION_STATUSES)[number];

export function isInformationStatus(value: unknown): value is InformationStatus {
  return typeof value === 'string' && (INFORMATION_STATUSES as readonly string[]).includes(value);
}

export const INFORMATION_ITEM_DESCRIPTIONS: Readonly<
  Record<InformationItem, { en: string; nl: string }>
> = {
  'enterprise-identity': { en: 'identity of the enterprise', nl: 'identiteit van de onderneming' },
  'enterprise-address': {
    en: 'address of the enterprise (street and number, postal code, municipality)',
    nl: 'adres van de onderneming (straat en nummer, postcode, gemeente)',
  },
  'group-and-shareholder-structure': {
    en: 'group and shareholder structure',
    nl: 'groepsstructuur en aandeelhoudersstructuur',
  },
  'activity-and-market-position': {
    en: 'activity and position in its sector',
    nl: 'activiteit en positionering binnen de sector',
  },
  'financial-results-and-plan': {
    en: 'current (interim, detailed) financial results and the financial plan',
    nl: 'actuele (tussentijdse en gedetailleerde) financiële resultaten en het financieel plan',
  },
  'credit-purpose': { en: 'purpose of the credit', nl: 'doel van het krediet' },
  'existing-relationship-with-lender': {
    en: 'existing credit relationship between the enterprise and the lender',
    nl: 'bestaande kredietrelaties tussen onderneming en kredietgever',
  },
  'outstanding-financing-elsewhere': {
    en: 'outstanding financing of the enterprise and its group, also with other institutions',
    nl: 'uitstaande financieringen op ondernemings- en groepsniveau, ook bij andere instellingen',
  },
  'securities-and-available-assets': {
    en: 'existing personal and real securities, and assets available as security',
    nl: 'bestaande persoonlijke en zakelijke zekerheden en beschikbare activa voor zekerheidsstelling',
  },
  'negative-pledges-and-commitments': {
    en: 'negative pledges and other commitments that may affect the credit relationship',
    nl: 'negatieve verbintenissen (negative pledge) en andere engagementen',
  },
  'articles-of-association': {
    en: 'articles of association and their amendments published in the Belgian Official Gazette',
    nl: 'statuten en de wijzigingen gepubliceerd in het Belgisch Staatsblad',
  },
  'social-balance-sheet': { en: 'social balance sheet', nl: 'sociale balans' },
  'product-sheet-handed-over': {
    en: 'the product sheet of the credit form, handed over to the enterprise',
    nl: 'de toelichting (productfiche) van de kredietvorm, overhandigd aan de onderneming',
  },
  'guarantor-identity': {
    en: 'identity of the personal guarantor',
    nl: 'identiteit van de persoonlijke zekerheidssteller',
  },
  'guarantor-assets': {
    en: "overview of the personal guarantor's assets",
    nl: 'overzicht van de vermogenstoestand van de persoonlijke zekerheidssteller',
  },
};

/** One item as recorded: the latest record of it wins. */
export interface InformationRecord {
  status: InformationStatus;
  recordedOn: LocalDate;
  recordedBy: string;
  note?: string;
}

/** The key an item is kept under in the loan state: guarantor items per guarantee. */
export function informationKey(item: InformationItem, guaranteeId?: string): string {
  return guaranteeId === undefined ? item : `${item}:${guaranteeId}`;
}
