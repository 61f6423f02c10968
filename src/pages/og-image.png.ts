/** The picture a shared link shows (og:image), made at build time. */
import type { APIRoute } from 'astro';
import { imagePng } from '../lib/icon-png.ts';

export const GET: APIRoute = () => new Response(new Uint8Array(imagePng('share')), { headers: { 'Content-Type': 'image/png' } });
