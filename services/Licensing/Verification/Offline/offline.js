// The offline verifier: checks a licence credential (compact JWS, ES256, typ vc+jwt) with the issuer's keys and the
// status lists this page cached on its last visit with a network. Nothing here talks to any host but this one.
'use strict';

const verdicts = JSON.parse(document.getElementById('verdicts').textContent);
const regions = JSON.parse(document.getElementById('regions').textContent);
const purposes = ['revocation', 'suspension'];
const maxLists = 64;

const store = {
  get(key) {
    try { return JSON.parse(localStorage.getItem(key)); } catch { return null; }
  },
  set(key, value) { localStorage.setItem(key, JSON.stringify(value)); },
};

function bytesOf(base64url) {
  let text = base64url.replace(/-/g, '+').replace(/_/g, '/');
  while (text.length % 4) text += '=';
  const binary = atob(text);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function jsonOf(part) { return JSON.parse(new TextDecoder().decode(bytesOf(part))); }

// Verifies a compact JWS against the cached JWKS; answers its payload, or throws why not.
async function verified(compact) {
  const parts = compact.trim().split('.');
  if (parts.length !== 3) throw new Error('不是签名凭证');
  const header = jsonOf(parts[0]);
  if (header.alg !== 'ES256' || header.typ !== 'vc+jwt') throw new Error('签名算法或类型不符');
  const jwks = store.get('pm.jwks');
  if (!jwks) throw new Error('本机尚未缓存签发方公钥，请联网打开本页一次');
  const jwk = jwks.keys.find((k) => k.kid === header.kid);
  if (!jwk) throw new Error('签名密钥不在已缓存的公钥中');
  const key = await crypto.subtle.importKey('jwk', { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, ext: true },
    { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
  const ok = await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, bytesOf(parts[2]),
    new TextEncoder().encode(`${parts[0]}.${parts[1]}`));
  if (!ok) throw new Error('签名不符：凭证可能被篡改');
  return jsonOf(parts[1]);
}

// The bit at index of a W3C Bitstring Status List (GZIP, base64url, multibase "u"; index 0 is the left-most bit).
async function bitAt(encodedList, index) {
  if (!encodedList.startsWith('u')) throw new Error('状态列表格式不符');
  const stream = new Blob([bytesOf(encodedList.slice(1))]).stream().pipeThrough(new DecompressionStream('gzip'));
  const bits = new Uint8Array(await new Response(stream).arrayBuffer());
  return (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;
}

function listKey(address) {
  const match = /\/api\/verify\/status\/(revocation|suspension)\/(\d+)$/.exec(new URL(address, location.href).pathname);
  return match ? `pm.list.${match[1]}.${match[2]}` : null;
}

function age(at) {
  const minutes = Math.max(0, Math.round((Date.now() - at) / 60000));
  const when = new Date(at).toLocaleString('zh-CN', { hour12: false });
  return minutes < 1 ? `${when}（刚刚）` : minutes < 120 ? `${when}（${minutes} 分钟前）` : `${when}（${Math.round(minutes / 60)} 小时前）`;
}

function showFreshness() {
  const at = store.get('pm.refreshedAt');
  document.getElementById('freshness').textContent = at
    ? `公钥和状态列表更新于 ${age(at)}`
    : '本机尚未缓存公钥和状态列表：请联网打开本页一次。';
}

// With a network: the issuer's keys and every status list, kept for the next check without one.
async function refresh() {
  const keys = await fetch('/api/verify/issuer/jwks.json', { cache: 'no-store' });
  if (!keys.ok) throw new Error(`keys ${keys.status}`);
  const jwks = await keys.json();
  const lists = {};
  for (const purpose of purposes) {
    for (let list = 0; list < maxLists; list++) {
      const answer = await fetch(`/api/verify/status/${purpose}/${list}`, { cache: 'no-store' });
      if (answer.status === 404) break;
      if (!answer.ok) throw new Error(`${purpose} ${list}: ${answer.status}`);
      lists[`pm.list.${purpose}.${list}`] = { jws: await answer.text(), at: Date.now() };
    }
  }
  store.set('pm.jwks', jwks);
  for (const [key, value] of Object.entries(lists)) store.set(key, value);
  store.set('pm.refreshedAt', Date.now());
}

function show(state, reason, vc) {
  const verdict = verdicts[state];
  const section = document.getElementById('verdict');
  section.dataset.state = state;
  section.style.background = verdict.colour;
  section.hidden = false;
  document.getElementById('symbol').textContent = verdict.symbol;
  document.getElementById('words').textContent = verdict.words;
  document.getElementById('explanation').textContent = reason ? `${verdict.explanation}（${reason}）` : verdict.explanation;
  const details = document.getElementById('details');
  details.replaceChildren();
  const subject = vc?.credentialSubject;
  if (!subject) { details.hidden = true; return; }
  const rows = [
    ['授权编号', subject.licenceNumber],
    ['被授权方', subject.licensee?.name],
    ['类型', subject.licensee?.kind === 'activity' ? '重点活动' : '重点企业'],
    ['地区', regions[subject.region] ?? subject.region],
    ['有效期', `${(vc.validFrom ?? '').slice(0, 10)} 至 ${(vc.validUntil ?? '').slice(0, 10)}`],
  ];
  for (const [term, value] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value ?? '';
    details.append(dt, dd);
  }
  details.hidden = false;
}

async function check(compact) {
  let vc;
  try {
    vc = await verified(compact);
  } catch (error) {
    show('invalid', error.message);
    return;
  }
  const now = Date.now();
  if (vc.validFrom && now < Date.parse(vc.validFrom)) { show('invalid', '凭证尚未生效', vc); return; }
  const bits = {};
  for (const entry of vc.credentialStatus ?? []) {
    const cached = store.get(listKey(entry.statusListCredential));
    if (!cached) { show('invalid', '本机没有该凭证的状态列表，请联网更新', vc); return; }
    try {
      const list = await verified(cached.jws);
      if (list.credentialSubject.statusPurpose !== entry.statusPurpose) throw new Error('状态列表用途不符');
      bits[entry.statusPurpose] = await bitAt(list.credentialSubject.encodedList, Number(entry.statusListIndex));
    } catch (error) {
      show('invalid', error.message, vc);
      return;
    }
  }
  const expired = vc.validUntil && now >= Date.parse(vc.validUntil);
  const state = bits.revocation ? 'revoked' : bits.suspension ? 'suspended' : expired ? 'expired' : 'active';
  show(state, `状态列表更新于 ${age(store.get('pm.refreshedAt'))}`, vc);
}

document.getElementById('check').addEventListener('click', () => check(document.getElementById('credential').value));
document.getElementById('refresh').addEventListener('click', async () => {
  try { await refresh(); } catch { /* offline: what is cached stays */ }
  showFreshness();
});

// A photo of the dense QR code, where the browser can read one.
const photo = document.getElementById('photo');
if ('BarcodeDetector' in globalThis) {
  photo.hidden = false;
  photo.addEventListener('change', async () => {
    const file = photo.files?.[0];
    if (!file) return;
    const codes = await new globalThis.BarcodeDetector({ formats: ['qr_code'] }).detect(await createImageBitmap(file));
    if (codes.length > 0) {
      document.getElementById('credential').value = codes[0].rawValue;
      await check(codes[0].rawValue);
    }
  });
}

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/verify/offline-sw.js').catch(() => { /* the page still works while open */ });
}

showFreshness();
refresh()
  .then(() => { document.body.dataset.refreshed = 'ok'; })
  .catch(() => { document.body.dataset.refreshed = 'offline'; })
  .finally(showFreshness);
