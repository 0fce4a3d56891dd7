// Expands the JSON-LD dump with jsonld.js, the reference JSON-LD implementation, and prints its N-Quads.
// Any attempt to load a remote document fails: the dump must carry everything it needs.
// Usage: node expand.mjs medfm.jsonld
import { readFile } from 'node:fs/promises';
import jsonld from 'jsonld';

const documentLoader = async (url) => {
  throw new Error(`refusing to fetch ${url}: the dump must not need remote documents`);
};

const doc = JSON.parse(await readFile(process.argv[2], 'utf8'));
const expanded = await jsonld.expand(doc, { documentLoader });
if (!Array.isArray(expanded) || expanded.length === 0) {
  throw new Error('expansion gave nothing');
}
const nquads = await jsonld.toRDF(expanded, { format: 'application/n-quads', documentLoader });
process.stdout.write(nquads);
