import { Field, Input, makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useText } from '../i18n';
import { isStartView, type StartView } from './session';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalXL, maxWidth: '36rem' },
});

/** What the configurable tab's settings save (teams-js `pages.config`), passed in by the page. */
export interface TabConfigHost {
  /** Tells Teams whether Save may be pressed. */
  setValid(valid: boolean): void;
  /** Runs when the person presses Save: the page calls `pages.config.setConfig` with the tab's URL. */
  onSave(handler: () => Promise<void>): void;
}

export interface TabSettings {
  mailbox: string;
  view: StartView;
}

const MAILBOX = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * The configurable (team/channel) tab's settings page: which shared mailbox the tab shows and
 * the view it starts in. Save is allowed once the mailbox is an address.
 */
export function ConfigPage({ host, initial, save }: { host: TabConfigHost; initial: TabSettings; save: (settings: TabSettings) => Promise<void> }): ReactNode {
  const t = useText();
  const styles = useStyles();
  const [mailbox, setMailbox] = useState(initial.mailbox);
  const [view, setView] = useState<StartView>(initial.view);
  const current = useRef({ mailbox, view });
  current.current = { mailbox: mailbox.trim(), view };
  const valid = MAILBOX.test(mailbox.trim());

  useEffect(() => {
    host.onSave(() => save(current.current));
  }, [host, save]);
  useEffect(() => host.setValid(valid), [host, valid]);

  return (
    <main className={styles.root} data-testid="config-page">
      <Text as="h1" size={600} weight="semibold" style={{ margin: 0 }}>
        {t({ sv: 'Svarstid-fliken i den här Teams-kanalen', en: 'The Svarstid tab in this Teams channel' })}
      </Text>
      <Text as="p">
        {t({
          sv: 'Fliken visar läget i en funktionsbrevlåda för hela teamet: kön med det mest brådskande först (orosanmälningar, sedan efter svarstid), belastningen per förvaltning och servicenivån.',
          en: "The tab shows a shared mailbox to the whole team: the queue with the most urgent first (reports of concern, then by deadline), the load per department and the service level.",
        })}
      </Text>
      <Field
        label={t({ sv: 'Funktionsbrevlådans adress', en: "The shared mailbox's address" })}
        required
        validationState={mailbox === '' || valid ? 'none' : 'error'}
        validationMessage={mailbox === '' || valid ? undefined : t({ sv: 'Skriv funktionsbrevlådans adress, t.ex. kommun@exempelby.se.', en: 'Enter the shared mailbox\'s address, e.g. kommun@exempelby.se.' })}
      >
        <Input value={mailbox} onChange={(_, d) => setMailbox(d.value)} type="email" data-testid="config-mailbox" />
      </Field>
      <Field label={t({ sv: 'Startvy', en: 'Start view' })}>
        <RadioGroup value={view} onChange={(_, d) => isStartView(d.value) && setView(d.value)}>
          <Radio value="ko" label={t({ sv: 'Kön', en: 'The queue' })} />
          <Radio value="serviceniva" label={t({ sv: 'Belastning och servicenivå', en: 'Load and service level' })} />
        </RadioGroup>
      </Field>
    </main>
  );
}
