import { Button, Checkbox, Field, Select, Switch, makeStyles, tokens, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { deadlineExamples } from '../../core/admin/deadlineExamples';
import { DEADLINE_UNITS, type DeadlineRule, type DeadlineUnit, type Duration } from '../../core/config/policySchema';
import { CHANNEL_NAMES, CHANNELS, KIND_NAMES, KINDS, type Named } from '../../core/vocabulary';
import { useText } from '../i18n';
import { BoundText, getAt, numberFormat, numberParse, optionalParse, useDraft, type Path } from './draft';
import { Section } from './Section';

const useStyles = makeStyles({
  rule: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
  checks: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  examples: { margin: 0, paddingLeft: '1.25rem' },
});

export const UNIT_NAMES: Record<DeadlineUnit, Named> = {
  workingDays: { sv: 'arbetsdagar', en: 'working days' },
  businessHours: { sv: 'timmar i öppettid', en: 'hours of opening time' },
  endOfWorkingDay: { sv: 'till arbetsdagens slut (0 = samma dag, 1 = nästa arbetsdag)', en: 'to the end of the working day (0 = the same day, 1 = the next working day)' },
  calendarHours: { sv: 'kalendertimmar', en: 'calendar hours' },
  calendarDays: { sv: 'kalenderdagar', en: 'calendar days' },
};

function DurationEditor({ path, label, optional }: { path: Path; label: Named; optional?: boolean }): ReactNode {
  const t = useText();
  const { draft, set, problemsAt } = useDraft();
  const d = getAt(draft, path) as Duration | undefined;
  const unitProblems = problemsAt([...path, 'unit']);
  return (
    <div role="group" aria-label={t(label)} style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: '0.75rem' }}>
      {optional && (
        <Switch checked={d !== undefined} onChange={(_, c) => set(path, c.checked ? { unit: 'workingDays', amount: 5 } : undefined)} label={t(label)} />
      )}
      {d !== undefined && (
        <>
          <Field label={optional ? t({ sv: 'Enhet', en: 'Unit' }) : `${t(label)}: ${t({ sv: 'enhet', en: 'unit' })}`} validationState={unitProblems.length ? 'error' : 'none'} validationMessage={unitProblems.map((p) => t(p)).join(' · ') || undefined}>
            <Select value={d.unit} onChange={(_, v) => set([...path, 'unit'], v.value)}>
              {DEADLINE_UNITS.map((u) => (
                <option key={u} value={u}>
                  {t(UNIT_NAMES[u])}
                </option>
              ))}
            </Select>
          </Field>
          <BoundText path={[...path, 'amount']} label={{ sv: 'Antal', en: 'Number' }} parse={numberParse} format={numberFormat} type="number" testId={`amount-${path.join('-')}`} />
          {(d.unit === 'calendarHours' || d.unit === 'calendarDays' || d.extend !== undefined) && (
            <Checkbox
              checked={d.extend === true}
              onChange={(_, c) => set([...path, 'extend'], c.checked === true ? true : undefined)}
              label={t({
                sv: 'En svarstid som hamnar på en stängd dag flyttas till stängningstid nästa arbetsdag (gäller bara kalendertimmar och kalenderdagar)',
                en: 'A deadline that falls on a closed day moves to closing time on the next working day (only for calendar hours and calendar days)',
              })}
            />
          )}
        </>
      )}
    </div>
  );
}

function Examples({ rule, path, moments }: { rule: DeadlineRule | null; path: Path; moments: readonly string[] }): ReactNode {
  const t = useText();
  const styles = useStyles();
  const { draft, problemsUnder } = useDraft();
  const blocked = problemsUnder(path).length > 0 || problemsUnder(['calendar']).length > 0;
  if (blocked) return <Text>{t({ sv: 'Rätta felen ovan för att se exemplen.', en: 'Fix the problems above to see the examples.' })}</Text>;
  let lines: { sv: string; en: string }[];
  try {
    lines = deadlineExamples(draft, rule, moments);
  } catch {
    return <Text>{t({ sv: 'Exemplen kan inte räknas ut med de här värdena. Kontrollera öppettiderna och svarstiderna.', en: 'The examples cannot be computed with these values. Check the opening hours and the deadlines.' })}</Text>;
  }
  return (
    <ul className={styles.examples} data-testid="deadline-examples" aria-label={t({ sv: 'Exempel', en: 'Examples' })}>
      {lines.map((l, i) => (
        <li key={i}>{t(l)}</li>
      ))}
    </ul>
  );
}

