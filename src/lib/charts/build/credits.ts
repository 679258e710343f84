/** Source lines: how a chart names the articles it draws on. Build-time only. */
import { formatDate } from '../../format.ts';
import type { Citation, Source } from '../../build/dataset/schema.ts';
import type { SourceCredit } from '../chart.ts';

/** "UPI, 22 May 2023", or the headline's first words where the text names no outlet. */
export function sourceLabel(source: Source): string {
	const { earliest, latest } = source.published;
	const date =
		earliest === latest
			? formatDate(earliest, earliest.length === 10 ? 'day' : 'month')
			: `${formatDate(earliest, earliest.length === 10 ? 'day' : 'month')} or later`;
	if (source.outlet) return `${source.outlet.name}, ${date}`;
	const words = source.headline.split(/\s+/);
	const short = words.length > 7 ? `${words.slice(0, 7).join(' ')}…` : source.headline;
	return `“${short.replace(/[.]$/, '')}” (publisher not named), ${date}`;
}

/** The sources cited by `records`, in dataset order, each once. */
export function creditsFor(
	records: readonly { sources: readonly Citation[] }[],
	sources: readonly Source[]
): SourceCredit[] {
	const used = new Set(records.flatMap((record) => record.sources.map((c) => c.source)));
	return sources.filter((s) => used.has(s.id)).map((s) => ({ id: s.id, label: sourceLabel(s) }));
}
