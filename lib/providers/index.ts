/** The registry of providers: its schema, the built-in entries, the matcher and the build-time checks. */

export * from './correction';
export * from './facts';
export * from './matcher';
export * from './registry';
export * from './schema';
export * from './validate';
export * from './coverage';
