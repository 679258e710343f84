// A page for crawlers and a hop for people: no app script, only the redirect.
export const csr = false;