/** Deadline rules per channel and kind in the five units, each with its result on three example moments. */
export function DeadlinesSection({ moments }: { moments: readonly string[] }): ReactNode {
  const t = useText();
  const styles = useStyles();
  const { draft, set } = useDraft();
  const rules: DeadlineRule[] = Array.isArray(draft.policy?.rules) ? draft.policy.rules : [];
  const add = () => {
    let n = rules.length + 1;
    while (rules.some((r) => r.id === `regel-${n}`)) n += 1;
    set(['policy', 'rules'], [...rules, { id: `regel-${n}`, channel: ['epost'], due: { unit: 'workingDays', amount: 2 } }]);
  };
  const toggle = (i: number, field: 'channel' | 'kind', value: string, on: boolean) => {
    const list = (rules[i]?.[field] ?? []) as string[];
    const next = on ? [...list, value] : list.filter((x) => x !== value);
    set(['policy', 'rules', i, field], next.length ? next : undefined);
  };
  return (
    <>
      <Section title={{ sv: 'Svarstider', en: 'Deadlines' }} testId="section-deadlines" actions={<Button onClick={add} data-testid="add-deadline-rule">{t({ sv: 'Lägg till regel', en: 'Add rule' })}</Button>}>
        <p style={{ margin: 0 }}>
          {t({
            sv: 'Varje regel gäller en kanal, en ärendetyp eller båda; anger du både kanal och ärendetyp gäller regeln bara när båda stämmer. Gäller flera regler ett meddelande vinner den tidigaste svarstiden, utom när en regel går före alla andra (som orosanmälan): då gäller bara den, och passar flera sådana regler gäller den tidigaste av dem (en orosanmälan får alltså aldrig en senare tid än sin egen regels). Exemplen räknas med utkastets kalender.',
            en: 'Each rule covers a channel, a case type or both; a rule that names both covers a message only when both match. When several rules cover a message, the earliest deadline wins, except when a rule goes before all others (like the report of concern): then only that one counts, and when several such rules fit, the earliest of them wins (so a report of concern never gets a later time than its own rule\'s). The examples use the draft\'s calendar.',
          })}
        </p>
        {rules.map((r, i) => (
          <div key={i} className={styles.rule} role="group" aria-label={t({ sv: `Svarstidsregel ${r.id}`, en: `Deadline rule ${r.id}` })} data-testid={`deadline-rule-${r.id}`}>
            <div className={styles.row}>
              <BoundText path={['policy', 'rules', i, 'id']} label={{ sv: 'Id', en: 'Id' }} />
              <BoundText path={['policy', 'rules', i, 'note']} label={{ sv: 'Anteckning', en: 'Note' }} parse={optionalParse} />
              <Button appearance="subtle" onClick={() => set(['policy', 'rules'], rules.filter((_, j) => j !== i))}>
                {t({ sv: 'Ta bort', en: 'Remove' })}
              </Button>
            </div>
            <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
              <legend>{t({ sv: 'Kanaler', en: 'Channels' })}</legend>
              <div className={styles.checks}>
                {CHANNELS.map((c) => (
                  <Checkbox key={c} checked={(r.channel ?? []).includes(c)} onChange={(_, d) => toggle(i, 'channel', c, d.checked === true)} label={t(CHANNEL_NAMES[c])} />
                ))}
              </div>
            </fieldset>
            <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
              <legend>{t({ sv: 'Ärendetyper', en: 'Case types' })}</legend>
              <div className={styles.checks}>
                {KINDS.map((k) => (
                  <Checkbox key={k} checked={(r.kind ?? []).includes(k)} onChange={(_, d) => toggle(i, 'kind', k, d.checked === true)} label={t(KIND_NAMES[k])} />
                ))}
              </div>
            </fieldset>
            <DurationEditor path={['policy', 'rules', i, 'due']} label={{ sv: 'Svarstid', en: 'Deadline' }} optional />
            <DurationEditor path={['policy', 'rules', i, 'target']} label={{ sv: 'Mål (tidigare än svarstiden)', en: 'Target (earlier than the deadline)' }} optional />
            <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
              <legend>{t({ sv: 'Hur regeln räknas', en: 'How the rule counts' })}</legend>
              <div className={styles.checks} style={{ flexDirection: 'column' }}>
                <Checkbox
                  checked={r.satisfiedBy === 'acknowledgement'}
                  onChange={(_, d) => set(['policy', 'rules', i, 'satisfiedBy'], d.checked === true ? 'acknowledgement' : undefined)}
                  label={t({
                    sv: 'Ett besked räcker: ett besked (ett meddelande som säger när det riktiga svaret kommer) räknas som besvarat i tid, om det skickas senast när svarstiden går ut',
                    en: 'A notice is enough: a reply that says when the real answer comes counts as answered in time if it is sent by the deadline',
                  })}
                  data-testid={`satisfied-by-${r.id}`}
                />
                <Checkbox
                  checked={r.override === true}
                  onChange={(_, d) => set(['policy', 'rules', i, 'override'], d.checked === true ? true : undefined)}
                  label={t({
                    sv: 'Går före alla andra regler: när regeln passar gäller bara den, även för en anonym kontakt (som orosanmälan)',
                    en: 'Goes before all other rules: when the rule fits, only it counts, for an anonymous contact too (like the report of concern)',
                  })}
                  data-testid={`override-${r.id}`}
                />
              </div>
            </fieldset>
            <Examples rule={r} path={['policy', 'rules', i]} moments={moments} />
          </div>
        ))}
      </Section>
      <Section title={{ sv: 'Svarstid när ingen regel passar', en: 'Deadline when no rule fits' }} testId="section-default-deadline">
        <p style={{ margin: 0 }}>{t({ sv: 'Gäller när ingen regel passar meddelandet.', en: 'Applies when no rule fits the message.' })}</p>
        <DurationEditor path={['policy', 'default', 'due']} label={{ sv: 'Svarstid', en: 'Deadline' }} />
        <Examples rule={null} path={['policy', 'default']} moments={moments} />
      </Section>
    </>
  );
}
