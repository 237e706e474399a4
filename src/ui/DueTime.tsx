import { Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Temporal } from 'temporal-polyfill';
import type { WorkingCalendar } from '../core/calendar';
import { describeDue } from '../core/display';
import { useText } from './i18n';

/**
 * The deadline in force as a person says it ("Svara senast tisdag 24 nov kl. 15.30 — om 2
 * arbetsdagar"; "Utlovat: svara senast …" once an acknowledgement promised a date; "Lämna vidare nu,
 * senast …" for an open report of concern, which is handed on rather than answered), from the core.
 */
export function DueTime({ due, now, calendar, promised = false, handOn }: { due: string | null; now: Temporal.Instant; calendar: WorkingCalendar; promised?: boolean; handOn?: 'open' | 'done' }): ReactNode {
  const t = useText();
  const text = describeDue(due, now, calendar, handOn === undefined ? { promised } : { promised, handOn });
  return (
    <Text as="p" size={400} weight="semibold" data-testid="due" data-due={due ?? ''} style={{ margin: 0 }}>
      {text ? t(text.line) : t({ sv: 'Ingen svarstid', en: 'No deadline' })}
    </Text>
  );
}
