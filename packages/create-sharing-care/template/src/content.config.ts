// The kit's collections (entries and reference data, each with its schema), read from content/.
export { collections } from 'sharing-care/collections';
