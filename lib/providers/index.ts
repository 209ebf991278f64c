/**
 * The registry of providers: its schema, the built-in entries, the matcher, the
 * facts list, the coverage table and the correction report. The build-time checks
 * (./validate) and the Public Suffix List they and a tracked site need (./site) are
 * imported from their own modules: a page that imports this one never loads the list.
 */

export * from './correction';
export * from './coverage';
export * from './facts';
export * from './matcher';
export * from './registry';
export * from './schema';
