import { Button, Select, Field, makeStyles, tokens, Text } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { Temporal } from 'temporal-polyfill';
import { swedishHolidays } from '../../core/calendar/swedishHolidays';
import { WEEKDAY_KEYS, type OpeningInterval, type WeekdayKey } from '../../core/config/calendarSchema';
import type { Named } from '../../core/vocabulary';
import { useText } from '../i18n';
import { BoundText, listFormat, listParse, numberFormat, numberParse, optionalParse, useDraft } from './draft';
import { Section } from './Section';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
  day: { display: 'grid', gridTemplateColumns: '8rem 1fr', alignItems: 'start', gap: tokens.spacingHorizontalM, paddingBottom: tokens.spacingVerticalS },
  holidays: { columns: '18rem', margin: 0, paddingLeft: '1.25rem' },
});

const WEEKDAY_NAMES: Record<WeekdayKey, Named> = {
  mon: { sv: 'Måndag', en: 'Monday' },
  tue: { sv: 'Tisdag', en: 'Tuesday' },
  wed: { sv: 'Onsdag', en: 'Wednesday' },
  thu: { sv: 'Torsdag', en: 'Thursday' },
  fri: { sv: 'Fredag', en: 'Friday' },
  sat: { sv: 'Lördag', en: 'Saturday' },
  sun: { sv: 'Söndag', en: 'Sunday' },
};

/** A time as Swedes write it (08.00, 8.00, 8:00) in the file's form (08:00); anything else is kept so validation names it. */
const clockTime = (text: string): string => {
  const m = /^(\d{1,2})[.:](\d{2})$/.exec(text.trim());
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : text.trim();
};

/** "08:00–12:00, 13.00–16.00" ↔ intervals; a part that is not two times is kept so validation names it. */
export const intervalsParse = (text: string): OpeningInterval[] =>
  listParse(text).map((part) => {
    const [from = '', to = ''] = part.split(/\s*[–-]\s*/);
    return { from: clockTime(from), to: clockTime(to) };
  });
export const intervalsFormat = (v: unknown): string => (Array.isArray(v) ? (v as OpeningInterval[]).map((i) => `${i.from}–${i.to}`).join(', ') : '');

