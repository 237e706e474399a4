import { Button, Switch, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { localModelStatus, resetLocalModel, setLocalModelEnabled } from '../../core/config/localModelAdmin';
import { formatDateText } from '../../core/display';
import { useText } from '../i18n';
import { useDraft } from './draft';
import { Section } from './Section';
import { percentText } from '../../core/text/joinList';
import type { Named } from '../../core/vocabulary';

/**
 * The statistical models beside the routing rules: the built-in text models for the case type and
 * the department (switches), and the mailbox's own local model learnt from the officers'
 * corrections (`svarstid learn`; shown, switched off or on, reset). Every change is part of the
 * draft and saved, audited, like any other.
 */
export function ModelsSection({ schedule }: { schedule: Named | null }): ReactNode {
  const t = useText();
  const { draft, set } = useDraft();
  const status = localModelStatus(draft);
  const tz = draft.calendar?.timeZone ?? 'Europe/Stockholm';
  const learnt =
    status.trainedAt !== null && status.before && status.after
      ? (() => {
          const day = formatDateText(status.trainedAt, tz, { time: false, month: 'long' });
          const names =
            status.names === 0
              ? { sv: '', en: '' }
              : {
                  sv: `, varav ${status.names === 1 ? 'ett namn' : `${status.names} namn`} på platser eller anläggningar som handläggarna har placerat på samma förvaltning (ett sådant namn väger tyngre än ett enstaka ord i en regel)`,
                  en: `, of which ${status.names === 1 ? 'one is a name' : `${status.names} are names`} of places or facilities that officers placed with the same department (such a name outweighs a single word of a rule)`,
                };
          return {
            sv: `Modellen tränades ${day.sv} på ${status.corrections} rättelser och kan ${status.words} ord${names.sv}. Modellen prövades på rättelserna (varje meddelande med en modell som inte hade lärt sig av just det): ärendetyp och förvaltning blev båda rätt i ${percentText(status.before.both, 'sv')} utan modellen och i ${percentText(status.after.both, 'sv')} med den. Siffrorna gäller bara de meddelanden handläggarna har rättat, oftast svåra fall, och säger inget om träffsäkerheten för all e-post.`,
            en: `The model was trained ${day.en} on ${status.corrections} corrections and knows ${status.words} words${names.en}. The model was tried on the corrections (each message with a model that had not learnt from that one): case type and department were both right in ${percentText(status.before.both, 'en')} without the model and in ${percentText(status.after.both, 'en')} with it. The figures cover only the messages officers corrected, mostly hard cases, and say nothing about accuracy over all mail.`,
          };
        })()
      : status.state === 'reset'
        ? { sv: 'Det inlärda är tömt; nästa inlärning börjar om från samma rättelser, så ord kan komma tillbaka. Ska de inte göra det, stäng också av Använd kommunens inlärda ord.', en: 'What was learnt has been reset; the next learning starts again from the same corrections, so words can come back. To keep them from coming back, also switch off Use the municipality\'s learnt words.' }
        : { sv: 'Inget är inlärt än.', en: 'Nothing has been learnt yet.' };
  return (
    <Section title={{ sv: 'Textmodeller och inlärda ord', en: 'Text models and learnt words' }} testId="section-models">
      <Text as="p" size={200} style={{ margin: 0 }}>
        {t({
          sv: 'Utöver sorteringsreglerna läser tre inbyggda textmodeller orden statistiskt: de avgör ärendetyp och förvaltning bara där ingen regel gör det, och förklaringen säger när en modell har avgjort. Den tredje känner igen oro för ett barn eller en utsatt vuxen där orden i reglerna saknas. Modellen avgör genom regeln oro.konkret. Den har ingen egen knapp här, eftersom den hittar orosanmälningar som reglerna missar: den är på så länge oro.konkret och de inbyggda reglerna är på (under Sorteringsregler). Utöver det kan den bara stängas av med "concernModel": false i konfigurationsfilen.',
          en: 'Besides the routing rules, three built-in text models read the words statistically: they decide the case type and the department only where no rule does, and the explanation says when a model decided. The third recognises concern for a child or a vulnerable adult where the rules\' words are missing. The model decides through the rule oro.konkret. It has no switch of its own here, because it finds reports of concern that the rules miss: it is on as long as oro.konkret and the built-in rules are on (under Routing rules). Beyond that, it can only be switched off with "concernModel": false in the configuration file.',
        })}
      </Text>
      <Switch checked={draft.triage?.kindModel !== false} onChange={(_, d) => set(['triage', 'kindModel'], d.checked)} label={t({ sv: 'Använd den inbyggda textmodellen för ärendetyp', en: 'Use the built-in text model for the case type' })} data-testid="switch-kind-model" />
      <Switch checked={draft.triage?.departmentModel !== false} onChange={(_, d) => set(['triage', 'departmentModel'], d.checked)} label={t({ sv: 'Använd den inbyggda textmodellen för förvaltning', en: 'Use the built-in text model for the department' })} data-testid="switch-department-model" />
      <Text as="p" size={200} style={{ margin: 0 }}>
        {t({
          sv: 'Kommunens egen modell lär sig ord (till exempel anläggningars namn) av de rättelser handläggarna gör i tillägget. Den sparar bara vikter för enstaka ord, aldrig adresser, telefonnummer, personnummer eller siffror, men ett ord kan vara ett namn.',
          en: 'The municipality\'s own model learns words (such as facilities\' names) from the corrections officers make in the add-in. It stores only weights for single words, never addresses, phone numbers, personal identity numbers or digits, but a word may be a name.',
        })}
      </Text>
      {schedule && (
        <Text as="p" size={200} style={{ margin: 0 }} data-testid="learning-schedule">
          {t(schedule)}
        </Text>
      )}
      <Text as="p" size={200} style={{ margin: 0 }} data-testid="local-model-status">
        {t(learnt)}
      </Text>
      <Switch
        checked={status.enabled}
        onChange={(_, d) => set(['triage', 'localModel'], setLocalModelEnabled(draft, d.checked).triage.localModel)}
        label={t({ sv: 'Använd kommunens inlärda ord', en: 'Use the municipality\'s learnt words' })}
        data-testid="switch-local-model"
      />
      <div>
        <Button
          disabled={status.state === 'none' || status.state === 'reset'}
          onClick={() => set(['triage', 'localModel'], resetLocalModel(draft).triage.localModel)}
          aria-describedby="reset-local-model-hint"
          data-testid="reset-local-model"
        >
          {t({ sv: 'Töm det inlärda', en: 'Reset what was learnt' })}
        </Button>
        <Text as="p" size={200} style={{ margin: 0 }} id="reset-local-model-hint">
          {t({
            sv: 'Tömningen gäller från den revision du sparar. Tidigare revisioner i historiken innehåller fortfarande orden, och återställer du en av dem kommer orden tillbaka.',
            en: 'Resetting applies from the revision you save. Earlier revisions in the history still contain the words, and restoring one of them brings the words back.',
          })}
        </Text>
      </div>
    </Section>
  );
}
