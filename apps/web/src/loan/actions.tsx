import { Alert, Button, Paper, Stack, Text as MText, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useLoanCommand } from '../api/commands';
import { ApiProblem, problemsForForm } from '../api/problems';
import { keys } from '../api/queries';
import type { ApproveBody, CommandReply, DisburseBody, LoanView, RepayBody } from '../api/views';
import { useText, type Text } from '../context';
import {
  amountAsInput,
  APPROVE_FIELDS,
  approvalBody,
  disbursementBody,
  REPAY_FIELDS,
  repaymentBody,
  todayInBrussels,
  type ApproveValues,
  type Built,
  type RepayValues,
} from '../forms/forms';
import { describer, ProblemNotice } from './parts';
export { availableActions } from './permissions';

interface ActionProps {
  loan: LoanView;
  onReply(reply: CommandReply): void;
}

function ActionPanel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** Sends a built body or shows the client's own errors; a refusal lands beside its fields. */
function useAction<Body>(
  loan: LoanView,
  fields: readonly string[],
  onReply: ActionProps['onReply'],
) {
  const text = useText();
  const queryClient = useQueryClient();
  const command = useLoanCommand<Body>(loan.loanId);
  const placed =
    command.error instanceof ApiProblem
      ? problemsForForm(command.error.problem, fields, describer(text))
      : undefined;
  const reload = () => {
    command.reset();
    void queryClient.invalidateQueries({ queryKey: keys.loan(loan.loanId) });
  };
  const notice =
    command.error &&
    (!placed ||
      placed.general.length > 0 ||
      (command.error instanceof ApiProblem && command.error.status === 409)) ? (
      <ProblemNotice error={command.error} general={placed?.general} onReload={reload} />
    ) : null;
  const run = (
    built: Built<Body>,
    setErrors: (errors: Record<string, string>) => void,
    send: Parameters<typeof command.mutate>[0]['send'],
  ) => {
    if (built.errors) {
      setErrors(Object.fromEntries(Object.entries(built.errors).map(([f, id]) => [f, text.t(id)])));
      return;
    }
    command.mutate(
      { body: built.body, version: loan.version, send },
      {
        onSuccess: onReply,
        onError: (error) => {
          if (error instanceof ApiProblem)
            setErrors(problemsForForm(error.problem, fields, describer(text)).fields);
        },
      },
    );
  };
  return { command, notice, run, text };
}

export function ApproveAction({ loan, onReply, second }: ActionProps & { second: boolean }) {
  const { command, notice, run, text } = useAction<ApproveBody>(loan, APPROVE_FIELDS, onReply);
  const { t } = text;
  const form = useForm<ApproveValues>({
    initialValues: {
      approvedOn: todayInBrussels(),
      amount: amountAsInput(loan.amount, text.language),
      termMonths: String(loan.termMonths),
      offerValidUntil: '',
    },
  });
  const proposal = loan.proposedApproval;
  const submit = form.onSubmit((values) =>
    run(
      approvalBody(
        values,
        { amount: loan.amount, termMonths: loan.termMonths },
        text.language,
        second,
      ),
      form.setErrors,
      (api, body, headers) =>
        api.POST('/api/v1/loans/{loanId}/approval', {
          params: { path: { loanId: loan.loanId } },
          body,
          headers,
        }),
    ),
  );
  return (
    <ActionPanel title={second ? t('action.secondTitle') : t('action.approveTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {second && proposal && (
            <MText size="sm">
              {t('action.secondIntro', {
                by: proposal.proposedBy,
                amount: text.money(proposal.amount),
                rate: text.rate(proposal.annualRate),
                term: proposal.termMonths,
              })}
            </MText>
          )}
          {notice}
          <TextInput
            type="date"
            label={t('field.approvedOn')}
            required
            {...form.getInputProps('approvedOn')}
          />
          {!second && (
            <>
              <TextInput
                label={t('field.amount')}
                inputMode="decimal"
                {...form.getInputProps('amount')}
              />
              <TextInput
                label={t('field.termMonths')}
                inputMode="numeric"
                {...form.getInputProps('termMonths')}
              />
              <TextInput
                type="date"
                label={t('field.offerValidUntil', { days: 30 })}
                {...form.getInputProps('offerValidUntil')}
              />
            </>
          )}
          <Button type="submit" loading={command.isPending}>
            {second ? t('action.second') : t('action.approve')}
          </Button>
        </Stack>
      </form>
    </ActionPanel>
  );
}