/** Opening hours per weekday, dated exceptions, local closed days, with the year's Swedish holidays shown. */
export function CalendarSection({ today }: { today: Temporal.PlainDate }): ReactNode {
  const t = useText();
  const styles = useStyles();
  const { draft, set } = useDraft();
  const [year, setYear] = useState(today.year);
  const exceptions = draft.calendar?.exceptions ?? [];
  const holidays = swedishHolidays(year);
  const closedThisYear = (draft.calendar?.closedDays ?? []).filter((d) => typeof d === 'string' && d.startsWith(`${year}-`));
  return (
    <>
      <Section title={{ sv: 'Öppettider', en: 'Opening hours' }} testId="section-opening-hours">
        <p style={{ margin: 0 }}>{t({ sv: 'Skriv tiderna som 08.00–16.00 eller 08:00-16:00 (bindestreck eller tankstreck); flera med komma. Tomt = stängt. Hela stängda dagar (klämdagar) skrivs under Lokala stängda dagar.', en: 'Write times as 08:00-16:00 or 08.00–16.00 (hyphen or dash); several with commas. Empty = closed. Whole closed days (bridge days) go under Local closed days.' })}</p>
        {WEEKDAY_KEYS.map((day) => (
          <BoundText key={day} path={['calendar', 'openingHours', day]} label={WEEKDAY_NAMES[day]} parse={intervalsParse} format={intervalsFormat} testId={`hours-${day}`} />
        ))}
        <BoundText
          path={['calendar', 'workingDayHours']}
          label={{ sv: 'Öppettimmar som räknas som en arbetsdag', en: 'Opening hours that count as one working day' }}
          hint={{
            sv: 'Används när en svarstid anges i arbetsdagar: med 8 är ”två arbetsdagar” 16 timmar öppettid. Är en dag kortare än så räcker den inte till en hel arbetsdag, och svarstiden slutar senare; är den längre slutar svarstiden tidigare.',
            en: 'Used when a deadline is given in working days: with 8, “two working days” is 16 hours of opening time. A shorter day is less than a full working day, so the deadline ends later; a longer day makes it end earlier.',
          }}
          parse={numberParse}
          format={numberFormat}
          type="number"
        />
      </Section>
      <Section
        title={{ sv: 'Dagar med andra öppettider', en: 'Days with other opening hours' }}
        testId="section-exceptions"
        actions={
          <Button onClick={() => set(['calendar', 'exceptions'], [...exceptions, { date: today.toString(), hours: [] }])} data-testid="add-exception">
            {t({ sv: 'Lägg till dag', en: 'Add day' })}
          </Button>
        }
      >
        {/* reader round 36, B1: a short day not entered gives reports of concern a closing time that has passed */}
        <Text block>
          {t({
            sv: 'Stänger ni tidigare vissa dagar, till exempel dagen före en helgdag (trettondagsafton, skärtorsdagen, valborgsmässoafton, dagen före Kristi himmelsfärd, allhelgonaafton), lägg in varje sådan dag här med sina öppettider: annars räknar Svarstid svarstider och ”den sista timmen före stängning” som om ni hade öppet hela dagen.',
            en: "If you close earlier on some days, for example the day before a holiday (Twelfth Night, Maundy Thursday, Walpurgis Night, the day before Ascension Day, All Saints' Eve), add each such day here with its opening hours: otherwise Svarstid counts deadlines and \"the last hour before closing\" as if you were open all day.",
          })}
        </Text>
        {exceptions.length === 0 && <Text>{t({ sv: 'Inga avvikande dagar.', en: 'No exceptions.' })}</Text>}
        {exceptions.map((_, i) => (
          <div key={i} className={styles.row} role="group" aria-label={t({ sv: `Avvikande dag ${i + 1}`, en: `Exception ${i + 1}` })}>
            <BoundText path={['calendar', 'exceptions', i, 'date']} label={{ sv: 'Datum', en: 'Date' }} placeholder="2027-12-23" />
            <BoundText path={['calendar', 'exceptions', i, 'hours']} label={{ sv: 'Öppet (tomt = stängt)', en: 'Open (empty = closed)' }} parse={intervalsParse} format={intervalsFormat} />
            <BoundText path={['calendar', 'exceptions', i, 'note']} label={{ sv: 'Anteckning', en: 'Note' }} parse={optionalParse} />
            <Button appearance="subtle" onClick={() => set(['calendar', 'exceptions'], exceptions.filter((__, j) => j !== i))}>
              {t({ sv: 'Ta bort', en: 'Remove' })}
            </Button>
          </div>
        ))}
      </Section>
      <Section title={{ sv: 'Stängda dagar och helgdagar', en: 'Closed days and holidays' }} testId="section-closed-days">
        <BoundText
          path={['calendar', 'closedDays']}
          label={{ sv: 'Lokala stängda dagar (klämdagar, personaldagar)', en: 'Local closed days (bridge days, staff days)' }}
          hint={{ sv: 'Datum som ÅÅÅÅ-MM-DD, kommaseparerade. Helgdagarna nedan är redan med.', en: 'Dates as YYYY-MM-DD, comma-separated. The holidays below are already included.' }}
          parse={listParse}
          format={listFormat}
          multiline
          testId="field-closed-days"
        />
        <Field label={t({ sv: 'Visa år', en: 'Show year' })}>
          <Select value={String(year)} onChange={(_, d) => setYear(Number(d.value))} data-testid="holiday-year">
            {[today.year - 1, today.year, today.year + 1, today.year + 2].map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        <Text as="h3" weight="semibold" size={400} style={{ margin: 0 }}>
          {t({ sv: `Inbyggda svenska helgdagar ${year} (finns redan med och behöver inte läggas till; dagar före dem med kortare öppettid lägger ni in ovan)`, en: `Built-in Swedish holidays ${year} (already included; no need to add them; add the days before them with shorter hours above)` })}
        </Text>
        <ul className={styles.holidays} data-testid="holidays" data-count={holidays.length}>
          {holidays.map((h) => (
            <li key={h.id}>
              {h.date.toString()} {h.name}
            </li>
          ))}
        </ul>
        <Text>
          {t({
            sv: closedThisYear.length === 0 ? `Inga lokala stängda dagar ${year}.` : `Lokala stängda dagar ${year}: ${closedThisYear.join(', ')}.`,
            en: closedThisYear.length === 0 ? `No local closed days in ${year}.` : `Local closed days in ${year}: ${closedThisYear.join(', ')}.`,
          })}
        </Text>
      </Section>
    </>
  );
}
