import {
  Alert,
  Button,
  Checkbox,
  Group,
  Stack,
  Table,
  Text as MText,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLoanCommand } from '../api/commands';
import { ApiProblem, problemsForForm } from '../api/problems';
import { keys } from '../api/queries';
import { unwrap } from '../api/client';
import {
  REFUSAL_REASONS,
  type ApproveBody,
  type CommandReply,
  type DisburseBody,
  type EarlyQuote,
  type LoanView,
  type RefuseBody,
  type RepayBody,
  type RepayEarlyBody,
  type WithdrawBody,
  type WrittenRefusalBody,
} from '../api/views';
import { hasRole } from '../auth/session';
import { useApi, useSession, useText, type Text } from '../context';
import type { MessageId } from '../i18n/messages';
import {
  amountAsInput,
  APPROVE_FIELDS,
  approvalBody,
  disbursementBody,
  EARLY_FIELDS,
  earlyRepaymentBody,
  REFUSE_FIELDS,
  refusalBody,
  REPAY_FIELDS,
  repaymentBody,
  todayInBrussels,
  WITHDRAW_FIELDS,
  withdrawalBody,
  writtenRefusalBody,
  type ApproveValues,
  type Built,
  type EarlyValues,
  type RefuseValues,
  type RepayValues,
  type WithdrawValues,
} from '../forms/forms';
import { amountCell, describer, Panel, ProblemNotice } from './parts';
import { DateField } from '../forms/DateField';
export { availableActions } from './permissions';

export interface ActionProps {
  loan: LoanView;
  onReply(reply: CommandReply): void;
}

