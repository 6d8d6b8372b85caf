import {
  Alert,
  Button,
  Checkbox,
  Grid,
  Group,
  Paper,
  Select,
  Stack,
  Text as MText,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { IdempotencyKeys, unwrap } from '../api/client';
import { ApiProblem, problemsForForm } from '../api/problems';
import { keys, useProduct } from '../api/queries';
import type { ApplyBody, CommandReply } from '../api/views';
import { hasRole } from '../auth/session';
import { useApi, useSession, useText } from '../context';
import {
  APPLY_FIELDS,
  applicationBody,
  emptyApplication,
  PROVINCES,
  todayInBrussels,
  type ApplyValues,
} from '../forms/forms';
import type { MessageId } from '../i18n/messages';
import { describer, ProblemNotice } from '../loan/parts';
import { DateField } from '../forms/DateField';

/**
 * A clerk registers an Impulskrediet application. The product's terms in force come from
 * GET /products/impulskrediet; a 400 or 422 is shown beside the fields it names and the form
 * keeps everything typed. One Idempotency-Key per body: a double click registers one loan.
 */
export function NewApplicationPage() {
  const text = useText();
  const { t } = text;
  const session = useSession()!;
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const today = todayInBrussels();
  const form = useForm<ApplyValues>({ initialValues: emptyApplication(today) });
  const product = useProduct('impulskrediet', form.values.appliedOn || today);
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
    document.title = `${t('apply.title')} · Loanbook`;
  }, [t]);
  if (!hasRole(session, 'clerk')) return <Navigate to="/" replace />;

  const submit = form.onSubmit((values) => {
    const built = applicationBody(values, text.language);
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
  return (
    <Stack gap="md" maw={980}>
      <Title order={1} size="h2">
        {t('apply.title')}
      </Title>
      {terms && (
        <Alert color="blue" variant="light" title={t('apply.terms')} data-testid="product-terms">
          <MText size="sm">
            {t('apply.termsText', {
              min: text.money(terms.amount.min),
              max: text.money(terms.amount.max),
              minTerm: terms.term.minMonths,
              maxTerm: terms.term.maxMonths,
              rate: terms.rate.kind === 'fixed' ? text.rate(terms.rate.annualRate) : '—',
              method: t(`method.${terms.repayment.default.method}` as MessageId),
              days: terms.offerValidityDays,
            })}
          </MText>
          <MText size="xs" c="dimmed" mt={4}>
            {t('apply.termsAsOf', { version: terms.version, from: text.date(terms.validFrom) })}
          </MText>
        </Alert>
      )}
      <form onSubmit={submit} noValidate aria-label={t('apply.title')}>
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
