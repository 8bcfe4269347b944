import { CONTENT_DIR } from '../config/paths.ts';
import { convertKeyedMapToList, isKeyedMap } from './convert-keyed-map-to-list.ts';
import { defineFileMigration, type Migration } from './migration.ts';

/**
 * Kit 0.2.0: reference data is a list of items each starting with `- id:` (the shape the web editor edits),
 * no longer a map keyed by id. The files are those of 0.1 and the glossary, named here rather than taken
 * from the registry of collections, as they are the files this change of format concerns.
 */
export const referenceDataLists: Migration = defineFileMigration({
	id: 'reference-data-lists',
	version: '0.2.0',
	description: 'Reference data (topics, people, organisations, series and the glossary) written as a map keyed by id ("co-production:") becomes a list of items, each starting with its id ("- id: co-production").',
	files: ['topics', 'people', 'organisations', 'series', 'glossary'].map((name) => `${CONTENT_DIR}/${name}.yaml`),
	isOutdated: isKeyedMap,
	convert: convertKeyedMapToList,
});

/**
 * Every change of content format, oldest first: `npx sharing-care upgrade` applies them in this order, so each
 * may rely on the content being in the format the ones before it leave. Add a new one at the end.
 */
export const MIGRATIONS: readonly Migration[] = [referenceDataLists];
