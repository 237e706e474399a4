import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { Temporal } from 'temporal-polyfill';
import { calendarOf } from '../src/core/assess';
import { windowStart } from '../src/core/dashboard/serviceLevelTables';
import type { Named } from '../src/core/vocabulary';
import { openMailbox, readServiceStatus } from '../src/graph';
import { describeError } from '../src/ui/describeError';
import { ConfigPage, type TabSettings } from '../src/ui/teams/ConfigPage';
import { isStartView, type StartView, type TabSession } from '../src/ui/teams/session';
import { TeamsShell } from '../src/ui/teams/TeamsShell';
import { useTeams, type TeamsSdk, type TeamsState } from '../src/ui/teams/useTeams';
import { Spinner, Switch } from '@fluentui/react-components';
import type { AdminDecision } from '../src/core/admin/access';
import type { SvarstidConfig } from '../src/core/config';
import { adminDecisionFor } from '../src/graph';
import { AdminGate } from '../src/ui/admin/AdminGate';
import type { AdminHost } from '../src/ui/admin/AdminView';
import { tabAccessFor, type DemoRole } from './access';
import { adminHostFor } from './adminHost';
import { readDrillDown } from './drillDown';
import { startLiveIndex } from './liveIndex';
import { teamsConfigHost, tabContentUrl } from './tabConfig';

// The Teams tab (`/teams/`): the team lead's live view of the shared mailbox. Settings outside
// the hash come from the tab's URL (`?mailbox=…&view=ko|serviceniva`, set by the configurable
// tab's settings page; `?theme=` and `?lang=` standalone); the views and filters live in the hash.

/** How often the tab asks Graph for changes (each round: one request per folder). */
const POLL_MS = __SVARSTID_TARGET__ === 'demo' ? 3_000 : 15_000;

/** The charts are their own chunk (d3 inside, ~200 KB): loaded when the service level is first shown. */
const BarChart = lazy(() => import('../src/ui/teams/ServiceLevelCharts'));

const loadSdk = (): Promise<TeamsSdk> => import('@microsoft/teams-js') as unknown as Promise<TeamsSdk>;

/** What the admin route needs: whether this person is an admin, and the host calls (through src/graph). */
interface AdminContext {
  decision: AdminDecision;
  host: AdminHost;
  fallback: SvarstidConfig;
}

function useSession(teams: TeamsState, mailboxParam: string | null, demoRole: DemoRole): { session: TabSession | { error: Named } | null; admin: AdminContext | null } {
  const [session, setSession] = useState<TabSession | { error: Named } | null>(null);
  const [admin, setAdmin] = useState<AdminContext | null>(null);
  useEffect(() => {
    if (teams.loading) return;
    let stop: (() => void) | null = null;
    let alive = true;
    setSession(null);
    setAdmin(null);
    tabAccessFor(teams, mailboxParam, demoRole)
      .then(async ({ access, mailbox, config, user }) => {
        if (!alive) return;
        const graph = openMailbox(access, mailbox);
        const decision = await adminDecisionFor(graph, config.admins, user.address);
        if (!alive) return;
        const calendar = calendarOf(config);
        const live = startLiveIndex(graph, { since: windowStart(Temporal.Now.instant(), calendar.timeZone).toString(), pollMs: POLL_MS });
        stop = () => live.stop();
        setAdmin({ decision, host: adminHostFor(graph, user.address), fallback: config });
        setSession({ config, calendar, mailbox, live, BarChart, openMessage: (id) => readDrillDown(graph, config, id), isAdmin: decision.admin, serviceStatus: () => readServiceStatus(graph) });
      })
      .catch((error: unknown) => alive && setSession({ error: describeError(error) }));
    return () => {
      alive = false;
      stop?.();
    };
    // A new session only when the host finished starting, the mailbox or the demo's person changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [teams.loading, mailboxParam, demoRole]);
  return { session, admin };
}

const AdminView = lazy(() => import('../src/ui/admin/AdminView').then((m) => ({ default: m.AdminView })));

/** The demo's visible switch: who you are signed in as, an admin or a team lead who is not one. */
function DemoRoleSwitch({ role, onChange, lang }: { role: DemoRole; onChange: (r: DemoRole) => void; lang: 'sv' | 'en' }): ReactNode {
  return (
    <div style={{ padding: '0.5rem 1.5rem', borderBottom: '1px solid currentColor' }} data-testid="demo-role">
      <Switch
        checked={role === 'admin'}
        onChange={(_, d) => onChange(d.checked ? 'admin' : 'gruppledare')}
        data-testid="demo-role-switch"
        label={
          lang === 'en'
            ? `Demo: you are signed in as ${role === 'admin' ? 'an admin (admin@exempelby.se)' : 'a team lead, not an admin (gruppledare@exempelby.se)'}`
            : `Demo: du är inloggad som ${role === 'admin' ? 'administratör (admin@exempelby.se)' : 'gruppledare, inte administratör (gruppledare@exempelby.se)'}`
        }
      />
    </div>
  );
}

function App(): ReactNode {
  const teams = useTeams({ loadSdk });
  const query = useMemo(() => new URLSearchParams(location.search), []);
  const mailboxParam = query.get('mailbox');
  const view = query.get('view');
  const startView: StartView = isStartView(view) ? view : 'ko';
  const settingsFrame = location.hash.startsWith('#/config');
  const [demoRole, setDemoRole] = useState<DemoRole>(query.get('roll') === 'gruppledare' ? 'gruppledare' : 'admin');
  const { session, admin } = useSession(teams, settingsFrame ? '' : mailboxParam, demoRole);
  const pickRole = (role: DemoRole): void => {
    const url = new URL(location.href);
    url.searchParams.set('roll', role);
    history.replaceState(null, '', url);
    setDemoRole(role);
  };
  const host = useMemo(() => (teams.sdk ? teamsConfigHost(teams.sdk) : null), [teams.sdk]);
  const save = async (s: TabSettings): Promise<void> => {
    if (!teams.sdk) return;
    const sdk = teams.sdk as unknown as typeof import('@microsoft/teams-js');
    await sdk.pages.config.setConfig({
      entityId: `svarstid-${s.mailbox}`,
      contentUrl: tabContentUrl(location.origin, s),
      websiteUrl: tabContentUrl(location.origin, s),
      suggestedDisplayName: 'Svarstid',
    });
  };
  const config =
    host && settingsFrame ? (
      <ConfigPage host={host} initial={{ mailbox: mailboxParam ?? (session && !('error' in session) ? session.mailbox : ''), view: startView }} save={save} />
    ) : null;
  const sessionError = session && 'error' in session ? session.error : null;
  const adminView = (
    <AdminGate decision={admin?.decision ?? null} error={sessionError}>
      {() => (
        <Suspense fallback={<Spinner label={teams.lang === 'en' ? 'Loading the admin view …' : 'Laddar administrationsvyn …'} />}>
          <AdminView host={admin!.host} fallback={admin!.fallback} />
        </Suspense>
      )}
    </AdminGate>
  );
  const banner = __SVARSTID_TARGET__ === 'demo' && !settingsFrame ? <DemoRoleSwitch role={demoRole} onChange={pickRole} lang={teams.lang} /> : null;
  return <TeamsShell teams={teams} session={settingsFrame ? null : session} startView={startView} config={config} admin={adminView} banner={banner} />;
}

const container = document.getElementById('root');
if (container) createRoot(container).render(<App />);
