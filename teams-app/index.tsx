import { lazy, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { Temporal } from 'temporal-polyfill';
import { calendarOf } from '../src/core/assess';
import { windowStart } from '../src/core/dashboard/serviceLevelTables';
import type { Named } from '../src/core/vocabulary';
import { openMailbox } from '../src/graph';
import { describeError } from '../src/ui/describeError';
import { ConfigPage, type TabSettings } from '../src/ui/teams/ConfigPage';
import { isStartView, type StartView, type TabSession } from '../src/ui/teams/session';
import { TeamsShell } from '../src/ui/teams/TeamsShell';
import { useTeams, type TeamsSdk, type TeamsState } from '../src/ui/teams/useTeams';
import { tabAccessFor } from './access';
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

function useSession(teams: TeamsState, mailboxParam: string | null): TabSession | { error: Named } | null {
  const [session, setSession] = useState<TabSession | { error: Named } | null>(null);
  useEffect(() => {
    if (teams.loading) return;
    let stop: (() => void) | null = null;
    let alive = true;
    tabAccessFor(teams, mailboxParam)
      .then(({ access, mailbox, config }) => {
        if (!alive) return;
        const graph = openMailbox(access, mailbox);
        const calendar = calendarOf(config);
        const live = startLiveIndex(graph, { since: windowStart(Temporal.Now.instant(), calendar.timeZone).toString(), pollMs: POLL_MS });
        stop = () => live.stop();
        setSession({ config, calendar, mailbox, live, BarChart, openMessage: (id) => readDrillDown(graph, config, id) });
      })
      .catch((error: unknown) => alive && setSession({ error: describeError(error) }));
    return () => {
      alive = false;
      stop?.();
    };
    // A new session only when the host finished starting or the mailbox changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [teams.loading, mailboxParam]);
  return session;
}

function App(): ReactNode {
  const teams = useTeams({ loadSdk });
  const query = useMemo(() => new URLSearchParams(location.search), []);
  const mailboxParam = query.get('mailbox');
  const view = query.get('view');
  const startView: StartView = isStartView(view) ? view : 'ko';
  const settingsFrame = location.hash.startsWith('#/config');
  const session = useSession(teams, settingsFrame ? '' : mailboxParam);
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
  return <TeamsShell teams={teams} session={settingsFrame ? null : session} startView={startView} config={config} />;
}

const container = document.getElementById('root');
if (container) createRoot(container).render(<App />);
