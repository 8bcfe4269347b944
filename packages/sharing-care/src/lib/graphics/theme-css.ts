/** Writes brand colours as CSS custom properties: `brand` → `--colour-brand`, `onBrand` → `--colour-on-brand`. */
export function themeCss(colours: Readonly<Record<string, string>>): string {
	const declarations = Object.entries(colours).map(
		([name, value]) => `\t--colour-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}: ${value};`,
	);
	return `:root {\n${declarations.join('\n')}\n}\n`;
}
