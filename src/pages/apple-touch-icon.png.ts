/** The icon a phone shows for the site on its home screen, made at build time. */
import type { APIRoute } from 'astro';
import { imagePng } from '../lib/icon-png.ts';

export const GET: APIRoute = () => new Response(new Uint8Array(imagePng('touchIcon')), { headers: { 'Content-Type': 'image/png' } });
