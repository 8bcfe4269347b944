import { describe, expect, it } from 'vitest';
import { buildPreviewStyles, readComponentStyles } from './build-preview-styles.ts';

const component = `---
const { points } = Astro.props;
---

<section class="key-points"><ul>{points.map((point) => <li>{point}</li>)}</ul></section>

<style>
	.key-points {
		padding: var(--space-3);
	}
</style>
<style is:global>
	body { margin: 0; }
</style>
`;

describe('readComponentStyles', () => {
	it('reads the scoped styles of a component, leaving out global ones', () => {
		expect(readComponentStyles(component)).toEqual(['.key-points {\n\t\tpadding: var(--space-3);\n\t}']);
		expect(readComponentStyles('<p>No styles</p>')).toEqual([]);
	});
});

describe('buildPreviewStyles', () => {
	it('keeps each component’s styles to what is marked with its name, up to the next component, with markers drawing no box', () => {
		const css = buildPreviewStyles({ KeyPoints: component, FormattedDate: '<time />' });
		expect(css).toBe(
			'[data-scope] {\n\tdisplay: contents;\n}\n\n@scope ([data-scope="KeyPoints"]) to ([data-scope]) {\n.key-points {\n\t\tpadding: var(--space-3);\n\t}\n}\n',
		);
	});
});
