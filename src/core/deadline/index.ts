/**
 * The deadline engine of SPEC §3: rule selection, the five units, and date-time text at the edges.
 * Pure: no I/O, runs in Node and browsers.
 */
export type { DeadlineCase, DeadlineOutcome, NoDeadlineReason } from './types';
export { ruleMatches, selectDeadlineRules, type DeadlineRuleSelection, type RuleSubject } from './selectDeadlineRules';
export { addDuration, hoursToNs, DueClock } from './addDuration';
export { computeDeadline, DEFAULT_RULE_ID } from './computeDeadline';
export { formatOffsetDateTime, parseReceived } from './formatDateTime';
export { deadlineForCase, workingCalendarOf } from './deadlineForCase';
