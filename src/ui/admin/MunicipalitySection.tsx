import { Field, Radio, RadioGroup, Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useText } from '../i18n';
import { BoundText, listFormat, listParse, numberFormat, numberParse, optionalParse, useDraft } from './draft';
import { Section } from './Section';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(20rem, 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
});

/** The municipality (name, domains, shared mailbox), who administers Svarstid, and the sender check. */
export function MunicipalitySection(): ReactNode {
  const t = useText();
  const styles = useStyles();
  const { draft, set, problemsAt } = useDraft();
  const mode = draft.senderCheck?.mode ?? 'block';
  const modeProblems = problemsAt(['senderCheck', 'mode']);
  return (
    <>
      <Section title={{ sv: 'Kommunen', en: 'The municipality' }} testId="section-municipality">
        <div className={styles.grid}>
          <BoundText path={['municipality', 'name']} label={{ sv: 'Officiellt namn', en: 'Official name' }} hint={{ sv: 'Som kommunen skriver det, t.ex. "Salems kommun"', en: 'As the municipality writes it, e.g. "Salems kommun"' }} testId="field-municipality-name" />
          <BoundText path={['municipality', 'nameVariants']} label={{ sv: 'Andra godkända namnformer', en: 'Other accepted forms' }} hint={{ sv: 'Kommaseparerade', en: 'Comma-separated' }} parse={listParse} format={listFormat} />
          <BoundText path={['municipality', 'domains']} label={{ sv: 'E-postdomäner', en: 'Mail domains' }} hint={{ sv: 'Kommaseparerade, utan @. Avsändarkontrollen godtar adresser i de här domänerna; som svar räknas ändå bara det som skickas från funktionsbrevlådan.', en: 'Comma-separated, without @. The sender check accepts addresses in these domains; only what is sent from the shared mailbox counts as an answer, though.' }} parse={listParse} format={listFormat} testId="field-municipality-domains" />
          <BoundText path={['municipality', 'mailbox']} label={{ sv: 'Funktionsbrevlåda', en: 'Shared mailbox' }} parse={optionalParse} type="email" testId="field-municipality-mailbox" />
          <BoundText
            path={['municipality', 'concernOnCall']}
            label={{ sv: 'Jour för orosanmälningar efter stängning', en: 'On-call service for reports of concern after closing time' }}
            hint={{
              sv: 'Namn och telefonnummer, t.ex. "Socialjouren Exempelby, 08-465 004 10". Visas vid varje orosanmälan, för den som inte når socialtjänsten före stängning.',
              en: 'Name and phone number, e.g. "Socialjouren Exempelby, 08-465 004 10". Shown with every report of concern, for whoever cannot reach the social services before closing time.',
            }}
            parse={optionalParse}
            testId="field-municipality-concern-on-call"
          />
        </div>
      </Section>
      <Section title={{ sv: 'Administratörer', en: 'Admins' }} testId="section-admins">
        <p style={{ marginTop: 0 }}>
          {t({
            sv: 'Bara de som står här ser administrationsvyn. Brevlådans egna behörigheter avgör fortfarande vem som kan läsa och skicka från funktionsbrevlådan.',
            en: "Only those named here see the admin view. The mailbox's own permissions still decide who can write to it.",
          })}
        </p>
        <div className={styles.grid}>
          <BoundText path={['admins', 'users']} label={{ sv: 'Personer (inloggningsnamn)', en: 'People (sign-in names)' }} hint={{ sv: 'Kommaseparerade, t.ex. anna.ek@salem.se', en: 'Comma-separated, e.g. anna.ek@salem.se' }} parse={listParse} format={listFormat} testId="field-admins-users" />
          <BoundText path={['admins', 'groups']} label={{ sv: 'Grupper (objekt-id i Microsoft Entra)', en: 'Groups (Microsoft Entra object ids)' }} parse={listParse} format={listFormat} />
        </div>
      </Section>
      <Section title={{ sv: 'Avsändarkontroll', en: 'Sender check' }} testId="section-sender">
        <div className={styles.grid}>
          <Field label={t({ sv: 'När utgående e-post inte har kommunen som avsändare (fel adress i Från eller kommunens namn saknas)', en: 'When outgoing mail does not have the municipality as sender (a wrong From address or the name missing)' })} validationState={modeProblems.length ? 'error' : 'none'} validationMessage={modeProblems.map((p) => t(p)).join(' · ') || undefined}>
            <RadioGroup value={mode} onChange={(_, d) => set(['senderCheck', 'mode'], d.value)}>
              <Radio value="block" label={t({ sv: 'Stoppa: e-posten skickas inte förrän felet är rättat', en: 'Block: the mail is not sent until it is put right' })} />
              <Radio value="warn" label={t({ sv: 'Varna: handläggaren får veta men kan skicka', en: 'Warn: the officer is told but may send' })} />
            </RadioGroup>
          </Field>
          <p style={{ margin: 0, color: tokens.colorNeutralForeground2 }}>
            {t({
              sv: 'Om tillägget inte kan laddas skickas e-posten som standard utan kontroll. IT kan i stället välja att den inte skickas förrän tillägget kan laddas; det väljs när tilläggets appaket byggs, inte här (npm run package med --send-mode block, se README under Manifest and package; standardläget softBlock är det som skickar utan kontroll). Med block kan ingen skicka e-post från Outlook när tilläggets sidor inte går att nå, inte heller vidarebefordra en orosanmälan. Ett tredje läge, promptUser, låter handläggaren alltid välja Skicka ändå, så att Stoppa ovan inte håller; använd det inte.',
              en: 'If the add-in cannot load, mail is by default sent unchecked. IT can instead choose that it is not sent until the add-in can load; that is chosen when the add-in\'s app package is built, not here (npm run package with --send-mode block, see the README under Manifest and package; the default, softBlock, is the one that sends unchecked). With block nobody can send mail from Outlook when the add-in\'s pages cannot be reached, not even forward a report of concern. A third mode, promptUser, always lets the officer choose Send Anyway, so Block above does not hold; do not use it.',
            })}
          </p>
          <BoundText path={['senderCheck', 'lixHintAbove']} label={{ sv: 'LIX-nivå för klarspråkstips', en: 'LIX level for plain-language hints' }} hint={{ sv: 'Texter över den här nivån får ett tips (0–100)', en: 'Texts above this level get a hint (0–100)' }} parse={numberParse} format={numberFormat} type="number" testId="field-lix" />
          <Switch
            checked={draft.senderCheck?.requireAnswerTime ?? true}
            onChange={(_, d) => set(['senderCheck', 'requireAnswerTime'], d.checked)}
            label={t({ sv: 'Påminn när ett svar på ett öppet ärende inte säger när det riktiga svaret kommer', en: 'Remind when a reply to an open case does not say when the real answer comes' })}
            aria-describedby="svarstid-answer-time-hint"
          />
          <p id="svarstid-answer-time-hint" style={{ margin: 0, color: tokens.colorNeutralForeground2 }}>
            {t({
              sv: 'Utan påminnelsen kan ett kvitto (”Vi har tagit emot …”) ta ett ärende ur kön utan att någon märker det: ett kvitto som inte säger när det riktiga svaret kommer räknas som svaret. Påminnelsen gäller bara det som skickas från Outlook med tillägget; ett automatiskt kvitto som skickas som svar i samma konversation (till exempel med Power Automates Svara på e-post) och sparas under funktionsbrevlådans Skickat ska därför själv säga när svaret kommer (”Du får svar inom två arbetsdagar”). En orosanmälan som ett kvitto tar ur kön står kvar i Teams-fliken som inte lämnad tills någon markerar den.',
              en: 'Without the reminder, a receipt (“We have received …”) can take a case out of the queue unnoticed: a receipt that does not say when the real answer comes counts as the answer. The reminder only covers what is sent from Outlook with the add-in; an automatic receipt sent as a reply in the same conversation (with Power Automate\'s Reply to email, for example) and saved in the shared mailbox\'s Sent Items must therefore say itself when the answer comes (“You will have an answer within two working days”). A report of concern that a receipt takes out of the queue stays in the Teams tab as not handed on until someone marks it.',
            })}
          </p>
        </div>
        <BoundText path={['senderCheck', 'signature']} label={{ sv: 'Standardsignatur', en: 'Standard signature' }} parse={optionalParse} multiline testId="field-signature" />
        <BoundText
          path={['senderCheck', 'acknowledgement']}
          label={{ sv: 'Mall för besked (Svara med besked)', en: 'Notice template (Reply with a notice)' }}
          hint={{
            sv: 'Måste innehålla {kommun} (kommunens namn) och {svar_senast} (dagen då invånaren senast får svar: det utlovade datumet om handläggaren har satt ett som inte har passerat, annars den dag Svarstid föreslår utifrån svarstidsreglerna, skriven till exempel ”tisdag 24 november”). Får innehålla {handläggare} (handläggaren som har ärendet, annars den som svarar) och {förvaltning} (förvaltningens namn, så som det står under Förvaltningar); {handlaggare} och {avdelning} fungerar också.',
            en: 'Must contain {kommun} (the municipality\'s name) and {svar_senast} (the day by which the resident will have an answer: the promised date if the officer has set one that has not passed, else the day Svarstid proposes from the deadline rules, written for example “tisdag 24 november”). May contain {handläggare} (the officer who has the case, otherwise the person replying) and {förvaltning} (the department\'s name, as under Departments); {handlaggare} and {avdelning} also work.',
          }}
          multiline
          testId="field-acknowledgement"
        />
      </Section>
    </>
  );
}
