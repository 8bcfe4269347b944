/** Where the repository's name can come from, in the order tried. */
export interface RepositorySources {
	/** `editor.repo` in site.config.ts. */
	configured?: string | undefined;
	/** What the host says: GITHUB_REPOSITORY on GitHub Actions (`owner/name`), REPOSITORY_URL on Netlify. */
	env?: { GITHUB_REPOSITORY?: string | undefined; REPOSITORY_URL?: string | undefined };
	/** The address of the local clone's `origin` remote, if there is one. */
	originUrl?: string | undefined;
}

/** `owner/name` from a GitHub address: `https://github.com/owner/name.git`, `git@github.com:owner/name.git`. */
export function repositoryFromUrl(url: string): string | undefined {
	const match = /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url.trim());
	return match ? `${match[1]}/${match[2]}` : undefined;
}

/**
 * The GitHub repository the web editor commits to, as `owner/name`: the one site.config.ts names, else the one the
 * build runs for (GitHub Actions, Netlify), else the local clone's origin. Undefined when none of them says.
 */
export function findRepository({ configured, env = {}, originUrl }: RepositorySources): string | undefined {
	if (configured) return configured;
	if (env.GITHUB_REPOSITORY && /^[\w.-]+\/[\w.-]+$/.test(env.GITHUB_REPOSITORY)) return env.GITHUB_REPOSITORY;
	return (env.REPOSITORY_URL && repositoryFromUrl(env.REPOSITORY_URL)) || (originUrl && repositoryFromUrl(originUrl)) || undefined;
}
