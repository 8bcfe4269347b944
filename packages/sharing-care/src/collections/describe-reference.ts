import type { ReferenceCollection } from '../schemas/context.ts';
import { dataKind, entryKind, isDataCollection } from './index.ts';

/**
 * What a reference to a collection names, and where those are declared, for the message about an unknown id
 * (`knownReference` in src/schemas/): "topic (from content/topics.yaml)", "minutes (a file name in content/minutes/)".
 */
export function describeReference(collection: ReferenceCollection): string {
	if (isDataCollection(collection)) return `${dataKind(collection).labels.singular} (from content/${collection}.yaml)`;
	return `${entryKind(collection).labels.singular} (a file name in content/${collection}/)`;
}
