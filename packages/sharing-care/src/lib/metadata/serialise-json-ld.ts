/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` are written as Unicode escapes,
 * so no text in the data (a title containing `</script>`) can end the element early. The result parses
 * back to exactly the same data.
 */
export function serialiseJsonLd(data: unknown): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
