import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { filterOptions, filterQueue, filtersFromParams, filtersToParams, queueCsv, type QueueFilters, type QueueRow, type StatusClock } from '../../core/dashboard';
import { useText } from '../i18n';
import { downloadText, exportName } from './download';
import { MessageDrawer } from './MessageDrawer';
import { QueueFiltersBar } from './QueueFiltersBar';
import { QueueTable } from './QueueTable';
import type { LiveSnapshot, TabSession } from './session';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

/** The URL parameter of the open drill-down. */
export const MESSAGE_PARAM = 'meddelande';

/** A change of the filters, made from the filters as they are at that moment. */
export type FiltersUpdate = (current: QueueFilters) => QueueFilters;

/** Filters and drill-down live in the URL (a lead shares a view by its link). */
export function useQueueFilters(): [QueueFilters, (update: FiltersUpdate) => void, URLSearchParams, (p: URLSearchParams) => void] {
  const [params, setSearchParams] = useSearchParams();
  // The router renders a navigation later (a transition): a second change made before that (two
  // filters chosen in quick succession) builds on the first, not on the last render's URL.
  const latest = useRef({ rendered: params, params });
  if (latest.current.rendered !== params) latest.current = { rendered: params, params };
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const setParams = (p: URLSearchParams): void => {
    latest.current = { rendered: latest.current.rendered, params: p };
    setSearchParams(p, { replace: true });
  };
  const setFilters = (update: FiltersUpdate): void => {
    const current = latest.current.params;
    setParams(filtersToParams(update(filtersFromParams(current)), current));
  };
  return [filters, setFilters, params, setParams];
}

/** The queue: filters, export, the table, and the drill-down of one message. */
export function QueueView({ session, snapshot, rows, clock }: { session: TabSession; snapshot: LiveSnapshot; rows: readonly QueueRow[]; clock: StatusClock }): ReactNode {
  const t = useText();
  const styles = useStyles();
  const [filters, setFilters, params, setParams] = useQueueFilters();
  const [returnFocus, setReturnFocus] = useState<string | null>(null);
  const visible = useMemo(() => filterQueue(rows, filters), [rows, filters]);
  const options = useMemo(() => filterOptions(rows), [rows]);
  const openId = params.get(MESSAGE_PARAM);

  const open = (id: string): void => {
    const next = new URLSearchParams(params);
    next.set(MESSAGE_PARAM, id);
    setParams(next);
  };
  const close = (): void => {
    const next = new URLSearchParams(params);
    next.delete(MESSAGE_PARAM);
    setReturnFocus(openId);
    setParams(next);
  };
  const exportCsv = (): void => {
    const today = clock.now.toZonedDateTimeISO(session.calendar.timeZone);
    downloadText(exportName('meddelanden', today), queueCsv(visible, session.config));
  };

  return (
    <section className={styles.root} aria-labelledby="queue-heading">
      <Text as="h2" id="queue-heading" size={500} weight="semibold" style={{ margin: 0 }}>
        {t({ sv: 'Kön', en: 'The queue' })}
      </Text>
      <QueueFiltersBar filters={filters} options={options} config={session.config} onChange={setFilters}>
        <Button appearance="primary" onClick={exportCsv} data-testid="export-queue">
          {t({ sv: 'Exportera vyn (CSV)', en: 'Export this view (CSV)' })}
        </Button>
      </QueueFiltersBar>
      <Text as="p" size={300} role="status" data-testid="shown" data-shown={visible.length} style={{ margin: 0 }}>
        {visible.length === rows.length
          ? t({ sv: `${rows.length} ${rows.length === 1 ? 'öppet meddelande' : 'öppna meddelanden, det mest brådskande först'}.`, en: `${rows.length} open ${rows.length === 1 ? 'message' : 'messages, most urgent first'}.` })
          : t({ sv: `Visar ${visible.length} av ${rows.length} öppna meddelanden.`, en: `Showing ${visible.length} of ${rows.length} open messages.` })}
      </Text>
      <QueueTable rows={visible} config={session.config} calendar={session.calendar} clock={clock} onOpen={open} focusId={openId ? null : returnFocus} />
      {openId && <MessageDrawer session={session} id={openId} message={snapshot.index.get(openId) ?? null} clock={clock} onClose={close} />}
    </section>
  );
}
