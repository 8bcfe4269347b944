/**
 * The `@handle` of the first Twitter / X profile among a list of links, for the `twitter:site` card tag:
 * `https://twitter.com/valleycarecoop` → `@valleycarecoop`. Undefined when there is none.
 */
export function findTwitterHandle(links: readonly { href: string }[]): string | undefined {
	for (const { href } of links) {
		let url: URL;
		try {
			url = new URL(href);
		} catch {
			continue;
		}
		if (!/^(www\.|mobile\.)?(twitter|x)\.com$/i.test(url.hostname)) continue;
		const handle = url.pathname.split('/').filter(Boolean)[0];
		if (handle && /^[A-Za-z0-9_]{1,15}$/.test(handle)) return `@${handle}`;
	}
	return undefined;
}
