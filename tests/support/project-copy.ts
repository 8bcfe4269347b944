import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject as copyProjectFiles, ROOT } from '../../scripts/lib/copy-project.ts';

export { ROOT };

/**
 * A buildable copy of the project in `.build/sites/<name>/` (scripts/lib/copy-project.ts), with the test
 * fixtures in `tests/fixtures/content/` added to its content unless `fixtures` is false.
 */
export function copyProject(name: string, { fixtures = true }: { fixtures?: boolean } = {}): string {
	const dir = copyProjectFiles(name);
	if (fixtures) cpSync(join(ROOT, 'tests', 'fixtures', 'content'), join(dir, 'content'), { recursive: true });
	return dir;
}
