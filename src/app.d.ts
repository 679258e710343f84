// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** The site this build is for, from SITE_URL (see scripts/site.js). Read it via $lib/site. */
	const __SITE__: { origin: string; base: string; url: string; local: boolean };

	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
