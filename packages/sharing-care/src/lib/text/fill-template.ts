/**
 * Puts values into a sentence from the strings table: `fillTemplate('Showing {shown} of {total}', { shown: '10', total: '23' })`.
 * Each `{name}` with a value is replaced once, so a value that itself holds braces (a reader's search words) is
 * never read as a placeholder. A placeholder with no value is left as it is, where a translator will see it.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
	return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (Object.hasOwn(values, name) ? values[name]! : placeholder));
}
