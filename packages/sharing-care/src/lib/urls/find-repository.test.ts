import { describe, expect, it } from 'vitest';
import { findRepository, repositoryFromUrl } from './find-repository.ts';

describe('repositoryFromUrl', () => {
	it('reads owner/name from GitHub addresses over HTTPS and SSH, with or without .git', () => {
		expect(repositoryFromUrl('https://github.com/hillside-care/sharing-care.git')).toBe('hillside-care/sharing-care');
		expect(repositoryFromUrl('git@github.com:hillside-care/sharing-care.git')).toBe('hillside-care/sharing-care');
		expect(repositoryFromUrl('https://github.com/hillside-care/site.coop')).toBe('hillside-care/site.coop');
	});

	it('finds nothing in an address elsewhere', () => {
		expect(repositoryFromUrl('https://gitlab.com/hillside-care/sharing-care.git')).toBeUndefined();
	});
});

describe('findRepository', () => {
	it('prefers the config, then GitHub Actions, then Netlify, then the local clone', () => {
		const env = { GITHUB_REPOSITORY: 'actions/repo', REPOSITORY_URL: 'https://github.com/netlify/repo' };
		const originUrl = 'git@github.com:local/repo.git';
		expect(findRepository({ configured: 'config/repo', env, originUrl })).toBe('config/repo');
		expect(findRepository({ env, originUrl })).toBe('actions/repo');
		expect(findRepository({ env: { REPOSITORY_URL: env.REPOSITORY_URL }, originUrl })).toBe('netlify/repo');
		expect(findRepository({ originUrl })).toBe('local/repo');
	});

	it('says nothing when no source names a GitHub repository', () => {
		expect(findRepository({ env: {}, originUrl: 'https://example.org/repo.git' })).toBeUndefined();
	});
});
