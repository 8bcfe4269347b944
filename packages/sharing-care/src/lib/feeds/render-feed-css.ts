export interface FeedCssOptions {
	colours: { brand: string; text: string; muted: string; background: string; surface: string };
	/** The explanation shown above the feed: what it is and how to subscribe. Line breaks are kept. */
	notice: string;
}

/** Text as a CSS string literal: quotes and backslashes escaped, line breaks as `\A`. */
function cssString(text: string): string {
	return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\A ')}"`;
}

/**
 * A CSS stylesheet that makes any of the site's RSS feeds read as a plain page when someone opens it in a
 * browser: a notice saying what a feed is and how to subscribe, the feed's title and description, and each
 * item's title, date, summary and address. Every other element (full content, guids, categories) is hidden.
 * CSS, not XSLT: browsers are removing XSLT, and they still style XML with CSS. Feed readers ignore it.
 */
export function renderFeedCss({ colours, notice }: FeedCssOptions): string {
	return `@namespace atom url(http://www.w3.org/2005/Atom);
@namespace content url(http://purl.org/rss/1.0/modules/content/);
@namespace dc url(http://purl.org/dc/elements/1.1/);

* {
	display: none;
}

rss {
	display: block;
	max-width: 42rem;
	margin: 0 auto;
	padding: 1rem 1rem 2.5rem;
	font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
	font-size: 1.125rem;
	line-height: 1.6;
	color: ${colours.text};
	background: ${colours.background};
	overflow-wrap: break-word;
}

/* RSS's own elements have no namespace (|name), unlike atom:link beside them. */
channel,
channel > title,
channel > description,
channel > |link,
item > title,
item > pubDate,
item > description,
item > |link {
	display: block;
}

channel::before {
	content: ${cssString(notice)};
	display: block;
	white-space: pre-line;
	margin: 1rem 0 1.5rem;
	padding: 1rem;
	background: ${colours.surface};
	border-left: 0.3rem solid ${colours.brand};
}

channel > title {
	margin: 1.5rem 0 1rem;
	font-size: 2rem;
	font-weight: 700;
	line-height: 1.25;
}

channel > description {
	margin-bottom: 1rem;
	font-size: 1.25rem;
}

channel > |link::before {
	content: "Web page: ";
}

channel > |link,
item > |link,
item > pubDate {
	color: ${colours.muted};
	font-size: 1rem;
}

channel > |link::after {
	content: "Latest in this feed";
	display: block;
	margin: 2.5rem 0 1rem;
	color: ${colours.text};
	font-size: 1.5rem;
	font-weight: 700;
}

item {
	display: flex;
	flex-direction: column;
	padding-block: 1rem;
	border-top: 1px solid ${colours.muted};
}

item > title {
	order: 1;
	color: ${colours.brand};
	font-size: 1.25rem;
	font-weight: 700;
}

item > pubDate {
	order: 2;
}

item > description {
	order: 3;
	margin-block: 0.5rem;
}

item > |link {
	order: 4;
}
`;
}
