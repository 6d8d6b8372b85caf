import type { ProductCode } from '../products';

/**
 * The short file number a person reads over the phone (issue 21): a per-product prefix, the year
 * of the application's business date and the application's place in that product's and year's
 * sequence, four digits at least: `IK-2022-0042`. Assigned at application and recorded in
 * LoanApplied; the back office draws the sequence from a counter stream per prefix and year,
 * appended in the application's own transaction (apps/back-office/src/loans/file-numbers.ts).
 */
export const FILE_NUMBER_PREFIXES: Readonly<Record<ProductCode, string>> = Object.freeze({
  impulskrediet: 'IK',
  winwinlening: 'WW',
  cofinanciering: 'KC',
  startlening: 'SL',
});

/** The series an application's number is drawn from. */
export interface FileNumberSeries {
  prefix: string;
  year: number;
}

export function fileNumberSeries(
  productCode: ProductCode,
  appliedOnYear: number,
): FileNumberSeries {
  return { prefix: FILE_NUMBER_PREFIXES[productCode], year: appliedOnYear };
}

/** "IK-2022-0042": the sequence padded to four digits, longer once it outgrows them. */
export function formatFileNumber(series: FileNumberSeries, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    throw new RangeError(`a file number's sequence is a whole number from 1, not ${sequence}`);
  }
  return `${series.prefix}-${series.year}-${String(sequence).padStart(4, '0')}`;
}

const FILE_NUMBER = /^([A-Za-z]{2})-(\d{4})-(\d{4,9})$/;

/** A file number as typed ("ik-2022-0042", spaces around it ignored), or undefined. */
export function parseFileNumber(
  text: string,
): (FileNumberSeries & { sequence: number; fileNumber: string }) | undefined {
  const match = FILE_NUMBER.exec(text.trim());
  if (!match) return undefined;
  const prefix = match[1].toUpperCase();
  if (!(Object.values(FILE_NUMBER_PREFIXES) as string[]).includes(prefix)) return undefined;
  const series = { prefix, year: Number(match[2]) };
  const sequence = Number(match[3]);
  if (sequence < 1) return undefined;
  return { ...series, sequence, fileNumber: formatFileNumber(series, sequence) };
}
