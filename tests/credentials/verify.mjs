// Verifies one licence credential as a partner would, with nothing but jose and the addresses the credential names:
// fetches it, verifies its signature against the issuer's JWKS, then fetches, verifies and decodes each status list it
// points at and reads the licence's bit. Prints { header, payload, status }, or exits non-zero with jose's reason.
// Usage: node verify.mjs <credential URL> <issuer JWKS URL>
import { gunzipSync } from 'node:zlib';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';

const [credentialUrl, jwksUrl] = process.argv.slice(2);
const keys = createRemoteJWKSet(new URL(jwksUrl));

async function fetchCredential(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('application/vc+jwt')) throw new Error(`${url} is ${type}, not application/vc+jwt`);
  return (await response.text()).trim();
}

async function verified(compact) {
  const { payload, protectedHeader } = await jwtVerify(compact, keys, { typ: 'vc+jwt', algorithms: ['ES256'] });
  if (payload.iss !== (payload.issuer?.id ?? payload.issuer)) throw new Error('iss does not name the credential issuer');
  return { payload, header: protectedHeader };
}

function bit(encodedList, index) {
  if (!encodedList.startsWith('u')) throw new Error('encodedList is not multibase base64url');
  const bytes = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
  if (bytes.length * 8 < 131072) throw new Error(`the list has ${bytes.length * 8} bits, fewer than the specification's minimum`);
  return (bytes[Math.floor(index / 8)] & (0x80 >> (index % 8))) !== 0;
}

try {
  const compact = await fetchCredential(credentialUrl);
  const { payload, header } = await verified(compact);
  const status = {};
  for (const entry of payload.credentialStatus) {
    if (entry.type !== 'BitstringStatusListEntry') throw new Error(`unknown status entry type ${entry.type}`);
    const list = await verified(await fetchCredential(entry.statusListCredential));
    const subject = list.payload.credentialSubject;
    if (subject.statusPurpose !== entry.statusPurpose) throw new Error('the list is for another purpose');
    if (!list.payload.type.includes('BitstringStatusListCredential')) throw new Error('not a status list credential');
    status[entry.statusPurpose] = bit(subject.encodedList, Number(entry.statusListIndex));
  }
  process.stdout.write(JSON.stringify({ header, payload, status, kid: decodeProtectedHeader(compact).kid }));
} catch (error) {
  process.stderr.write(`${error?.code ?? ''} ${error?.message ?? error}`);
  process.exit(1);
}
