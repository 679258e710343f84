// Every page is prerendered to static HTML, with trailing-slash URLs (/embed/timeline/).
export const prerender = true;
export const trailingSlash = 'always';
