import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Temporal } from 'temporal-polyfill';
import type { WorkingCalendar } from '../core/calendar';
import type { SvarstidConfig } from '../core/config';
import { describeAcknowledgements, formatDateText, messageStatus, type MessageStatus } from '../core/display';
import type { RecordHandler, SvarstidRecord } from '../core/record';
import { CHANNEL_NAMES, KIND_NAMES, type Named } from '../core/vocabulary';
import { DueTime } from './DueTime';
import { useText } from './i18n';
import { ReasonsList } from './ReasonsList';
import { StatusBadge } from './StatusBadge';

/** What a record view shows: a stored record, or the core's assessment of a message not labelled yet. */
export type RecordLike = Pick<SvarstidRecord, 'channel' | 'kind' | 'department' | 'due' | 'target' | 'answeredAt' | 'promised'> &
  Partial<Pick<SvarstidRecord, 'acknowledgedAt' | 'acks' | 'holding' | 'ackMeetsDue' | 'done'>> & {
  source: SvarstidRecord['source'] | 'assessed';
  uncertain?: boolean;
  handler?: RecordHandler;
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

/** The department's name in the page's language. */
export function departmentName(config: Pick<SvarstidConfig, 'departments'>, id: string): Named {
  const d = config.departments.find((x) => x.id === id);
  return { sv: d?.name ?? id, en: d?.nameEn ?? d?.name ?? id };
}

/**
 * The record of one message as people read it: the due time as a person says it, its status,
 * channel, kind, department and target, whether a person corrected it or it is only assessed,
 * the handler, and why.
 */
export function RecordView(props: {
  record: RecordLike;
  config: SvarstidConfig;
  calendar: WorkingCalendar;
  now: Temporal.Instant;
  reasons: readonly Named[] | null;
  /** Show the promise line above the history (default); off where the host already shows it more prominently. */
  promiseHeadline?: boolean;
  /** Department and case type can be changed further down this page (the add-in); elsewhere people are sent to the add-in. */
  changeBelow?: boolean;
}): ReactNode {
  const { record, config, calendar, now } = props;
  const t = useText();
  const styles = useStyles();
  const status: MessageStatus = messageStatus(record, now, calendar.timeZone);
  const tz = calendar.timeZone;
  const acknowledgements = describeAcknowledgements(record, tz, now);
  // An open report of concern is handed on, not answered: its time says so (round 23, U2).
  const handOn = record.kind !== 'orosanmalan' || record.promised !== undefined ? undefined : record.answeredAt === null ? 'open' : 'done';
  return (
    <section className={styles.root} aria-labelledby="svarstid-due-heading" data-testid="record" data-source={record.source} data-kind={record.kind} data-department={record.department}>
      <h2 id="svarstid-due-heading" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
        {t(handOn !== undefined ? { sv: 'Lämna vidare senast', en: 'Hand on by' } : { sv: 'Svara senast', en: 'Answer by' })}
      </h2>
      <DueTime due={record.promised ?? record.due} promised={record.promised !== undefined} {...(handOn === undefined ? {} : { handOn })} now={now} calendar={calendar} />
      <div className={styles.row}>
        <StatusBadge status={status} />
        {record.source === 'manual' && (
          <Badge appearance="tint" color="brand" data-testid="manual">
            {t({ sv: 'ändrad i tillägget', en: 'changed in the add-in' })}
          </Badge>
        )}
        {record.uncertain === true && record.source !== 'manual' && (
          <Badge appearance="tint" color="warning" data-testid="uncertain">
            {t(
              record.kind === 'orosanmalan'
                ? { sv: 'osäker orosanmälan — läs den nu; kan du inte läsa den eller är du osäker, lämna den vidare som orosanmälan', en: 'uncertain report of concern — read it now; if you cannot read it or are in doubt, hand it on as a report of concern' }
                : props.changeBelow === true
                ? { sv: 'osäker förvaltning eller ärendetyp — kontrollera och byt vid behov nedan', en: 'department or case type uncertain — check it and change it below if needed' }
                : { sv: 'osäker förvaltning eller ärendetyp — kontrollera och byt vid behov i Outlook-tillägget', en: 'department or case type uncertain — check it and change it in the Outlook add-in if needed' },
            )}
          </Badge>
        )}
      </div>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t({ sv: 'Kanal', en: 'Channel' })}</dt>
        <dd className={styles.value} data-testid="channel">{t(CHANNEL_NAMES[record.channel])}</dd>
        <dt className={styles.term}>{t({ sv: 'Ärendetyp', en: 'Case type' })}</dt>
        <dd className={styles.value} data-testid="kind">{t(KIND_NAMES[record.kind])}</dd>
        <dt className={styles.term}>{t({ sv: 'Förvaltning', en: 'Department' })}</dt>
        <dd className={styles.value} data-testid="department">{t(departmentName(config, record.department))}</dd>
        {record.promised !== undefined && record.due !== null && (
          <>
            <dt className={styles.term}>{t({ sv: 'Ursprunglig svarstid', en: 'Original deadline' })}</dt>
            <dd className={styles.value}>{t(formatDateText(record.due, tz, { now }))}</dd>
          </>
        )}
        {record.target !== null && (
          <>
            <dt className={styles.term}>{t({ sv: 'Mål (helst senast)', en: 'Target (ideally by)' })}</dt>
            <dd className={styles.value}>{t(formatDateText(record.target, tz, { now }))}</dd>
          </>
        )}
        {record.answeredAt !== null && (
          <>
            <dt className={styles.term}>{t({ sv: 'Besvarat', en: 'Answered' })}</dt>
            <dd className={styles.value}>{t(formatDateText(record.answeredAt, tz, { now }))}</dd>
          </>
        )}
      </dl>
      {acknowledgements.headline !== null && (
        <div data-testid="acknowledgements">
          <Text as="h3" block size={300} weight="semibold" style={{ margin: `0 0 ${tokens.spacingVerticalXS}` }}>
            {t({ sv: 'Besked', en: 'Notices' })}
          </Text>
          {props.promiseHeadline !== false && (
            <Text as="p" block weight="semibold" style={{ margin: `0 0 ${tokens.spacingVerticalXS}` }} data-testid="promise">
              {t(acknowledgements.headline)}
            </Text>
          )}
          {acknowledgements.history.length > 0 && (
            <ul style={{ margin: 0, paddingInlineStart: tokens.spacingHorizontalL }} data-testid="acknowledgement-history">
              {acknowledgements.history.map((line, i) => (
                <li key={i}>
                  <Text size={200}>{t(line)}</Text>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div>
        <Text as="h3" block size={300} weight="semibold" style={{ margin: `0 0 ${tokens.spacingVerticalXS}` }}>
          {t({ sv: 'Varför', en: 'Why' })}
        </Text>
        {record.source === 'assessed' && (
          <Text as="p" block size={200} style={{ margin: `0 0 ${tokens.spacingVerticalXS}` }} data-testid="assessed-note">
            {t({ sv: 'Svarstid-tjänsten har inte gett meddelandet någon märkning än. Så här skulle den märka det nu:', en: 'The Svarstid service has not labelled this message yet. This is how it would label it now:' })}
          </Text>
        )}
        {props.reasons === null ? (
          <Text size={200}>{t({ sv: 'Hämtar skälen …', en: 'Loading the reasons …' })}</Text>
        ) : (
          <ReasonsList reasons={props.reasons} label={{ sv: 'Skäl', en: 'Reasons' }} />
        )}
      </div>
    </section>
  );
}
