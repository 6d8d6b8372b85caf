import { Anchor, Button, Center, Loader, Stack, Table, Text as MText } from '@mantine/core';
import { Link } from 'react-router';
import { useLoanList, type LoanFilters } from '../api/queries';
import type { LoanListItem } from '../api/views';
import { useText } from '../context';
import type { MessageId } from '../i18n/messages';
import { amountCell, ProblemNotice, StatusBadge } from './parts';

/** A page of GET /loans with the given filters, and more pages by nextCursor. */
export function LoanTable({
  filters,
  caption,
  showProposal = false,
}: {
  filters: LoanFilters;
  caption: string;
  showProposal?: boolean;
}) {
  const text = useText();
  const { t } = text;
  const list = useLoanList(filters);
  const arrears = filters.arrears !== undefined;
  if (list.isPending) {
    return (
      <Center p="md" aria-label={t('list.loading')}>
        <Loader size="sm" />
      </Center>
    );
  }
  if (list.isError) return <ProblemNotice error={list.error} />;
  const items: LoanListItem[] = list.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return (
      <MText c="dimmed" size="sm" p="sm">
        {t('list.empty')}
      </MText>
    );
  }
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={760}>
        <Table striped highlightOnHover verticalSpacing="xs" data-testid="loan-table">
          <caption className="visually-hidden">{caption}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('col.borrower')}</Table.Th>
              <Table.Th>{t('col.enterpriseNumber')}</Table.Th>
              <Table.Th>{t('col.product')}</Table.Th>
              <Table.Th style={amountCell}>{t('col.amount')}</Table.Th>
              <Table.Th style={amountCell}>{t('col.term')}</Table.Th>
              <Table.Th>{t('col.appliedOn')}</Table.Th>
              {showProposal && <Table.Th>{t('col.proposedBy')}</Table.Th>}
              {arrears && <Table.Th style={amountCell}>{t('col.daysPastDue')}</Table.Th>}
              <Table.Th>{t('col.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((loan) => (
              <Table.Tr key={loan.loanId} data-loan-id={loan.loanId}>
                <Table.Td>
                  <Anchor component={Link} to={`/loans/${loan.loanId}`} fw={500}>
                    {loan.borrower.name}
                  </Anchor>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {loan.borrower.enterpriseNumber}
                </Table.Td>
                <Table.Td>{t(`product.${loan.productCode}` as MessageId)}</Table.Td>
                <Table.Td style={amountCell}>{text.money(loan.amount)}</Table.Td>
                <Table.Td style={amountCell}>{t('term.months', { n: loan.termMonths })}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {text.shortDate(loan.appliedOn)}
                </Table.Td>
                {showProposal && (
                  <Table.Td>
                    {loan.secondApproval
                      ? `${loan.secondApproval.proposedBy}, ${text.money(loan.secondApproval.amount)}`
                      : '—'}
                  </Table.Td>
                )}
                {arrears && <Table.Td style={amountCell}>{loan.daysPastDue ?? '—'}</Table.Td>}
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <StatusBadge status={loan.status} awaiting={loan.awaiting} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.hasNextPage && (
        <Button
          variant="default"
          size="xs"
          onClick={() => void list.fetchNextPage()}
          loading={list.isFetchingNextPage}
          style={{ alignSelf: 'center' }}
        >
          {t('list.more')}
        </Button>
      )}
    </Stack>
  );
}
