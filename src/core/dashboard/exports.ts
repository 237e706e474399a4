import { Temporal } from 'temporal-polyfill';
import type { SvarstidConfig } from '../config/schema';
import { inTimeShare, type Outcome } from '../serviceLevel';
import { CHANNEL_NAMES, KIND_NAMES } from '../vocabulary';
import { toCsv } from './csv';
import { LEAD_STATUS_NAMES } from './leadStatus';
import type { QueueRow } from './queueView';
import type { ServiceLevelFigures } from './serviceLevelTables';

/** A moment as Excel reads it in Sweden: `2026-11-24 15:30` in the municipality's time zone. */
export function csvDateTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '';
  const z = Temporal.Instant.from(iso).toZonedDateTimeISO(timeZone);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${z.year}-${p(z.month)}-${p(z.day)} ${p(z.hour)}:${p(z.minute)}`;
}

function departmentLabel(config: Pick<SvarstidConfig, 'departments'>, id: string): string {
  return config.departments.find((d) => d.id === id)?.name ?? id;
}

/** The columns of the message export, in Swedish (the order is the file's). */
export const QUEUE_CSV_COLUMNS = [
  'Status',
  'Svara senast',
  'Mottaget',
  'Ämne',
  'Kanal',
  'Ärendetyp',
  'Förvaltning',
  'Handläggare',
  'Besked skickat',
  'Svar utlovat senast',
  'Ursprunglig svarstid',
  'Förvaltning eller ärendetyp osäker',
  'Meddelande-id',
] as const;

/**
 * @summary The messages behind a view as CSV (UTF-8 with BOM, `;`), one row per message in the view's order.
 */
export function queueCsv(rows: readonly QueueRow[], config: Pick<SvarstidConfig, 'departments' | 'calendar'>): string {
  const tz = config.calendar.timeZone;
  return toCsv(
    QUEUE_CSV_COLUMNS,
    rows.map(({ message, status }) => {
      const r = message.record;
      return [
        LEAD_STATUS_NAMES[status].sv,
        csvDateTime(r.promised ?? r.due, tz),
        csvDateTime(message.received, tz),
        message.subject,
        CHANNEL_NAMES[r.channel].sv,
        KIND_NAMES[r.kind].sv,
        departmentLabel(config, r.department),
        r.handler?.name ?? '',
        csvDateTime(r.acknowledgedAt, tz),
        csvDateTime(r.promised, tz),
        csvDateTime(r.due, tz),
        r.uncertain === true ? 'ja' : '',
        message.id,
      ];
    }),
  );
}

/** A share as a percentage with one decimal, or empty when nothing is decided. */
function percent(counts: Record<Outcome, number>): number | null {
  const s = inTimeShare(counts);
  return s === null ? null : Math.round(s * 1000) / 10;
}

const hours = (ms: number | null): number | null => (ms === null ? null : Math.round(ms / 360_000) / 10);

/** The columns of the service-level export (per nämnd, for the yearly follow-up). */
export const SERVICE_LEVEL_CSV_COLUMNS = [
  'Nämnd',
  'Vecka',
  'Meddelanden',
  'Med svarstid',
  'Besvarade i tid',
  'Besvarade för sent',
  'Obesvarade efter svarstiden',
  'Andel i tid (%)',
  'Besked eller svar i tid',
  'Andel besked eller svar i tid (%)',
  'Med utlovad svarstid',
  'Utlovat datum hållet',
  'Andel utlovat datum hållet (%)',
  'Besvarade',
  'Mediantid till svar (timmar)',
] as const;

function figuresRow(committee: string, week: string, r: ServiceLevelFigures): (string | number | null)[] {
  const withDue = r.due.met + r.due.late + r.due.open + r.due.overdue;
  const withPromise = r.promise.met + r.promise.late + r.promise.open + r.promise.overdue;
  return [
    committee,
    week,
    r.messages,
    withDue,
    r.due.met,
    r.due.late,
    r.due.overdue,
    percent(r.due),
    r.confirmed.met,
    percent(r.confirmed),
    withPromise,
    r.promise.met,
    percent(r.promise),
    r.answered,
    hours(r.medianAnswerMs),
  ];
}

/** @summary The service level per nämnd: a total row (`Vecka` = "Alla") and one row per week of the window. */
export function serviceLevelCsv(table: readonly { committee: string; total: ServiceLevelFigures; weeks: readonly ServiceLevelFigures[] }[]): string {
  const rows: (string | number | null)[][] = [];
  for (const { committee, total, weeks } of table) {
    rows.push(figuresRow(committee, 'Alla', total));
    for (const w of weeks) rows.push(figuresRow(committee, w.key, w));
  }
  return toCsv(SERVICE_LEVEL_CSV_COLUMNS, rows);
}
