import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { plainText, webAddress } from './fields.ts';

/** The word that marks a definition as the site's own wording (`basis: own`). */
export const OWN_WORDING = 'own';

/** What the check says of a glossary term with no `basis`. */
export const MISSING_BASIS =
	"Say what this definition is based on: basis: { publisher, title, url } naming the public definition it follows (such as the CQC's, SCIE's or a law's on legislation.gov.uk), or basis: own when it is the site's own wording. (A glossary written before version 0.3.0 of the kit has no basis for any term: npx sharing-care upgrade marks each term without one as own.)";

/**
 * What a glossary definition is based on: the public definition it follows (who published it, its title and its
 * https address), or `own`, the site's own wording. Every term says which, so a reader knows whose meaning it is.
 */
export const glossaryBasis = z.union(
	[
		z.strictObject({
			publisher: plainText.describe('Who published the definition, for example "CQC", "SCIE", "Co-operatives UK" or "legislation.gov.uk".'),
			title: plainText.describe('The title of the page or document that gives the definition.'),
			url: z
				.url({ protocol: /^https$/, error: 'Write the full address of the definition, starting with https://.' })
				.describe('Its address, starting with https://.'),
		}),
		z.literal(OWN_WORDING),
	],
	{ error: (issue) => (issue.input === undefined ? MISSING_BASIS : undefined) },
);

export type GlossaryBasis = z.output<typeof glossaryBasis>;

/**
 * A term in the glossary (`content/glossary.yaml`): a word or phrase the entries use, explained in plain language,
 * with what its definition is based on. The first use of the term (or one of its other forms) in an entry links to
 * it, except in an entry that lists it under `glossaryUnlinked`.
 */
export const glossaryTermSchema = (ctx: SchemaContext) =>
	z.strictObject({
		term: plainText.describe('The term as the glossary lists it, for example "Investor member" or "CQC".'),
		aliases: z
			.array(plainText)
			.optional()
			.describe(
				'Other forms of the term that entries use, which link to it too: a plural, a verb or the name in full ("investor members", "co-produced", "Care Quality Commission"). Case does not matter, except in forms written in capitals.',
			),
		definition: plainText.describe('What it means, in one to three plain sentences written by the site, not quoted from a source.'),
		basis: glossaryBasis.describe(
			"What the definition is based on: { publisher, title, url } of the public definition it follows, or own when it is the site's own wording. Shown under the definition.",
		),
		furtherReading: z
			.strictObject({
				name: plainText.describe('What the page is, for example "Care Act 2014, on legislation.gov.uk".'),
				url: webAddress.describe('Its address.'),
			})
			.optional()
			.describe('An official page where readers can find out more, such as the law or the regulator.'),
		seeAlso: z.array(ctx.reference('glossary')).optional().describe('Related terms: ids from this file.'),
	});

export type GlossaryTermData = z.output<ReturnType<typeof glossaryTermSchema>>;
