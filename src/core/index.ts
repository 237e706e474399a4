/**
 * Svarstid's pure domain core: vocabulary, configuration and presets, the working calendar,
 * deadlines, triage, the sender check, the mailbox record and the queue. No I/O: the same
 * code runs in Node (CLI, worker), in browsers (Teams tab) and in Outlook (add-in).
 */
export * from './vocabulary';
export * from './message';
export * from './config';
export { createWorkingCalendar, swedishHolidays, type WorkingCalendar } from './calendar';
export { computeDeadline, formatOffsetDateTime, parseReceived } from './deadline';
export type { DeadlineCase, DeadlineOutcome } from './deadline/types';
export { triageMessage } from './triage';
export type { Explanation, Priority, TriageResult } from './triage/types';
export { htmlToText, newestText } from './text';
export * from './sender';
export * from './record';
export * from './queue';
export * from './serviceLevel';
export * from './acknowledgement';
export { assessMessage, deadlineFor, type Assessment, type DeadlineAnswer } from './assess';
export * from './display';
export * from './manualLabel';
