/**
 * The bare stack's search step for the benchmark, in a process of its own so its wall time and memory are its own:
 *
 *   node bench/lib/bench-step.ts index <site folder>
 *
 * It indexes the built site exactly as `npm run build` does (src/integration/index-site.ts). Exits non-zero on failure.
 */
import { indexSite } from '../../packages/sharing-care/src/integration/index-site.ts';

const [step, site] = process.argv.slice(2);
if (step !== 'index' || !site) {
	console.error('Usage: node bench/lib/bench-step.ts index <site folder>');
	process.exit(2);
}
console.log(`indexed ${await indexSite(site)} pages`);
