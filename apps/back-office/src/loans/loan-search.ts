import { isValidEnterpriseNumber, parseEnterpriseNumber, parseFileNumber } from '@loanbook/domain';
import {
  loanIdRange,
  queryTokens,
  type BorrowerMatch,
  type LoanSearch,
} from '@loanbook/projections/read-models';
import type { PeopleService } from '../people/people.service';

/**
 * A borrower by enterprise number: a company's loans hold it in clear; a sole trader's hold it
 * sealed, so they are found by the person the number's lookup hash names (people.service).
 */
export async function borrowerMatch(number: string, people: PeopleService): Promise<BorrowerMatch> {
  const enterpriseNumber = parseEnterpriseNumber(number).toString();
  const personId = await people.find('enterprise', enterpriseNumber);
  return { enterpriseNumber, ...(personId ? { personId } : {}) };
}

/**
 * What a search box's text can be: words of a company's name or of a file number ("IK-2022"), a
 * whole file number, a loan id's start, an enterprise number.
 */
export async function loanSearch(text: string, people: PeopleService): Promise<LoanSearch> {
  const compact = text.replace(/\s+/g, '');
  const fileNumber = parseFileNumber(text)?.fileNumber;
  return {
    tokens: queryTokens(text),
    ...(fileNumber !== undefined ? { fileNumber } : {}),
    loanIdRange: loanIdRange(text),
    ...(isValidEnterpriseNumber(compact) ? { borrower: await borrowerMatch(compact, people) } : {}),
  };
}
