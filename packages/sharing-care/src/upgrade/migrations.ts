import { CONTENT_DIR } from '../config/paths.ts';
import { addGlossaryBasis, isGlossaryWithoutBasis } from './add-glossary-basis.ts';
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
	description:
		'Reference data (topics, people, organisations, series and the glossary) written as a map keyed by id ("co-production:") becomes a list of items, each starting with its id ("- id: co-production").',
	files: ['topics', 'people', 'organisations', 'series', 'glossary'].map((name) => `${CONTENT_DIR}/${name}.yaml`),
	isOutdated: isKeyedMap,
	convert: convertKeyedMapToList,
});

/**
 * Kit 0.3.0: every glossary term says what its definition is based on (`basis`): the public definition it follows,
 * or `own`, the site's own wording. Definitions before had no basis and were the site's own words, so each term
 * without one is marked `basis: own`; the site then names the public definition a term follows where there is one.
 */
export const glossaryBasis: Migration = defineFileMigration({
	id: 'glossary-basis',
	version: '0.3.0',
	description:
		"Each glossary term says what its definition is based on: a term without a basis is marked \"basis: own\", the site's own wording. Where a definition follows a public one (the CQC's, SCIE's, a law's), name it in its place (CONTENT.md).",
	files: [`${CONTENT_DIR}/glossary.yaml`],
	isOutdated: isGlossaryWithoutBasis,
	convert: addGlossaryBasis,
});

/**
 * Every change of content format, oldest first: `npx sharing-care upgrade` applies them in this order, so each
 * may rely on the content being in the format the ones before it leave. Add a new one at the end.
 */
export const MIGRATIONS: readonly Migration[] = [referenceDataLists, glossaryBasis];
