import type { TabConfigHost, TabSettings } from '../src/ui/teams/ConfigPage';
import type { TeamsSdk } from '../src/ui/teams/useTeams';

/** The tab's content URL for its settings: the mailbox and the start view in the query, the view in the hash. */
export function tabContentUrl(origin: string, settings: TabSettings): string {
  const q = new URLSearchParams({ mailbox: settings.mailbox, view: settings.view });
  return `${origin}/teams/index.html?${q}#/${settings.view}`;
}

/** pages.config of teams-js as the settings page uses it. */
export function teamsConfigHost(sdk: TeamsSdk): TabConfigHost {
  const teams = sdk as unknown as typeof import('@microsoft/teams-js');
  return {
    setValid: (valid) => teams.pages.config.setValidityState(valid),
    onSave: (handler) =>
      teams.pages.config.registerOnSaveHandler((event) => {
        handler().then(
          () => event.notifySuccess(),
          (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)),
        );
      }),
  };
}
