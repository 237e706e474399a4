/** The unattended worker: `runOnce` (backlog), `startWorker` (continuous), `runWorkerCommand` (`svarstid run`). */
export { runOnce, type RunOnceOptions } from './runOnce';
export { startWorker, type StartWorkerOptions, type RunningWorker, type HealthReport } from './continuous';
export { runWorkerCommand, parseRunArgs, mailboxFor, RUN_USAGE, UsageError, type RunArgs } from './cli';
export { MailboxWorker, configFingerprint, type RunSummary, type Progress, type MailboxWorkerOptions } from './mailboxWorker';
export { planLabel, INBOX_SELECT, type Assessor, type LabelPlan } from './labeller';
export { jsonLineLog, silentLog, memoryLog, type WorkerLog } from './log';
export { UNROUTED_CATEGORY } from './categories';
