/**
 * The one door to Microsoft Graph for the worker, the add-in and the tab. Browser-safe: no
 * Node built-ins (the worker's MSAL token source lives in src/auth/msalNode.ts).
 */
export { createGraphClient, GRAPH_ORIGIN, type GraphClientOptions } from './client';
export { GraphMailbox, MAX_PAGE_SIZE, query, type DeltaMessage, type GraphPage, type GraphCallOptions } from './mailbox';
export { RequestScheduler, parseRetryAfter, type SchedulerOptions, type SchedulerStats } from './scheduler';
export { GraphRequestError, failureKind, isSyncReset, type GraphFailureKind } from './errors';
export { CONFIG_PROPERTY_ID, ConfigConflictError, readStoredConfig, saveStoredConfig, type StoredConfig } from './configStore';
export type { AccessTokenSource } from '../auth/tokens';
export {
  PANE_MESSAGE_SELECT,
  isConflict,
  listMessages,
  readMessageWithRecord,
  routeMessage,
  sendReply,
  writeMessageLabel,
  type MessageWithRecord,
} from './messageActions';
export { DASHBOARD_SELECT, DashboardSync, FILTERED_DELTA_CAP, dashboardDeltaUrl, dashboardFolders, dashboardMessageOf, type FolderChanges } from './dashboard';
