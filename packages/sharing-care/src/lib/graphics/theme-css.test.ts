import { describe, expect, it } from 'vitest';
import { themeCss } from './theme-css.ts';

describe('themeCss', () => {
	it('writes each colour as a kebab-case custom property on :root', () => {
		expect(themeCss({ brand: '#1b5e4a', onBrand: '#ffffff' })).toBe(':root {\n\t--colour-brand: #1b5e4a;\n\t--colour-on-brand: #ffffff;\n}\n');
	});
});
