import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runNode } from './run-node.ts';

/** Runs the Astro CLI with this Node (so the pinned Node 24), streaming its output; resolves to its exit code. */
export function runAstro(args: string[], env: Record<string, string> = {}): Promise<number> {
	const cli = join(dirname(createRequire(`${process.cwd()}/package.json`).resolve('astro/package.json')), 'bin', 'astro.mjs');
	return runNode(cli, args, env);
}
