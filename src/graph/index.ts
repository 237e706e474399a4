/**
 * The one door to Microsoft Graph for the worker, the add-in and the tab. Browser-safe: no
 * Node built-ins (the worker's MSAL token source lives in src/auth/msalNode.ts).
 */
export { createGraphClient, GRAPH_ORIGIN, type GraphClientOptions } from './client';
export { GraphMailbox, MAX_PAGE_SIZE, MESSAGE_PAGE_SIZE, query, type DeltaMessage, type GraphPage, type GraphCallOptions, type GraphResult } from './mailbox';
export { RequestScheduler, parseRetryAfter, type SchedulerOptions, type SchedulerStats } from './scheduler';
export { GraphRequestError, failureKind, isSyncReset, isConflict, describeGraphFailure, type GraphFailureKind } from './errors';
export {
  ConfigStore,
  ConfigConflictError,
  StoredConfigUnreadableError,
  RevisionNotFoundError,
  readStoredConfig,
  saveStoredConfig,
  AUDIT_LENGTH,
  type StoredConfig,
  type AuditEntry,
  type SaveOptions,
} from './configStore';
export { SvarstidFolder, STORE_FOLDER_NAME, ITEM_KIND_PROPERTY_ID, type StoreItemKind } from './svarstidFolder';
export { MailboxLease, readServiceStatus, type LeaseHolder, type LeaseAttempt, type ServiceConfigSource, type ServiceStatus } from './lease';
export type { AccessTokenSource } from '../auth/tokens';
export {
  PANE_MESSAGE_SELECT,
  listMessages,
  readMessageWithRecord,
  routeMessage,
  sendReply,
  writeMessageLabel,
  type MessageWithRecord,
} from './messageActions';
export { DASHBOARD_SELECT, DashboardSync, FILTERED_DELTA_CAP, dashboardDeltaUrl, dashboardFolderNames, dashboardFolders, dashboardMessageOf, type FolderChanges } from './dashboard';
export { openMailbox, type Access } from './pageAccess';
export { PREVIEW_SELECT, readRecentMessages } from './recentMessages';
export { adminDecisionFor, memberOfGroups } from './membership';
