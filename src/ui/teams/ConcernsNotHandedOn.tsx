import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { WorkingCalendar } from '../../core/calendar';
import type { SvarstidConfig } from '../../core/config';
import type { IndexedMessage, StatusClock } from '../../core/dashboard';
import { concernOnCallMissing, formatDateText, handOnToday } from '../../core/display';
import { CHANNEL_NAMES } from '../../core/vocabulary';
import { useText } from '../i18n';
import { departmentName } from '../RecordView';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalS} 0 0`, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
});

/** At most this many are listed; the heading gives the number of all. */
const LISTED = 10;

/**
 * Reports of concern that a reply from the shared mailbox answered (a receipt, a thank-you) but
 * nobody has marked as handed on (round 27 of the readers): they have left the queue, so the tab
 * names them above it until someone marks them "Lämnad till …" in the add-in. Nothing is shown
 * when there are none.
 */
export function ConcernsNotHandedOn(props: { messages: readonly IndexedMessage[]; config: SvarstidConfig; calendar: WorkingCalendar; clock: StatusClock; timeZone: string; onOpen: (id: string) => void }): ReactNode {
  const t = useText();
  const styles = useStyles();
  const { messages, config, calendar, clock, timeZone } = props;
  const [all, setAll] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  // the button that showed them is gone: focus goes to the first report it showed
  useEffect(() => {
    if (all) list.current?.querySelectorAll<HTMLButtonElement>('li button')[LISTED]?.focus();
  }, [all]);
  if (messages.length === 0) return null;
  const n = messages.length;
  // the department reports of concern go to (every report of concern is labelled with it), and the on-call service after closing
  const to = departmentName(config, messages[0]!.record.department);
  const today = handOnToday(calendar, clock.now, config.municipality.concernOnCall);
  const missing = concernOnCallMissing(config.municipality.concernOnCall);
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="concerns-not-handed-on" data-awaiting={n}>
      <MessageBarBody>
        <MessageBarTitle>
          {t({
            sv: n === 1 ? '1 orosanmälan är besvarad men inte markerad som lämnad' : `${n} orosanmälningar är besvarade men inte markerade som lämnade`,
            en: n === 1 ? '1 report of concern is answered but not marked as handed on' : `${n} reports of concern are answered but not marked as handed on`,
          })}
        </MessageBarTitle>
        <Text as="p" block size={300} style={{ margin: 0 }}>
          {t(
            n === 1
              ? {
                  sv: `Ett svar från funktionsbrevlådan, också ett automatiskt kvitto, tog den ur kön, men ett svar till den som anmälde är inte att lämna anmälan vidare. Vet du inte säkert att den är lämnad (fråga den som svarade), lämna den till ${to.sv} nu: hellre två gånger än ingen gång. ${today.sv} Vid akut fara: ring 112. Välj sedan Lämnad till ${to.sv} i Svarstid-tillägget i Outlook.${missing ? ` ${missing.sv}` : ''}`,
                  en: `A reply from the shared mailbox, even an automatic receipt, took it out of the queue, but a reply to the person who reported is not handing the report on. Unless you know for certain it has been handed on (ask whoever replied), hand it to ${to.en} now: twice is better than not at all. ${today.en} In acute danger: call 112. Then choose Handed to ${to.en} in the Svarstid add-in in Outlook.${missing ? ` ${missing.en}` : ''}`,
                }
              : {
                  sv: `Ett svar från funktionsbrevlådan, också ett automatiskt kvitto, tog dem ur kön, men ett svar till den som anmälde är inte att lämna anmälan vidare. Gå igenom dem en i taget. Vet du inte säkert att en anmälan är lämnad (fråga den som svarade på den), lämna den till ${to.sv} nu: hellre två gånger än ingen gång. ${today.sv} Vid akut fara: ring 112. Välj sedan Lämnad till ${to.sv} i Svarstid-tillägget i Outlook för var och en.${missing ? ` ${missing.sv}` : ''}`,
                  en: `A reply from the shared mailbox, even an automatic receipt, took them out of the queue, but a reply to the person who reported is not handing the report on. Go through them one at a time. Unless you know for certain a report has been handed on (ask whoever replied to it), hand it to ${to.en} now: twice is better than not at all. ${today.en} In acute danger: call 112. Then choose Handed to ${to.en} in the Svarstid add-in in Outlook for each one.${missing ? ` ${missing.en}` : ''}`,
                },
          )}
        </Text>
        <ul className={styles.list} ref={list}>
          {(all ? messages : messages.slice(0, LISTED)).map((m) => {
            const received = formatDateText(m.received, timeZone, { now: clock.now });
            const answered = m.record.answeredAt === null ? null : formatDateText(m.record.answeredAt, timeZone, { now: clock.now });
            const to = departmentName(config, m.record.department);
            const channel = CHANNEL_NAMES[m.record.channel];
            return (
              <li key={m.id} className={styles.item} data-testid="concern-not-handed-on" data-id={m.id}>
                <Button size="small" appearance="secondary" onClick={() => props.onOpen(m.id)}>
                  {m.subject.trim() === '' ? t({ sv: '(utan ämne)', en: '(no subject)' }) : m.subject}
                </Button>
                <Text size={200}>
                  {t({
                    sv: `${channel.sv}, kom ${received.sv}, ${answered === null ? 'inte besvarad' : `besvarad ${answered.sv}`}, ska lämnas till ${to.sv}`,
                    en: `${channel.en}, came ${received.en}, ${answered === null ? 'not answered' : `answered ${answered.en}`}, to be handed to ${to.en}`,
                  })}
                </Text>
              </li>
            );
          })}
        </ul>
        {n > LISTED && !all && (
          <Text as="p" block size={200} style={{ margin: 0 }}>
            {t({ sv: `… och ${n - LISTED} nyare.`, en: `… and ${n - LISTED} newer ones.` })}{' '}
            <Button size="small" appearance="secondary" onClick={() => setAll(true)} data-testid="show-all-not-handed-on">
              {t({ sv: `Visa alla ${n}`, en: `Show all ${n}` })}
            </Button>
          </Text>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
