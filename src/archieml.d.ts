// archieml ships no types; this is the one function the story uses.
declare module 'archieml' {
	const archieml: { load(text: string, options?: { comments?: boolean }): Record<string, unknown> };
	export default archieml;
}
