/** Each attachment this edition publishes, as a file of its own: only those its documents and items attach. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/site.ts';
import { siteContent } from '../../lib/content/pipeline.ts';
import { readAttachment } from '../../lib/content/read.ts';

export const getStaticPaths: GetStaticPaths = () => getSite().attachments.map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params }) => new Response(new Uint8Array(readAttachment(siteContent().root, params.file!)));
