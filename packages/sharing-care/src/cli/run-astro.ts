import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { startNode, type RunningNode } from './run-node.ts';

/** Starts the Astro CLI with this Node (so the pinned Node 24), streaming its output. */
export function startAstro(args: string[], env: Record<string, string> = {}): RunningNode {
	const cli = join(dirname(createRequire(`${process.cwd()}/package.json`).resolve('astro/package.json')), 'bin', 'astro.mjs');
	return startNode(cli, args, env);
}