export function DisburseAction({ loan, onReply }: ActionProps) {
  const { command, notice, run, text } = useAction<DisburseBody>(loan, ['disbursedOn'], onReply);
  const { t } = text;
  const form = useForm({ initialValues: { disbursedOn: todayInBrussels() } });
  const submit = form.onSubmit((values) =>
    run(disbursementBody(values), form.setErrors, (api, body, headers) =>
      api.POST('/api/v1/loans/{loanId}/disbursement', {
        params: { path: { loanId: loan.loanId } },
        body,
        headers,
      }),
    ),
  );
  return (
    <ActionPanel title={t('action.disburseTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <MText size="sm">{text.money(loan.amount)}</MText>
          {notice}
          <TextInput
            type="date"
            label={t('field.disbursedOn')}
            required
            {...form.getInputProps('disbursedOn')}
          />
          <Button type="submit" loading={command.isPending}>
            {t('action.disburse')}
          </Button>
        </Stack>
      </form>
    </ActionPanel>
  );
}

export function RepayAction({ loan, onReply }: ActionProps) {
  const { command, notice, run, text } = useAction<RepayBody>(loan, REPAY_FIELDS, onReply);
  const { t } = text;
  const suggested =
    loan.arrears && loan.arrears.total !== '0.00' ? loan.arrears.total : loan.nextDue?.unpaid;
  const form = useForm<RepayValues>({
    initialValues: {
      paidOn: todayInBrussels(),
      amount: suggested ? amountAsInput(suggested, text.language) : '',
    },
  });
  const submit = form.onSubmit((values) =>
    run(repaymentBody(values, text.language), form.setErrors, (api, body, headers) =>
      api.POST('/api/v1/loans/{loanId}/repayments', {
        params: { path: { loanId: loan.loanId } },
        body,
        headers,
      }),
    ),
  );
  return (
    <ActionPanel title={t('action.repayTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {notice}
          <TextInput
            type="date"
            label={t('field.paidOn')}
            required
            {...form.getInputProps('paidOn')}
          />
          <TextInput
            label={t('field.amount')}
            inputMode="decimal"
            required
            {...form.getInputProps('amount')}
          />
          <Button type="submit" loading={command.isPending}>
            {t('action.repay')}
          </Button>
        </Stack>
      </form>
    </ActionPanel>
  );
}

/** What the last command did, from its reply. */
export function ReplySummary({ reply, text }: { reply: CommandReply; text: Text }) {
  const { t } = text;
  const loan = reply.loan;
  let message: string;
  if (reply.outcome === 'proposed') {
    message = t('reply.proposed', {
      amount: text.money(reply.secondApproval?.amount ?? loan.amount),
    });
  } else if (reply.outcome === 'approved') {
    message = t('reply.approved', {
      amount: text.money(loan.amount),
      rate: loan.annualRate ? text.rate(loan.annualRate) : '—',
    });
  } else if (reply.recorded.some((e) => e.type === 'LoanDisbursed')) {
    message = t('reply.disbursed', { amount: text.money(loan.amount) });
  } else if (reply.recorded.some((e) => e.type === 'InstalmentPaid')) {
    const due = reply.stillDue?.amountDue.total;
    message = t('reply.paid', { due: text.money(due ?? '0.00') });
  } else {
    message = t('reply.status', {
      status: t(`status.${reply.status}` as never),
      version: reply.version,
    });
  }
  return (
    <Alert
      color={reply.outcome === 'proposed' ? 'yellow' : 'green'}
      role="status"
      data-testid="command-reply"
      data-outcome={reply.outcome ?? reply.status}
      withCloseButton={false}
    >
      <MText size="sm" fw={500}>
        {message}
      </MText>
      <MText size="xs" c="dimmed">
        {t('reply.status', {
          status: t(`status.${reply.status}` as never),
          version: reply.version,
        })}
      </MText>
    </Alert>
  );
}
