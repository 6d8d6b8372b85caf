/** The pure loan domain: no Nest, no I/O. */
export * from './bounds';
export * from './money';
export * from './time';
export * from './parties';
export * from './products';
export * from './loan';
export * from './inquiry';
export * from './schedule';
export * from './fees';
export * from './credit-assessment';
