import { isMap, isScalar, isSeq, Pair, parseDocument, Scalar, type Document, type YAMLMap } from 'yaml';
import { OWN_WORDING } from '../schemas/glossary.ts';
import { readYamlDocument, YAML_WRITE_OPTIONS, type Conversion } from './migration.ts';

/** The terms of a glossary in the list format of kit 0.2.0 (`- id: …` items), or undefined for any other YAML. */
function termsOf(document: Document): YAMLMap[] | undefined {
	return isSeq(document.contents) ? document.contents.items.filter((item) => isMap(item)) : undefined;
}

/** Whether a term says what its definition is based on. */
const hasBasis = (term: YAMLMap) => term.has('basis');

/**
 * Whether a glossary file is in the format before kit 0.3.0: a list of terms none of which says what its
 * definition is based on (`basis`). False for a glossary where some terms have one (a term missing it there is a
 * mistake the content check names), an empty file, a map keyed by id (the format before 0.2.0, which the first
 * migration turns into a list), and text that is not valid YAML.
 */
export function isGlossaryWithoutBasis(text: string): boolean {
	const document = parseDocument(text);
	if (document.errors.length) return false;
	const terms = termsOf(document);
	return terms !== undefined && terms.length > 0 && !terms.some(hasBasis);
}

/** Adds `basis: own` to a term, after its definition (or last, when it has none). */
function markOwnWording(term: YAMLMap): void {
	const pair = new Pair(new Scalar('basis'), new Scalar(OWN_WORDING));
	const definition = term.items.findIndex((item) => isScalar(item.key) && item.key.value === 'definition');
	term.items.splice(definition === -1 ? term.items.length : definition + 1, 0, pair);
}

/**
 * Marks every glossary term that does not say what its definition is based on as the site's own wording, the
 * meaning a definition had before kit 0.3.0:
 *
 *     - id: care-co-op
 *       term: Care co-op
 *       definition: A co-operative that provides care.
 *       basis: own
 *
 * `basis: own` goes under the definition; everything else (the order of the terms and their fields, comments,
 * quoting) is kept, as the file's own YAML nodes are kept. A site names the public definition a term follows in its
 * place (CONTENT.md). Returns undefined when every term has a basis, or the file is not a list of terms (an empty
 * file, or the map of kit 0.1, which the first migration converts); throws a ConversionError for text that is not
 * valid YAML.
 */
export function addGlossaryBasis(text: string): Conversion | undefined {
	const document = readYamlDocument(text);
	const without = termsOf(document)?.filter((term) => !hasBasis(term)) ?? [];
	if (!without.length) return undefined;
	for (const term of without) markOwnWording(term);
	const written = document.toString(YAML_WRITE_OPTIONS);
	const count = without.length;
	return {
		text: text.includes('\r\n') ? written.replace(/\r?\n/g, '\r\n') : written,
		detail: `${count} ${count === 1 ? 'term' : 'terms'} marked as the site's own wording`,
	};
}
