import { Button, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { SvarstidConfig } from '../../core/config';
import { LEAD_STATUS_NAMES, UNASSIGNED, type FilterOptions, type QueueFilters } from '../../core/dashboard';
import { CHANNEL_NAMES, KIND_NAMES, type Channel, type Kind, type Named } from '../../core/vocabulary';
import { useText } from '../i18n';
import { departmentName } from '../RecordView';
import type { LeadStatus } from '../../core/dashboard';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  field: { minWidth: '10rem' },
});

const ALL = '';

/**
 * The queue's filters (native selects: every keyboard and screen reader knows them). The page
 * keeps them in the URL; this only shows and changes them.
 */
export function QueueFiltersBar(props: {
  filters: QueueFilters;
  options: FilterOptions;
  config: SvarstidConfig;
  /** Called with a change to apply to the filters as they are then (quick successive choices add up). */
  onChange: (update: (current: QueueFilters) => QueueFilters) => void;
  children?: ReactNode;
}): ReactNode {
  const t = useText();
  const styles = useStyles();
  const { filters, options, config, onChange } = props;
  const set = <K extends keyof QueueFilters>(key: K, value: string): void => {
    onChange((current) => {
      const next = { ...current };
      if (value === ALL) delete next[key];
      else next[key] = value as QueueFilters[K];
      return next;
    });
  };
  const departments = [...new Set([...config.departments.map((d) => d.id), ...options.departments])];
  const handlers = filters.handler && filters.handler !== UNASSIGNED && !options.handlers.includes(filters.handler) ? [...options.handlers, filters.handler] : options.handlers;
  const select = (key: keyof QueueFilters, label: Named, values: readonly { value: string; label: string }[]): ReactNode => (
    <Field label={t(label)} className={styles.field}>
      <Select value={filters[key] ?? ALL} onChange={(_, d) => set(key, d.value)} data-testid={`filter-${key}`}>
        <option value={ALL}>{t({ sv: 'Alla', en: 'All' })}</option>
        {values.map((v) => (
          <option key={v.value} value={v.value}>
            {v.label}
          </option>
        ))}
      </Select>
    </Field>
  );
  const any = Object.values(filters).some((v) => v !== undefined);
  return (
    <div className={styles.bar} role="search" aria-label={t({ sv: 'Filter', en: 'Filters' })}>
      {select('department', { sv: 'Förvaltning', en: 'Department' }, departments.map((d) => ({ value: d, label: t(departmentName(config, d)) })))}
      {select('channel', { sv: 'Kanal', en: 'Channel' }, options.channels.map((c: Channel) => ({ value: c, label: t(CHANNEL_NAMES[c]) })))}
      {select('kind', { sv: 'Ärendetyp', en: 'Case type' }, options.kinds.map((k: Kind) => ({ value: k, label: t(KIND_NAMES[k]) })))}
      {select('status', { sv: 'Status', en: 'Status' }, options.statuses.map((s: LeadStatus) => ({ value: s, label: t(LEAD_STATUS_NAMES[s]) })))}
      {select('handler', { sv: 'Handläggare', en: 'Officer' }, [{ value: UNASSIGNED, label: t({ sv: 'Ingen (utan handläggare)', en: 'Nobody (unassigned)' }) }, ...handlers.map((h) => ({ value: h, label: h }))])}
      <Button disabledFocusable={!any} onClick={() => onChange(() => ({}))} data-testid="clear-filters">
        {t({ sv: 'Rensa filter', en: 'Clear filters' })}
      </Button>
      {props.children}
    </div>
  );
}
