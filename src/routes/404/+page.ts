// Prerendered as build/404.html (no trailing slash) for static hosts, and works with no script.
export const trailingSlash = 'never';
export const csr = false;
