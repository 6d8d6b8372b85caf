import { Checkbox, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  DEFAULT_CAUSES,
  RECOVERY_SOURCES,
  RELEASE_REFUSAL_REASONS,
  type CallBody,
  type ClaimBody,
  type DeclareDefaultBody,
  type LoanGuarantee,
  type LoanView,
  type RecoveryBody,
  type RefuseReleaseBody,
  type ReleaseBody,
  type WriteOffBody,
} from '../api/views';
import type { Text } from '../context';
import {
  CALL_FIELDS,
  callBody,
  CLAIM_FIELDS,
  claimBody,
  DEFAULT_FIELDS,
  defaultBody,
  RECOVERY_FIELDS,
  recoveryBody,
  REFUSE_RELEASE_FIELDS,
  refuseReleaseBody,
  RELEASE_FIELDS,
  releaseBody,
  WRITE_OFF_FIELDS,
  writeOffBody,
  type CallValues,
  type ClaimValues,
  type DefaultValues,
  type RecoveryValues,
  type RefuseReleaseValues,
  type ReleaseValues,
  type WriteOffValues,
} from '../forms/default-forms';
import { amountAsInput, todayInBrussels } from '../forms/forms';
import type { MessageId } from '../i18n/messages';
import { useAction, type ActionProps } from './actions';
import { ActionForm } from './parts';
import { coversStill } from './permissions';
import { DateField } from '../forms/DateField';

/** The guarantees a decision can still be about, as options that say what each still covers. */
function guaranteeOptions(loan: LoanView, text: Text) {
  return loan.guarantees.filter(coversStill).map((g: LoanGuarantee) => ({
    value: g.guaranteeId,
    label: text.t('guarantee.option', {
      id: g.guaranteeId,
      kind: text.t(`guarantee.${g.kind}` as MessageId),
      guarantor: g.guarantor,
      remaining: text.money(g.remaining),
    }),
  }));
}

const firstCovering = (loan: LoanView) => loan.guarantees.find(coversStill)?.guaranteeId ?? '';

const guaranteePath = (loan: LoanView, guaranteeId: string) => ({
  path: { loanId: loan.loanId, guaranteeId },
});

export function ReleaseGuaranteeAction({ loan, onReply }: ActionProps) {
  const { command, notice, run, text } = useAction<ReleaseBody>(loan, RELEASE_FIELDS, onReply);
  const { t } = text;
  const form = useForm<ReleaseValues>({
    initialValues: { guaranteeId: firstCovering(loan), releasedOn: todayInBrussels(), amount: '' },
  });
  const submit = form.onSubmit((values) =>
    run(
      releaseBody(values, text.language),
      form.setErrors,
      (api, body, headers) =>
        api.POST('/api/v1/loans/{loanId}/guarantees/{guaranteeId}/release', {
          params: guaranteePath(loan, values.guaranteeId),
          body,
          headers,
        }),
      values.guaranteeId,
    ),
  );
  return (
    <ActionForm
      title={t('action.releaseTitle')}
      notice={notice}
      onSubmit={submit}
      pending={command.isPending}
      submitLabel={t('action.release')}
      submitVariant="default"
    >
      <NativeSelect
        label={t('field.guarantee')}
        data={guaranteeOptions(loan, text)}
        required
        {...form.getInputProps('guaranteeId')}
      />
      <DateField label={t('field.releasedOn')} required {...form.getInputProps('releasedOn')} />
      <TextInput
        label={t('field.releaseAmount')}
        description={t('field.wholeGuaranteeHint')}
        inputMode="decimal"
        {...form.getInputProps('amount')}
      />
    </ActionForm>
  );
}

