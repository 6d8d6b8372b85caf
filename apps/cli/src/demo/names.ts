import type { RefusalReasonCode } from '@loanbook/domain';
import type { Prng } from './prng';

/** Flemish-sounding names for the demo's borrowers and lenders (invented; any likeness is chance). */

export const SURNAMES = [
  'Peeters',
  'Janssens',
  'Maes',
  'Jacobs',
  'Mertens',
  'Willems',
  'Claes',
  'Goossens',
  'Wouters',
  'De Smet',
  'Vermeulen',
  'Van den Broeck',
  'Hermans',
  'Aerts',
  'Pauwels',
  'Michiels',
  'Van Damme',
  'De Backer',
  'Verstraete',
  'Lambrechts',
  'Declercq',
  'Coppens',
  'Vandenberghe',
  'Smets',
  'Bogaerts',
  'Cools',
  'Claeys',
  'De Vos',
  'Van de Velde',
  'Martens',
  'Segers',
  'Van Dyck',
  'Verhoeven',
  'Stevens',
  'Wuyts',
  'Leysen',
  'Vanhoutte',
  'Geerts',
  'Verbruggen',
  'Huysmans',
  'Van Acker',
  'De Wilde',
  'Op de Beeck',
  'Vanderlinden',
] as const;

export const FIRST_NAMES = [
  'Jan',
  'Pieter',
  'Koen',
  'Bart',
  'Wim',
  'Tom',
  'Stijn',
  'Joris',
  'Lieven',
  'Griet',
  'An',
  'Els',
  'Sofie',
  'Katrien',
  'Liesbeth',
  'Marc',
  'Hilde',
  'Inge',
  'Ward',
  'Lotte',
  'Jef',
  'Mieke',
  'Dirk',
  'Nele',
  'Bram',
  'Jolien',
  'Toon',
  'Lore',
  'Rik',
  'Veerle',
  'Annelies',
  'Jens',
  'Ruben',
  'Fien',
  'Wout',
  'Ilse',
] as const;

const TRADES = [
  'Bakkerij',
  'Slagerij',
  'Schrijnwerkerij',
  'Kapsalon',
  'Brouwerij',
  'Drukkerij',
  'Fietsen',
  'Tuinaanleg',
  'Dakwerken',
  'Elektro',
  'Koffiebar',
  'Bloemen',
  'Garage',
  'Loodgieterij',
  'Boekhandel',
  'Traiteur',
  'Schoenmakerij',
  'Vinoteek',
  'Stukadoorswerken',
  'Schilderwerken',
  'Frituur',
  'Ijssalon',
  'Kinesitherapie',
  'Architectenbureau',
] as const;

const LEGAL_FORMS = ['BV', 'BV', 'BV', 'CommV', 'NV', ''] as const;

/** A company or sole trader's name: "Bakkerij Peeters BV", "Wouters & Zonen". */
export function companyName(rng: Prng): string {
  const surname = rng.pick(SURNAMES);
  const form = rng.pick(LEGAL_FORMS);
  const base =
    rng.int(0, 9) === 0
      ? `${surname} & ${rng.pick(['Zonen', 'Dochters', 'Partners'])}`
      : `${rng.pick(TRADES)} ${surname}`;
  return form === '' ? base : `${base} ${form}`;
}

export function personName(rng: Prng): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
}

export const WINWIN_PURPOSES = [
  'werkkapitaal',
  'overbrugging coronacrisis',
  'aankoop bedrijfswagen',
  'inrichting winkel',
  'nieuwe machines',
  'uitbreiding atelier',
  'aankoop voorraad',
  'webshop en marketing',
  'renovatie handelspand',
] as const;

export const IMPULSKREDIET_PURPOSES = [
  'startkapitaal en werkkapitaal',
  'investering in materiaal',
  'inrichting handelszaak',
  'bestelwagen',
  'oven en werkkapitaal',
  'computers en software',
  'aankoop voorraad',
  'verbouwing werkplaats',
] as const;

/** Short explanations given with a refusal, keyed by its first reason (Dutch and English). */
export const REFUSAL_EXPLANATIONS: Readonly<Record<RefusalReasonCode, readonly string[]>> = {
  'insufficient-information-financial-position': [
    'Geen recente jaarrekening of tussentijdse cijfers bezorgd.',
    'No recent accounts or interim figures were provided.',
  ],
  'insufficient-information-project': [
    'Het project is te vaag omschreven; geen offertes voor de investering.',
    'The project is not described in enough detail; no quotes for the investment.',
  ],
  'insufficient-information-repayment-capacity': [
    'De terugbetalingscapaciteit kan niet worden ingeschat zonder financieel plan.',
    'Repayment capacity cannot be assessed without a financial plan.',
  ],
  'negative-credit-register-information': [
    'Negatieve registratie in de Centrale voor Kredieten aan Particulieren.',
    'Negative registration in the National Bank credit register.',
  ],
  'insufficient-securities-or-equity': [
    'Te weinig eigen inbreng tegenover het gevraagde bedrag.',
    'Too little own contribution for the amount requested.',
  ],
  'known-payment-arrears': [
    'Openstaande achterstallen bij leveranciers en RSZ.',
    'Known arrears with suppliers and social security.',
  ],
  'formal-notices-other-credits': [
    'Ingebrekestellingen voor lopende kredieten bij een andere kredietgever.',
    'Formal notices received on credits with another lender.',
  ],
  'unconvincing-financial-position-or-plan': [
    'Het financieel plan is niet realistisch: de omzetprognose is te optimistisch.',
    'The financial plan is not realistic: the turnover forecast is too optimistic.',
  ],
  'outside-lender-policy': [
    'De aanvraag betreft herfinanciering van bestaande schulden.',
    'The application is for refinancing existing debt, which we do not finance.',
  ],
  'history-of-enterprise-or-representatives': [
    'Eerder faillissement van de zaakvoerder is nog niet afgesloten.',
    "The manager's earlier bankruptcy has not been closed yet.",
  ],
  'management-and-governance': [
    'Onduidelijke verdeling van bevoegdheden tussen de vennoten.',
    'Unclear division of responsibilities between the partners.',
  ],
  'lack-of-training-experience-competence': [
    'Te weinig ervaring in de sector; eerst een opleiding aangeraden.',
    'Too little experience in the trade; training advised first.',
  ],
};

export const WITHDRAWAL_REASONS = [
  'Financiering gevonden bij de eigen bank.',
  'Project uitgesteld.',
  'Familie springt bij; krediet niet meer nodig.',
  'The applicant found a cheaper loan elsewhere.',
  'The applicant postponed the project.',
  'Zaak niet opgestart.',
] as const;
