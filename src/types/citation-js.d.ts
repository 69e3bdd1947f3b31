// citation-js and citeproc ship no type declarations: the little of them the casebook uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): string | unknown;
    /** The items, as CSL-JSON. */
    data: unknown[];
  }
  export const plugins: { config: { get(name: string): Record<string, Record<string, unknown>> } };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module 'citeproc' {
  const CSL: {
    Engine: new (
      sys: { retrieveLocale: (lang: string) => string; retrieveItem: (id: string) => unknown },
      style: string,
    ) => {
      updateItems(ids: string[]): void;
      makeBibliography(): [unknown, string[]];
    };
  };
  export default CSL;
}
