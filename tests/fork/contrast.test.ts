import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import defaultConfig from '../../site.config.ts';
import { copyProject } from '../support/project-copy.ts';
import { runScript } from '../support/run-script.ts';
import { writeSiteConfig } from './fork-site.ts';

let dir: string;
beforeAll(() => {
	dir = copyProject(`fork-contrast-${process.pid}`, { fixtures: false });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the colour contrast check', () => {
	it('accepts the default palette', () => {
		writeSiteConfig(dir, defaultConfig);
		const result = runScript(dir, 'check');
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
	});

	it('refuses a palette that fails WCAG AA in npm run check, naming each pair and its ratio', () => {
		writeSiteConfig(dir, { ...defaultConfig, colours: { brand: '#88c0a0', muted: '#a0a0a0' } });
		const result = runScript(dir, 'check');
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('site.config.ts');
		expect(result.stderr).toContain('colours.brand: brand (#88c0a0) on background (#ffffff) has a contrast ratio of 2.08:1; WCAG AA needs at least 4.5:1.');
		expect(result.stderr).toContain('colours.onBrand: onBrand (#ffffff) on brand (#88c0a0) has a contrast ratio of 2.08:1');
		expect(result.stderr).toMatch(/colours\.muted: muted \(#a0a0a0\) on surface \(#f3f5f4\) has a contrast ratio of 2\.\d\d:1/);
	});

	it('stops the build with the same message, before anything is built', () => {
		writeSiteConfig(dir, { ...defaultConfig, colours: { text: '#777777' } });
		const result = runScript(dir, 'build');
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('colours.text: text (#777777) on background (#ffffff) has a contrast ratio of 4.48:1; WCAG AA needs at least 4.5:1.');
		expect(result.stderr).toContain('Build failed');
		expect(existsSync(join(dir, 'dist'))).toBe(false);
	});
});
