import { Button, Field, MessageBar, MessageBarBody, Select, Switch, makeStyles, tokens, Text } from '@fluentui/react-components';
import { useState, type DragEvent, type ReactNode } from 'react';
import { SIGNALS, TEXT_FIELDS, type Condition, type RoutingRule } from '../../core/config/triageSchema';
import { CHANNEL_NAMES, CHANNELS, KIND_NAMES, KINDS, type Named } from '../../core/vocabulary';
import { useText } from '../i18n';
import { BoundText, listFormat, listParse, numberFormat, numberParse, useDraft, type Path } from './draft';
import { Section } from './Section';
import { CONCERN_OFF_WARNING, concernRecognised, type ConcernSwitchInput } from '../../core/triage/concernSwitch';

const useStyles = makeStyles({
  rule: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  over: { outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
  handle: { cursor: 'grab' },
});

type Group = 'all' | 'any' | 'none';
const GROUP_NAMES: Record<Group, Named> = {
  all: { sv: 'Alla de här villkoren', en: 'All of these conditions' },
  any: { sv: 'Minst ett av de här villkoren', en: 'At least one of these conditions' },
  none: { sv: 'Inget av de här villkoren', en: 'None of these conditions' },
};

const CONDITION_FIELDS = [...TEXT_FIELDS, 'channel', 'kind', 'hasAttachments', 'words', 'signal'] as const;

/** Every condition field has a name: a field the core adds fails the type check here until it is named. */
const FIELD_NAMES: Record<(typeof CONDITION_FIELDS)[number], Named> = {
  subject: { sv: 'ämnesraden', en: 'the subject' },
  body: { sv: 'brödtexten', en: 'the body' },
  text: { sv: 'ämne och brödtext', en: 'subject and body' },
  quoted: { sv: 'citerad historik', en: 'quoted history' },
  signature: { sv: 'signaturen och det som följer efter hälsningen', en: 'the signature and what follows the greeting' },
  from: { sv: 'avsändarens adress', en: "the sender's address" },
  to: { sv: 'mottagarna', en: 'the recipients' },
  replyTo: { sv: 'svarsadressen', en: 'the reply-to address' },
  senderName: { sv: 'avsändarens namn', en: "the sender's name" },
  channel: { sv: 'kanalen', en: 'the channel' },
  kind: { sv: 'ärendetypen', en: 'the case type' },
  hasAttachments: { sv: 'bilagor', en: 'attachments' },
  words: { sv: 'antal ord', en: 'number of words' },
  signal: { sv: 'inbyggd igenkänning', en: 'built-in detection' },
};

/** What each built-in detection (`signal`) means, for the hint under its values. */
const SIGNAL_NAMES: Record<(typeof SIGNALS)[number], Named> = {
  lookalikeSender: { sv: 'avsändarens domän liknar kommunens men är en annan', en: "the sender's domain looks like the municipality's but is another" },
  noRecipients: { sv: 'meddelandet saknar mottagare (skickat som hemlig kopia)', en: 'the message has no recipient (sent as Bcc)' },
  emptyText: { sv: 'avsändaren skrev ingen text alls, inte ens en ämnesrad', en: 'the sender wrote no text at all, not even a subject' },
  unreadContent: { sv: 'en del av innehållet kunde inte läsas (bilder, bilagor utan text)', en: 'part of the content could not be read (images, attachments without text)' },
  concern: { sv: 'texten visar oro för ett barn eller en utsatt vuxen', en: 'the text shows concern about a child or a vulnerable adult' },
  partyMarker: { sv: 'en partibeteckning efter ett namn, t.ex. (S)', en: 'a party label after a name, e.g. (S)' },
  personalAddressee: { sv: 'skickat till en persons adress i kommunen, inte till funktionsbrevlådan', en: "sent to a person's address in the municipality, not to the shared mailbox" },
  question: { sv: 'den nyskrivna texten har ett frågetecken', en: 'the newly written text has a question mark' },
  pocketDial: { sv: 'röstmeddelandet är en fickringning: bara bakgrundsljud och prat med någon annan', en: 'the voicemail is a pocket dial: only background sounds and talk to someone else' },
  numberedRoad: { sv: 'texten nämner en numrerad väg (statlig väg, till exempel ”väg 1050”)', en: 'the text names a numbered road (a state road, e.g. ‘väg 1050’)' },
  onlyThanks: { sv: 'texten är bara ett tack eller en kvittens (”Tack så mycket! /Britt”), inget annat', en: 'the text is nothing but a thanks or an acknowledgement (‘Tack så mycket! /Britt’)' },
  subjectQuestion: { sv: 'ämnesraden har ett frågetecken', en: 'the subject line has a question mark' },
  englishText: { sv: 'den nyskrivna texten är på engelska', en: 'the newly written text is in English' },
  opensWithAbsence: { sv: 'texten är ett frånvarobesked och inget annat (”Jag är ledig till och med … Kontakta …”)', en: 'the text is an absence reply and nothing else (‘I am out of the office until … Please contact …’)' },
  meetingResponseMatter: { sv: 'ett mötessvar där den inbjudna själv skriver om ett ärende (”Jag kommer. Gatlampan utanför Bäckvägen 4 har varit släckt i tre veckor”)', en: 'a meeting response in which the invitee writes of a matter (‘I will be there. The streetlight on Parkgatan has been out for a month’)' },
};

const OP_NAMES: Record<string, Named> = {
  any: { sv: 'innehåller något av orden', en: 'contains any of the words' },
  all: { sv: 'innehåller alla orden', en: 'contains all the words' },
  startsWith: { sv: 'börjar med', en: 'starts with' },
  in: { sv: 'är något av', en: 'is one of' },
  equals: { sv: 'finns', en: 'present' },
  atMost: { sv: 'är högst', en: 'is at most' },
};

function opOf(c: Condition): string {
  return ['any', 'all', 'startsWith', 'in', 'equals', 'atMost'].find((k) => k in c) ?? 'any';
}

function freshCondition(field: string): Condition {
  if (field === 'channel') return { field, in: ['epost'] };
  if (field === 'kind') return { field, in: ['fraga'] };
  if (field === 'signal') return { field, in: ['lookalikeSender'] };
  if (field === 'hasAttachments') return { field, equals: true };
  if (field === 'words') return { field, atMost: 20 };
  return { field: field as (typeof TEXT_FIELDS)[number], any: [] };
}

function ConditionRow({ path, condition, onRemove }: { path: Path; condition: Condition; onRemove: () => void }): ReactNode {
  const t = useText();
  const styles = useStyles();
  const { set } = useDraft();
  const op = opOf(condition);
  const textField = (TEXT_FIELDS as readonly string[]).includes(condition.field);
  const values = condition.field === 'channel' ? CHANNELS : condition.field === 'kind' ? KINDS : condition.field === 'signal' ? SIGNALS : null;
  return (
    <div className={styles.row} role="group" aria-label={t({ sv: 'Villkor', en: 'Condition' })}>
      <Field label={t({ sv: 'Var', en: 'Where' })}>
        <Select value={condition.field} onChange={(_, d) => set(path, freshCondition(d.value))}>
          {CONDITION_FIELDS.map((f) => (
            <option key={f} value={f}>
              {t(FIELD_NAMES[f])}
            </option>
          ))}
        </Select>
      </Field>
      {textField && (
        <Field label={t({ sv: 'Hur', en: 'How' })}>
          <Select
            value={op}
            onChange={(_, d) => {
              const list = (condition as Record<string, unknown>)[op];
              set(path, { field: condition.field, [d.value]: Array.isArray(list) ? list : [] });
            }}
          >
            {['any', 'all', 'startsWith'].map((o) => (
              <option key={o} value={o}>
                {t(OP_NAMES[o]!)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {(textField || values) && (
        <BoundText
          path={[...path, op]}
          label={values ? { sv: `Värden (${values.join(', ')})`, en: `Values (${values.join(', ')})` } : { sv: 'Ord (kommaseparerade)', en: 'Words (comma-separated)' }}
          parse={listParse}
          format={listFormat}
          hint={
            condition.field === 'signal'
              ? {
                  sv: SIGNALS.map((v) => `${v}: ${SIGNAL_NAMES[v].sv}`).join('; ') + '.',
                  en: SIGNALS.map((v) => `${v}: ${SIGNAL_NAMES[v].en}`).join('; ') + '.',
                }
              : undefined
          }
        />
      )}
      {condition.field === 'hasAttachments' && (
        <Switch checked={'equals' in condition && condition.equals} onChange={(_, d) => set([...path, 'equals'], d.checked)} label={t({ sv: 'Har bilagor', en: 'Has attachments' })} />
      )}
      {condition.field === 'words' && <BoundText path={[...path, 'atMost']} label={{ sv: 'Högst antal ord', en: 'Maximum number of words' }} parse={numberParse} format={numberFormat} type="number" />}
      <Button appearance="subtle" onClick={onRemove}>
        {t({ sv: 'Ta bort villkoret', en: 'Remove condition' })}
      </Button>
    </div>
  );
}

/** What a rule does, in one line: `avgör direkt → Tekniska förvaltningen, felanmälan` / `vikt 0,6 → inget ärende`. */
function ruleSummary(rule: RoutingRule, departments: readonly { id: string; name: string }[], t: (n: Named) => string): string {
  const then = rule.then ?? {};
  const parts = [
    then.department ? (departments.find((d) => d.id === then.department)?.name ?? then.department) : null,
    then.kind ? t(KIND_NAMES[then.kind]).toLowerCase() : null,
    then.priority ? t({ sv: `prioritet ${then.priority}`, en: `priority ${then.priority}` }) : null,
    then.categories?.length ? then.categories.join(', ') : null,
  ].filter((x): x is string => x !== null);
  const how = rule.weight === undefined ? t({ sv: 'avgör direkt', en: 'decisive' }) : t({ sv: `vikt ${String(rule.weight).replace('.', ',')}`, en: `weight ${rule.weight}` });
  return `${how} → ${parts.join(', ') || '—'}`;
}

function RuleEditor({ rule, index, count, onMove, dragging, open, onToggle, onRemove }: { rule: RoutingRule; index: number; count: number; onMove: (from: number, to: number) => void; dragging: { from: number | null; setFrom(i: number | null): void }; open: boolean; onToggle(): void; onRemove(): void }): ReactNode {
  const t = useText();
  const styles = useStyles();
  const { draft, set, problemsAt } = useDraft();
  const [over, setOver] = useState(false);
  const path: Path = ['triage', 'rules', index];
  const departments = Array.isArray(draft.departments) ? draft.departments : [];
  const then = rule.then ?? {};
  const when = rule.when ?? {};
  const thenProblems = problemsAt([...path, 'then']);
  const whenProblems = problemsAt([...path, 'when']);
  const ruleProblems = useDraft().problemsUnder(path);
  const name = rule.name || rule.id;
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (dragging.from !== null && dragging.from !== index) onMove(dragging.from, index);
    dragging.setFrom(null);
  };
  return (
    <li
      className={`${styles.rule} ${over ? styles.over : ''}`}
      data-testid={`routing-rule-${rule.id}`}
      aria-label={t({ sv: `Regel ${index + 1} av ${count}: ${name}`, en: `Rule ${index + 1} of ${count}: ${name}` })}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <div className={styles.row}>
        <span
          className={styles.handle}
          draggable
          onDragStart={(e) => {
            e.dataTransfer.setData('text/plain', rule.id);
            dragging.setFrom(index);
          }}
          onDragEnd={() => dragging.setFrom(null)}
          data-testid={`drag-${rule.id}`}
          aria-hidden="true"
          title={t({ sv: 'Dra för att flytta', en: 'Drag to move' })}
        >
          ⠿ {index + 1}.
        </span>
        <Text weight="semibold">{name}</Text>
        <Text size={200}>({rule.id})</Text>
        <Text size={200}>{ruleSummary(rule, departments, t)}</Text>
        {ruleProblems.length > 0 && !open && <Text style={{ color: tokens.colorPaletteRedForeground1 }}>{t({ sv: `${ruleProblems.length} fel`, en: `${ruleProblems.length} ${ruleProblems.length === 1 ? 'problem' : 'problems'}` })}</Text>}
        <Button size="small" appearance="secondary" aria-expanded={open} onClick={onToggle} data-testid={`edit-${rule.id}`} aria-label={t(open ? { sv: `Stäng ${name}`, en: `Close ${name}` } : { sv: `Ändra ${name}`, en: `Edit ${name}` })}>
          {t(open ? { sv: 'Stäng', en: 'Close' } : { sv: 'Ändra', en: 'Edit' })}
        </Button>
        <Switch checked={rule.enabled !== false} onChange={(_, d) => set([...path, 'enabled'], d.checked)} label={t({ sv: 'På', en: 'On' })} />
        <Button size="small" disabled={index === 0} onClick={() => onMove(index, index - 1)} data-move={`${rule.id}-up`} aria-label={t({ sv: `Flytta ${name} upp`, en: `Move ${name} up` })}>
          {t({ sv: 'Upp', en: 'Up' })}
        </Button>
        <Button size="small" disabled={index === count - 1} onClick={() => onMove(index, index + 1)} data-move={`${rule.id}-down`} aria-label={t({ sv: `Flytta ${name} ned`, en: `Move ${name} down` })}>
          {t({ sv: 'Ned', en: 'Down' })}
        </Button>
        <Button size="small" appearance="subtle" onClick={onRemove} aria-label={t({ sv: `Ta bort ${name}`, en: `Remove ${name}` })}>
          {t({ sv: 'Ta bort', en: 'Remove' })}
        </Button>
      </div>
      {open && (
        <div className={styles.row}>
          <BoundText path={[...path, 'name']} label={{ sv: 'Namn', en: 'Name' }} testId={`rule-name-${rule.id}`} />
          <BoundText path={[...path, 'id']} label={{ sv: 'Id', en: 'Id' }} />
          <BoundText path={[...path, 'weight']} label={{ sv: 'Vikt (tomt = avgör direkt)', en: 'Weight (empty = decisive)' }} parse={numberParse} format={numberFormat} type="number" />
        </div>
      )}
      {open && whenProblems.length > 0 && <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>{whenProblems.map((p) => t(p)).join(' · ')}</Text>}
      {open && (['all', 'any', 'none'] as const).map((g) => {
        const list = when[g] ?? [];
        return (
          <fieldset key={g} style={{ border: 'none', padding: 0, margin: 0 }}>
            <legend>{t(GROUP_NAMES[g])}</legend>
            {list.map((c, ci) => (
              <ConditionRow
                key={ci}
                path={[...path, 'when', g, ci]}
                condition={c}
                onRemove={() => {
                  const next = list.filter((_, j) => j !== ci);
                  set([...path, 'when', g], next.length ? next : undefined);
                }}
              />
            ))}
            <Button size="small" appearance="secondary" onClick={() => set([...path, 'when', g], [...list, freshCondition('text')])}>
              {t({ sv: 'Lägg till villkor', en: 'Add condition' })}
            </Button>
          </fieldset>
        );
      })}
      {open && (<div className={styles.row}>
        <Field label={t({ sv: 'Då: förvaltning', en: 'Then: department' })} validationState={thenProblems.length ? 'error' : 'none'} validationMessage={thenProblems.map((p) => t(p)).join(' · ') || undefined}>
          <Select value={then.department ?? ''} onChange={(_, d) => set([...path, 'then', 'department'], d.value || undefined)} data-testid={`rule-department-${rule.id}`}>
            <option value="">{t({ sv: '(ingen)', en: '(none)' })}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name || d.id}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t({ sv: 'Då: ärendetyp', en: 'Then: case type' })}>
          <Select value={then.kind ?? ''} onChange={(_, d) => set([...path, 'then', 'kind'], d.value || undefined)}>
            <option value="">{t({ sv: '(ingen)', en: '(none)' })}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(KIND_NAMES[k])}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={t({ sv: 'Då: prioritet (används inte än)', en: 'Then: priority (not used yet)' })}
          hint={t({
            sv: 'Sparas i konfigurationen men används inte av Svarstid i dag: den ändrar varken svarstiden, kön eller märkningen.',
            en: 'Stored in the configuration but not used by Svarstid today: it changes neither the deadline, the queue nor Svarstid\'s label.',
          })}
        >
          <Select value={then.priority ?? ''} onChange={(_, d) => set([...path, 'then', 'priority'], d.value || undefined)}>
            <option value="">{t({ sv: '(ingen)', en: '(none)' })}</option>
            <option value="low">{t({ sv: 'låg', en: 'low' })}</option>
            <option value="normal">{t({ sv: 'normal', en: 'normal' })}</option>
            <option value="high">{t({ sv: 'hög', en: 'high' })}</option>
          </Select>
        </Field>
        <BoundText path={[...path, 'then', 'categories']} label={{ sv: 'Då: kategorier', en: 'Then: categories' }} parse={(s) => (listParse(s).length ? listParse(s) : undefined)} format={listFormat} />
      </div>)}
    </li>
  );
}

/** Channel markers and the ordered routing rules (reordered by the Up/Down buttons or by drag). */
export function RulesSection(): ReactNode {
  const t = useText();
  const { draft, set } = useDraft();
  const [from, setFrom] = useState<number | null>(null);
  const [announce, setAnnounce] = useState('');
  // Open editors by position (an id being edited must not close its editor); moves and removals carry them along.
  const [opened, setOpened] = useState<ReadonlySet<number>>(new Set());
  const toggle = (i: number) => setOpened((o) => (o.has(i) ? new Set([...o].filter((x) => x !== i)) : new Set([...o, i])));
  const remap = (f: (i: number) => number | null) => setOpened((o) => new Set([...o].map(f).filter((x): x is number => x !== null)));
  const rules: RoutingRule[] = Array.isArray(draft.triage?.rules) ? draft.triage.rules : [];
  const move = (a: number, b: number) => {
    if (b < 0 || b >= rules.length || a === b) return;
    const next = [...rules];
    const [moved] = next.splice(a, 1);
    next.splice(b, 0, moved!);
    set(['triage', 'rules'], next);
    remap((i) => (i === a ? b : a < b && i > a && i <= b ? i - 1 : b < a && i >= b && i < a ? i + 1 : i));
    setAnnounce(t({ sv: `${moved!.name || moved!.id} är nu regel ${b + 1} av ${rules.length}.`, en: `${moved!.name || moved!.id} is now rule ${b + 1} of ${rules.length}.` }));
    // Keyboard users keep their place: focus follows the moved rule's button.
    requestAnimationFrame(() => {
      const dir = b < a ? 'up' : 'down';
      const target = document.querySelector<HTMLButtonElement>(`[data-move="${moved!.id}-${dir}"]:not([disabled])`) ?? document.querySelector<HTMLButtonElement>(`[data-move^="${moved!.id}-"]:not([disabled])`);
      target?.focus();
    });
  };
  const add = () => {
    let n = rules.length + 1;
    while (rules.some((r) => r.id === `lokal.regel-${n}`)) n += 1;
    setOpened((o) => new Set([...o, rules.length]));
    set(['triage', 'rules'], [...rules, { id: `lokal.regel-${n}`, name: t({ sv: 'Ny regel', en: 'New rule' }), enabled: true, when: { any: [{ field: 'text', any: [] }] }, then: {} }]);
  };
  return (
    <>
      <Section title={{ sv: 'Sorteringsregler', en: 'Routing rules' }} testId="section-routing-rules" actions={<Button onClick={add} data-testid="add-routing-rule">{t({ sv: 'Lägg till regel', en: 'Add rule' })}</Button>}>
        <p style={{ margin: 0 }}>
          {t({
            sv: 'Regler utan vikt prövas i ordning och den första som passar avgör. Regler med vikt räknas ihop: den ärendetyp och förvaltning som får störst sammanlagd vikt gäller. De inbyggda reglerna används efter dessa. En orosanmälan som Svarstid har känt igen blir aldrig en annan ärendetyp genom en egen regel, utom genom en regel som själv har villkoret ”texten visar oro för ett barn eller en utsatt vuxen”.',
            en: 'Rules without a weight are tried in order and the first that fits decides. Rules with a weight are added up: the case type and department with the greatest total weight apply. The built-in rules come after these. A report of concern that Svarstid has recognised never becomes another case type through a rule of your own, except one that itself has the condition “the text shows concern about a child or a vulnerable adult”.',
          })}
        </p>
        <div aria-live="polite" data-testid="move-announcement" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
          {announce}
        </div>
        {rules.length === 0 && <Text>{t({ sv: 'Inga egna regler: bara de inbyggda används.', en: 'No rules of your own: only the built-in ones are used.' })}</Text>}
        <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '0.75rem' }} data-testid="routing-rules">
          {rules.map((r, i) => (
            <RuleEditor key={i} rule={r} index={i} count={rules.length} onMove={move} dragging={{ from, setFrom }} open={opened.has(i)} onToggle={() => toggle(i)} onRemove={() => {
              set(['triage', 'rules'], rules.filter((_, j) => j !== i));
              remap((k) => (k === i ? null : k > i ? k - 1 : k));
            }} />
          ))}
        </ol>
        <Switch checked={draft.triage?.builtinClassifier !== false} onChange={(_, d) => set(['triage', 'builtinClassifier'], d.checked)} label={t({ sv: 'Använd de inbyggda reglerna', en: 'Use the built-in rules' })} />
        <Text size={200}>
          {t({
            sv: 'Stängs de av slutar Svarstid också att känna igen orosanmälningar (oro för ett barn eller en utsatt vuxen, regeln oro.konkret), och autosvar, nätfiske och bedrägeriförsök blir ärenden med svarstid. Stäng hellre av enstaka regler här nedan.',
            en: 'If you switch them off, Svarstid also stops recognising reports of concern (concern for a child or a vulnerable adult, the rule oro.konkret), and auto-replies, phishing and fraud attempts become cases with a deadline. Switch off single rules below instead.',
          })}
        </Text>
        <BoundText path={['triage', 'disabledBuiltinRules']} label={{ sv: 'Avstängda inbyggda regler (id, kommaseparerade)', en: 'Built-in rules switched off (ids, comma-separated)' }} hint={{ sv: 'Skriv inte oro.konkret här: då känner Svarstid inte längre igen orosanmälningar alls (varken på orden eller med modellen), om ni inte har en egen regel som ger orosanmälan. Får ni felträffar, rätta ärendetypen i tillägget i stället.', en: 'Do not enter oro.konkret here: Svarstid would then no longer recognise reports of concern at all (neither by the words nor by the model), unless you have a rule of your own that gives a report of concern. If you get false matches, correct the kind in the add-in instead.' }} parse={listParse} format={listFormat} testId="field-disabled-builtin-rules" />
        {!concernRecognised((draft.triage ?? {}) as ConcernSwitchInput) && (
          <MessageBar intent="error" layout="multiline" data-testid="concern-off">
            <MessageBarBody>{t(CONCERN_OFF_WARNING)}</MessageBarBody>
          </MessageBar>
        )}
      </Section>
      <Section title={{ sv: 'Hur kanalen känns igen', en: 'How the channel is recognised' }} testId="section-channel-markers">
        {(['telefon', 'sms', 'post', 'webb'] as const).map((c) => (
          <div key={c} role="group" aria-label={t(CHANNEL_NAMES[c])} style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))', gap: '0.75rem' }}>
            <BoundText path={['triage', 'channelMarkers', c, 'subjectPrefixes']} label={{ sv: `${CHANNEL_NAMES[c].sv}: ämnet börjar med`, en: `${CHANNEL_NAMES[c].en}: subject starts with` }} parse={listParse} format={listFormat} />
            <BoundText path={['triage', 'channelMarkers', c, 'senderLocalParts']} label={{ sv: `${CHANNEL_NAMES[c].sv}: avsändaradressen börjar med`, en: `${CHANNEL_NAMES[c].en}: sender address starts with` }} parse={listParse} format={listFormat} />
          </div>
        ))}
      </Section>
    </>
  );
}

