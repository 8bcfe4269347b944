/**
 * Makes a new co-op's site with this repository's kit, as `npm create sharing-care@latest` makes one with the
 * kit published on npm:
 *
 *   npm run create-site -- <folder> [--yes]
 *
 * Packs the kit (`npm pack` in packages/sharing-care) into a temporary folder, runs the create package's command
 * (packages/create-sharing-care) with `--kit file:./sharing-care-<version>.tgz`, then copies the tarball into the
 * new site. The site installs the kit from that file, as it would from npm: nothing else of this repository is
 * reachable from it. The tarball is the one file a site made this way has that a site made from npm does not.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const KIT_DIR = join(ROOT, 'packages', 'sharing-care');
const CREATE_BIN = join(ROOT, 'packages', 'create-sharing-care', 'bin', 'create-sharing-care.mjs');

/** What `npm pack --json` says of the tarball it wrote. */
export interface PackedKit {
	/** The tarball's full path. */
	file: string;
	/** Its name: `sharing-care-0.2.0.tgz`. */
	filename: string;
	version: string;
	/** Bytes packed and unpacked, and how many files it holds. */
	size: number;
	unpackedSize: number;
	entryCount: number;
}

/** Packs the kit into `folder` with `npm pack`, as it would be published. */
export function packKit(folder: string): PackedKit {
	const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', folder], { cwd: KIT_DIR, encoding: 'utf8' });
	if (packed.status !== 0) throw new Error(`npm pack failed in ${KIT_DIR}:\n${packed.stderr}`);
	const [result] = JSON.parse(packed.stdout) as Omit<PackedKit, 'file'>[];
	if (!result) throw new Error(`npm pack wrote no tarball:\n${packed.stdout}`);
	return { ...result, file: join(folder, result.filename) };
}

const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Makes a site in `folder` with a freshly packed kit; `args` go to the create command (such as --yes). Returns the kit packed. */
export function createSite(folder: string, args: string[] = []): PackedKit {
	const packing = mkdtempSync(join(tmpdir(), 'sharing-care-pack-'));
	try {
		const kit = packKit(packing);
		const created = spawnSync(process.execPath, [CREATE_BIN, folder, ...args, '--kit', `file:./${kit.filename}`], { stdio: 'inherit' });
		if (created.status !== 0) throw new Error(`The site was not made (create-sharing-care exited with ${created.status ?? created.signal}).`);
		copyFileSync(kit.file, join(folder, kit.filename));
		console.log(`
This local flavour adds one file to the site: ${kit.filename}, the kit packed from this repository
(${kilobytes(kit.size)} packed, ${kilobytes(kit.unpackedSize)} unpacked, ${kit.entryCount} files). Its package.json asks for the kit
as file:./${kit.filename}, so npm install takes it from there. A site made with  npm create sharing-care@latest
gets the kit from npm instead, and has no such file.`);
		return { ...kit, file: join(folder, kit.filename) };
	} finally {
		rmSync(packing, { recursive: true, force: true });
	}
}

if (import.meta.filename === process.argv[1]) {
	const args = process.argv.slice(2);
	const kitArgument = args.find((arg) => arg === '--kit' || arg.startsWith('--kit='));
	if (kitArgument) {
		console.error('npm run create-site always uses the kit packed from this repository: leave out --kit.');
		process.exit(1);
	}
	const folder = args.find((arg) => !arg.startsWith('-'));
	try {
		// Without a folder the create command says what it needs; nothing is packed for nothing.
		if (!folder) {
			const usage = spawnSync(process.execPath, [CREATE_BIN, ...args], { stdio: 'inherit' });
			process.exit(usage.status ?? 1);
		}
		createSite(
			folder,
			args.filter((arg) => arg !== folder),
		);
	} catch (error) {
		console.error(`✗ ${(error as Error).message}`);
		process.exit(1);
	}
}
