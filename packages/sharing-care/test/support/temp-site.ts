import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const made: string[] = [];

/**
 * Writes a small fake built site into a new temporary folder and returns the folder: keys are paths
 * relative to the site (`blog/x/index.html`), values the file contents. For unit tests of the checks.
 */
export function writeTempSite(files: Record<string, string | Buffer>): string {
	const dir = mkdtempSync(join(tmpdir(), 'sharing-care-site-'));
	made.push(dir);
	for (const [file, content] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		writeFileSync(join(dir, file), content);
	}
	return dir;
}

/** Removes every folder writeTempSite made in this test file; call it in afterAll. */
export function removeTempSites(): void {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A minimal valid page with a canonical link, for fake sites: `page('/blog/', '<a href="/">Home</a>')`. */
export function page(path: string, body = '', { origin = 'https://coop.example', head = '' } = {}): string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Test</title><link rel="canonical" href="${origin}${path}">${head}</head><body>${body}</body></html>`;
}
