export * from './checkOutgoingMail';
export * from './lix';
export * from './answerTime';
export * from './acknowledgement';
export * from './effectiveSender';
export * from './sendAlert';
export * from './plainLanguage';
