import type { LocalDate } from '@js-joda/core';
import type { Language } from './language';

/**
 * A document as content only: what it says, in which order, never how it looks. The HTML, PDF
 * and text renderers all read this one model, so the three can never say different things.
 * Every string is plain text; the renderers escape or encode it.
 */
export interface DocumentModel {
  readonly language: Language;
  readonly title: string;
  readonly subtitle?: string;
  /** The issuer, shown as the letterhead and written into the PDF's Author. */
  readonly author: string;
  /** Written into the PDF's Subject. */
  readonly subject?: string;
  /** The document's own date: the PDF's CreationDate, so the same input gives the same file. */
  readonly date: LocalDate;
  /** "Kenmerk L-0042 · 15 maart 2018": the reference and date line under the title. */
  readonly referenceLine: string;
  /** Letterhead lines under the issuer's name (address, contact). */
  readonly sender: readonly string[];
  readonly addressees: readonly AddressBlock[];
  readonly sections: readonly Section[];
  /** Lines at the foot of every page. */
  readonly footer: readonly string[];
}

export interface AddressBlock {
  /** "Aan de onderneming"; absent for a plain address. */
  readonly label?: string;
  readonly lines: readonly string[];
}

export interface Section {
  /** "i", "ii", ... shown before the heading; absent for an unnumbered section. */
  readonly number?: string;
  /** Absent for an opening section without a heading. */
  readonly heading?: string;
  readonly blocks: readonly Block[];
}

export interface Row {
  readonly label: string;
  /** May hold line breaks ("\n") for an address or an amount with its explanation. */
  readonly value: string;
}

export type Block =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'rows'; readonly rows: readonly Row[] }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  /** A web address the reader types or follows; shown as text, never loaded. */
  | { readonly kind: 'link'; readonly text: string; readonly url: string }
  /**
   * Figures in columns (a repayment schedule): the header is repeated on every page the table
   * runs over, a row is never split. Cells may hold line breaks ("\n").
   */
  | {
      readonly kind: 'table';
      readonly columns: readonly TableColumn[];
      readonly rows: readonly (readonly string[])[];
    };

export interface TableColumn {
  readonly label: string;
  /** Amounts are aligned right, so their decimals line up. */
  readonly align?: 'left' | 'right';
  /** The column's share of the width, relative to the others'; default 1. */
  readonly weight?: number;
}

export function paragraph(text: string): Block {
  return { kind: 'paragraph', text };
}

export function rows(...items: ReadonlyArray<Row | false | undefined>): Block {
  return { kind: 'rows', rows: items.filter((row): row is Row => Boolean(row)) };
}

export function row(label: string, value: string): Row {
  return { label, value };
}

export function list(items: readonly string[]): Block {
  return { kind: 'list', items };
}

export function link(text: string, url: string): Block {
  return { kind: 'link', text, url };
}

export function table(
  columns: readonly TableColumn[],
  body: readonly (readonly string[])[],
): Block {
  return { kind: 'table', columns, rows: body };
}

/** The heading as shown: "iv. Kredietbedrag". */
export function sectionTitle(section: Section): string | undefined {
  if (section.heading === undefined) return undefined;
  return section.number === undefined ? section.heading : `${section.number}. ${section.heading}`;
}
