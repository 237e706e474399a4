import { Badge, makeStyles, mergeClasses, Text, tokens, type BadgeProps } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { WorkingCalendar } from '../../core/calendar';
import type { SvarstidConfig } from '../../core/config';
import { LEAD_STATUS_NAMES, type LeadStatus, type QueueRow, type StatusClock } from '../../core/dashboard';
import { describeAcknowledgements, formatDateText, relativeDueText } from '../../core/display';
import { CHANNEL_NAMES, KIND_NAMES, type Kind, type Named } from '../../core/vocabulary';
import { useText } from '../i18n';
import { departmentName } from '../RecordView';

const ROW_HEIGHT = 64;
const COLUMNS = '8.5rem minmax(11rem, 1.1fr) minmax(14rem, 2.4fr) 6.5rem 8.5rem minmax(9rem, 1.1fr) minmax(8rem, 1fr)';

const useStyles = makeStyles({
  table: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, overflow: 'hidden', backgroundColor: tokens.colorNeutralBackground1 },
  grid: { display: 'grid', gridTemplateColumns: COLUMNS, columnGap: tokens.spacingHorizontalM, alignItems: 'center', padding: `0 ${tokens.spacingHorizontalM}` },
  header: { minHeight: '2.5rem', borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground2, fontWeight: tokens.fontWeightSemibold },
  scroller: { height: 'max(20rem, calc(100vh - 24rem))', overflowY: 'auto', position: 'relative' },
  row: { position: 'absolute', left: 0, right: 0, top: 0, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, boxSizing: 'border-box' },
  cell: { overflow: 'hidden', minWidth: 0 },
  clip: { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  subject: {
    display: 'block',
    width: '100%',
    padding: 0,
    border: 'none',
    background: 'none',
    color: tokens.colorBrandForegroundLink,
    font: 'inherit',
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'left',
    cursor: 'pointer',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    ':hover': { textDecorationLine: 'underline' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px', borderRadius: tokens.borderRadiusSmall },
  },
  note: { color: tokens.colorNeutralForeground2 },
  marks: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXXS, alignItems: 'center', minWidth: 0 },
  // a badge's words wrap inside it rather than being cut off at its fixed height
  markBadge: { height: 'auto', minHeight: '16px', whiteSpace: 'normal', textAlign: 'start', paddingTop: '1px', paddingBottom: '1px', maxWidth: '100%' },
  empty: { padding: tokens.spacingHorizontalL },
});

export const STATUS_COLOR: Record<LeadStatus, BadgeProps['color']> = {
  overdue: 'danger',
  today: 'warning',
  week: 'success',
  later: 'success',
  none: 'informative',
};

/** The row's badge for an uncertain decision: never an invitation to downgrade a report of concern (reader rounds 31 and 33). */
export function uncertainBadge(kind: Kind): Named {
  return kind === 'orosanmalan'
    ? { sv: 'osäker orosanmälan — är du osäker, lämna den vidare som orosanmälan', en: 'uncertain report of concern — if in doubt, hand it on as a report of concern' }
    : { sv: 'osäker förvaltning/ärendetyp — kontrollera i Outlook', en: 'department or case type uncertain — check in Outlook' };
}

/**
 * The open messages, most urgent first, as a table that stays fast with ten thousand rows: only
 * the rows in view are rendered. One tab stop: arrow keys, Page Up/Down, Home and End move
 * between messages, Enter opens one.
 */
