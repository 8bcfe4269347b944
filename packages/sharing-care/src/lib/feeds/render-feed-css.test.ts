import { describe, expect, it } from 'vitest';
import { renderFeedCss } from './render-feed-css.ts';

const colours = { brand: '#1b5e4a', text: '#1f2328', muted: '#4f5660', background: '#ffffff', surface: '#f3f5f4' };

describe('renderFeedCss', () => {
	it('hides every element, then shows only the parts a person reads', () => {
		const css = renderFeedCss({ colours, notice: 'This is a web feed.' });
		expect(css).toMatch(/^\* \{\n\tdisplay: none;\n\}/m);
		for (const selector of ['channel > title', 'channel > description', 'channel > |link', 'item > title', 'item > pubDate', 'item > description']) {
			expect(css).toContain(`${selector},`);
		}
		expect(css).not.toMatch(/encoded|guid|category/);
	});

	it('declares the feed namespaces so their elements can be matched', () => {
		const css = renderFeedCss({ colours, notice: 'x' });
		expect(css).toContain('@namespace content url(http://purl.org/rss/1.0/modules/content/);');
		expect(css).toContain('@namespace atom url(http://www.w3.org/2005/Atom);');
	});

	it('writes the notice as one CSS string, escaping quotes and keeping line breaks', () => {
		const css = renderFeedCss({ colours, notice: 'This is a "web feed".\nSee C:\\feeds' });
		expect(css).toContain('content: "This is a \\"web feed\\".\\A See C:\\\\feeds";');
	});

	it('uses the brand colours it is given', () => {
		const css = renderFeedCss({ colours: { ...colours, brand: '#123456' }, notice: 'x' });
		expect(css).toContain('border-left: 0.3rem solid #123456;');
		expect(css).toContain('color: #123456;');
	});
});
