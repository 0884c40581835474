// Reads a JSON-LD document on stdin and prints its expanded form. Remote contexts are refused:
// the catalog's context is inline, and a document that needed the network would not be valid here.
import jsonld from 'jsonld';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const document = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const documentLoader = async (url) => { throw new Error(`remote context refused: ${url}`); };
const expanded = await jsonld.expand(document, { documentLoader, safe: true });
process.stdout.write(JSON.stringify(expanded));
