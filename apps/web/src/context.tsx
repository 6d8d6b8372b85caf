import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Api } from './api/client';
import type { Session, SessionStore } from './auth/session';
import {
  formatDate,
  formatInstant,
  formatMoney,
  formatRate,
  formatShortDate,
  type Language,
} from './format/format';
import type { MessageId } from './i18n/messages';

export interface AppServices {
  sessions: SessionStore;
  api: Api;
  language: Language;
  setLanguage(language: Language): void;
}

const Services = createContext<AppServices | undefined>(undefined);

export function ServicesProvider({ value, children }: { value: AppServices; children: ReactNode }) {
  return <Services.Provider value={value}>{children}</Services.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(Services);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}

export function useApi(): Api {
  return useServices().api;
}

/** The signed-in user, re-rendering when they sign in or out (or the token expires). */
export function useSession(): Session | undefined {
  const { sessions } = useServices();
  return useSyncExternalStore(
    (listener) => sessions.subscribe(listener),
    () => sessions.get(),
  );
}

/** Texts and Belgian formats in the user's language. */
export function useText() {
  const intl = useIntl();
  const { language } = useServices();
  return useMemo(
    () => ({
      language,
      t: (id: MessageId, values?: Record<string, string | number>) =>
        intl.formatMessage({ id }, values),
      has: (id: string) => Object.prototype.hasOwnProperty.call(intl.messages, id),
      money: (amount: string) => formatMoney(amount, language),
      rate: (rate: string) => formatRate(rate, language),
      date: (date: string) => formatDate(date, language),
      shortDate: (date: string) => formatShortDate(date, language),
      instant: (instant: string) => formatInstant(instant, language),
    }),
    [intl, language],
  );
}

export type Text = ReturnType<typeof useText>;
