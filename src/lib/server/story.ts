/** The story, parsed from data/story.aml and checked against the dataset at build time. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../data/schema.ts';
import { parseStory, type Story } from '../story/copy.ts';
import { readDataFiles } from './dataset.ts';

/** The story, checked against the dataset and, for our own words, against the articles. */
export function loadStory(dataset: Dataset, file = resolve('data/story.aml')): Story {
	return parseStory(
		readFileSync(file, 'utf8'),
		dataset,
		'data/story.aml',
		readDataFiles().articles
	);
}
