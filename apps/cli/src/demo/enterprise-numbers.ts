import { parseEnterpriseNumber, type EnterpriseNumber } from '@loanbook/domain';

/**
 * A valid Belgian enterprise number from its first eight digits (DOMAIN.md §1): ten digits, the
 * first a 0, the last two 97 − (first eight mod 97). `serial` picks the first eight digits, so
 * different serials give different numbers. Checked with the domain's own parser.
 */
export function demoEnterpriseNumber(serial: number): EnterpriseNumber {
  if (!Number.isSafeInteger(serial) || serial < 0 || serial > 9_999_999) {
    throw new RangeError(`enterprise number serial ${serial} is out of range (0 to 9999999)`);
  }
  const firstEight = String(serial).padStart(8, '0');
  const check = 97 - (serial % 97);
  const ten = firstEight + String(check).padStart(2, '0');
  return parseEnterpriseNumber(`${ten.slice(0, 4)}.${ten.slice(4, 7)}.${ten.slice(7)}`);
}
