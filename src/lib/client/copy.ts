/**
 * Copy and share buttons, which need script: they are in the HTML with `hidden` and shown here.
 * `data-copy="<selector>"` copies that field's value; `data-share="<url>"` opens the system share
 * sheet where there is one, else copies the URL. Each reports in the `[role=status]` beside it.
 */

async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<string> {
	try {
		await navigator.clipboard.writeText(text);
		return field ? 'Copied.' : 'Link copied.';
	} catch {
		field?.select();
		return field ? 'Selected: press Ctrl+C or ⌘C to copy.' : `Copy this link: ${text}`;
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
			report(await copyText(share, null));
		} else if (copy) {
			const field = doc.querySelector<HTMLTextAreaElement>(copy);
			if (field) report(await copyText(field.value, field));
		}
	};
	doc.addEventListener('click', onClick);
	return () => doc.removeEventListener('click', onClick);
}
