/** Content collections, loaded from the top-level content/ folder, validated by src/schemas. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { markdownDocuments } from './loaders/markdown-documents.ts';
import { documentSchema } from './schemas/document.ts';
import { powerSchema } from './schemas/power.ts';
import { bodySchema, departmentSchema, roleSchema } from './schemas/org.ts';
import { matterSchema } from './schemas/matter.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';

export const collections = {
  documents: defineCollection({ loader: markdownDocuments({ base: 'content/documents' }), schema: documentSchema }),
  powers: defineCollection({ loader: glob({ pattern: '[!_]*.yaml', base: './content/powers' }), schema: powerSchema }),
  bodies: defineCollection({ loader: file('./content/org/bodies.yaml'), schema: bodySchema }),
  departments: defineCollection({ loader: file('./content/org/departments.yaml'), schema: departmentSchema }),
  roles: defineCollection({ loader: file('./content/org/roles.yaml'), schema: roleSchema }),
  matters: defineCollection({ loader: file('./content/org/matters.yaml'), schema: matterSchema }),
  glossary: defineCollection({ loader: file('./content/glossary.yaml'), schema: glossaryTermSchema }),
};
