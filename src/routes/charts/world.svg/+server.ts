/**
 * The map's geometry, once, as a static file every map on the site shares: each country a
 * `<path id="NLD">` with no fill or stroke, drawn with `<use href="…/world.svg#NLD">`.
 */
import { worldSvg } from '$lib/charts/controls-map/projection';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(worldSvg(), { headers: { 'content-type': 'image/svg+xml' } });
