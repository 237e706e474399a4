/** The unattended worker: `runOnce` (backlog), `startWorker` (continuous); the `svarstid run` command is src/cli/runCommand.ts. */
export { runOnce, type RunOnceOptions } from './runOnce';
export { startWorker, type StartWorkerOptions, type RunningWorker, type HealthReport } from './continuous';
export { mailboxFor, type ConnectOptions } from './connect';
export { MailboxWorker, configFingerprint, type RunSummary, type Progress, type MailboxWorkerOptions, type PlannedWrite } from './mailboxWorker';
export { planLabel, INBOX_SELECT, type Assessor, type LabelPlan } from './labeller';
export { jsonLineLog, silentLog, memoryLog, type WorkerLog } from './log';
export { LeaseKeeper, defaultHolderName } from './leaseKeeper';
export { municipalityMismatch, type MunicipalityMismatch } from './municipality';
export { UNROUTED_CATEGORY } from './categories';
