/**
 * The stored shapes of the events that the back office, the people registry and the demo write
 * outside the domain's decider: what the event store holds and the relay publishes
 * (libs/messaging/schemas/stored-events.ts describes every event type from these and the
 * domain's). Types and the constants they are made of only: no I/O, no crypto.
 */

// ---- personal data (apps/back-office/src/people/field-crypto.ts seals and opens them) ----------

/** What a field of a forgotten person reads as, wherever it is shown or decided on. */
export const ERASED = '[erased]';

export const FIELD_ALG = 'A256GCM';

/**
 * A personal field as stored in an event: the clear value's place holds this object.
 * `person` names the key; it is also the AAD, so an envelope cannot be passed off as another
 * person's. `iv` and `data` (ciphertext then the 16-byte GCM tag) are base64url.
 */
export interface ErasableField {
  erasable: { person: string; alg: typeof FIELD_ALG; iv: string; data: string };
}

// ---- PersonForgotten (stream person-<personId>) -------------------------------------------------

export interface PersonForgottenData {
  personId: string;
  forgottenAt: string;
  reason: string;
}

// ---- ReferenceCurveRecorded (stream reference-curves) -------------------------------------------

/** As stored: rates as decimal strings (negative allowed), the kind derived from the tenor. */
export interface ReferenceCurveRecordedData {
  recordedOn: string;
  source: string;
  points: Array<{ tenorMonths: number; kind: 'euribor' | 'irs'; rate: string }>;
}

// ---- DemoPortfolioLoaded (stream demo-portfolio) ------------------------------------------------

/** What the demo holds, for the marker and the final report. */
export interface DemoPortfolioCounts {
  winwinLoans: number;
  winwinPrincipal: string;
  winwinMonths: { from: string; to: string };
  impulskredietInquiries: number;
  impulskredietApplications: number;
  impulskredietApproved: number;
  impulskredietRefused: number;
  impulskredietWithdrawn: number;
}

export interface DemoMarkerData extends DemoPortfolioCounts {
  [key: string]: unknown;
  version: string;
  /** Commands this run sent; the rest had been sent by an interrupted earlier run. */
  commandsSent: number;
  /** Inquiries and loans an earlier, interrupted run had already (partly) written. */
  itemsFoundAlready: number;
}
