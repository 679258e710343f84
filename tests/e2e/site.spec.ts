import { expectNoSeriousA11yViolations } from './support/axe';
import { frame } from './support/copy';
import { expect, test } from './support/fixtures';

test('the story page is complete HTML with a heading, a main landmark and a favicon', async ({
	page
}) => {
	const response = await page.goto('./');
	expect(response?.status()).toBe(200);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('main h1')).toBeVisible();
	const icon = await page.locator('link[rel="icon"]').getAttribute('href');
	expect(icon).toBeTruthy();
	const iconResponse = await page.request.get(new URL(icon ?? '', page.url()).href);
	expect(iconResponse.status()).toBe(200);
	await expectNoSeriousA11yViolations(page);
});

test('the story renders without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('./');
	await expect(page.locator('main h1')).toHaveText(/Micron/);
	await context.close();
});

test.describe('missing pages', () => {
	test.use({ expectedErrors: [/status of 404 \(Not Found\) at .*\/(no-such|missing)/] });

	test('an unknown address gets the 404 page with status 404, at any depth', async ({ page }) => {
		for (const path of ['no-such-page/', 'embed/no-such-chart/deeper/']) {
			const response = await page.goto(path);
			expect(response?.status()).toBe(404);
			await expect(page.locator('h1')).toHaveText(frame['not-found'].title);
			await page.getByRole('link', { name: frame['not-found'].link }).click();
			await expect(page).toHaveURL(/localhost:\d+\/$/);
			// Let the story's scripts finish loading: leaving aborts any still in flight, and the
			// error guard counts an aborted request.
			await page.waitForLoadState('networkidle');
		}
		await expectNoSeriousA11yViolations(page);
	});
});

test('the accessibility check fails on a serious violation in its scope, and names it', async ({
	page
}) => {
	await page.goto('./');
	await page.locator('#timeline').evaluate((el) => el.append(document.createElement('button')));
	await expect(expectNoSeriousA11yViolations(page, '#timeline')).rejects.toThrow(
		/critical button-name/
	);
	// Outside the scope asked for, the same fault is not this check's to report.
	await expectNoSeriousA11yViolations(page, '#revenue');
});
