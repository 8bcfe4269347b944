import { escapeXml } from './escape-xml.ts';

export interface FeedStylesheetOptions {
	/** The language of the page the browser shows, as a BCP 47 tag. */
	language: string;
	/** Stylesheets the page links to, as paths on the site. */
	stylesheets: string[];
	/** The page that explains feeds and how to subscribe. */
	subscribeHref: string;
}

/** An attribute value in XSLT: escaped for XML, with braces doubled so they are not read as expressions. */
const attribute = (value: string) => escapeXml(value).replace(/\{/g, '{{').replace(/\}/g, '}}');

/**
 * An XSLT 1.0 stylesheet that turns any of the site's RSS feeds into a plain, readable web page when someone
 * opens a feed in a browser: what a feed is, how to subscribe, and the latest items with their links.
 * Feed readers ignore it.
 */
export function renderFeedStylesheet({ language, stylesheets, subscribeHref }: FeedStylesheetOptions): string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" exclude-result-prefixes="atom dc">
<xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>
<xsl:template match="/">
<html lang="${attribute(language)}">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="robots" content="noindex"/>
<title><xsl:value-of select="/rss/channel/title"/> (web feed)</title>
${stylesheets.map((href) => `<link rel="stylesheet" href="${attribute(href)}"/>`).join('\n')}
</head>
<body class="feed-page">
<main class="container">
<div class="feed-notice">
<p><strong>This is a web feed</strong> (also called an RSS feed). It is meant for feed reader apps, not for reading here. To subscribe, copy the address of this page from your browser’s address bar into your feed reader.</p>
<p><a href="${attribute(subscribeHref)}">What is a feed, and how do I subscribe?</a></p>
</div>
<h1><xsl:value-of select="/rss/channel/title"/></h1>
<p class="lede"><xsl:value-of select="/rss/channel/description"/></p>
<p><a href="{/rss/channel/link}">Go to the web page for this feed</a></p>
<h2>Latest in this feed</h2>
<xsl:choose>
<xsl:when test="/rss/channel/item">
<ol class="feed-items">
<xsl:for-each select="/rss/channel/item">
<li>
<h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
<p class="feed-date"><xsl:value-of select="substring(pubDate, 6, 11)"/></p>
<p><xsl:value-of select="description"/></p>
</li>
</xsl:for-each>
</ol>
</xsl:when>
<xsl:otherwise><p>Nothing has been published in this feed yet.</p></xsl:otherwise>
</xsl:choose>
</main>
</body>
</html>
</xsl:template>
</xsl:stylesheet>
`;
}
