/**
 * Copy and share buttons, which need script: they are in the HTML with `hidden` and shown here.
 * `data-copy="<selector>"` copies that field's value; `data-share="<url>"` opens the system share
 * sheet where there is one, else copies the URL. Each reports in the `[role=status]` beside it,
 * in the words the button carries: `data-done` once copied, `data-fallback` when the clipboard
 * refuses (the field is then selected for the reader to copy; a link is shown after the words).
 */

async function copyText(
	text: string,
	field: HTMLTextAreaElement | null,
	{ done = '', fallback = '' }: DOMStringMap
): Promise<string> {
	try {
		await navigator.clipboard.writeText(text);
		return done;
	} catch {
		field?.select();
		return field ? fallback : `${fallback} ${text}`;
	}
}

export function enableCopy(doc: Document): () => void {
	const canShare = typeof navigator.share === 'function';
	for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-copy], [data-share]')) {
		if (button.dataset.share !== undefined && canShare && button.dataset.shareLabel) {
			button.textContent = button.dataset.shareLabel;
		}
		button.hidden = false;
	}
	const onClick = async (event: MouseEvent) => {
		const button = (event.target as Element).closest?.<HTMLButtonElement>(
			'[data-copy], [data-share]'
		);
		if (!button) return;
		const status = button.parentElement?.querySelector('[role="status"]');
		const report = (text: string) => {
			if (status) status.textContent = text;
		};
		report('');
		const { copy, share, shareTitle } = button.dataset;
		if (share !== undefined) {
			if (canShare) {
				try {
					await navigator.share({ title: shareTitle, url: share });
					return;
				} catch (error) {
					if ((error as DOMException).name === 'AbortError') return;
				}
			}
			report(await copyText(share, null, button.dataset));
		} else if (copy) {
			const field = doc.querySelector<HTMLTextAreaElement>(copy);
			if (field) report(await copyText(field.value, field, button.dataset));
		}
	};
	doc.addEventListener('click', onClick);
	return () => doc.removeEventListener('click', onClick);
}
