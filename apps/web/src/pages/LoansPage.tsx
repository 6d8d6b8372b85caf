import { Checkbox, Group, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { LoanFilters } from '../api/queries';
import { LOAN_STATUSES, PRODUCT_CODES, type LoanStatus, type ProductCode } from '../api/views';
import { useSession, useText } from '../context';
import { hasRole } from '../auth/session';
import type { MessageId } from '../i18n/messages';
import { LoanTable } from '../loan/LoanTable';

/** GET /loans: the header's search (`?q=`) and the filters, all in the address (shareable). */
export function LoansPage() {
  const { t } = useText();
  const [params, setParams] = useSearchParams();
  const filters: LoanFilters = {
    ...(params.get('q') ? { q: params.get('q')! } : {}),
    ...(params.get('productCode') ? { productCode: params.get('productCode') as ProductCode } : {}),
    ...(params.get('status') ? { status: params.get('status') as LoanStatus } : {}),
    ...(params.get('awaiting') === 'second-approval'
      ? { awaiting: 'second-approval' as const }
      : {}),
    ...(params.get('officer')?.trim() ? { officer: params.get('officer')!.trim() } : {}),
    ...(params.get('arrears') === 'any' ? { arrears: 'any' as const } : {}),
  };
  const session = useSession();
  // Typed freely, sent when the field is left or Enter pressed (not a query per keystroke).
  const [officer, setOfficer] = useState(filters.officer ?? '');
  useEffect(() => setOfficer(filters.officer ?? ''), [filters.officer]);
  const mine = session !== undefined && filters.officer === session.sub;
  const mineWhenPressed = useRef<boolean | undefined>(undefined);
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  const title = filters.q ? t('list.results', { q: filters.q }) : t('list.title');
  useEffect(() => {
    document.title = `${title} · Loanbook`;
  }, [title]);
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {title}
      </Title>
      <Paper withBorder p="md">
        <Group gap="lg" align="flex-end">
          <Select
            label={t('list.product')}
            placeholder={t('list.any')}
            clearable
            value={filters.productCode ?? null}
            onChange={(v) => set('productCode', v)}
            data={PRODUCT_CODES.map((code) => ({
              value: code,
              label: t(`product.${code}` as MessageId),
            }))}
            w={220}
          />
          <Select
            label={t('list.status')}
            placeholder={t('list.any')}
            clearable
            value={filters.status ?? null}
            onChange={(v) => set('status', v)}
            data={LOAN_STATUSES.map((s) => ({ value: s, label: t(`status.${s}` as MessageId) }))}
            w={220}
          />
          <TextInput
            label={t('list.officer')}
            description={t('list.officerHint')}
            placeholder={t('list.any')}
            value={officer}
            onChange={(e) => setOfficer(e.currentTarget.value)}
            // Left unchanged, nothing sent: a click on "my files" that takes the focus from here
            // is then the only change to the address.
            onBlur={() => {
              if (officer.trim() !== (filters.officer ?? ''))
                set('officer', officer.trim() || null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') set('officer', officer.trim() || null);
            }}
            w={240}
          />
          {hasRole(session, 'credit-officer') && (
            <Checkbox
              label={t('list.mine')}
              checked={mine}
              // Toggles what the user saw when pressing, not what is rendered at the click: the
              // press blurs the officer field, whose new value may or may not have re-rendered
              // the box before the click arrives (it depends on the machine's load).
              wrapperProps={{
                onPointerDown: () => {
                  mineWhenPressed.current = mine;
                },
              }}
              onChange={() => {
                const was = mineWhenPressed.current ?? mine;
                mineWhenPressed.current = undefined;
                set('officer', was ? null : session!.sub);
              }}
              mb={8}
            />
          )}
          <Checkbox
            label={t('list.awaiting')}
            checked={filters.awaiting === 'second-approval'}
            onChange={(e) => set('awaiting', e.currentTarget.checked ? 'second-approval' : null)}
            mb={8}
          />
          <Checkbox
            label={t('list.inArrears')}
            checked={filters.arrears === 'any'}
            onChange={(e) => set('arrears', e.currentTarget.checked ? 'any' : null)}
            mb={8}
          />
        </Group>
      </Paper>
      <Paper withBorder p="md">
        <LoanTable
          filters={filters}
          caption={title}
          showProposal={filters.awaiting !== undefined}
        />
      </Paper>
    </Stack>
  );
}
