import { defineCollection } from 'astro:content';
import { casebookLoader } from './loaders/casebook-loader.ts';

/**
 * The casebook's content, from the one content pass (see `src/loaders/`): every file is read by one
 * parser and validated once, and the collections hold what passed.
 */
export const collections = {
  cases: defineCollection({ loader: casebookLoader('cases') }),
  glossary: defineCollection({ loader: casebookLoader('glossary') }),
  casebook: defineCollection({ loader: casebookLoader('casebook') }),
};
