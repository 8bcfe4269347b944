import { selectAll } from 'hast-util-select';
import { parseFragment, rawText, readAttribute } from '../lib/html/read-html.ts';

/**
 * The attribute that marks, in the editor's preview (src/editor/preview-templates.ts), the element wrapping what one
 * component draws: `data-scope="KeyPoints"`.
 */
export const SCOPE_ATTRIBUTE = 'data-scope';

/**
 * The scoped `<style>` blocks of an Astro component's source, read as HTML reads them (the frontmatter and
 * expressions are only text to the parser): not `is:global` ones, which are the site's anyway.
 */
export function readComponentStyles(source: string): string[] {
	return selectAll('style', parseFragment(source))
		.filter((style) => readAttribute(style, 'is:global') === undefined)
		.map((style) => rawText(style).trim());
}

/**
 * The components' own styles for the editor's preview, from their sources: on a page Astro keeps each component's
 * `<style>` to what that component draws (with an attribute of each build's own, in the page's stylesheet), so here
 * each is kept to what the preview draws for it, with CSS's `@scope`: the element marked with the component's name
 * (SCOPE_ATTRIBUTE) down to, not into, the next one marked, as a component's styles stop at the components and text
 * inside it. The marking elements draw no box of their own (`display: contents`), so they change no layout.
 */
export function buildPreviewStyles(components: Readonly<Record<string, string>>): string {
	const scoped = Object.entries(components).flatMap(([name, source]) =>
		readComponentStyles(source).map((css) => `@scope ([${SCOPE_ATTRIBUTE}=${JSON.stringify(name)}]) to ([${SCOPE_ATTRIBUTE}]) {\n${css}\n}`),
	);
	return `${[`[${SCOPE_ATTRIBUTE}] {\n\tdisplay: contents;\n}`, ...scoped].join('\n\n')}\n`;
}
