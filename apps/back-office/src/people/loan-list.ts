import type { LoanListItem } from '@loanbook/projections/read-models';
import { personIdsIn, revealField } from './personal-data';
import type { PeopleService } from './people.service';

/**
 * The loans list's items as the API shows them: a sole trader's name and enterprise number,
 * which the read model keeps only sealed, opened with one query for the page's persons' keys
 * (or "[erased]" once the person is forgotten); a company's as they are. No envelope leaves.
 */
export async function revealLoanListItems(items: LoanListItem[], people: PeopleService) {
  const keys = await people.dataKeys(
    items.flatMap((i) => [...personIdsIn([i.sealedBorrowerName, i.sealedEnterpriseNumber])]),
  );
  return items.map(({ sealedBorrowerName, sealedEnterpriseNumber, ...item }) => ({
    ...item,
    borrower: {
      ...item.borrower,
      enterpriseNumber: item.borrower.enterpriseNumber ?? revealField(sealedEnterpriseNumber, keys),
      name: item.borrower.name ?? revealField(sealedBorrowerName, keys),
    },
  }));
}
