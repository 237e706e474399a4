import { Button, Checkbox, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ROUTING_ACTIONS, type Department, type RoutingAction } from '../../core/config/departmentSchema';
import type { Named } from '../../core/vocabulary';
import { useText } from '../i18n';
import { BoundText, optionalParse, useDraft } from './draft';
import { Section } from './Section';

const useStyles = makeStyles({
  card: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))', gap: tokens.spacingHorizontalM, paddingBottom: tokens.spacingVerticalM, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

const ACTION_NAMES: Record<RoutingAction, Named> = {
  category: { sv: 'Sätt kategori', en: 'Set category' },
  move: { sv: 'Flytta till mapp', en: 'Move to folder' },
  forward: { sv: 'Vidarebefordra', en: 'Forward' },
};

/**
 * The routes no rule changes, named by the departments' own names: reports of concern, messages to
 * elected officials (`triage.kindDepartments`) and what is no matter (the fallback department).
 */
function fixedRoutes(kindDepartments: Partial<Record<string, string>> | undefined, departments: readonly Department[], fallback: string | undefined): Named {
  const nameOf = (id: string | undefined): string => departments.find((d) => d.id === id)?.name || id || '–';
  const concern = nameOf(kindDepartments?.['orosanmalan'] ?? 'socialtjanst');
  const official = nameOf(kindDepartments?.['fortroendevald'] ?? 'kommunledning');
  const none = nameOf(fallback);
  return {
    sv: `Oavsett sorteringsreglerna går en orosanmälan alltid till ${concern}, ett meddelande till en förtroendevald till ${official} och det som inte är ett ärende till ${none}. En förvaltning med en sådan uppgift kan inte tas bort: Svarstid säger ifrån innan något sparas. Nämnd är den politiska nämnd förvaltningen arbetar åt (till exempel Barn- och utbildningsnämnden); den används bara i exporten av servicenivån per nämnd i Teams-fliken, och tom betyder att förvaltningens namn står där.`,
    en: `Whatever the routing rules say, a report of concern always goes to ${concern}, a message to an elected official to ${official} and anything that is not a case to ${none}. A department with such a task cannot be removed: Svarstid says so before anything is saved. Committee is the political committee the department works for (for example the Children and Education Committee); it is used only in the export of the service level per committee in the Teams tab, and empty means the department's name is used.`,
  };
}

