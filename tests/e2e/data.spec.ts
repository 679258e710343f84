import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';

test('the /data/ page lists every download, and each one serves', async ({ page, request }) => {
	await page.goto('data/');
	await expect(page.locator('h1')).toHaveText('The data behind the Micron explainer');
	const links = page.locator('a[download]');
	await expect(links).toHaveCount(10);
	for (const href of await links.evaluateAll((as) =>
		as.map((a) => (a as HTMLAnchorElement).href)
	)) {
		const response = await request.get(href);
		expect(response.status(), href).toBe(200);
		const type = response.headers()['content-type'] ?? '';
		if (href.endsWith('.json')) {
			expect(type).toContain('application/json');
			expect(Array.isArray(await response.json())).toBe(true);
		} else {
			expect(type).toContain('text/csv');
			// UTF-8 with a byte-order mark, so spreadsheets read the curly quotes right.
			expect((await response.text()).split('\n')[0]).toMatch(/^\uFEFF(id|code),/);
		}
	}
	await expect(page.getByRole('table', { name: 'Fields of events' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);
});

test('the /data/ page works without JavaScript and ships none', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const scripts: string[] = [];
	page.on('request', (req) => {
		if (req.resourceType() === 'script') scripts.push(req.url());
	});
	await page.goto('data/');
	await expect(page.locator('a[download]')).toHaveCount(10);
	expect(scripts).toEqual([]);
	await context.close();
});
