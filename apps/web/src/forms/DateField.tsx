import { ActionIcon } from '@mantine/core';
import {
  DateInput,
  MonthPickerInput,
  type DateInputProps,
  type MonthPickerInputProps,
} from '@mantine/dates';
import { useRef, useState } from 'react';
import { useText } from '../context';
import { parseBelgianDate } from './dates';

type DateFieldProps = Omit<DateInputProps, 'value' | 'onChange' | 'defaultValue'> & {
  /** YYYY-MM-DD, or '' (or absent) for none: what the form keeps and the API gets. */
  value?: string;
  onChange(value: string): void;
};

/**
 * A date typed the Belgian way (dd/mm/jjjj) or picked from a calendar in the user's language
 * (DatesProvider in App.tsx gives dayjs's locale); the value stays ISO. The calendar opens from
 * its button only, so that typing and tabbing through a form are never covered by it.
 */
export function DateField({ value, onChange, ...rest }: DateFieldProps) {
  const { t } = useText();
  const [open, setOpen] = useState(false);
  // A press on the button counts as outside the calendar, which closes it first: the button
  // then acts on what it saw when pressed, so that pressing it again closes.
  const openWhenPressed = useRef<boolean | undefined>(undefined);
  return (
    <DateInput
      {...rest}
      value={value ? value : null}
      onChange={(next) => {
        onChange(next ?? '');
        setOpen(false);
      }}
      valueFormat="DD/MM/YYYY"
      dateParser={parseBelgianDate}
      allowDeselect
      placeholder={t('date.placeholder')}
      popoverProps={{ opened: open, onDismiss: () => setOpen(false) }}
      rightSection={
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('date.calendar')}
          aria-expanded={open}
          onMouseDown={() => {
            openWhenPressed.current = open;
          }}
          onClick={() => {
            const was = openWhenPressed.current ?? open;
            openWhenPressed.current = undefined;
            setOpen(!was);
          }}
        >
          <svg
            width="16"
            height="16"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            aria-hidden="true"
          >
            <rect x="3" y="5" width="18" height="16" rx="2" />
            <path d="M3 10h18M8 3v4M16 3v4" />
          </svg>
        </ActionIcon>
      }
    />
  );
}

/** A month (YYYY-MM, or ''), picked from the year's months named in the user's language. */
export function MonthField({
  value,
  onChange,
  ...rest
}: Omit<MonthPickerInputProps, 'value' | 'onChange' | 'defaultValue' | 'type'> & {
  value: string;
  onChange(value: string): void;
}) {
  return (
    <MonthPickerInput
      {...rest}
      value={/^\d{4}-\d{2}$/.test(value) ? `${value}-01` : null}
      onChange={(next) => onChange(next ? next.slice(0, 7) : '')}
      valueFormat="MMMM YYYY"
    />
  );
}