export function QueueTable(props: {
  rows: readonly QueueRow[];
  config: SvarstidConfig;
  calendar: WorkingCalendar;
  clock: StatusClock;
  onOpen: (id: string) => void;
  /** The message whose drill-down just closed gets focus back. */
  focusId?: string | null;
}): ReactNode {
  const t = useText();
  const styles = useStyles();
  const { rows, config, calendar, clock } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  // Keys are read against the row the person moved to, even before the virtualised row has rendered and taken focus.
  const activeRef = useRef(0);
  const focusWanted = useRef(false);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const activeIndex = Math.min(active, Math.max(0, rows.length - 1));

  const move = (to: number): void => {
    const i = Math.max(0, Math.min(rows.length - 1, to));
    activeRef.current = i;
    setActive(i);
    focusWanted.current = true;
    virtualizer.scrollToIndex(i, { align: 'auto' });
  };

  useEffect(() => {
    if (!focusWanted.current) return;
    const button = scrollRef.current?.querySelector<HTMLButtonElement>(`[data-row-index="${activeIndex}"] button`);
    if (button) {
      focusWanted.current = false;
      button.focus();
    }
  });

  useEffect(() => {
    if (!props.focusId) return;
    const i = rows.findIndex((r) => r.message.id === props.focusId);
    if (i >= 0) move(i);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.focusId]);

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>): void => {
    const index = Math.min(activeRef.current, rows.length - 1);
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const row = rows[index];
      if (row) props.onOpen(row.message.id);
      return;
    }
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 8) / ROW_HEIGHT) - 1);
    const to = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: rows.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    move(to);
  };

  const header = [
    t({ sv: 'Status', en: 'Status' }),
    t({ sv: 'Svara/lämna senast', en: 'Answer/hand on by' }),
    t({ sv: 'Ämne', en: 'Subject' }),
    t({ sv: 'Kanal', en: 'Channel' }),
    t({ sv: 'Ärendetyp', en: 'Case type' }),
    t({ sv: 'Förvaltning', en: 'Department' }),
    t({ sv: 'Handläggare', en: 'Officer' }),
  ];

  return (
    <div className={styles.table} role="table" aria-label={t({ sv: 'Öppna meddelanden, det mest brådskande först', en: 'Open messages, most urgent first' })} aria-rowcount={rows.length + 1} data-testid="queue" data-rows={rows.length}>
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className={mergeClasses(styles.grid, styles.header)}>
          {header.map((h) => (
            <div role="columnheader" key={h} className={styles.cell}>
              <Text weight="semibold" size={300} className={styles.clip}>
                {h}
              </Text>
            </div>
          ))}
        </div>
      </div>
      {rows.length === 0 ? (
        <div role="rowgroup">
          <div role="row" aria-rowindex={2} className={styles.empty}>
            <div role="cell">{t({ sv: 'Inga öppna meddelanden i den här vyn.', en: 'No open messages in this view.' })}</div>
          </div>
        </div>
      ) : (
        <div ref={scrollRef} className={styles.scroller}>
          <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((v) => {
              const { message, status } = rows[v.index]!;
              const r = message.record;
              const deadline = r.promised ?? r.due;
              const when = deadline ? formatDateText(deadline, calendar.timeZone, { now: clock.now }) : null;
              const left = deadline ? relativeDueText(deadline, clock.now, calendar) : null;
              // The promise in force, or a holding reply that promised nothing: the core's words, as in the drill-down.
              const ack = r.promised !== undefined || r.holding !== undefined ? describeAcknowledgements(r, calendar.timeZone, clock.now).headline : null;
              return (
                <div
                  role="row"
                  key={message.id}
                  aria-rowindex={v.index + 2}
                  data-row-index={v.index}
                  data-message-id={message.id}
                  data-status={status}
                  className={mergeClasses(styles.grid, styles.row)}
                  style={{ height: ROW_HEIGHT, transform: `translateY(${v.start}px)` }}
                >
                  <div role="cell" className={styles.cell}>
                    <Badge appearance={status === 'none' ? 'tint' : 'filled'} color={STATUS_COLOR[status]} data-testid="row-status">
                      {t(LEAD_STATUS_NAMES[status])}
                    </Badge>
                  </div>
                  <div role="cell" className={styles.cell} data-testid="row-due" data-due={deadline ?? ''}>
                    {when && left ? (
                      <>
                        <Text size={300} className={styles.clip}>
                          {t(when)}
                        </Text>
                        <Text size={200} className={mergeClasses(styles.clip, styles.note)} data-testid="row-left">
                          {t(left)}
                        </Text>
                      </>
                    ) : (
                      <Text size={300}>{t({ sv: 'Ingen svarstid', en: 'No deadline' })}</Text>
                    )}
                  </div>
                  <div role="cell" className={styles.cell}>
                    <button
                      type="button"
                      className={styles.subject}
                      tabIndex={v.index === activeIndex ? 0 : -1}
                      onFocus={() => {
                        activeRef.current = v.index;
                        setActive(v.index);
                      }}
                      onClick={() => props.onOpen(message.id)}
                      onKeyDown={onKeyDown}
                      data-testid="row-open"
                    >
                      {message.subject || t({ sv: '(inget ämne)', en: '(no subject)' })}
                    </button>
                    <div className={styles.marks}>
                      {ack !== null && (
                        <Text size={200} className={mergeClasses(styles.clip, styles.note)} data-testid={r.promised ? 'row-promised' : 'row-holding'}>
                          {t(ack)}
                        </Text>
                      )}
                      {r.kind === 'orosanmalan' && (
                        <Badge size="small" appearance="filled" color="danger" className={styles.markBadge} data-testid="row-concern">
                          {t({ sv: `orosanmälan — lämna till ${departmentName(config, r.department).sv} direkt`, en: `report of concern — hand it to ${departmentName(config, r.department).en} at once` })}
                        </Badge>
                      )}
                      {r.uncertain === true && r.source !== 'manual' && (
                        <Badge size="small" appearance="tint" color="warning" className={styles.markBadge} data-testid="row-uncertain">
                          {t(uncertainBadge(r.kind))}
                        </Badge>
                      )}
                    </div>
                  </div>
                  <div role="cell" className={styles.cell}>
                    <Text size={300} className={styles.clip}>
                      {t(CHANNEL_NAMES[r.channel])}
                    </Text>
                  </div>
                  <div role="cell" className={styles.cell}>
                    <Text size={300} className={styles.clip}>
                      {t(KIND_NAMES[r.kind])}
                    </Text>
                  </div>
                  <div role="cell" className={styles.cell}>
                    <Text size={300} className={styles.clip}>
                      {t(departmentName(config, r.department))}
                    </Text>
                  </div>
                  <div role="cell" className={styles.cell} data-testid="row-handler">
                    <Text size={300} className={mergeClasses(styles.clip, r.handler ? undefined : styles.note)}>
                      {r.handler?.name ?? t({ sv: 'ingen', en: 'nobody' })}
                    </Text>
                  </div>
                </div>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}
