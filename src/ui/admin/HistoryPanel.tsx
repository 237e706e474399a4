import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { formatHumanDateTime } from '../../core/humanTime';
import { useLang, useText } from '../i18n';
import type { AuditItem } from './AdminView';
import { Section } from './Section';

const useStyles = makeStyles({
  entry: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalM, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  list: { margin: 0, paddingLeft: '1.25rem' },
});

/** The audit trail, newest first, each save with who, when, the note and what changed; any earlier revision can be restored. */
export function HistoryPanel({ entries, current, onRestore }: { entries: AuditItem[] | null; current: number; onRestore(revision: number): Promise<void> }): ReactNode {
  const t = useText();
  const lang = useLang();
  const styles = useStyles();
  const [asked, setAsked] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  if (entries === null) return <Spinner label={t({ sv: 'Läser historiken …', en: 'Reading the history …' })} />;
  const newestFirst = [...entries].reverse();
  return (
    <Section title={{ sv: 'Historik', en: 'History' }} testId="history">
      {newestFirst.length === 0 && <Text>{t({ sv: 'Inget är sparat än.', en: 'Nothing is stored yet.' })}</Text>}
      <ol className={styles.list} style={{ listStyle: 'none', padding: 0 }} data-count={entries.length}>
        {newestFirst.map((e) => (
          <li key={e.revision} className={styles.entry} data-testid={`history-${e.revision}`}>
            <Text weight="semibold">
              {t({ sv: `Revision ${e.revision}`, en: `Revision ${e.revision}` })} · {formatHumanDateTime(e.at, 'Europe/Stockholm', lang, { short: true })} · {e.by}
              {e.revision === current ? t({ sv: ' · senast sparad', en: ' · latest stored' }) : ''}
            </Text>
            {e.note && <Text>«{e.note}»</Text>}
            {e.restoredFrom !== undefined && <Text>{t({ sv: `Återställd från revision ${e.restoredFrom}.`, en: `Restored from revision ${e.restoredFrom}.` })}</Text>}
            <ul className={styles.list}>
              {e.changes.map((c, i) => (
                <li key={i}>{t(c)}</li>
              ))}
              {e.more ? <li>{t({ sv: `… och ${e.more} ${e.more === 1 ? 'ändring' : 'ändringar'} till`, en: `… and ${e.more} more ${e.more === 1 ? 'change' : 'changes'}` })}</li> : null}
            </ul>
            {e.revision !== current && (
              <div>
                <Button size="small" onClick={() => setAsked(e.revision)} data-testid={`restore-${e.revision}`}>
                  {t({ sv: `Återställ revision ${e.revision}`, en: `Restore revision ${e.revision}` })}
                </Button>
              </div>
            )}
          </li>
        ))}
      </ol>
      <Dialog open={asked !== null} onOpenChange={(_, d) => !d.open && setAsked(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t({ sv: `Återställa revision ${asked ?? ''}?`, en: `Restore revision ${asked ?? ''}?` })}</DialogTitle>
            <DialogContent>
              {t({
                sv: `Konfigurationen från revision ${asked ?? ''} sparas igen som en ny revision, med en rad i historiken. Allt som har ändrats efter den blir som det var då, också jourens nummer, administratörerna och det inlärda; det som sparades senare finns kvar i historiken och kan återställas. En Svarstid-tjänst som följer brevlådans konfiguration märker på nytt de öppna meddelanden som då får en annan förvaltning, ärendetyp eller svarstid; en orosanmälan och ett meddelande som en handläggare har ändrat i tillägget behåller sin märkning.`,
                en: `The configuration of revision ${asked ?? ''} is saved again as a new revision, with a line in the history. Everything changed after it becomes as it was then, the on-call number, the admins and what was learnt included; what was saved later stays in the history and can be restored. A Svarstid service that follows the mailbox's configuration relabels the open messages that then get another department, case type or deadline; a report of concern and a message an officer changed in the add-in keep their labels.`,
              })}
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                disabled={busy}
                data-testid="confirm-restore"
                onClick={async () => {
                  if (asked === null) return;
                  setBusy(true);
                  try {
                    await onRestore(asked);
                  } finally {
                    setBusy(false);
                    setAsked(null);
                  }
                }}
              >
                {t({ sv: 'Återställ', en: 'Restore' })}
              </Button>
              <Button onClick={() => setAsked(null)}>{t({ sv: 'Avbryt', en: 'Cancel' })}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </Section>
  );
}
