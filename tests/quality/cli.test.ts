import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/copy-project.ts';
import { runScript } from '../support/run-script.ts';
import { page, removeTempSites, writeTempSite } from '../../packages/sharing-care/test/support/temp-site.ts';

afterAll(removeTempSites);

const good = () =>
	writeTempSite({
		'index.html': page('/', '<main><h1>Home</h1><p><a href="/about/">About</a></p><img src="/logo.svg" width="10" height="10" alt="Logo"></main>'),
		'about/index.html': page('/about/', '<main><h1>About</h1><p><a href="/">Home</a></p></main>'),
		'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"></svg>',
	});

const bad = () =>
	writeTempSite({
		'index.html': page(
			'/',
			'<main><h1>Home</h1><p><a href="/gone/">Gone</a><div>x</div></p><script src="https://cdn.example/x.js"></script><img src="/photo.jpg" alt=""></main>',
		),
	});

describe('the check scripts, run from the command line', () => {
	for (const [script, complaint] of [
		['check-links', '/gone/ leads to a page or file that does not exist'],
		['check-html', '(close-order)'],
		['check-privacy', 'loads https://cdn.example/x.js through <script src>'],
		['check-weight', 'image photo.jpg is not in a modern format'],
	] as const) {
		it(`${script} prints what is wrong and exits 1 on a broken site, and exits 0 on a good one`, () => {
			const broken = runScript(ROOT, script, [bad()]);
			expect(broken.code, broken.output).toBe(1);
			expect(broken.stderr).toContain(complaint);
			const fine = runScript(ROOT, script, [good()]);
			expect(fine.code, fine.output).toBe(0);
			expect(fine.stdout).toContain('✓');
		});
	}

	it('say so when there is no built site to check', () => {
		const result = runScript(ROOT, 'check-links', ['/nonexistent/dist']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('run npm run build first');
	});
});
