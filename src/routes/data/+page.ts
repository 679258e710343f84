// A static reference page: no script needed, so none is shipped.
export const csr = false;
