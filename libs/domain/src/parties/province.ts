import { FormatError, quoteInput } from '../money/format-error';

/** The Flemish provinces: the Flemish Region, where most products apply. */
export const FLEMISH_PROVINCES = [
  'Antwerpen',
  'Limburg',
  'Oost-Vlaanderen',
  'West-Vlaanderen',
  'Vlaams-Brabant',
] as const;

/**
 * Brussels (a region, not a province, but the API lists it alongside) and the
 * Walloon provinces, for products that allow borrowers outside Flanders.
 */
export const OTHER_PROVINCES = [
  'Brussel',
  'Henegouwen',
  'Luik',
  'Luxemburg',
  'Namen',
  'Waals-Brabant',
] as const;

/** Every value the API accepts for `province`, Dutch names as in API.md. */
export const PROVINCES = [...FLEMISH_PROVINCES, ...OTHER_PROVINCES] as const;

export type FlemishProvince = (typeof FLEMISH_PROVINCES)[number];
export type Province = (typeof PROVINCES)[number];

export class ProvinceError extends FormatError {
  readonly code = 'province' as const;

  constructor(message: string) {
    super(message);
  }
}

export function isProvince(value: unknown): value is Province {
  return typeof value === 'string' && (PROVINCES as readonly string[]).includes(value);
}

export function isFlemishProvince(province: Province | string): province is FlemishProvince {
  return (FLEMISH_PROVINCES as readonly string[]).includes(province);
}

/** Exact names only ("Antwerpen", not "antwerpen" or "Anvers"), so reports group cleanly. */
export function parseProvince(text: unknown): Province {
  if (isProvince(text)) return text;
  throw new ProvinceError(
    `${quoteInput(text)} is not a province; use one of ${PROVINCES.join(', ')}`,
  );
}
