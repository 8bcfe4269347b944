import { fileURLToPath } from 'node:url';

/**
 * Node's arguments for running the kit's TypeScript, which Node will not strip types from inside node_modules
 * (where the kit lives in a co-op's site): the hook in bin/register-types.mjs does it. For every Node process
 * the kit starts: the content check beside Astro's start-up here, and each step of the command line (src/cli/).
 */
export const TYPESCRIPT_NODE_ARGS: readonly string[] = ['--import', fileURLToPath(new URL('../../bin/register-types.mjs', import.meta.url))];
