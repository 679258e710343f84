// Prerendered as build/404.html (no trailing slash), which static hosts serve for unknown paths.
export const trailingSlash = 'never';