/** DOMAIN.md 4.5: the code of conduct's reasons as sentences, and the explanation for the letter. */
export function RefuseReleaseAction({ loan, onReply }: ActionProps) {
  const { command, notice, run, text } = useAction<RefuseReleaseBody>(
    loan,
    REFUSE_RELEASE_FIELDS,
    onReply,
  );
  const { t } = text;
  const form = useForm<RefuseReleaseValues>({
    initialValues: {
      guaranteeId: firstCovering(loan),
      refusedOn: todayInBrussels(),
      amountRequested: '',
      reasons: [],
      explanation: '',
    },
  });
  const submit = form.onSubmit((values) =>
    run(
      refuseReleaseBody(values, text.language),
      form.setErrors,
      (api, body, headers) =>
        api.POST('/api/v1/loans/{loanId}/guarantees/{guaranteeId}/release-refusal', {
          params: guaranteePath(loan, values.guaranteeId),
          body,
          headers,
        }),
      values.guaranteeId,
    ),
  );
  return (
    <ActionForm
      title={t('action.refuseReleaseTitle')}
      intro={t('action.refuseReleaseIntro')}
      notice={notice}
      onSubmit={submit}
      pending={command.isPending}
      submitLabel={t('action.refuseRelease')}
      submitColor="red"
    >
      <NativeSelect
        label={t('field.guarantee')}
        data={guaranteeOptions(loan, text)}
        required
        {...form.getInputProps('guaranteeId')}
      />
      <TextInput
        label={t('field.amountRequested')}
        description={t('field.amountRequestedHint')}
        inputMode="decimal"
        {...form.getInputProps('amountRequested')}
      />
      <Checkbox.Group label={t('field.reasons')} required {...form.getInputProps('reasons')}>
        <Stack gap={6} mt={6}>
          {RELEASE_REFUSAL_REASONS.map((reason) => (
            <Checkbox
              key={reason}
              value={reason}
              size="xs"
              label={t(`releaseReason.${reason}` as MessageId)}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <Textarea
        label={t('field.releaseExplanation')}
        required
        autosize
        minRows={2}
        maxLength={2000}
        {...form.getInputProps('explanation')}
      />
      <DateField label={t('field.refusedOn')} required {...form.getInputProps('refusedOn')} />
    </ActionForm>
  );
}

export function DeclareDefaultAction({ loan, onReply }: ActionProps) {
  const { command, notice, run, text } = useAction<DeclareDefaultBody>(
    loan,
    DEFAULT_FIELDS,
    onReply,
  );
  const { t } = text;
  const form = useForm<DefaultValues>({ initialValues: { on: todayInBrussels(), cause: '' } });
  const submit = form.onSubmit((values) =>
    run(defaultBody(values), form.setErrors, (api, body, headers) =>
      api.POST('/api/v1/loans/{loanId}/default', {
        params: { path: { loanId: loan.loanId } },
        body,
        headers,
      }),
    ),
  );
  return (
    <ActionForm
      title={t('action.defaultTitle')}
      intro={t('action.defaultIntro')}
      notice={notice}
      onSubmit={submit}
      pending={command.isPending}
      submitLabel={t('action.default')}
      submitColor="red"
    >
      <NativeSelect
        label={t('field.cause')}
        required
        data={[
          { value: '', label: '—' },
          ...DEFAULT_CAUSES.map((c) => ({
            value: c,
            label: t(`defaultCause.${c}` as MessageId),
          })),
        ]}
        {...form.getInputProps('cause')}
      />
      <DateField label={t('field.defaultOn')} required {...form.getInputProps('on')} />
    </ActionForm>
  );
}

export function CallGuaranteeAction({ loan, onReply }: ActionProps) {
  const { command, notice, run, text } = useAction<CallBody>(loan, CALL_FIELDS, onReply);
  const { t } = text;
  const form = useForm<CallValues>({
    initialValues: { guaranteeId: firstCovering(loan), calledOn: todayInBrussels(), amount: '' },
  });
  const submit = form.onSubmit((values) =>
    run(
      callBody(values, text.language),
      form.setErrors,
      (api, body, headers) =>
        api.POST('/api/v1/loans/{loanId}/guarantees/{guaranteeId}/call', {
          params: guaranteePath(loan, values.guaranteeId),
          body,
          headers,
        }),
      values.guaranteeId,
    ),
  );
  return (
    <ActionForm
      title={t('action.callTitle')}
      notice={notice}
      onSubmit={submit}
      pending={command.isPending}
      submitLabel={t('action.call')}
    >
      <NativeSelect
        label={t('field.guarantee')}
        data={guaranteeOptions(loan, text)}
        required
        {...form.getInputProps('guaranteeId')}
      />
      <DateField label={t('field.calledOn')} required {...form.getInputProps('calledOn')} />
      <TextInput
        label={t('field.callAmount')}
        description={t('field.wholeGuaranteeHint')}
        inputMode="decimal"
        {...form.getInputProps('amount')}
      />
    </ActionForm>
  );
}

export function ClaimGovernmentGuaranteeAction({ loan, onReply }: ActionProps) {
  const { command, notice, run, text } = useAction<ClaimBody>(loan, CLAIM_FIELDS, onReply);
  const { t } = text;
  // Nothing recovered yet: all the principal outstanding at the default is lost so far.
  const lost =
    loan.default && !/[1-9]/.test(loan.recovered) ? loan.default.outstandingPrincipal : '';
  const form = useForm<ClaimValues>({
    initialValues: {
      claimedOn: todayInBrussels(),
      principalLost: lost ? amountAsInput(lost, text.language) : '',
    },
  });
  const submit = form.onSubmit((values) =>
    run(claimBody(values, text.language), form.setErrors, (api, body, headers) =>
      api.POST('/api/v1/loans/{loanId}/government-guarantee-claim', {
        params: { path: { loanId: loan.loanId } },
        body,
        headers,
      }),
    ),
  );
  return (
    <ActionForm
      title={t('action.claimTitle')}
      intro={t('action.claimIntro')}
      notice={notice}
      onSubmit={submit}
      pending={command.isPending}
      submitLabel={t('action.claim')}
    >
      <TextInput
        label={t('field.principalLost')}
        inputMode="decimal"
        required
        {...form.getInputProps('principalLost')}
      />
      <DateField label={t('field.claimedOn')} required {...form.getInputProps('claimedOn')} />
    </ActionForm>
  );
}

export function RecordRecoveryAction({ loan, onReply }: ActionProps) {
  const { command, notice, run, text } = useAction<RecoveryBody>(loan, RECOVERY_FIELDS, onReply);
  const { t } = text;
  const form = useForm<RecoveryValues>({
    initialValues: { receivedOn: todayInBrussels(), amount: '', source: 'borrower' },
  });
  const submit = form.onSubmit((values) =>
    run(recoveryBody(values, text.language), form.setErrors, (api, body, headers) =>
      api.POST('/api/v1/loans/{loanId}/recoveries', {
        params: { path: { loanId: loan.loanId } },
        body,
        headers,
      }),
    ),
  );
  return (
    <ActionForm
      title={t('action.recoveryTitle')}
      notice={notice}
      onSubmit={submit}
      pending={command.isPending}
      submitLabel={t('action.recovery')}
    >
      <TextInput
        label={t('field.recoveryAmount')}
        inputMode="decimal"
        required
        {...form.getInputProps('amount')}
      />
      <NativeSelect
        label={t('field.source')}
        required
        data={RECOVERY_SOURCES.map((s) => ({
          value: s,
          label: t(`recoverySource.${s}` as MessageId),
        }))}
        {...form.getInputProps('source')}
      />
      <DateField label={t('field.receivedOn')} required {...form.getInputProps('receivedOn')} />
    </ActionForm>
  );
}

export function WriteOffAction({ loan, onReply }: ActionProps) {
  const { command, notice, run, text } = useAction<WriteOffBody>(loan, WRITE_OFF_FIELDS, onReply);
  const { t } = text;
  const form = useForm<WriteOffValues>({
    initialValues: { writtenOffOn: todayInBrussels(), reason: '' },
  });
  const submit = form.onSubmit((values) =>
    run(writeOffBody(values), form.setErrors, (api, body, headers) =>
      api.POST('/api/v1/loans/{loanId}/write-off', {
        params: { path: { loanId: loan.loanId } },
        body,
        headers,
      }),
    ),
  );
  return (
    <ActionForm
      title={t('action.writeOffTitle')}
      intro={t('action.writeOffIntro', { amount: text.money(loan.outstandingPrincipal) })}
      notice={notice}
      onSubmit={submit}
      pending={command.isPending}
      submitLabel={t('action.writeOff')}
      submitColor="red"
    >
      <TextInput
        label={t('field.writeOffReason')}
        required
        maxLength={500}
        {...form.getInputProps('reason')}
      />
      <DateField label={t('field.writtenOffOn')} required {...form.getInputProps('writtenOffOn')} />
    </ActionForm>
  );
}
