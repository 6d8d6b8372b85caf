export * from './commands';
export * from './context';
export * from './decide';
export * from './errors';
export * from './events';
export * from './reason-codes';
export * from './state';
export * from './winwin';
