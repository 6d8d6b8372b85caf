import {
  Alert,
  Button,
  Checkbox,
  Grid,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text as MText,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { IdempotencyKeys, unwrap } from '../api/client';
import { ApiProblem, problemsForForm } from '../api/problems';
import { keys, useProduct } from '../api/queries';
import { PRODUCT_CODES, type ApplyBody, type CommandReply, type ProductCode } from '../api/views';
import { hasRole } from '../auth/session';
import { useApi, useSession, useText } from '../context';
import {
  APPLY_FIELDS,
  MAX_OWN_CONTRIBUTION_ITEMS,
  OWN_CONTRIBUTION_KINDS,
  applicationBody,
  emptyApplication,
  PROVINCES,
  todayInBrussels,
  type ApplyValues,
  type ProductField,
} from '../forms/forms';
import type { MessageId } from '../i18n/messages';
import { describer, ProblemNotice } from '../loan/parts';
import { DateField } from '../forms/DateField';

const RELATIONS = [
  'none',
  'friend',
  'family',
  'employee',
  'spouse-or-cohabitant',
  'director-or-manager',
  'shareholder-over-5-percent',
] as const;
const PARTNER_KINDS = [
  'bank',
  'business-angel',
  'investment-fund',
  'crowdfunding-platform',
] as const;

/**
 * A clerk registers an application for one of the products (`?product=`, Impulskrediet by
 * default). The product's terms in force on the contract date and the fields it takes come from
 * GET /products/{code}?on=; a 400 or 422 is shown beside the fields it names and the form keeps
 * everything typed. One Idempotency-Key per body: a double click registers one loan.
 */
export function NewApplicationPage() {
  const text = useText();
  const { t } = text;
  const session = useSession()!;
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const today = todayInBrussels();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('product') as ProductCode | null;
  const productCode: ProductCode =
    chosen && PRODUCT_CODES.includes(chosen) ? chosen : 'impulskrediet';
  const form = useForm<ApplyValues>({ initialValues: emptyApplication(today, productCode) });
  const { setFieldValue } = form;
  useEffect(() => setFieldValue('productCode', productCode), [productCode, setFieldValue]);
  // The version in force on the contract date: a win-win loan's is the deed's signing day.
  const signed = /^\d{4}-\d{2}-\d{2}$/.test(form.values.signedOn) ? form.values.signedOn : '';
  const product = useProduct(
    productCode,
    (productCode === 'winwinlening' && signed) || form.values.appliedOn || today,
  );
  const required: readonly ProductField[] = product.data?.application.requiredFields ?? [];
  const optional: readonly ProductField[] = product.data?.application.optionalFields ?? [];
  const takes = (field: ProductField) => required.includes(field) || optional.includes(field);
  const productName = t(`product.${productCode}` as MessageId);
  const title = t('apply.titleFor', { product: productName });
  const idempotency = useRef(new IdempotencyKeys());
  const apply = useMutation({
    mutationFn: async (body: ApplyBody) => {
      const reply = await unwrap<CommandReply>(
        api.POST('/api/v1/loans', {
          body,
          headers: { 'Idempotency-Key': idempotency.current.keyFor(body) },
        }),
      );
      idempotency.current.done();
      return reply;
    },
    onSuccess: (reply) => {
      queryClient.setQueryData(keys.loan(reply.loanId), reply.loan);
      void queryClient.invalidateQueries({ queryKey: keys.lists });
      notifications.show({ color: 'green', message: t('reply.applied') });
      navigate(`/loans/${reply.loanId}`);
    },
    onError: (error) => {
      if (error instanceof ApiProblem) {
        form.setErrors(problemsForForm(error.problem, APPLY_FIELDS, describer(text)).fields);
      }
    },
  });
  useEffect(() => {
    document.title = `${title} · Loanbook`;
  }, [title]);
  if (!hasRole(session, 'clerk')) return <Navigate to="/" replace />;

  const submit = form.onSubmit((values) => {
    const built = applicationBody(values, text.language, required, optional);
    if (built.errors) {
      form.setErrors(Object.fromEntries(Object.entries(built.errors).map(([f, id]) => [f, t(id)])));
      return;
    }
    apply.mutate(built.body);
  });
  const placed =
    apply.error instanceof ApiProblem
      ? problemsForForm(apply.error.problem, APPLY_FIELDS, describer(text))
      : undefined;
  const terms = product.data?.inForce;
  const label = (id: string) => t(`field.${id}` as MessageId);
  /** A fixed rate, a win-win band agreed in the deed, or a reference rate's floor. */
  const rateText = (rate: NonNullable<typeof terms>['rate']) => {
    if (rate.kind === 'fixed') return text.rate(rate.annualRate);
    if (rate.kind === 'agreed') {
      // Win-win: the band of the year the deed was signed in (DOMAIN.md 3.2).
      const year = Number((signed || form.values.appliedOn).slice(0, 4));
      const band = terms?.rules.winwin?.rateBands.find((b) => b.year === year);
      const [min, max] = band ? [band.min, band.max] : [rate.min, rate.max];
      return min && max ? `${text.rate(min)} – ${text.rate(max)}` : '—';
    }
    return `≥ ${text.rate(rate.floor)}`;
  };
  return (
    <Stack gap="md" maw={980}>
      <Title order={1} size="h2">
        {title}
      </Title>
      <SegmentedControl
        aria-label={t('apply.product')}
        value={productCode}
        onChange={(code) => setParams({ product: code }, { replace: true })}
        data={PRODUCT_CODES.map((code) => ({
          value: code,
          label: t(`product.${code}` as MessageId),
        }))}
        w="fit-content"
      />
      {terms && (
        <Alert color="blue" variant="light" title={t('apply.terms')} data-testid="product-terms">
          <MText size="sm">
            {t('apply.termsText', {
              min: text.money(terms.amount.min),
              max: text.money(terms.amount.max),
              minTerm: terms.term.minMonths,
              maxTerm: terms.term.maxMonths,
              rate: rateText(terms.rate),
              method: t(`method.${terms.repayment.default.method}` as MessageId),
              days: terms.offerValidityDays,
            })}
          </MText>
          <MText size="xs" c="dimmed" mt={4}>
            {t('apply.termsAsOf', { version: terms.version, from: text.date(terms.validFrom) })}
          </MText>
        </Alert>
      )}
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack gap="md">
          {apply.error && (!placed || placed.general.length > 0) && (
            <ProblemNotice error={apply.error} general={placed?.general} />
          )}
          <Paper withBorder p="lg">
            <Title order={2} size="h4" mb="md">
              {t('apply.borrower')}
            </Title>
            <Grid gap="md">
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <TextInput
                  label={label('borrower.enterpriseNumber')}
                  placeholder="0403.170.701"
                  required
                  {...form.getInputProps('borrower.enterpriseNumber')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 8 }}>
                <TextInput
                  label={label('borrower.name')}
                  required
                  {...form.getInputProps('borrower.name')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <Select
                  label={label('borrower.province')}
                  required
                  allowDeselect={false}
                  data={[...PROVINCES]}
                  {...form.getInputProps('borrower.province')}
                />
              </Grid.Col>
              <Grid.Col
                span={{ base: 12, sm: 8 }}
                style={{ display: 'flex', alignItems: 'flex-end' }}
              >
                <Checkbox
                  label={label('borrower.naturalPerson')}
                  mb={8}
                  {...form.getInputProps('borrower.naturalPerson', { type: 'checkbox' })}
                />
              </Grid.Col>
            </Grid>
          </Paper>
          <Paper withBorder p="lg">
            <Title order={2} size="h4" mb="md">
              {t('apply.loan')}
            </Title>
            <Grid gap="md">
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <TextInput
                  label={label('amount')}
                  inputMode="decimal"
                  placeholder={text.language === 'en' ? '25,000.00' : '25.000,00'}
                  required
                  {...form.getInputProps('amount')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <TextInput
                  label={label('termMonths')}
                  inputMode="numeric"
                  required
                  {...form.getInputProps('termMonths')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <DateField
                  label={label('appliedOn')}
                  max={today}
                  required
                  {...form.getInputProps('appliedOn')}
                />
              </Grid.Col>
              <Grid.Col span={12}>
                <Textarea
                  label={label('purpose')}
                  autosize
                  minRows={2}
                  required
                  {...form.getInputProps('purpose')}
                />
              </Grid.Col>
            </Grid>
          </Paper>
          {takes('lender') && (
            <Paper withBorder p="lg">
              <Title order={2} size="h4" mb="md">
                {t('apply.lenderSection')}
              </Title>
              <Grid gap="md">
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <TextInput
                    label={label('lender.id')}
                    required={required.includes('lender')}
                    {...form.getInputProps('lender.id')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 8 }}>
                  <TextInput
                    label={label('lender.name')}
                    required={required.includes('lender')}
                    {...form.getInputProps('lender.name')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <Select
                    label={label('lender.relationToBorrower')}
                    allowDeselect={false}
                    data={RELATIONS.map((r) => ({
                      value: r,
                      label: t(`relation.${r}` as MessageId),
                    }))}
                    {...form.getInputProps('lender.relationToBorrower')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 3 }}>
                  <TextInput
                    label={label('annualRate')}
                    inputMode="decimal"
                    placeholder={text.language === 'en' ? '1.25' : '1,25'}
                    required={required.includes('annualRate')}
                    {...form.getInputProps('annualRate')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 3 }}>
                  <DateField
                    label={label('signedOn')}
                    required={required.includes('signedOn')}
                    {...form.getInputProps('signedOn')}
                  />
                </Grid.Col>
              </Grid>
            </Paper>
          )}
          {(takes('ownContribution') ||
            takes('ownContributionItems') ||
            takes('startAttest') ||
            takes('coFinancing') ||
            takes('selfEmployment')) && (
            <Paper withBorder p="lg">
              <Title order={2} size="h4" mb="md">
                {takes('coFinancing') ? t('apply.cofinancingSection') : t('apply.startSection')}
              </Title>
              <Grid gap="md">
                {takes('investmentNeed') && (
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput
                      label={label('investmentNeed')}
                      inputMode="decimal"
                      required={required.includes('investmentNeed')}
                      {...form.getInputProps('investmentNeed')}
                    />
                  </Grid.Col>
                )}
                {takes('ownContribution') && (
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput
                      label={label('ownContribution')}
                      inputMode="decimal"
                      required={required.includes('ownContribution')}
                      {...form.getInputProps('ownContribution')}
                    />
                  </Grid.Col>
                )}
                {takes('coFinancing') && (
                  <>
                    <Grid.Col span={{ base: 12, sm: 4 }}>
                      <Select
                        label={label('coFinancing.partner.kind')}
                        allowDeselect={false}
                        data={PARTNER_KINDS.map((k) => ({
                          value: k,
                          label: t(`partnerKind.${k}` as MessageId),
                        }))}
                        {...form.getInputProps('coFinancing.partner.kind')}
                      />
                    </Grid.Col>
                    <Grid.Col span={{ base: 12, sm: 8 }}>
                      <TextInput
                        label={label('coFinancing.partner.name')}
                        required={required.includes('coFinancing')}
                        {...form.getInputProps('coFinancing.partner.name')}
                      />
                    </Grid.Col>
                    <Grid.Col span={{ base: 12, sm: 6 }}>
                      <TextInput
                        label={label('coFinancing.amount')}
                        inputMode="decimal"
                        required={required.includes('coFinancing')}
                        {...form.getInputProps('coFinancing.amount')}
                      />
                    </Grid.Col>
                    <Grid.Col span={{ base: 12, sm: 6 }}>
                      <TextInput
                        label={label('coFinancing.termMonths')}
                        inputMode="numeric"
                        required={required.includes('coFinancing')}
                        {...form.getInputProps('coFinancing.termMonths')}
                      />
                    </Grid.Col>
                  </>
                )}
                {takes('selfEmployment') &&
                  (required.includes('selfEmployment') || form.values.borrower.naturalPerson) && (
                    <>
                      <Grid.Col
                        span={{ base: 12, sm: 6 }}
                        style={{ display: 'flex', alignItems: 'flex-end' }}
                      >
                        <Checkbox
                          label={label('selfEmployment.mainOccupation')}
                          mb={8}
                          {...form.getInputProps('selfEmployment.mainOccupation', {
                            type: 'checkbox',
                          })}
                        />
                      </Grid.Col>
                      <Grid.Col span={{ base: 12, sm: 6 }}>
                        <DateField
                          label={label('selfEmployment.since')}
                          {...form.getInputProps('selfEmployment.since')}
                        />
                      </Grid.Col>
                    </>
                  )}
                {takes('startAttest') && (
                  <>
                    <Grid.Col span={{ base: 12, sm: 6 }}>
                      <TextInput
                        label={label('startAttest.number')}
                        required={required.includes('startAttest')}
                        {...form.getInputProps('startAttest.number')}
                      />
                    </Grid.Col>
                    <Grid.Col span={{ base: 12, sm: 6 }}>
                      <DateField
                        label={label('startAttest.validUntil')}
                        required={required.includes('startAttest')}
                        {...form.getInputProps('startAttest.validUntil')}
                      />
                    </Grid.Col>
                  </>
                )}
              </Grid>
              {takes('ownContributionItems') && <ContributionItems form={form} label={label} />}
            </Paper>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate(-1)}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={apply.isPending}>
              {t('action.apply')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

/** The parts of the own contribution: kind, amount, description; added and removed by the user. */
function ContributionItems({
  form,
  label,
}: {
  form: UseFormReturnType<ApplyValues>;
  label: (id: string) => string;
}) {
  const { t } = useText();
  const items = form.values.ownContributionItems;
  const error = form.errors.ownContributionItems;
  return (
    <fieldset style={{ border: 0, padding: 0, margin: '16px 0 0' }}>
      <legend style={{ fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)' }}>
        {label('ownContributionItems')}
      </legend>
      <MText size="xs" c="dimmed" mb="xs">
        {t('apply.contributionHint')}
      </MText>
      <Stack gap="xs">
        {items.map((_, i) => (
          <Grid key={i} gap="sm" align="flex-end" data-testid="contribution-item">
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <Select
                label={label('ownContributionItems.kind')}
                allowDeselect={false}
                data={OWN_CONTRIBUTION_KINDS.map((k) => ({
                  value: k,
                  label: t(`contributionKind.${k}` as MessageId),
                }))}
                {...form.getInputProps(`ownContributionItems.${i}.kind`)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <TextInput
                label={label('ownContributionItems.amount')}
                inputMode="decimal"
                required
                {...form.getInputProps(`ownContributionItems.${i}.amount`)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput
                label={label('ownContributionItems.description')}
                {...form.getInputProps(`ownContributionItems.${i}.description`)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 2 }}>
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                mb={6}
                onClick={() => form.removeListItem('ownContributionItems', i)}
                aria-label={t('apply.removeContributionItem', { n: i + 1 })}
              >
                {t('apply.remove')}
              </Button>
            </Grid.Col>
          </Grid>
        ))}
        {error && (
          <MText size="sm" c="var(--mantine-color-error)" role="alert">
            {error}
          </MText>
        )}
        {items.length < MAX_OWN_CONTRIBUTION_ITEMS && (
          <Button
            variant="default"
            size="xs"
            style={{ alignSelf: 'flex-start' }}
            onClick={() =>
              form.insertListItem('ownContributionItems', {
                kind: 'own-funds',
                amount: '',
                description: '',
              })
            }
          >
            {t('apply.addContributionItem')}
          </Button>
        )}
      </Stack>
    </fieldset>
  );
}
