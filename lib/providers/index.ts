/**
 * The registry of providers: its schema, the built-in entries, the matcher, the
 * build-time checks, the facts list, the coverage table and the correction report.
 */

export * from './correction';
export * from './coverage';
export * from './facts';
export * from './matcher';
export * from './registry';
export * from './schema';
export * from './site';
export * from './validate';
