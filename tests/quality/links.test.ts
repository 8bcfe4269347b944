import { describe, expect, inject, it } from 'vitest';
import { checkLinks, formatLinkFindings } from '../../packages/sharing-care/src/cli/check-links.ts';
import { readSiteAddress } from '../../packages/sharing-care/src/cli/read-site-address.ts';
import { BASED } from '../support/test-builds.ts';

describe('internal links', () => {
	it('all work in the root build, and every page can be reached', () => {
		const dist = inject('siteDist');
		expect(readSiteAddress(dist).base).toBe('/');
		const findings = checkLinks(dist);
		expect(findings, formatLinkFindings(findings)).toEqual([]);
	});

	it('all work in the build under a base path, and every page can be reached', () => {
		const dist = inject('basedSiteDist');
		expect(readSiteAddress(dist)).toEqual({ origin: BASED.SITE_URL, base: BASED.BASE_PATH });
		const findings = checkLinks(dist);
		expect(findings, formatLinkFindings(findings)).toEqual([]);
	});
});
