import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { previewSummary, type PreviewChange, type PreviewField, type PreviewResult } from '../../core/admin/preview';
import type { ConfigChange } from '../../core/config/diff';
import type { Department } from '../../core/config/departmentSchema';
import type { ConfigProblem } from '../../core/config/validate';
import { formatHumanDateTime } from '../../core/humanTime';
import { CHANNEL_NAMES, KIND_NAMES, type Channel, type Kind } from '../../core/vocabulary';
import { useLang, useText } from '../i18n';
import { ProblemList } from './draft';
import { Section } from './Section';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '1.25rem' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
  scroll: { maxHeight: '28rem', overflowY: 'auto' },
});

const FIELD_NAMES: Record<PreviewField, { sv: string; en: string }> = {
  department: { sv: 'förvaltning', en: 'department' },
  kind: { sv: 'ärendetyp', en: 'case type' },
  channel: { sv: 'kanal', en: 'channel' },
  due: { sv: 'svarstid', en: 'deadline' },
};

export interface PreviewPanelProps {
  problems: readonly ConfigProblem[];
  /** What changes in the configuration (the audit trail's words). */
  changes: readonly ConfigChange[];
  preview: PreviewResult | null;
  previewMs: number | null;
  /** The preview was run on the draft as it is now. */
  fresh: boolean;
  running: boolean;
  error: string | null;
  departments: readonly Department[];
  timeZone: string;
  onPreview(): void;
  onSave(note: string): Promise<void>;
}

