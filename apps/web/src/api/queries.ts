import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useApi } from '../context';
import { unwrap } from './client';
import { ApiProblem } from './problems';
import type {
  ApplicationInformationView,
  CreditAssessmentView,
  DocumentView,
  EventView,
  LoanPage,
  LoanStatus,
  LoanView,
  ProductCode,
  ProductView,
  ReminderLevel,
  ReminderPage,
  ScheduleView,
  SignInInfo,
} from './views';

/** The cache keys: a command's reply updates `loan` and invalidates the rest of the loan's. */
export const keys = {
  loan: (loanId: string) => ['loan', loanId] as const,
  loanParts: (loanId: string) => ['loan-part', loanId] as const,
  schedule: (loanId: string) => ['loan-part', loanId, 'schedule'] as const,
  events: (loanId: string) => ['loan-part', loanId, 'events'] as const,
  documents: (loanId: string) => ['loan-part', loanId, 'documents'] as const,
  assessment: (loanId: string) => ['loan-part', loanId, 'credit-assessment'] as const,
  information: (loanId: string) => ['loan-part', loanId, 'application-information'] as const,
  lists: ['loans'] as const,
  list: (filters: LoanFilters) => ['loans', filters] as const,
  product: (code: ProductCode, on: string) => ['product', code, on] as const,
  signIn: ['dev-sign-in'] as const,
  reminders: (filters: ReminderFilters) => ['reminders', filters] as const,
};

export type ArrearsBucket = '1-30' | '31-90' | 'over-90';
export const ARREARS_BUCKETS: readonly ArrearsBucket[] = ['1-30', '31-90', 'over-90'];

export interface LoanFilters {
  q?: string;
  productCode?: ProductCode;
  status?: LoanStatus;
  awaiting?: 'second-approval';
  /** A credit officer's user id: the loans they proposed, approved or refused. */
  officer?: string;
  /** Active loans by days past due at the end of arrearsAsOf, any: all in arrears (items then carry daysPastDue). */
  arrears?: ArrearsBucket | 'any';
  arrearsAsOf?: string;
  limit?: number;
}

export function useLoan(loanId: string) {
  const api = useApi();
  return useQuery({
    queryKey: keys.loan(loanId),
    queryFn: () =>
      unwrap<LoanView>(api.GET('/api/v1/loans/{loanId}', { params: { path: { loanId } } })),
  });
}

/** The schedule as of a business day (undefined: today), with what each instalment had paid. */
export function useSchedule(
  loanId: string,
  enabled: boolean,
  version: number | undefined,
  asOf?: string,
) {
  const api = useApi();
  return useQuery({
    queryKey: [...keys.schedule(loanId), version, asOf ?? 'today'],
    enabled,
    placeholderData: (previous) => previous,
    queryFn: () =>
      unwrap<ScheduleView>(
        api.GET('/api/v1/loans/{loanId}/schedule', {
          params: { path: { loanId }, query: asOf ? { asOf } : {} },
        }),
      ),
  });
}

export function useEvents(loanId: string, version: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: [...keys.events(loanId), version],
    enabled: version !== undefined,
    queryFn: () =>
      unwrap<EventView[] | { events: EventView[] }>(
        api.GET('/api/v1/loans/{loanId}/events', { params: { path: { loanId } } }),
      ).then((body) => (Array.isArray(body) ? body : body.events)),
  });
}

/**
 * The loan's documents. They are made from the log shortly after the event (an offer's summary
 * document after its approval): while an offer has none yet, asked again every two seconds.
 */
export function useDocuments(loanId: string, position: number | undefined, expected: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: [...keys.documents(loanId), position],
    enabled: position !== undefined,
    refetchInterval: (query) => (expected && query.state.data?.length === 0 ? 2000 : false),
    queryFn: () =>
      unwrap<{ documents: DocumentView[] }>(
        api.GET('/api/v1/loans/{loanId}/documents', { params: { path: { loanId }, query: {} } }),
      ).then((body) => body.documents),
  });
}

/** The latest responsible credit assessment; null when none was recorded (the API's 404). */
export function useCreditAssessment(loanId: string, version: number) {
  const api = useApi();
  return useQuery({
    queryKey: [...keys.assessment(loanId), version],
    queryFn: () =>
      unwrap<CreditAssessmentView>(
        api.GET('/api/v1/loans/{loanId}/credit-assessment', { params: { path: { loanId } } }),
      ).catch((error: unknown) => {
        if (error instanceof ApiProblem && error.status === 404) return null;
        throw error;
      }),
  });
}

/** The code of conduct's information items (DOMAIN.md 4.1): what the file holds, what is missing. */
export function useApplicationInformation(loanId: string, version: number) {
  const api = useApi();
  return useQuery({
    queryKey: [...keys.information(loanId), version],
    queryFn: () =>
      unwrap<ApplicationInformationView>(
        api.GET('/api/v1/loans/{loanId}/application-information', {
          params: { path: { loanId } },
        }),
      ),
  });
}

export function useLoanList(filters: LoanFilters, enabled = true) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: keys.list(filters),
    enabled,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: LoanPage) => page.nextCursor ?? undefined,
    queryFn: ({ pageParam }) =>
      unwrap<LoanPage>(
        api.GET('/api/v1/loans', {
          params: {
            query: {
              ...filters,
              limit: filters.limit ?? 25,
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
        }),
      ),
  });
}

export function useProduct(code: ProductCode, on: string) {
  const api = useApi();
  return useQuery({
    queryKey: keys.product(code, on),
    queryFn: () =>
      unwrap<ProductView>(
        api.GET('/api/v1/products/{productCode}', {
          params: { path: { productCode: code }, query: { on } },
        }),
      ),
    staleTime: 5 * 60_000,
  });
}

export function useSignInInfo() {
  const api = useApi();
  return useQuery({
    queryKey: keys.signIn,
    queryFn: () => unwrap<SignInInfo>(api.GET('/api/v1/dev/sign-in')),
    retry: false,
    staleTime: Infinity,
  });
}

export interface ReminderFilters {
  level?: ReminderLevel;
  /** Issued on or after this day (YYYY-MM-DD). */
  from?: string;
  /** Issued on or before this day. */
  to?: string;
  limit?: number;
}

/** GET /reminders, the reminders work queue: newest first, more pages by nextCursor. */
export function useReminderList(filters: ReminderFilters, enabled = true) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: keys.reminders(filters),
    enabled,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: ReminderPage) => page.nextCursor ?? undefined,
    queryFn: ({ pageParam }) =>
      unwrap<ReminderPage>(
        api.GET('/api/v1/reminders', {
          params: {
            query: {
              ...filters,
              limit: filters.limit ?? 25,
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
        }),
      ),
  });
}
