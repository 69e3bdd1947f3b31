import type { Source } from '../schemas/source.ts';
import { CASEBOOK_AUTHOR, CASEBOOK_TITLE } from './casebook-name.ts';

/** What every page's JSON-LD says of itself. */
export interface PageFacts {
  title: string;
  description: string;
  url: string;
  lang: string;
  lastChanged: string | undefined;
  licenceUrl: string;
}

const casebook = { '@type': 'Organization', name: CASEBOOK_AUTHOR };

function common(page: PageFacts) {
  return {
    '@context': 'https://schema.org',
    name: page.title,
    description: page.description,
    url: page.url,
    inLanguage: page.lang,
    ...(page.lastChanged ? { dateModified: page.lastChanged } : {}),
    license: page.licenceUrl,
    isPartOf: { '@type': 'WebSite', name: CASEBOOK_TITLE },
  };
}

/** A thesis as schema.org `Thesis`, with only what its excerpt states. */
export function thesisLd(source: Source, untitled: string) {
  return {
    '@type': 'Thesis',
    name: source.title === 'not-stated' ? untitled : source.title,
    ...(source.author === 'not-stated' ? {} : { author: { '@type': 'Person', name: source.author } }),
    ...(source.year === 'not-stated' ? {} : { datePublished: String(source.year) }),
    ...(source.institution === 'not-stated' ? {} : { sourceOrganization: source.institution }),
    inLanguage: source.language,
  };
}

/** Any page: a `WebPage`. */
export const webPageLd = (page: PageFacts) => ({ ...common(page), '@type': 'WebPage' });

/** A case page: an `Article` by the casebook, based on the thesis it restates. */
export const articleLd = (page: PageFacts, basedOn: ReturnType<typeof thesisLd>[]) => ({
  ...common(page),
  '@type': 'Article',
  headline: page.title,
  author: casebook,
  publisher: casebook,
  isBasedOn: basedOn.length === 1 ? basedOn[0] : basedOn,
});

/** The data page: a `Dataset` with its downloads. */
export const datasetLd = (
  page: PageFacts,
  version: string,
  downloads: { url: string; encodingFormat: string; name: string }[],
  basedOn: ReturnType<typeof thesisLd>[],
) => ({
  ...common(page),
  '@type': 'Dataset',
  version,
  creator: casebook,
  isBasedOn: basedOn,
  distribution: downloads.map((d) => ({
    '@type': 'DataDownload',
    name: d.name,
    contentUrl: d.url,
    encodingFormat: d.encodingFormat,
  })),
});
