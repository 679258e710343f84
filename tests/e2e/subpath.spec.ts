/** Runs against a build made with SITE_URL=http://localhost:4174/graphics/micron/ (playwright.config.ts). */
import { SUBPATH_SITE } from '../../playwright.config';
import { frame } from './support/copy';
import { expect, test } from './support/fixtures';

test('a build for a sub-path serves its pages, assets and links under that path', async ({
	page
}) => {
	const requests: string[] = [];
	page.on('request', (req) => requests.push(new URL(req.url()).pathname));
	const response = await page.goto('./');
	expect(response?.status()).toBe(200);
	expect(page.url()).toBe(SUBPATH_SITE);
	await expect(page.locator('main h1')).toBeVisible();
	expect(requests.length).toBeGreaterThan(1);
	expect(requests.filter((path) => !path.startsWith('/graphics/micron/'))).toEqual([]);
});

test.describe('missing pages', () => {
	test.use({ expectedErrors: [/status of 404 \(Not Found\) at .*\/(no-such|missing)/] });

	test('the sub-path build links back into the sub-path from its 404 page', async ({ page }) => {
		const response = await page.goto('missing/page/');
		expect(response?.status()).toBe(404);
		await page.getByRole('link', { name: frame['not-found'].link }).click();
		await expect(page).toHaveURL(SUBPATH_SITE);
	});
});
