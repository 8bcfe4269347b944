/**
 * Breaks text into lines of at most `width` characters at spaces, for drawing text where nothing wraps it
 * (an SVG). A word longer than a line gets a line of its own. At most `maxLines` lines: when text is left
 * over, the last line ends with an ellipsis.
 */
export function wrapWords(text: string, width: number, maxLines = Infinity): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.trim().split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	const last = kept[maxLines - 1]!;
	kept[maxLines - 1] = `${last.length >= width ? last.slice(0, Math.max(0, width - 1)).trimEnd() : last}…`;
	return kept;
}
