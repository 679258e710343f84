/**
 * Loads the dataset from data/ at build time and refuses to go on if anything is wrong:
 * the build and the tests fail with every problem named by file, record and field.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHART_NEEDS } from '../data/needs.ts';
import { parseDataset, type RecordFiles } from '../data/parse.ts';
import { DatasetError } from '../data/problems.ts';
import { RECORD_TYPES, type Dataset, type RecordType } from '../data/schema.ts';
import { mapCountryCodes } from './geometry.ts';

/** Reads data/<type>.yaml and the article texts in data/sources/. */
export function readDataFiles(root = resolve('data')): {
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

let cached: Dataset | undefined;

/** The checked dataset. Throws a DatasetError listing every problem. */
export function loadDataset(root?: string): Dataset {
	if (cached && root === undefined) return cached;
	const { files, articles } = readDataFiles(root);
	const { dataset, problems, skipped } = parseDataset(files, {
		articles,
		mapCodes: mapCountryCodes(),
		needs: CHART_NEEDS
	});
	if (problems.length > 0) throw new DatasetError(problems, skipped);
	if (root === undefined) cached = dataset;
	return dataset;
}
