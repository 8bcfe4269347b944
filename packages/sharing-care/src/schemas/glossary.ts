import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { plainText, webAddress } from './fields.ts';

/**
 * A term in the glossary (`content/glossary.yaml`): a word or phrase the entries use, explained in plain language
 * in the site's own words. The first use of the term (or one of its other forms) in an entry links to it.
 */
export const glossaryTermSchema = (ctx: SchemaContext) =>
	z.strictObject({
		term: plainText.describe('The term as the glossary lists it, for example "Investor member" or "CQC".'),
		aliases: z
			.array(plainText)
			.optional()
			.describe('Other forms of the term that entries use, which link to it too: a plural, a verb or the name in full ("investor members", "co-produced", "Care Quality Commission"). Case does not matter, except in forms written in capitals.'),
		definition: plainText.describe('What it means, in one to three plain sentences written by the site, not quoted from a source.'),
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
