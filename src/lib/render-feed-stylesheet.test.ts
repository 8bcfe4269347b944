import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderFeedStylesheet } from './render-feed-stylesheet.ts';

const options = { language: 'en-GB', stylesheets: ['/coop-kit/theme.css', '/coop-kit/feed.css'], subscribeHref: '/coop-kit/subscribe/' };

describe('renderFeedStylesheet', () => {
	it('is a well-formed XSLT 1.0 stylesheet', () => {
		const xsl = renderFeedStylesheet(options);
		expect(XMLValidator.validate(xsl)).toBe(true);
		const parsed = new XMLParser({ ignoreAttributes: false }).parse(xsl);
		expect(parsed['xsl:stylesheet']['@_version']).toBe('1.0');
		expect(parsed['xsl:stylesheet']['@_xmlns:xsl']).toBe('http://www.w3.org/1999/XSL/Transform');
	});

	it('links the given stylesheets and the subscribe page', () => {
		const xsl = renderFeedStylesheet(options);
		expect(xsl).toContain('<link rel="stylesheet" href="/coop-kit/theme.css"/>');
		expect(xsl).toContain('<link rel="stylesheet" href="/coop-kit/feed.css"/>');
		expect(xsl).toContain('href="/coop-kit/subscribe/"');
		expect(xsl).toContain('<html lang="en-GB">');
	});

	it('doubles braces in addresses so XSLT does not read them as expressions', () => {
		const xsl = renderFeedStylesheet({ ...options, subscribeHref: '/a{b}/' });
		expect(xsl).toContain('href="/a{{b}}/"');
	});

	it('explains in plain words what the page is', () => {
		expect(renderFeedStylesheet(options)).toMatch(/This is a web feed<\/strong> \(also called an RSS feed\)/);
	});
});