/** Preview before save: what changes in the configuration and for the recent messages; then save with a note. */
export function PreviewPanel(props: PreviewPanelProps): ReactNode {
  const t = useText();
  const lang = useLang();
  const styles = useStyles();
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const valid = props.problems.length === 0;
  const deptName = (id: string) => props.departments.find((d) => d.id === id)?.name ?? id;
  const value = (c: PreviewChange['before'], f: PreviewField): string => {
    if (f === 'department') return deptName(c.department);
    if (f === 'kind') return KIND_NAMES[c.kind as Kind][lang];
    if (f === 'channel') return CHANNEL_NAMES[c.channel as Channel][lang];
    return c.due ? formatHumanDateTime(c.due, props.timeZone, lang, { short: true }) : t({ sv: 'ingen', en: 'none' });
  };
  const canSave = valid && props.fresh && props.changes.length > 0 && !saving;
  const p = props.preview;
  return (
    <>
      <Section title={{ sv: 'Det här ändras i konfigurationen', en: 'What changes in the configuration' }} testId="config-changes">
        <ProblemList problems={props.problems} testId="problem-list" />
        {valid && props.changes.length === 0 && <Text>{t({ sv: 'Utkastet är detsamma som den sparade konfigurationen.', en: 'The draft is the same as the stored configuration.' })}</Text>}
        {props.changes.length > 0 && (
          <ul className={styles.list} data-count={props.changes.length}>
            {props.changes.map((c, i) => (
              <li key={i}>{t(c)}</li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={{ sv: 'Förhandsgranskning på de senaste meddelandena', en: 'Preview on the latest messages' }} testId="preview">
        <div className={styles.row}>
          <Button appearance={props.fresh ? 'secondary' : 'primary'} onClick={props.onPreview} disabled={!valid || props.running} data-testid="run-preview">
            {t({ sv: 'Förhandsgranska', en: 'Preview' })}
          </Button>
          {props.running && <Spinner size="tiny" label={t({ sv: 'Kör utkastet över meddelandena …', en: 'Running the draft over the messages …' })} />}
          {p && !props.fresh && !props.running && <Text>{t({ sv: 'Utkastet har ändrats sedan förhandsgranskningen: kör den igen.', en: 'The draft changed since the preview: run it again.' })}</Text>}
        </div>
        {props.error && (
          <MessageBar intent="error">
            <MessageBarBody>{t({ sv: `Förhandsgranskningen misslyckades. Ändringarna finns kvar: försök igen om en stund, och kontakta IT om felet kvarstår (teknisk information, ofta på engelska: ${props.error}).`, en: `The preview failed. Your changes are still here: try again in a while, and contact IT if it persists (technical details: ${props.error}).` })}</MessageBarBody>
          </MessageBar>
        )}
        {p && (
          <>
            <Text as="p" weight="semibold" data-testid="preview-summary" data-changed={p.changes.length} data-total={p.total} style={{ margin: 0 }}>
              {t(previewSummary(p))}
            </Text>
            {props.previewMs !== null && (
              <Text size={200}>
                {t({ sv: `Beräknat på ${Math.round(props.previewMs)} ms${p.deadlinesOnly ? ' (bara svarstiderna behövde räknas om)' : ''}.`, en: `Computed in ${Math.round(props.previewMs)} ms${p.deadlinesOnly ? ' (only the deadlines needed computing again)' : ''}.` })}
              </Text>
            )}
            {p.changes.length > 0 && (
              <div className={styles.scroll} tabIndex={0} role="region" aria-label={t({ sv: 'Meddelanden som ändras', en: 'Messages that change' })}>
                <Table size="small" data-testid="preview-changes" aria-label={t({ sv: 'Meddelanden som ändras', en: 'Messages that change' })}>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>{t({ sv: 'Ämne', en: 'Subject' })}</TableHeaderCell>
                      <TableHeaderCell>{t({ sv: 'Mottaget', en: 'Received' })}</TableHeaderCell>
                      <TableHeaderCell>{t({ sv: 'Ändras', en: 'Changes' })}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {p.changes.map((c) => (
                      <TableRow key={c.id} data-message-id={c.id}>
                        <TableCell>{c.subject || t({ sv: '(inget ämne)', en: '(no subject)' })}</TableCell>
                        <TableCell>{formatHumanDateTime(c.received, props.timeZone, lang, { short: true })}</TableCell>
                        <TableCell>
                          {c.changed.map((f) => (
                            <div key={f}>
                              {t(FIELD_NAMES[f])}: {value(c.before, f)} → {value(c.after, f)}
                            </div>
                          ))}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            )}
            <Text as="h3" weight="semibold" size={400} style={{ margin: 0 }}>
              {t({ sv: 'Träffar per regel', en: 'Hits per rule' })}
            </Text>
            <div className={styles.scroll} tabIndex={0} role="region" aria-label={t({ sv: 'Träffar per regel', en: 'Hits per rule' })}>
              <Table size="small" data-testid="rule-hits" aria-label={t({ sv: 'Träffar per regel', en: 'Hits per rule' })}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t({ sv: 'Regel', en: 'Rule' })}</TableHeaderCell>
                    <TableHeaderCell>{t({ sv: 'Nu', en: 'Now' })}</TableHeaderCell>
                    <TableHeaderCell>{t({ sv: 'Med utkastet', en: 'With the draft' })}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {p.ruleHits.map((h) => (
                    <TableRow key={h.id} data-rule-id={h.id}>
                      <TableCell>
                        {h.name} <Text size={200}>({h.id})</Text>
                      </TableCell>
                      <TableCell>{h.before}</TableCell>
                      <TableCell data-testid="rule-hits-after">{h.after}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
            <Text as="h3" weight="semibold" size={400} style={{ margin: 0 }} data-testid="unmatched-heading" data-count={p.unmatched.length}>
              {t({ sv: `${p.unmatched.length} ${p.unmatched.length === 1 ? 'meddelande träffades' : 'meddelanden träffades'} inte av någon regel`, en: `${p.unmatched.length} ${p.unmatched.length === 1 ? 'message' : 'messages'} matched no rule` })}
            </Text>
            {p.unmatched.length > 0 && (
              <div className={styles.scroll} tabIndex={0} role="region" aria-label={t({ sv: 'Meddelanden utan regel', en: 'Messages without a rule' })}>
                <ul className={styles.list} data-testid="unmatched">
                  {p.unmatched.map((u) => (
                    <li key={u.id}>
                      {u.subject || t({ sv: '(inget ämne)', en: '(no subject)' })} — {deptName(u.department)}, {KIND_NAMES[u.kind][lang].toLowerCase()}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
      </Section>
      <Section title={{ sv: 'Spara', en: 'Save' }} testId="save">
        <div className={styles.row}>
          <Field label={t({ sv: 'Anteckning (varför ändringen görs)', en: 'Note (why the change is made)' })} style={{ flexGrow: 1 }}>
            <Input value={note} onChange={(_, d) => setNote(d.value)} maxLength={500} data-testid="save-note" />
          </Field>
          <Button
            appearance="primary"
            disabled={!canSave}
            data-testid="save-button"
            onClick={async () => {
              setSaving(true);
              try {
                await props.onSave(note);
              } finally {
                setSaving(false);
              }
            }}
          >
            {saving ? t({ sv: 'Sparar …', en: 'Saving …' }) : t({ sv: 'Spara', en: 'Save' })}
          </Button>
        </div>
        {!canSave && !saving && (
          <Text data-testid="save-hint">
            {!valid
              ? t({ sv: 'Rätta felen först.', en: 'Fix the problems first.' })
              : props.changes.length === 0
                ? t({ sv: 'Inget att spara.', en: 'Nothing to save.' })
                : t({ sv: 'Förhandsgranska utkastet innan du sparar.', en: 'Preview the draft before you save.' })}
          </Text>
        )}
      </Section>
    </>
  );
}
