import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../../scripts/lib/copy-project.ts';

interface Step {
	id?: string;
	uses?: string;
	run?: string;
	env?: Record<string, string>;
	with?: Record<string, string>;
}

const workflow = parse(readFileSync(join(ROOT, '.github/workflows/deploy.yml'), 'utf8')) as {
	on: Record<string, unknown>;
	jobs: Record<string, { steps: Step[] }>;
};
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const netlify = readFileSync(join(ROOT, 'netlify.toml'), 'utf8');

describe('the GitHub Pages workflow', () => {
	it('publishes on every commit to main, and on demand', () => {
		expect(Object.keys(workflow.on).sort()).toEqual(['push', 'workflow_dispatch']);
		expect(workflow.on.push).toEqual({ branches: ['main'] });
	});

	it('installs with npm install, never npm ci', () => {
		const commands = steps.map((step) => step.run ?? '').join('\n');
		expect(commands).toMatch(/^npm install\b/m);
		expect(commands).not.toMatch(/\bnpm ci\b/);
	});

	it('builds with the address and folder GitHub Pages gives, unless repository variables say otherwise', () => {
		const pages = steps.find((step) => step.uses?.startsWith('actions/configure-pages@'));
		expect(pages?.id).toBe('pages');
		const build = steps.find((step) => /npm run build/.test(step.run ?? ''));
		expect(build?.env).toMatchObject({
			SITE_URL: '${{ vars.SITE_URL || steps.pages.outputs.origin }}',
			BASE_PATH: "${{ vars.BASE_PATH || steps.pages.outputs.base_path || '/' }}",
		});
	});

	it('uploads the built dist folder and deploys it', () => {
		expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist' });
		expect(steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
	});
});

describe('the Netlify config', () => {
	it('builds with npm run build into dist, at the root of Netlify’s own address', () => {
		expect(netlify).toMatch(/^\s*command = 'SITE_URL="\$\{SITE_URL:-\$URL\}" npm run build'$/m);
		expect(netlify).toMatch(/^\s*publish = "dist"$/m);
		expect(netlify).toMatch(/^\s*BASE_PATH = "\/"$/m);
		expect(netlify).toMatch(/^\s*NODE_VERSION = "24"$/m);
	});
});
