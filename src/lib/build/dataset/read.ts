/** Reads the dataset's files from data/: each record file, and the article texts it cites. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordFiles } from './parse.ts';
import { RECORD_TYPES, type RecordType } from './schema.ts';

/** Reads data/<type>.yaml and the article texts in data/sources/. */
export function readDataFiles(root: string): {
	files: RecordFiles;
	articles: Map<string, string>;
} {
	const files = Object.fromEntries(
		(Object.keys(RECORD_TYPES) as RecordType[]).map((type) => [
			type,
			readFileSync(join(root, `${type}.yaml`), 'utf8')
		])
	) as RecordFiles;
	const articleDir = join(root, 'sources');
	const articles = new Map(
		readdirSync(articleDir)
			.filter((name) => name.endsWith('.txt'))
			.sort()
			.map((name) => [name, readFileSync(join(articleDir, name), 'utf8')])
	);
	return { files, articles };
}
