import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { Suspense, useMemo, type ComponentType, type ReactNode } from 'react';
import {
  departmentLoad,
  medianAnswerMs,
  serviceLevelByChannel,
  serviceLevelByCommittee,
  serviceLevelByDepartment,
  serviceLevelByWeek,
  serviceLevelCsv,
  sharesOf,
  elapsedText,
  SERVICE_LEVEL_WEEKS,
  type QueueRow,
  type ServiceLevelFigures,
  type StatusClock,
} from '../../core/dashboard';
import { inTimeShare, type Outcome } from '../../core/serviceLevel';
import { CHANNELS, CHANNEL_NAMES, isChannel, type Named } from '../../core/vocabulary';
import { useLang, useText, type Lang } from '../i18n';
import { departmentName } from '../RecordView';
import { downloadText, exportName } from './download';
import type { BarChartProps, ChartBar } from './ServiceLevelCharts';
import type { LiveSnapshot, TabSession } from './session';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXL },
  block: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalXL, alignItems: 'start', '@media (max-width: 1000px)': { gridTemplateColumns: 'minmax(0, 1fr)' } },
  figures: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXL, margin: 0 },
  figure: { display: 'flex', flexDirection: 'column', margin: 0 },
  big: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase300, '& th, & td': { textAlign: 'right', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` }, '& th:first-child, & td:first-child': { textAlign: 'left' }, '& caption': { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalS } },
  heading: { margin: 0 },
});

function percentText(share: number | null, lang: Lang): string {
  if (share === null) return '–';
  const v = Math.round(share * 1000) / 10;
  return lang === 'sv' ? `${String(v).replace('.', ',')} %` : `${v}%`;
}

const decided = (c: Record<Outcome, number>): number => c.met + c.late + c.overdue;

/** A week key `2026-W48` as people write it: `v. 48` / `wk 48`. */
function weekLabel(key: string, lang: Lang): string {
  const w = Number(key.slice(key.indexOf('W') + 1));
  return lang === 'sv' ? `v. ${w}` : `wk ${w}`;
}

function FiguresTable({ caption, rows, labelOf, testId }: { caption: string; rows: readonly ServiceLevelFigures[]; labelOf: (key: string) => string; testId: string }): ReactNode {
  const t = useText();
  const lang = useLang();
  const styles = useStyles();
  return (
    <table className={styles.table} data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t({ sv: 'Grupp', en: 'Group' })}</th>
          <th scope="col">{t({ sv: 'Meddelanden', en: 'Messages' })}</th>
          <th scope="col">{t({ sv: 'Besvarade i tid', en: 'Answered in time' })}</th>
          <th scope="col">{t({ sv: 'Besked eller svar i tid', en: 'Notice or answer in time' })}</th>
          <th scope="col">{t({ sv: 'Utlovat datum hållet', en: 'Promised date kept' })}</th>
          <th scope="col">{t({ sv: 'Mediantid till svar', en: 'Median time to answer' })}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-key={r.key}>
            <th scope="row">{labelOf(r.key)}</th>
            <td>{r.messages}</td>
            <td data-share="due">{`${percentText(inTimeShare(r.due), lang)} (${r.due.met}/${decided(r.due)})`}</td>
            <td data-share="confirmed">{`${percentText(inTimeShare(r.confirmed), lang)} (${r.confirmed.met}/${decided(r.confirmed)})`}</td>
            <td data-share="promise">{`${percentText(inTimeShare(r.promise), lang)} (${r.promise.met}/${decided(r.promise)})`}</td>
            <td>{r.medianAnswerMs === null ? '–' : t(elapsedText(r.medianAnswerMs))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Chart({ BarChart, ...props }: BarChartProps & { BarChart: ComponentType<BarChartProps> }): ReactNode {
  const t = useText();
  return (
    <Suspense fallback={<Spinner size="small" label={t({ sv: 'Ritar diagrammet …', en: 'Drawing the chart …' })} />}>
      <BarChart {...props} />
    </Suspense>
  );
}

function shareBars(rows: readonly ServiceLevelFigures[], labelOf: (key: string) => string, lang: Lang): ChartBar[] {
  return rows.map((r) => {
    const s = inTimeShare(r.due);
    return {
      label: labelOf(r.key),
      value: s === null ? null : Math.round(s * 1000) / 10,
      callout: lang === 'sv' ? `${percentText(s, lang)} i tid (${r.due.met} av ${decided(r.due)})` : `${percentText(s, lang)} in time (${r.due.met} of ${decided(r.due)})`,
    };
  });
}

/**
 * The load per department and the service level over the last twelve weeks: charts (loaded
 * lazily) each with a table of the same figures, the median time to answer, the two
 * acknowledgement figures, and the export per nämnd.
 */
export function ServiceLevelView({ session, snapshot, rows, clock }: { session: TabSession; snapshot: LiveSnapshot; rows: readonly QueueRow[]; clock: StatusClock }): ReactNode {
  const t = useText();
  const lang = useLang();
  const styles = useStyles();
  const { config } = session;
  const tz = session.calendar.timeZone;
  const deptIds = useMemo(() => config.departments.map((d) => d.id), [config]);
  const load = useMemo(() => departmentLoad(rows, deptIds), [rows, deptIds]);
  const figures = useMemo(() => {
    const all = snapshot.index.all();
    const total = serviceLevelByWeek(all, clock.now, tz).reduce<ServiceLevelFigures | null>((sum, r) => {
      if (!sum) return { ...r, due: { ...r.due }, confirmed: { ...r.confirmed }, promise: { ...r.promise } };
      sum.messages += r.messages;
      for (const o of Object.keys(r.due) as Outcome[]) {
        sum.due[o] += r.due[o];
        sum.confirmed[o] += r.confirmed[o];
        sum.promise[o] += r.promise[o];
      }
      return sum;
    }, null);
    return {
      total,
      median: medianAnswerMs(all),
      weeks: serviceLevelByWeek(all, clock.now, tz),
      departments: serviceLevelByDepartment(all, clock.now, deptIds, tz),
      channels: serviceLevelByChannel(all, clock.now, CHANNELS, tz),
    };
    // The service level changes with the mailbox, not with every clock tick: recompute on a new snapshot.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [snapshot, tz, deptIds]);
  const shares = figures.total ? sharesOf(figures.total) : { due: null, confirmed: null, promise: null };
  const deptLabel = (id: string): string => t(departmentName(config, id));
  const channelLabel = (c: string): string => (isChannel(c) ? t(CHANNEL_NAMES[c]) : c);
  const week = (k: string): string => weekLabel(k, lang);
  const percentTitle = t({ sv: 'Andel i tid (%)', en: 'Share in time (%)' });

  const exportCommittees = (): void => {
    const table = serviceLevelByCommittee(snapshot.index.all(), clock.now, config, tz);
    downloadText(exportName('servicenivå-per-nämnd', clock.now.toZonedDateTimeISO(tz)), serviceLevelCsv(table));
  };

  const figure = (name: string, value: string, label: Named, hint: Named): ReactNode => (
    <div className={styles.figure}>
      <dt>
        <Text size={300}>{t(label)}</Text>
      </dt>
      <dd className={styles.big} data-figure={name}>
        {value}
      </dd>
      <dd style={{ margin: 0 }}>
        <Text size={200}>{t(hint)}</Text>
      </dd>
    </div>
  );

  return (
    <section className={styles.root} aria-labelledby="sl-heading">
      <div>
        <Text as="h2" id="sl-heading" size={500} weight="semibold" className={styles.heading}>
          {t({ sv: `Servicenivå de senaste ${SERVICE_LEVEL_WEEKS} veckorna`, en: `Service level over the last ${SERVICE_LEVEL_WEEKS} weeks` })}
        </Text>
        <Text as="p" block size={300}>
          {t({
            sv: 'Andelen av meddelandena med svarstid som besvarades i tid; obesvarade räknas först när svarstiden har gått ut. Ett besked räknas som besvarat i tid bara där svarstidsregeln säger att ett besked räcker. En orosanmälan räknas som besvarad i tid när någon markerade den som lämnad vidare (Lämnad till i Outlook-tillägget) inom tiden, eller när ett svar från funktionsbrevlådan, också ett kvitto, gick i väg inom tiden; en anonym räknas på samma sätt. Ett svar är inte att lämna den vidare, så skicka inget kvitto för siffrornas skull: de som inte är markerade som lämnade står överst i kön (obesvarade) eller i listan ovanför antalen (besvarade).',
            en: 'The share of messages with a deadline answered in time; unanswered ones count once their deadline has passed. A notice counts as answered in time only where the deadline rule says a notice is enough. A report of concern counts as answered in time when someone marked it as handed on (Handed to in the Outlook add-in) within the time, or when a reply from the shared mailbox, even a receipt, went out within the time; an anonymous one counts the same way. A reply is not handing it on, so send no receipt for the sake of the figures: those not marked as handed on stand first in the queue (unanswered) or in the list above the counts (answered).',
          })}
        </Text>
      </div>
      <dl className={styles.figures}>
        {figure('due', percentText(shares.due, lang), { sv: 'Besvarade i tid', en: 'Answered in time' }, { sv: 'mot den ursprungliga svarstiden, också när ett besked har lovat ett senare datum (Försenade i kön räknas mot den tid som gäller nu)', en: 'against the original deadline, also when a notice has promised a later date (Overdue in the queue counts against the time in force now)' })}
        {figure('confirmed', percentText(shares.confirmed, lang), { sv: 'Besked eller svar i tid', en: 'Notice or answer in time' }, { sv: 'fick ett besked eller ett svar inom svarstiden', en: 'got a notice or an answer within the deadline' })}
        {figure('promise', percentText(shares.promise, lang), { sv: 'Utlovat datum hållet', en: 'Promised date kept' }, { sv: 'av dem som fått ett besked med utlovat datum', en: 'of those sent a notice with a promised date' })}
        {figure('median', figures.median === null ? '–' : t(elapsedText(figures.median)), { sv: 'Mediantid till svar', en: 'Median time to answer' }, { sv: 'från mottaget till svaret; ett besked räknas inte som svar', en: 'from receipt to the answer; a notice does not count as one' })}
      </dl>
      <div>
        <Button appearance="primary" onClick={exportCommittees} data-testid="export-committees" aria-describedby="export-committees-help">
          {t({ sv: 'Exportera servicenivå per nämnd (CSV)', en: 'Export the service level per committee (CSV)' })}
        </Button>
        <Text as="p" block size={200} id="export-committees-help">
          {t({
            sv: `En rad per nämnd och vecka för de senaste ${SERVICE_LEVEL_WEEKS} veckorna, som i vyn (äldre veckor finns inte med i exporten). Exportera en gång i månaden och spara filerna för den årliga uppföljningen. Samma vecka finns då i flera filer: räkna varje vecka (kolumnen Vecka) bara en gång och ta raden ur den senaste filen där veckan finns, eftersom svar som kommer senare ändrar veckans siffror (de sista veckorna i en fil är inte klara än). Nämnden är den som står för förvaltningen i administrationsvyn; där ingen står räknas förvaltningen som en egen rad.`,
            en: `One row per committee and week for the last ${SERVICE_LEVEL_WEEKS} weeks, as in the view (older weeks are not in the export). Export once a month and keep the files for the yearly follow-up. The same week is then in several files: count each week (the Vecka column) once and take its row from the latest file that has it, since answers that come later change the week's figures (the last weeks in a file are not final yet). The committee is the one set for the department in the admin view; where none is set, the department is a row of its own.`,
          })}
        </Text>
      </div>

      <section aria-labelledby="load-heading">
        <Text as="h3" id="load-heading" size={400} weight="semibold" className={styles.heading}>
          {t({ sv: 'Belastning per förvaltning', en: 'Load per department' })}
        </Text>
        <div className={styles.block}>
          <Chart
            BarChart={session.BarChart}
            title={t({ sv: 'Öppna meddelanden per förvaltning', en: 'Open messages per department' })}
            yTitle={t({ sv: 'Öppna', en: 'Open' })}
            bars={load.map((l) => ({ label: deptLabel(l.department), value: l.open, callout: t({ sv: `${l.open} öppna, ${l.overdue} försenade`, en: `${l.open} open, ${l.overdue} overdue` }) }))}
          />
          <table className={styles.table} data-testid="load-table">
            <caption>{t({ sv: 'Öppna och försenade meddelanden per förvaltning', en: 'Open and overdue messages per department' })}</caption>
            <thead>
              <tr>
                <th scope="col">{t({ sv: 'Förvaltning', en: 'Department' })}</th>
                <th scope="col">{t({ sv: 'Öppna', en: 'Open' })}</th>
                <th scope="col">{t({ sv: 'Försenade', en: 'Overdue' })}</th>
                <th scope="col">{t({ sv: 'Utan handläggare', en: 'Unassigned' })}</th>
              </tr>
            </thead>
            <tbody>
              {load.map((l) => (
                <tr key={l.department} data-department={l.department}>
                  <th scope="row">{deptLabel(l.department)}</th>
                  <td data-load="open">{l.open}</td>
                  <td data-load="overdue">{l.overdue}</td>
                  <td>{l.unassigned}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {(
        [
          ['week', { sv: 'per vecka', en: 'per week' }, figures.weeks, week],
          ['department', { sv: 'per förvaltning', en: 'per department' }, figures.departments, deptLabel],
          ['channel', { sv: 'per kanal', en: 'per channel' }, figures.channels, channelLabel],
        ] as const
      ).map(([key, what, list, labelOf]) => (
        <section key={key} aria-labelledby={`sl-${key}-heading`}>
          <Text as="h3" id={`sl-${key}-heading`} size={400} weight="semibold" className={styles.heading}>
            {t({ sv: `Servicenivå ${what.sv}`, en: `Service level ${what.en}` })}
          </Text>
          <div className={styles.block}>
            <Chart BarChart={session.BarChart} title={t({ sv: `Andel besvarade i tid ${what.sv}`, en: `Share answered in time ${what.en}` })} yTitle={percentTitle} yMax={100} bars={shareBars(list, labelOf, lang)} />
            <FiguresTable caption={t({ sv: `Servicenivå ${what.sv}, de senaste ${SERVICE_LEVEL_WEEKS} veckorna`, en: `Service level ${what.en}, the last ${SERVICE_LEVEL_WEEKS} weeks` })} rows={list} labelOf={labelOf} testId={`sl-table-${key}`} />
          </div>
        </section>
      ))}
    </section>
  );
}
