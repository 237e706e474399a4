import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import type { Named } from '../../core/vocabulary';
import { useText } from '../i18n';
import { SvarstidRoot } from '../SvarstidRoot';
import { LeadView } from './LeadView';
import type { StartView, TabSession } from './session';
import type { TeamsState } from './useTeams';

/**
 * The Teams tab's shell (STYLE.md (a), as Microsoft's Teams tab templates do it): the theme
 * Teams gives at the root, a spinner while the host starts, and a HashRouter:
 *
 * - `#/ko` the queue, `#/serviceniva` load and service level (the filters in the hash's query);
 * - `#/config` the configurable tab's settings page (pages.config);
 * - `#/admin` the admin view's place (issue 9 builds it on this shell: pass `admin`);
 * - anything else → the start view.
 */
export interface TeamsShellProps {
  teams: TeamsState;
  /** The tab's data once the session is open; an error in words; null while opening. */
  session: TabSession | { error: Named } | null;
  startView: StartView;
  /** The settings page (only inside a configurable tab's config frame). */
  config?: ReactNode;
  /** The admin view (issue 9); until it exists the route says so. */
  admin?: ReactNode;
  /** Shown above every view (the demo's who-am-I switch). */
  banner?: ReactNode;
}

function Status({ children }: { children: ReactNode }): ReactNode {
  return <div style={{ padding: '2rem' }}>{children}</div>;
}

function Lead({ session, view }: { session: TeamsShellProps['session']; view: StartView }): ReactNode {
  const t = useText();
  if (session === null) {
    return (
      <Status>
        <Spinner label={t({ sv: 'Startar Svarstid …', en: 'Starting Svarstid …' })} />
      </Status>
    );
  }
  if ('error' in session) {
    return (
      <Status>
        <MessageBar intent="error">
          <MessageBarBody>{t(session.error)}</MessageBarBody>
        </MessageBar>
      </Status>
    );
  }
  return <LeadView session={session} view={view} />;
}

function AdminPlaceholder(): ReactNode {
  const t = useText();
  return (
    <Status>
      <MessageBar intent="info">
        <MessageBarBody>{t({ sv: 'Administrationsvyn finns bara i Svarstid-fliken i Teams. Gå till kanalens Svarstid-flik och välj Administration där. Har ingen kanal du är med i fliken, be IT lägga till den.', en: 'The admin view is only in the Svarstid tab in Teams. Go to the channel\'s Svarstid tab and choose Administration there. If no channel you are in has the tab, ask IT to add it.' })}</MessageBarBody>
      </MessageBar>
    </Status>
  );
}

export function TeamsShell(props: TeamsShellProps): ReactNode {
  const { teams } = props;
  return (
    <SvarstidRoot theme={teams.theme} lang={teams.lang}>
      {teams.loading ? (
        <Status>
          <Spinner label={teams.lang === 'en' ? 'Starting Svarstid …' : 'Startar Svarstid …'} />
        </Status>
      ) : (
        <>
          {teams.notice && (
            <MessageBar intent="info">
              <MessageBarBody>{teams.notice[teams.lang]}</MessageBarBody>
            </MessageBar>
          )}
          {props.banner}
          <HashRouter>
            <Routes>
              <Route path="/ko" element={<Lead session={props.session} view="ko" />} />
              <Route path="/serviceniva" element={<Lead session={props.session} view="serviceniva" />} />
              <Route path="/config" element={props.config ?? <Navigate to="/" replace />} />
              <Route path="/admin/*" element={props.admin ?? <AdminPlaceholder />} />
              <Route path="*" element={<Navigate to={`/${props.startView}`} replace />} />
            </Routes>
          </HashRouter>
        </>
      )}
    </SvarstidRoot>
  );
}
