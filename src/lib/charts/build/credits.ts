/** Source lines: how a chart names the articles it draws on. Build-time only. */
import type { FrameWords } from '../../build/copy/frame.ts';
import type { Citation, Source } from '../../build/dataset/schema.ts';
import { fill } from '../../frame.ts';
import { formatDate } from '../../format.ts';
import type { SourceCredit } from '../chart.ts';

/**
 * "UPI, 22 May 2023", or the headline's first words where the text names no outlet, in the
 * frame's words ("Publisher not named", "… or later").
 */
export function sourceLabel(source: Source, frame: FrameWords): string {
	const { earliest, latest } = source.published;
	const first = formatDate(earliest, earliest.length === 10 ? 'day' : 'month');
	const date = earliest === latest ? first : fill(frame.dates['or-later'], { date: first });
	if (source.outlet) return `${source.outlet.name}, ${date}`;
	const words = source.headline.split(/\s+/);
	const short = words.length > 7 ? `${words.slice(0, 7).join(' ')}…` : source.headline;
	return `“${short.replace(/[.]$/, '')}” (${frame.sources['no-publisher']}), ${date}`;
}

/** The sources cited by `records`, in dataset order, each once. */
export function creditsFor(
	records: readonly { sources: readonly Citation[] }[],
	sources: readonly Source[],
	frame: FrameWords
): SourceCredit[] {
	const used = new Set(records.flatMap((record) => record.sources.map((c) => c.source)));
	return sources
		.filter((s) => used.has(s.id))
		.map((s) => ({ id: s.id, label: sourceLabel(s, frame) }));
}
