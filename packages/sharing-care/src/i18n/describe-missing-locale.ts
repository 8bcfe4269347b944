/**
 * What to do when `locale` in site.config.ts names a language the kit has no strings table for: the kit's words
 * come in the languages it lists, and a site words them its own way in `content/strings.yaml`.
 */
export function describeMissingLocale(locale: string, available: readonly string[]): string {
	return `"${locale}": the kit has no words in this language (it has ${available.map((tag) => `"${tag}"`).join(', ')}). Set locale to one of these, and give the site's own words in content/strings.yaml.`;
}
