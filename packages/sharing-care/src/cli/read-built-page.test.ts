import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { select } from 'hast-util-select';
import { afterAll, describe, expect, it } from 'vitest';
import { page, removeTempSites, writeTempSite } from '../../test/support/temp-site.ts';
import { readBuiltPage, SHARED_HTML_BUDGET } from './read-built-page.ts';

afterAll(removeTempSites);

describe('readBuiltPage', () => {
	it('parses a page once while its file holds the same HTML, and again once it changes', () => {
		const file = join(writeTempSite({ 'index.html': page('/', '<h1>First</h1>') }), 'index.html');
		const first = readBuiltPage(file);
		expect(readBuiltPage(file)).toBe(first);
		writeFileSync(file, page('/', '<h1>Second</h1>'));
		const second = readBuiltPage(file);
		expect(second).not.toBe(first);
		expect(select('h1', second)?.children).toEqual([expect.objectContaining({ type: 'text', value: 'Second' })]);
	});

	it('shares no more trees than its budget of HTML allows, and parses a page beyond it each time it is read', () => {
		const big = page('/', `<p>${'x'.repeat(SHARED_HTML_BUDGET)}</p>`);
		const file = join(writeTempSite({ 'big/index.html': big }), 'big/index.html');
		const first = readBuiltPage(file);
		expect(select('p', first)).toBeDefined();
		expect(readBuiltPage(file)).not.toBe(first);
	});
});
