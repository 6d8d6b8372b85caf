import { isValidEnterpriseNumber, parseEnterpriseNumber, parseFileNumber } from '@loanbook/domain';
import {
  loanIdRange,
  queryTokens,
  type BorrowerMatch,
  type LoanSearch,
} from '@loanbook/projections/read-models';
import type { PeopleService } from '../people/people.service';
import { communicationOrUndefined } from './structured-communications';

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
 * whole file number, a loan id's start, an enterprise number, a structured communication.
 */
export async function loanSearch(text: string, people: PeopleService): Promise<LoanSearch> {
  const compact = text.replace(/\s+/g, '');
  const fileNumber = parseFileNumber(text)?.fileNumber;
  // A structured communication's digits would otherwise read as words or a loan id's start.
  const structuredCommunication = communicationOrUndefined(text);
  if (structuredCommunication !== undefined) return { tokens: [], structuredCommunication };
  return {
    tokens: queryTokens(text),
    ...(fileNumber !== undefined ? { fileNumber } : {}),
    loanIdRange: loanIdRange(text),
    ...(isValidEnterpriseNumber(compact) ? { borrower: await borrowerMatch(compact, people) } : {}),
  };
}
