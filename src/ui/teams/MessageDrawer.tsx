import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  OverlayDrawer,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { StatusClock } from '../../core/dashboard';
import type { IndexedMessage } from '../../core/dashboard/messageIndex';
import { describeAcknowledgements, formatDateText } from '../../core/display';
import type { Named } from '../../core/vocabulary';
import { useText } from '../i18n';
import { RecordView } from '../RecordView';
import { SafeMailBody, type BodyPalette } from '../SafeMailBody';
import { describeError } from '../describeError';
import type { DrillDown, TabSession } from './session';

const useStyles = makeStyles({
  // Parts keep their own height when the drawer is full (a shrunk notice spilled over the record).
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, paddingBottom: tokens.spacingVerticalXXL, '& > *': { flexShrink: 0 } },
  meta: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, alignItems: 'center' },
});

/** The page's colours as plain values, for the body frame (which cannot read the theme). */
function usePalette(): BodyPalette {
  return useMemo(() => {
    const style = getComputedStyle(document.querySelector('.fui-FluentProvider') ?? document.body);
    const read = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
    return {
      background: read('--colorNeutralBackground1', '#ffffff'),
      foreground: read('--colorNeutralForeground1', '#242424'),
      link: read('--colorBrandForegroundLink', '#115ea3'),
    };
  }, []);
}

/**
 * One message for the lead: its record and why, the acknowledgement and promise, the body shown
 * safely, and "Öppna i Outlook" (the message's webLink).
 */
export function MessageDrawer(props: { session: TabSession; message: IndexedMessage | null; id: string; clock: StatusClock; onClose: () => void }): ReactNode {
  const t = useText();
  const styles = useStyles();
  const palette = usePalette();
  const { session, message, clock } = props;
  const [data, setData] = useState<DrillDown | { error: Named } | null>(null);
  const tz = session.calendar.timeZone;

  useEffect(() => {
    let alive = true;
    setData(null);
    session.openMessage(props.id).then(
      (d) => alive && setData(d),
      (e: unknown) => alive && setData({ error: describeError(e) }),
    );
    return () => {
      alive = false;
    };
    // The record may change while the drawer is open (the index has the newest): the body and reasons need not.
  }, [session, props.id]);

  const record = message?.record ?? (data && !('error' in data) ? data.record : null);
  // The promise in force (or a holding reply without a date) in the core's words; the history is in the record view below.
  const acknowledgement = record ? describeAcknowledgements(record, tz, clock.now).headline : null;
  const subject = message?.subject ?? (data && !('error' in data) ? data.subject : '');
  return (
    <OverlayDrawer open position="end" size="large" onOpenChange={(_, d) => !d.open && props.onClose()} data-testid="drill-down" aria-labelledby="drill-down-title">
      <DrawerHeader>
        <DrawerHeaderTitle
          heading={{ id: 'drill-down-title' }}
          action={
            <Button appearance="subtle" onClick={props.onClose} data-testid="drill-down-close">
              {t({ sv: 'Stäng', en: 'Close' })}
            </Button>
          }
        >
          {subject || t({ sv: '(inget ämne)', en: '(no subject)' })}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        {record === null && data === null && <Spinner label={t({ sv: 'Hämtar meddelandet …', en: 'Loading the message …' })} />}
        {data && 'error' in data && (
          <MessageBar intent="error">
            <MessageBarBody>{t(data.error)}</MessageBarBody>
          </MessageBar>
        )}
        {record && (
          <>
            <div className={styles.actions}>
              {message?.webLink ? (
                <Link href={message.webLink} target="_blank" rel="noopener noreferrer" data-testid="open-in-outlook">
                  {t({ sv: 'Öppna i Outlook', en: 'Open in Outlook' })}
                </Link>
              ) : null}
              {message && (
                <Text size={200} className={styles.meta}>
                  {t({ sv: `Mottaget ${formatDateText(message.received, tz, { now: clock.now }).sv}`, en: `Received ${formatDateText(message.received, tz, { now: clock.now }).en}` })}
                </Text>
              )}
            </div>
            {acknowledgement !== null && (
              <MessageBar intent={record.promised ? 'info' : 'warning'} layout="multiline" data-testid={record.promised ? 'drill-down-promised' : 'drill-down-holding'}>
                <MessageBarBody>{t(acknowledgement)}</MessageBarBody>
              </MessageBar>
            )}
            <RecordView
              record={{ ...record, uncertain: record.uncertain === true, ...(record.handler ? { handler: record.handler } : {}) }}
              config={session.config}
              calendar={session.calendar}
              now={clock.now}
              reasons={data === null ? null : 'error' in data ? [] : data.reasons}
              promiseHeadline={false}
            />
            <Text as="p" size={300} data-testid="drill-down-handler" style={{ margin: 0 }}>
              {record.handler
                ? t({ sv: `${record.handler.name} har ärendet sedan ${formatDateText(record.handler.at, tz, { now: clock.now }).sv}.`, en: `${record.handler.name} has claimed it (since ${formatDateText(record.handler.at, tz, { now: clock.now }).en}).` })
                : t({ sv: 'Ingen har tagit ärendet än.', en: 'Nobody has claimed this yet.' })}
            </Text>
          </>
        )}
        {data && !('error' in data) && (
          <section aria-labelledby="drill-down-body-heading">
            <Text as="h3" id="drill-down-body-heading" block size={400} weight="semibold" style={{ margin: `0 0 ${tokens.spacingVerticalS}` }}>
              {t({ sv: 'Meddelandet', en: 'The message' })}
            </Text>
            <Text as="p" block size={300} style={{ margin: `0 0 ${tokens.spacingVerticalS}` }}>
              {t({ sv: `Från ${data.from}`, en: `From ${data.from}` })}
              {data.hasAttachments ? t({ sv: ' · har bilagor (öppna i Outlook)', en: ' · has attachments (open in Outlook)' }) : ''}
            </Text>
            <SafeMailBody body={data.body} title={t({ sv: `Meddelandet: ${data.subject}`, en: `The message: ${data.subject}` })} palette={palette} />
          </section>
        )}
      </DrawerBody>
    </OverlayDrawer>
  );
}
