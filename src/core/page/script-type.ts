/**
 * Script types that hold data or templates, not code that runs: JSON-LD, a framework's page state, a
 * template, an import map. A page that quotes a vendor's embed in its data (an article's JSON, a CMS's
 * template) does not run it, so readers of inline code skip these.
 */
export function holdsNoCode(type: string | undefined): boolean {
  return !!type && NOT_CODE.test(type);
}

const NOT_CODE = /json|template|html|handlebars|mustache|importmap|speculationrules|x-tmpl/i;
