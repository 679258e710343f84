/**
 * The `test` every browser spec imports: Playwright's, plus a guard that fails the test when
 * the page logs a console error, throws, or a request fails. A spec that provokes an error on
 * purpose (a 404 page) lists it with `test.use({ expectedErrors: [/.../] })`.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ expectedErrors: RegExp[]; pageErrors: string[] }>({
	expectedErrors: [[], { option: true }],
	pageErrors: [
		async ({ page, expectedErrors }, use) => {
			const errors: string[] = [];
			const record = (error: string) => {
				if (!expectedErrors.some((pattern) => pattern.test(error))) errors.push(error);
			};
			page.on('console', (msg) => {
				if (msg.type() === 'error') record(`console: ${msg.text()} at ${msg.location().url}`);
			});
			page.on('pageerror', (err) => record(`page error: ${err.message}`));
			page.on('requestfailed', (req) => {
				record(`request failed: ${req.url()} (${req.failure()?.errorText})`);
			});
			await use(errors);
			expect(errors, 'the page reported errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
export type { Page } from '@playwright/test';
