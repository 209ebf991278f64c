/** The model: the schemas of the estate's records and the vocabulary they share with the registry. */
export * from './schemas';
export * from './vocabulary';
