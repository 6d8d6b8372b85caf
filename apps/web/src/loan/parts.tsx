import { Alert, Badge, Button, Paper, Stack, Table, Text as MText, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ApiProblem, type Describe, type Problem } from '../api/problems';
import type { LoanStatus } from '../api/views';
import { useText, type Text } from '../context';
import type { MessageId } from '../i18n/messages';

const STATUS_COLOURS: Record<LoanStatus, string> = {
  applied: 'blue',
  approved: 'teal',
  active: 'green',
  refused: 'red',
  withdrawn: 'gray',
  lapsed: 'gray',
  repaid: 'dark',
  defaulted: 'orange',
  'written-off': 'red',
};

export function StatusBadge({
  status,
  awaiting,
}: {
  status: LoanStatus;
  awaiting?: string | null;
}) {
  const { t } = useText();
  return (
    <Badge
      color={awaiting ? 'yellow' : STATUS_COLOURS[status]}
      variant="dot"
      data-status={status}
      // A status is short: shown whole, never cut to an ellipsis in a narrow column.
      styles={{ root: { overflow: 'visible', flexShrink: 0 }, label: { overflow: 'visible' } }}
    >
      {awaiting ? t('status.awaiting') : t(`status.${status}` as MessageId)}
    </Badge>
  );
}

/** The app's own text for a code where the server's is not in the user's language. */
export function describer(text: Text): Describe {
  return (kind, code) => {
    const id = `${kind === 'field' ? 'code' : 'rule'}.${code}`;
    // 400 field messages come in Dutch or English from the server (Accept-Language); rules in
    // English only. The app's own text where the server's is in another language.
    const ours = kind === 'field' ? text.language === 'fr' : text.language !== 'en';
    return ours && text.has(id) ? text.t(id as MessageId) : undefined;
  };
}

/** A refused read or command that belongs to no field: 403, 409, the network, the rest. */
export function ProblemNotice({
  error,
  onReload,
  general,
}: {
  error: unknown;
  onReload?: () => void;
  /** The form's messages that no field shows. */
  general?: string[];
}) {
  const { t } = useText();
  if (!(error instanceof ApiProblem)) {
    return error ? (
      <Alert color="red" title={t('error.title')} role="alert">
        {String(error)}
      </Alert>
    ) : null;
  }
  const problem: Problem = error.problem;
  if (problem.status === 409) {
    return (
      <Alert color="orange" title={t('conflict.title')} role="alert" data-problem="conflict">
        <Stack gap="xs" align="flex-start">
          <MText size="sm">
            {t('conflict.text', {
              version: problem.currentVersion ?? '?',
              status: problem.currentState ? t(`status.${problem.currentState}` as MessageId) : '?',
            })}
          </MText>
          {onReload && (
            <Button size="xs" variant="filled" color="orange" onClick={onReload}>
              {t('loan.reload')}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  if (problem.status === 403) {
    return (
      <Alert color="red" title={t('forbidden.title')} role="alert" data-problem="forbidden">
        {t('forbidden.text', {
          roles: (problem.requiredRoles ?? []).map((r) => t(`role.${r}` as MessageId)).join(', '),
        })}
      </Alert>
    );
  }
  const lines = general && general.length > 0 ? general : [problem.detail ?? problem.title ?? ''];
  return (
    <Alert color="red" title={t('error.title')} role="alert" data-problem={problem.status}>
      {problem.status === 0 ? (
        t('error.network')
      ) : lines.length === 1 ? (
        lines[0]
      ) : (
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

/** Label–value rows of a panel. */
export function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <Table variant="vertical" withRowBorders={false} verticalSpacing={4} layout="fixed">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w="42%" fw={500} c="dimmed" bg="transparent">
              {label}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export const amountCell = {
  textAlign: 'right' as const,
  whiteSpace: 'nowrap' as const,
  fontVariantNumeric: 'tabular-nums',
};

/** A titled section of a page: its title names the region for screen readers and the tests. */
export function Panel({
  title,
  titleGap = 'sm',
  children,
}: {
  title: string;
  titleGap?: 'xs' | 'sm';
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb={titleGap}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/**
 * The skeleton every action form shares: a panel with its title, an optional sentence, the
 * problem notice, the fields, and the submit button (busy while the command runs).
 */
export function ActionForm({
  title,
  intro,
  notice,
  onSubmit,
  pending,
  submitLabel,
  submitColor,
  submitVariant,
  children,
}: {
  title: string;
  intro?: ReactNode;
  notice: ReactNode;
  onSubmit: (event?: React.FormEvent<HTMLFormElement>) => void;
  pending: boolean;
  submitLabel: string;
  submitColor?: string;
  submitVariant?: 'default' | 'filled' | 'light';
  children: ReactNode;
}) {
  return (
    <Panel title={title}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          {intro !== undefined && <MText size="sm">{intro}</MText>}
          {notice}
          {children}
          <Button type="submit" color={submitColor} variant={submitVariant} loading={pending}>
            {submitLabel}
          </Button>
        </Stack>
      </form>
    </Panel>
  );
}
