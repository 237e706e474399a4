/** The team lead's view of the mailbox (issue 8): index, queue, filters, counts, service level, exports. Pure. */
export * from './leadStatus';
export * from './messageIndex';
export * from './queueView';
export * from './serviceLevelTables';
export * from './elapsedText';
export * from './csv';
export * from './exports';
