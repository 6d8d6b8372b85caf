/**
 * Who lends under a product and how to reach them (DOMAIN.md 4.2 i: the summary information
 * document prints it). Product data, not code: each version carries its `lenderIdentity`.
 *
 * `role`: 'lender' when the institution itself lends; 'registrar' for the win-win loan, where a
 * private person lends (named in the loan's application) and PMV only registers the loan.
 * `toComplete` names the details the sources do not give: configuration to be completed before
 * a document can print them.
 */
export type LenderContactField = 'address' | 'phone' | 'email' | 'website';

export interface LenderIdentity {
  readonly name: string;
  readonly role: 'lender' | 'registrar';
  readonly address?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly website?: string;
  readonly toComplete: readonly LenderContactField[];
}

/**
 * PMV for the KMO-cofinanciering, as seed 003 gives it (e-mail and phone of the co-financing
 * desk). The seed's "Website: PMV-kmo-cofinanciering" is a link label without its address: the
 * site is PMV's own domain, the one of the e-mail address. The postal address is not in the
 * seeds; it is PMV's registered office as published on pmv.eu (confirm before printing).
 */
export const PMV_COFINANCING_DESK: LenderIdentity = Object.freeze({
  name: 'PMV (ParticipatieMaatschappij Vlaanderen)',
  role: 'lender',
  address: 'Oude Graanmarkt 63, 1000 Brussel',
  phone: '02 229 53 10',
  email: 'fo.pfv@pmv.eu',
  website: 'https://www.pmv.eu',
  toComplete: Object.freeze([]) as readonly LenderContactField[],
});

/**
 * PMV for the Startlening. The sources give no contact of its own; seed 003's desk (the
 * former Participatiefonds, "pfv", which ran the start loan too) answers the cumulation of the
 * two products, so it is used here until configuration names another.
 */
export const PMV_START_LOAN_DESK: LenderIdentity = PMV_COFINANCING_DESK;

/** PMV as the registrar of win-win loans; the lender is the private person of the deed. */
export const PMV_WINWIN_REGISTRAR: LenderIdentity = Object.freeze({
  name: 'PMV (ParticipatieMaatschappij Vlaanderen), registrar of win-win loans',
  role: 'registrar',
  address: 'Oude Graanmarkt 63, 1000 Brussel',
  website: 'https://www.pmv.eu',
  // Seed 001 names no contact for the registrar.
  toComplete: Object.freeze(['phone', 'email']) as readonly LenderContactField[],
});

/**
 * Hefboom: seed 000 names the lender but gives no contact details. The postal address is the
 * one Hefboom prints on its shareholder letters, the website its own domain (public sources,
 * confirm before printing); phone and e-mail are configuration to be completed.
 */
export const HEFBOOM: LenderIdentity = Object.freeze({
  name: 'Hefboom',
  role: 'lender',
  address: 'Vooruitgangstraat 333/5, 1030 Brussel',
  website: 'https://hefboom.be',
  toComplete: Object.freeze(['phone', 'email']) as readonly LenderContactField[],
});
