// Every page is prerendered to static HTML, with trailing-slash URLs (/embed/timeline/), and
// ships no SvelteKit or Svelte script: pages that need behaviour load one small module of their
// own (src/lib/client/), compiled by Vite.
export const prerender = true;
export const trailingSlash = 'always';
export const csr = false;
