export * from './calendarSchema';
export * from './policySchema';
export * from './departmentSchema';
export * from './senderCheckSchema';
export * from './triageSchema';
export * from './schema';
export * from './validate';
export * from './presets';
