/**
 * Reads one field of the story's copy: its placeholders resolved, its text checked (hidden
 * characters, length, our own words against the articles), each problem at its line.
 */
import type { Dataset } from '../dataset/schema.ts';
import { hiddenCharacter, textProblem } from '../dataset/text.ts';
import { locate, type Found } from './checks.ts';
import type { Path, TaggedCopy } from './lines.ts';
import { copiedRunMessage, copiedRuns, type Articles } from './own-words.ts';
import { resolvePlaceholders, type Unresolved } from './placeholders.ts';

/** Reads one field: its placeholders resolved, its text checked. */
export type FieldReader = (path: Path, value: string, max: number) => string;

export function fieldReader(
	copy: TaggedCopy,
	dataset: Dataset,
	problems: Found[],
	{ unresolvable, articles }: { unresolvable?: Unresolved; articles?: Articles }
): FieldReader {
	return (path, value, max) => {
		const resolved = resolvePlaceholders(
			value,
			dataset,
			(token, why) => {
				const message =
					why === 'unrecognised placeholder' ? `${why} ${token}` : `${why} in placeholder ${token}`;
				problems.push({ ...locate(copy, path, copy.lineIn(path, token)), message });
				return token;
			},
			unresolvable
		);
		const why = textProblem(resolved, max);
		if (why) {
			const hidden = hiddenCharacter(value);
			const line = hidden ? copy.lineIn(path, hidden.char) : copy.lineOf(path);
			problems.push({ ...locate(copy, path, line), message: why });
		}
		for (const run of articles ? copiedRuns(resolved, articles) : []) {
			const start = run.run.split(/\s+/).slice(0, 3).join(' ');
			problems.push({
				...locate(copy, path, copy.lineIn(path, start)),
				message: copiedRunMessage(run)
			});
		}
		return resolved;
	};
}

