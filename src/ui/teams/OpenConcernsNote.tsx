import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { QueueRow } from '../../core/dashboard';
import { concernOnCallMissing } from '../../core/display';
import type { Named } from '../../core/vocabulary';
import { useText } from '../i18n';

/** The open reports of concern in the queue that nobody has marked as handed on. */
export function openConcernsNotHandedOn(rows: readonly QueueRow[]): number {
  return rows.filter((r) => r.message.record.kind === 'orosanmalan' && r.message.record.done === undefined).length;
}

/** The department the first of them is to be handed to (the social services unless someone changed it). */
export function openConcernDepartment(rows: readonly QueueRow[]): string {
  return rows.find((r) => r.message.record.kind === 'orosanmalan' && r.message.record.done === undefined)?.message.record.department ?? 'socialtjanst';
}

/**
 * Above the headline counts (reader round 33, U1): the counts sort a report of concern by its outer
 * limit, so one that came late on a Friday stands under "within seven days" although it is to be
 * handed on now. Says how many there are and shows them; nothing when there are none.
 */
export function OpenConcernsNote({ count, to, onCall, today, onShow }: { count: number; to: Named; onCall: string | undefined; today: Named; onShow: () => void }): ReactNode {
  const t = useText();
  if (count === 0) return null;
  const missing = concernOnCallMissing(onCall);
  // the whole hand-on rule, as in the task pane's banner (reader round 35, B1: read after closing,
  // "lämna den i dag" alone could be obeyed by e-mail nobody reads before the next working day)
  const rule: Named = {
    sv: `${today.sv} Vid akut fara: ring 112.${missing ? ` ${missing.sv}` : ''}`,
    en: `${today.en} In acute danger: call 112.${missing ? ` ${missing.en}` : ''}`,
  };
  return (
    <MessageBar intent="error" layout="multiline" data-testid="open-concerns" data-open-concerns={count}>
      <MessageBarBody>
        {t(
          count === 1
            ? {
                sv: `1 orosanmälan i kön är inte lämnad vidare: lämna den till ${to.sv} nu, så snart den är läst. ${rule.sv} Antalen nedan räknar den efter dess yttersta tid, så den kan stå under Inom sju dagar fast den ska lämnas nu; i kön står den först.`,
                en: `1 report of concern in the queue has not been handed on: hand it to ${to.en} now, as soon as it is read. ${rule.en} The counts below sort it by its outer limit, so it may stand under Within seven days although it is to be handed on now; in the queue it comes first.`,
              }
            : {
                sv: `${count} orosanmälningar i kön är inte lämnade vidare: lämna dem till ${to.sv} nu, så snart de är lästa. ${rule.sv} Antalen nedan räknar dem efter deras yttersta tid, så de kan stå under Inom sju dagar fast de ska lämnas nu; i kön står de först.`,
                en: `${count} reports of concern in the queue have not been handed on: hand them to ${to.en} now, as soon as they are read. ${rule.en} The counts below sort them by their outer limit, so they may stand under Within seven days although they are to be handed on now; in the queue they come first.`,
              },
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onShow} data-testid="show-open-concerns">
          {/* the queue filtered to reports of concern: those handed on but not yet answered are listed too */}
          {t({ sv: 'Visa orosanmälningarna i kön', en: 'Show the reports of concern in the queue' })}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