/** Sends a built body or shows the client's own errors; a refusal lands beside its fields. */
export function useAction<Body>(
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
    target?: string,
  ) => {
    if (built.errors) {
      setErrors(Object.fromEntries(Object.entries(built.errors).map(([f, id]) => [f, text.t(id)])));
      return;
    }
    command.mutate(
      { body: built.body, version: loan.version, send, target },
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
    <Panel title={second ? t('action.secondTitle') : t('action.approveTitle')}>
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
          <DateField label={t('field.approvedOn')} required {...form.getInputProps('approvedOn')} />
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
              <DateField
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
    </Panel>
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
    <Panel title={t('action.disburseTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <MText size="sm">{text.money(loan.amount)}</MText>
          {notice}
          <DateField
            label={t('field.disbursedOn')}
            required
            {...form.getInputProps('disbursedOn')}
          />
          <Button type="submit" loading={command.isPending}>
            {t('action.disburse')}
          </Button>
        </Stack>
      </form>
    </Panel>
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
    <Panel title={t('action.repayTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {notice}
          <DateField label={t('field.paidOn')} required {...form.getInputProps('paidOn')} />
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
    </Panel>
  );
}

export function RefuseAction({ loan, onReply }: ActionProps) {
  const { command, notice, run, text } = useAction<RefuseBody>(loan, REFUSE_FIELDS, onReply);
  const { t } = text;
  const form = useForm<RefuseValues>({
    initialValues: { refusedOn: todayInBrussels(), reasons: [], explanation: '' },
  });
  const submit = form.onSubmit((values) =>
    run(refusalBody(values), form.setErrors, (api, body, headers) =>
      api.POST('/api/v1/loans/{loanId}/refusal', {
        params: { path: { loanId: loan.loanId } },
        body,
        headers,
      }),
    ),
  );
  return (
    <Panel title={t('action.refuseTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <MText size="sm">{t('action.refuseIntro')}</MText>
          {notice}
          <Checkbox.Group label={t('field.reasons')} required {...form.getInputProps('reasons')}>
            <Stack gap={6} mt={6}>
              {REFUSAL_REASONS.map((reason) => (
                <Checkbox
                  key={reason}
                  value={reason}
                  size="xs"
                  label={t(`refusalReason.${reason}` as MessageId)}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <DateField label={t('field.refusedOn')} required {...form.getInputProps('refusedOn')} />
          <Textarea
            label={t('field.explanation')}
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('explanation')}
          />
          <Button type="submit" color="red" loading={command.isPending}>
            {t('action.refuse')}
          </Button>
        </Stack>
      </form>
    </Panel>
  );
}

export function WithdrawAction({ loan, onReply }: ActionProps) {
  const { command, notice, run, text } = useAction<WithdrawBody>(loan, WITHDRAW_FIELDS, onReply);
  const { t } = text;
  const form = useForm<WithdrawValues>({
    initialValues: { withdrawnOn: todayInBrussels(), reason: '' },
  });
  const submit = form.onSubmit((values) =>
    run(withdrawalBody(values), form.setErrors, (api, body, headers) =>
      api.POST('/api/v1/loans/{loanId}/withdrawal', {
        params: { path: { loanId: loan.loanId } },
        body,
        headers,
      }),
    ),
  );
  return (
    <Panel title={t('action.withdrawTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {notice}
          <DateField
            label={t('field.withdrawnOn')}
            required
            {...form.getInputProps('withdrawnOn')}
          />
          <TextInput label={t('field.withdrawReason')} {...form.getInputProps('reason')} />
          <Button type="submit" variant="default" loading={command.isPending}>
            {t('action.withdraw')}
          </Button>
        </Stack>
      </form>
    </Panel>
  );
}

export function WrittenRefusalAction({ loan, onReply }: ActionProps) {
  const { command, notice, run, text } = useAction<WrittenRefusalBody>(
    loan,
    ['requestedOn'],
    onReply,
  );
  const { t } = text;
  const form = useForm({ initialValues: { requestedOn: todayInBrussels() } });
  const submit = form.onSubmit((values) =>
    run(writtenRefusalBody(values), form.setErrors, (api, body, headers) =>
      api.POST('/api/v1/loans/{loanId}/written-refusal', {
        params: { path: { loanId: loan.loanId } },
        body,
        headers,
      }),
    ),
  );
  return (
    <Panel title={t('action.writtenRefusalTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <MText size="sm">{t('action.writtenRefusalIntro')}</MText>
          {notice}
          <DateField
            label={t('field.requestedOn')}
            required
            {...form.getInputProps('requestedOn')}
          />
          <Button type="submit" loading={command.isPending}>
            {t('action.writtenRefusal')}
          </Button>
        </Stack>
      </form>
    </Panel>
  );
}

/**
 * The early repayment: first the quote (GET …/early-repayment-quote, which records nothing)
 * with its lines, then, for a clerk, the same body recorded. A quote holds for the values and
 * the loan version it was made for: change either and it must be made again.
 */
export function EarlyRepaymentAction({ loan, onReply }: ActionProps) {
  const { command, notice, run, text } = useAction<RepayEarlyBody>(loan, EARLY_FIELDS, onReply);
  const { t } = text;
  const api = useApi();
  const session = useSession();
  const clerk = session ? hasRole(session, 'clerk') : false;
  const form = useForm<EarlyValues>({
    initialValues: { repaidOn: todayInBrussels(), amount: '', full: false },
  });
  const [quoted, setQuoted] = useState<{ body: string; quote: EarlyQuote } | undefined>();
  const quote = useMutation({
    mutationFn: (body: RepayEarlyBody) =>
      unwrap<EarlyQuote>(
        api.GET('/api/v1/loans/{loanId}/early-repayment-quote', {
          params: {
            path: { loanId: loan.loanId },
            query: {
              on: body.repaidOn,
              ...(body.full ? { full: 'true' as const } : { amount: body.amount }),
            },
          },
        }),
      ),
  });
  const built = earlyRepaymentBody(form.values, text.language);
  const current = built.body ? JSON.stringify(built.body) : undefined;
  const holds = quoted !== undefined && quoted.body === current;
  const setFieldErrors = form.setErrors;
  const calculate = form.onSubmit(() => {
    if (built.errors) {
      setFieldErrors(
        Object.fromEntries(Object.entries(built.errors).map(([f, id]) => [f, text.t(id)])),
      );
      return;
    }
    const body = built.body;
    quote.mutate(body, {
      onSuccess: (q) => setQuoted({ body: JSON.stringify(body), quote: q }),
      onError: (error) => {
        setQuoted(undefined);
        if (error instanceof ApiProblem) {
          setFieldErrors(problemsForForm(error.problem, EARLY_FIELDS, describer(text)).fields);
        }
      },
    });
  });
  const record = () =>
    run(built, setFieldErrors, (client, body, headers) =>
      client.POST('/api/v1/loans/{loanId}/early-repayments', {
        params: { path: { loanId: loan.loanId } },
        body,
        headers,
      }),
    );
  const q = holds ? quoted.quote : undefined;
  const quoteProblem =
    quote.error instanceof ApiProblem
      ? problemsForForm(quote.error.problem, EARLY_FIELDS, describer(text))
      : undefined;
  return (
    <Panel title={t('action.earlyTitle')}>
      <form onSubmit={calculate} noValidate>
        <Stack gap="sm">
          {quote.error && (!quoteProblem || quoteProblem.general.length > 0) && (
            <ProblemNotice error={quote.error} general={quoteProblem?.general} />
          )}
          {notice}
          <DateField label={t('field.repaidOn')} required {...form.getInputProps('repaidOn')} />
          <Checkbox label={t('field.full')} {...form.getInputProps('full', { type: 'checkbox' })} />
          {!form.values.full && (
            <TextInput
              label={t('field.earlyAmount')}
              inputMode="decimal"
              required
              {...form.getInputProps('amount')}
            />
          )}
          <Button type="submit" variant={q ? 'default' : 'filled'} loading={quote.isPending}>
            {t('action.quote')}
          </Button>
        </Stack>
      </form>
      {q && (
        <Stack gap="xs" mt="md" data-testid="early-quote">
          <MText size="sm" fw={600}>
            {t('quote.title', { date: text.date(q.repaidOn) })}
          </MText>
          <Table verticalSpacing={2} fz="sm">
            <Table.Tbody>
              <Table.Tr>
                <Table.Td>{t('quote.capital')}</Table.Td>
                <Table.Td style={amountCell}>{text.money(q.capitalRepaid)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>{t('quote.interest', { date: text.date(q.interestFrom) })}</Table.Td>
                <Table.Td style={amountCell}>{text.money(q.accruedInterest)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>{t('quote.fee')}</Table.Td>
                <Table.Td style={amountCell}>{text.money(q.fee)}</Table.Td>
              </Table.Tr>
              <Table.Tr fw={700}>
                <Table.Td>{t('quote.total')}</Table.Td>
                <Table.Td style={amountCell}>{text.money(q.total)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>{t('quote.after')}</Table.Td>
                <Table.Td style={amountCell}>{text.money(q.outstandingAfter)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          {q.lines.length > 0 && (
            <details>
              <summary style={{ cursor: 'pointer', fontSize: 'var(--mantine-font-size-sm)' }}>
                {t('quote.lines')}
              </summary>
              <Table verticalSpacing={2} fz="xs" data-testid="fee-lines">
                <Table.Tbody>
                  {/* Labels repeat (one line per term of the calculation): the position is the key. */}
                  {q.lines.map((line, i) => (
                    <Table.Tr key={`${i}-${line.label}`}>
                      <Table.Td>{line.label}</Table.Td>
                      <Table.Td style={amountCell}>{line.value}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </details>
          )}
          {q.version !== loan.version ? (
            <Alert color="yellow">{t('quote.stale')}</Alert>
          ) : (
            clerk && (
              <Group>
                <Button onClick={record} loading={command.isPending}>
                  {t('action.earlyRecord')}
                </Button>
              </Group>
            )
          )}
        </Stack>
      )}
    </Panel>
  );
}

/** The reply to a guarantee's or a default's command, in words; undefined for the others. */
function afterDefault(reply: CommandReply, text: Text): string | undefined {
  const { t } = text;
  const event = reply.recorded[0];
  const data = (event?.data ?? {}) as Record<string, string | undefined>;
  const amount = (value: string | undefined) => text.money(value ?? '0.00');
  switch (event?.type) {
    case 'GuaranteeReleased':
      return t('reply.released', { id: data.guaranteeId ?? '', amount: amount(data.amount) });
    case 'GuaranteeReleaseRefused':
      return t('reply.releaseRefused');
    case 'LoanDefaulted':
      return t('reply.defaulted', { amount: amount(data.outstandingPrincipal) });
    case 'GuaranteeCalled':
      return t('reply.called', { id: data.guaranteeId ?? '', amount: amount(data.amount) });
    case 'GovernmentGuaranteeClaimed':
      return t('reply.claimed', { amount: amount(data.claim) });
    case 'RecoveryRecorded':
      return t('reply.recovered', { amount: amount(data.amount) });
    case 'LoanWrittenOff':
      return t('reply.writtenOff', { amount: amount(data.amount) });
    default:
      return undefined;
  }
}

/** What the last command did, from its reply. */
export function ReplySummary({ reply, text }: { reply: CommandReply; text: Text }) {
  const { t } = text;
  const loan = reply.loan;
  const settled = afterDefault(reply, text);
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
  } else if (reply.recorded.some((e) => e.type === 'LoanRefused')) {
    message = t('reply.refused');
  } else if (reply.recorded.some((e) => e.type === 'ApplicationWithdrawn')) {
    message = t('reply.withdrawn');
  } else if (reply.recorded.some((e) => e.type === 'WrittenRefusalRequested')) {
    message = t('reply.writtenRefusal');
  } else if (reply.recorded.some((e) => e.type === 'EarlyRepaymentMade')) {
    const data = reply.recorded.find((e) => e.type === 'EarlyRepaymentMade')?.data as
      { total?: string; fee?: string } | undefined;
    message = t('reply.earlyRepaid', {
      amount: text.money(data?.total ?? '0.00'),
      fee: text.money(data?.fee ?? '0.00'),
    });
  } else if (settled) {
    message = settled;
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
