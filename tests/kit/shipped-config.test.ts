import { describe, expect, it } from 'vitest';
import { resolveSiteConfig } from '../../packages/sharing-care/src/config/resolve-site-config.ts';
import siteConfig from '../../site.config.ts';

// The project's own site.config.ts belongs to this site, not to the kit: the kit's unit tests use configs of their own.
describe("the project's site.config.ts", () => {
	it('is accepted by the kit, with its default colours', () => {
		expect(resolveSiteConfig(siteConfig).colours.brand).toMatch(/^#[0-9a-f]{6}$/i);
	});
});
