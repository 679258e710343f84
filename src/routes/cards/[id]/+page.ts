// A picture, not a page: rendered to PNG at build time, no script.
export const csr = false;
