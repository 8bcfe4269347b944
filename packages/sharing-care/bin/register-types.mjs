/**
 * Lets Node run the kit's TypeScript from inside node_modules, and keeps it compiled between runs. Node strips types
 * from `.ts` files itself, but refuses to for files under node_modules, which is where the kit lives in a co-op's
 * site. This hook strips them the same way (Node's own `stripTypeScriptTypes`, so the same erasable-syntax rules
 * apply) for the command line and the processes it starts: `node --import sharing-care/bin/register-types.mjs
 * script.ts`.
 */
import { readFileSync } from 'node:fs';
import { enableCompileCache, registerHooks, stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';

// Each command loads the kit's modules afresh: Node keeps their compiled code on disk for the next run (its compile
// cache, in the system's temporary folder, as Astro's own command does), so a second `npm run check` starts faster.
// NODE_DISABLE_COMPILE_CACHE=1 turns it off.
enableCompileCache();

// stripTypeScriptTypes is marked experimental; its warning would print before every command's own output.
const emitWarning = process.emitWarning;
process.emitWarning = (warning, ...rest) => {
	if (String(warning).includes('stripTypeScriptTypes')) return;
	emitWarning.call(process, warning, ...rest);
};

registerHooks({
	load(url, context, nextLoad) {
		if (url.startsWith('file:') && url.endsWith('.ts') && url.includes('/node_modules/')) {
			return { format: 'module', source: stripTypeScriptTypes(readFileSync(fileURLToPath(url), 'utf8')), shortCircuit: true };
		}
		return nextLoad(url, context);
	},
});
