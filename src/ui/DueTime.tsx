import { Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Temporal } from 'temporal-polyfill';
import type { WorkingCalendar } from '../core/calendar';
import { describeDue } from '../core/display';
import { useText } from './i18n';

/** The due time as a person says it ("Svar senast tisdag 24 nov kl. 15.30 — om 2 arbetsdagar"), from the core. */
export function DueTime({ due, now, calendar }: { due: string | null; now: Temporal.Instant; calendar: WorkingCalendar }): ReactNode {
  const t = useText();
  const text = describeDue(due, now, calendar);
  return (
    <Text as="p" size={400} weight="semibold" data-testid="due" data-due={due ?? ''} style={{ margin: 0 }}>
      {text ? t(text.line) : t({ sv: 'Ingen svarstid', en: 'No deadline' })}
    </Text>
  );
}