/** Departments: name, Outlook category, committee (nämnd) and routing actions. */
export function DepartmentsSection(): ReactNode {
  const t = useText();
  const styles = useStyles();
  const { draft, set, problemsAt } = useDraft();
  const departments: Department[] = Array.isArray(draft.departments) ? draft.departments : [];
  const add = () => {
    let n = departments.length + 1;
    while (departments.some((d) => d.id === `ny_forvaltning_${n}`)) n += 1;
    set(['departments'], [...departments, { id: `ny_forvaltning_${n}`, name: '', category: 'Avd: ', routing: { actions: ['category'] } }]);
  };
  const fallbackProblems = problemsAt(['fallbackDepartment']);
  return (
    <Section
      title={{ sv: 'Förvaltningar', en: 'Departments' }}
      testId="section-departments"
      actions={
        <Button onClick={add} data-testid="add-department">
          {t({ sv: 'Lägg till förvaltning', en: 'Add department' })}
        </Button>
      }
    >
      <Field label={t({ sv: 'När inget annat avgör går meddelandet till', en: 'When nothing else decides, the message goes to' })} validationState={fallbackProblems.length ? 'error' : 'none'} validationMessage={fallbackProblems.map((p) => t(p)).join(' · ') || undefined}>
        <Select value={draft.fallbackDepartment} onChange={(_, d) => set(['fallbackDepartment'], d.value)}>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name || d.id}
            </option>
          ))}
        </Select>
      </Field>
      <Text as="p" size={200} data-testid="fixed-routes">
        {t(fixedRoutes(draft.triage?.kindDepartments, departments, draft.fallbackDepartment))}
      </Text>
      {departments.map((d, i) => {
        const actions = d.routing?.actions ?? ['category'];
        const toggle = (a: RoutingAction, on: boolean) => set(['departments', i, 'routing', 'actions'], on ? ROUTING_ACTIONS.filter((x) => x === a || actions.includes(x)) : actions.filter((x) => x !== a));
        const actionProblems = problemsAt(['departments', i, 'routing', 'actions']);
        return (
          <div key={i} className={styles.card} data-testid={`department-${d.id}`} role="group" aria-label={d.name || d.id}>
            <BoundText path={['departments', i, 'name']} label={{ sv: 'Namn', en: 'Name' }} />
            <BoundText path={['departments', i, 'id']} label={{ sv: 'Id (i Svarstids märkning)', en: 'Id (in Svarstid\'s labels)' }} />
            <BoundText path={['departments', i, 'category']} label={{ sv: 'Outlook-kategori', en: 'Outlook category' }} />
            <BoundText
              path={['departments', i, 'committee']}
              label={{ sv: 'Nämnd', en: 'Committee' }}
              parse={optionalParse}
            />
            <Field label={t({ sv: 'Vad Svarstid gör med e-posten', en: 'What Svarstid does with the mail' })} validationState={actionProblems.length ? 'error' : 'none'} validationMessage={actionProblems.map((p) => t(p)).join(' · ') || undefined}>
              <div style={{ display: 'flex', flexDirection: 'column' }}>
                {ROUTING_ACTIONS.map((a) => (
                  <Checkbox key={a} checked={actions.includes(a)} onChange={(_, c) => toggle(a, c.checked === true)} label={t(ACTION_NAMES[a])} />
                ))}
              </div>
            </Field>
            {actions.includes('move') && <BoundText path={['departments', i, 'routing', 'folder']} label={{ sv: 'Mapp under Inkorgen', en: 'Folder under Inbox' }} parse={optionalParse} />}
            {actions.includes('forward') && (
              <BoundText
                path={['departments', i, 'routing', 'forwardTo']}
                label={{ sv: 'Vidarebefordra till', en: 'Forward to' }}
                hint={{
                  sv: 'Svar som förvaltningen skickar från sin egen brevlåda syns inte i Svarstid: meddelandet räknas som obesvarat tills någon väljer Besvarat på annat sätt i Outlook-tillägget, och som besvarat först då. Bestäm vem som gör det, till exempel att förvaltningen säger till kontaktcenter när den har svarat (en kopia till funktionsbrevlådan blir ett nytt meddelande där, inte ett svar: ändra kopians ärendetyp till Inget ärende och välj Besvarat på annat sätt på invånarens meddelande). Låt hellre förvaltningen svara från funktionsbrevlådan (med Skicka som), och välj hellre Flytta till mapp. Svar med Skicka som syns bara om IT har slagit på att de sparas under funktionsbrevlådans Skickat (svarstid doctor påminner om det). Vidarebefordran kräver att IT har gett Svarstid-appen behörigheten Mail.Send för funktionsbrevlådan: be IT köra svarstid doctor när ni har sparat. En orosanmälan som Svarstid vidarebefordrar eller flyttar räknas inte som lämnad för det: någon ska se till att socialtjänsten har den så att någon där läser den i dag (den sista timmen före stängning: ring dem; efter stängning: ring jouren) och välja Lämnad till … i Outlook-tillägget.',
                  en: 'Replies the department sends from its own mailbox are not seen by Svarstid: the message counts as unanswered until someone chooses Answered another way in the Outlook add-in, and as answered only then. Decide who does it, for example the department tells the contact centre when it has answered (a copy to the shared mailbox becomes a new message there, not an answer: change the copy\'s case type to Not a case and choose Answered another way on the resident\'s message). It is better to let the department answer from the shared mailbox (using Send As), and to choose Move to folder instead. Send As replies are only seen if IT has switched on keeping them in the shared mailbox\'s Sent Items (svarstid doctor reminds of it). Forwarding needs IT to have given the Svarstid app the Mail.Send permission for the shared mailbox: ask IT to run svarstid doctor once you have saved. A report of concern that Svarstid forwards or moves is not handed on by that: someone must make sure social services have it so that someone there reads it today (in the last hour before closing: call them; after closing: call the on-call service) and choose Lämnad till … (Handed to …) in the Outlook add-in.',
                }}
                parse={optionalParse}
                type="email"
              />
            )}
            <div style={{ alignSelf: 'end' }}>
              <Button appearance="subtle" onClick={() => set(['departments'], departments.filter((_, j) => j !== i))} aria-label={t({ sv: `Ta bort ${d.name || d.id}`, en: `Remove ${d.name || d.id}` })}>
                {t({ sv: 'Ta bort', en: 'Remove' })}
              </Button>
            </div>
          </div>
        );
      })}
    </Section>
  );
}
