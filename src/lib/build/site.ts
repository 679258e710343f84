/**
 * The site's content, loaded once at build time: the dataset, the story, the charts' words and
 * built charts, the /data/ page's field descriptions and the publication's details. Every file
 * under data/ is read and checked here, and every problem in every one of them is reported
 * together, in one ContentError, before anything is built (vite.config.ts calls this at build
 * start); pages then only pick what they need from the cached result.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHARTS, type ChartName, type Charts } from '../charts/registry.ts';
import { loadChartWords, type ChartWords } from './copy/chart-words.ts';
import { loadDataDocs, type DataDocs } from './copy/fields.ts';
import { loadFrame, type FrameWords } from './copy/frame.ts';
import type { Unresolved } from './copy/placeholders.ts';
import { loadPublication, type Publication } from './copy/publication.ts';
import { parseStory, type Story } from './copy/story.ts';
import { parseDataset } from './dataset/parse.ts';
import { readDataFiles } from './dataset/read.ts';
import type { Dataset } from './dataset/schema.ts';
import { ContentError, type Problem } from './problems.ts';
import { sourcesInfo, type SourcesInfo } from './sources.ts';

export interface Site {
	dataset: Dataset;
	/** Its sections' charts are the registry's: the story was checked against it. */
	story: Story<ChartName>;
	charts: Charts;
	sources: SourcesInfo;
	publication: Publication;
	docs: DataDocs;
	/** The words around the story and its charts. */
	frame: FrameWords;
}

const cache = new Map<string, Site>();

/** The checked content under `root` (data/ by default). Throws a ContentError listing every problem. */
export function loadSite(root = resolve('data')): Site {
	const cached = cache.get(root);
	if (cached) return cached;
	const { files, articles } = readDataFiles(root);
	const countryCodes = CHARTS.flatMap((chart) =>
		'countryCodes' in chart && chart.countryCodes ? [...chart.countryCodes()] : []
	);
	const parsed = parseDataset(files, {
		articles,
		mapCodes: countryCodes.length ? new Set(countryCodes) : undefined,
		needs: CHARTS.flatMap((chart) => ('figures' in chart && chart.figures) || [])
	});
	const { dataset, gaps } = parsed;
	const problems: Problem[] = [...parsed.problems];
	// A placeholder naming a record with problems of its own is not reported again.
	const unresolvable: Unresolved = (kind, id) => {
		const type = kind === 'event' ? 'events' : 'figures';
		return gaps.unreadable.has(type) || (gaps.rejected[type]?.has(id) ?? false);
	};
	const charts = Object.fromEntries(CHARTS.map((chart) => [chart.name, chart.states]));
	// What a reader sees is checked against the articles too: our own words, or quoted.
	const checks = { unresolvable, articles };
	const story = parseStory(readFileSync(resolve(root, 'story.aml'), 'utf8'), dataset, {
		charts,
		...checks
	});
	const words = loadChartWords(dataset, CHARTS, checks, resolve(root, 'charts.aml'));
	const docs = loadDataDocs(resolve(root, 'fields.aml'), checks.articles);
	const publication = loadPublication(resolve(root, 'publication.yaml'));
	const frame = loadFrame(resolve(root, 'interface.aml'), dataset, checks);
	problems.push(
		...story.problems,
		...words.problems,
		...docs.problems,
		...publication.problems,
		...frame.problems
	);
	const checkable = parsed.problems.length === 0;
	if (checkable) problems.push(...CHARTS.flatMap((chart) => chart.checkViews?.(dataset) ?? []));
	if (problems.length > 0 || !story.story || !publication.publication) {
		throw new ContentError(problems, parsed.skipped);
	}
	const built = buildCharts(dataset, words.words, frame.frame, problems);
	if (problems.length > 0) throw new ContentError(problems);
	const site: Site = {
		dataset,
		story: story.story as Story<ChartName>,
		charts: built,
		sources: sourcesInfo(dataset, story.story, frame.frame.dates.about),
		publication: publication.publication,
		docs: docs.docs,
		frame: frame.frame
	};
	cache.set(root, site);
	return site;
}

/** Every chart, built; what its build reports (a word it cannot fill, a view it cannot draw) is a problem. */
function buildCharts(
	dataset: Dataset,
	words: Record<string, ChartWords>,
	frame: FrameWords,
	problems: Problem[]
): Charts {
	const built = CHARTS.map((chart) => {
		try {
			const chartWords = words[chart.name] as ChartWords<never>;
			return [chart.name, chart.build(dataset, chartWords, frame)] as const;
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			problems.push({ file: `src/lib/charts/${chart.name}/build/views.ts`, message });
			return [chart.name, null] as const;
		}
	});
	return Object.fromEntries(built) as Charts;
}
