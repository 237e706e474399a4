export * from './checkOutgoingMail';
export * from './lix';
export * from './answerTime';
