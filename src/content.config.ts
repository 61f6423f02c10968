/**
 * Content collections: the MDX files that Astro compiles and renders (documents, the bodies of power
 * items, the site's own pages). Their entries come from the checked content
 * (src/lib/content/pipeline.ts), not from a second reading of content/; the data pages need is taken
 * from the same place by src/data/site.ts. The collections only make each file renderable.
 */
import { defineCollection } from 'astro:content';
import { checkedMdx } from './loaders/checked-mdx.ts';

export const collections = {
  documents: defineCollection({ loader: checkedMdx('documents', (c) => c.documents) }),
  // Earlier texts of documents, by key (charter@2023-11-01).
  versions: defineCollection({ loader: checkedMdx('versions', (c) => c.versions) }),
  // Only items with text below their fields need rendering.
  powers: defineCollection({ loader: checkedMdx('powers', (c) => c.powers.filter((p) => p.body.trim() !== '')) }),
  pages: defineCollection({ loader: checkedMdx('pages', (c) => c.pages) }),
};
