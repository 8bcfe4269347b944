/** Emphasis, strong emphasis and strikethrough around words: `*a*`, `**a**`, `_a_`, `__a__`, `~~a~~`. */
const EMPHASIS = /(?<![\p{L}\p{N}])(\*{1,3}|_{1,3}|~~)(?=\S)([\s\S]*?\S)\1(?![\p{L}\p{N}])/gu;

/** Where escaped characters are kept while markup is removed: U+E000 plus the character's code. */
const ESCAPED = 0xe000;

/**
 * The words of a Markdown text as a reader sees them, on one line: emphasis and code marks, heading and list markers,
 * quote marks (`>`), HTML tags and link definitions are removed, links and pictures give their words
 * (`[our audit](/audits/…)` → "our audit"), escaped characters lose their backslash, and every run of spaces and line
 * breaks becomes one space. Typographic punctuation is left as written.
 */
export function stripMarkdown(markdown: string): string {
	const lines = markdown
		.split(/\r?\n/)
		// Link definitions (`[1]: https://…`) are addresses, not words.
		.filter((line) => !/^ {0,3}\[[^\]]+\]:\s/.test(line))
		.map((line) =>
			line
				.replace(/^ {0,3}#{1,6}(?=\s|$)/, '')
				.replace(/\s#+\s*$/, '')
				.replace(/^(?:\s*>)+\s?/, '')
				.replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, ''),
		);
	// Escaped characters (`\\*`) are set aside, as private-use characters, so that no mark below takes them for markup.
	let text = lines.join('\n').replace(/\\([!-/:-@[-`{-~])/g, (_, mark: string) => String.fromCharCode(ESCAPED + mark.charCodeAt(0)));
	text = text
		// Pictures and links give their words: `![alt](src)`, `[words](address "title")`, `[words][ref]`.
		.replace(/!?\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
		.replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, '$1')
		// Addresses written between angle brackets give the address; other tags go.
		.replace(/<((?:https?:|mailto:)[^>\s]+)>/g, '$1')
		.replace(/<\/?[A-Za-z][^<>]*>|<!--[\s\S]*?-->/g, '')
		.replace(/`+([^`]*?)`+/g, '$1');
	// Nested emphasis (`**a _b_**`) loses one mark a pass.
	for (let before = ''; before !== text;) {
		before = text;
		text = text.replace(EMPHASIS, '$2');
	}
	return text
		.replace(/[\uE000-\uE07F]/g, (mark) => String.fromCharCode(mark.charCodeAt(0) - ESCAPED))
		.replace(/\s+/g, ' ')
		.trim();
}
