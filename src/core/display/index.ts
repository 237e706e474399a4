/** How Svarstid's decisions read to people: due times, statuses. Pure. */
export * from './describeDue';
export * from './messageStatus';
export * from './ruleNames';
export * from './describeAcknowledgements';
export * from './concernOnCall';
