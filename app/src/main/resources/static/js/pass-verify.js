// Offline verification of border passes (ADR 0016). The page carries the federation's public keys, the signed
// revocation lists and its words in #pass-trust; this script verifies a pass with Web Crypto and fetches nothing.
(() => {
  'use strict';
  const holder = document.getElementById('pass-trust');
  if (!holder) return;
  const STORE = 'liaison.border.passTrust';
  let trust = JSON.parse(holder.dataset.trust);
  try {
    const kept = JSON.parse(localStorage.getItem(STORE) || 'null');
    if (kept && kept.node === trust.node && kept.syncedAt > trust.syncedAt) trust = kept; // a cached page, a newer sync
    else localStorage.setItem(STORE, JSON.stringify(trust));
  } catch (e) { /* private browsing: the page's own copy is enough */ }
  const words = trust.words;

  const B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
  function base45(text) {
    if (text.length % 3 === 1) throw new Error('base45 length');
    const out = [];
    for (let i = 0; i < text.length; i += 3) {
      const v = [...text.slice(i, i + 3)].map(c => { const n = B45.indexOf(c); if (n < 0) throw new Error('base45'); return n; });
      const n = v[0] + v[1] * 45 + (v.length === 3 ? v[2] * 2025 : 0);
      if (n > (v.length === 3 ? 0xFFFF : 0xFF)) throw new Error('base45 range');
      if (v.length === 3) out.push(n >> 8);
      out.push(n & 0xFF);
    }
    return new Uint8Array(out);
  }
  async function inflate(bytes) {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'));
    const out = new Uint8Array(await new Response(stream).arrayBuffer());
    if (out.length > 2048) throw new Error('too large');
    return out;
  }
  function b64url(bytes) {
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function fromB64url(text) {
    const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(s, c => c.charCodeAt(0));
  }
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const ascii = new TextEncoder();

  const keys = new Map(trust.keys.map(k => [k.kid, k]));
  const imported = new Map();
  async function keyFor(kid, alg) {
    const entry = keys.get(kid);
    if (!entry) return null;
    const jwk = JSON.parse(entry.publicJwk);
    let params;
    if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && alg === 'Ed25519') params = { name: 'Ed25519' };
    else if (jwk.kty === 'EC' && jwk.crv === 'P-256' && alg === 'ES256') params = { name: 'ECDSA', namedCurve: 'P-256' };
    else return null;
    if (!imported.has(kid)) {
      const pub = jwk.kty === 'OKP' ? { kty: 'OKP', crv: jwk.crv, x: jwk.x } : { kty: 'EC', crv: jwk.crv, x: jwk.x, y: jwk.y };
      imported.set(kid, await crypto.subtle.importKey('jwk', pub, params, false, ['verify']));
    }
    return { node: entry.node, key: imported.get(kid),
             verify: params.name === 'ECDSA' ? { name: 'ECDSA', hash: 'SHA-256' } : { name: 'Ed25519' } };
  }
  // The claims, if the signature verifies with a trusted key of the type given; null otherwise.
  async function authentic(header, payload, signature, type) {
    const h = JSON.parse(utf8.decode(header));
    if (h.typ !== type || typeof h.kid !== 'string') return null;
    const k = await keyFor(h.kid, h.alg);
    if (!k) return null;
    const input = ascii.encode(b64url(header) + '.' + b64url(payload));
    if (!await crypto.subtle.verify(k.verify, k.key, signature, input)) return null;
    const claims = JSON.parse(utf8.decode(payload));
    return claims.i === k.node ? claims : null;
  }

  const revoked = new Map();   // node -> { at, numbers }
  const listsReady = (async () => {
    for (const jws of trust.lists) {
      try {
        const [h, p, s] = jws.split('.');
        const list = await authentic(fromB64url(h), fromB64url(p), fromB64url(s), 'liaison-revocations+jws');
        if (list && Array.isArray(list.r)) revoked.set(list.i, { at: list.t, numbers: new Set(list.r) });
      } catch (e) { /* a list that does not verify is not used */ }
    }
  })();

  function unpack(raw) {
    const hl = raw[0];
    const at = 1 + hl;
    if (!hl || raw.length < at + 2) throw new Error('truncated');
    const cl = raw[at] << 8 | raw[at + 1];
    const end = at + 2 + cl;
    if (!cl || raw.length <= end) throw new Error('truncated');
    return [raw.slice(1, at), raw.slice(at + 2, end), raw.slice(end)];
  }
  function today() {
    const d = new Date();
    return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
  }

  // Same rules, same order as the server's PassVerifier.
  async function verify(token, checkpoint, purpose) {
    await listsReady;
    let claims = null;
    try {
      const text = token.trim();
      if (!text.startsWith('LP1:')) return { verdict: 'FORGED', claims: null };
      const [header, payload, signature] = unpack(await inflate(base45(text.slice(4))));
      claims = await authentic(header, payload, signature, 'liaison-pass+jws');
    } catch (e) {
      claims = null;
    }
    if (!claims || !Array.isArray(claims.k) || !Array.isArray(claims.p)) return { verdict: 'FORGED', claims: null };
    const list = revoked.get(claims.i);
    const day = today();
    let verdict = 'VALID';
    if (list && list.numbers.has(claims.n)) verdict = 'REVOKED';
    else if (day > claims.b) verdict = 'EXPIRED';
    else if (day < claims.a) verdict = 'NOT_YET_VALID';
    else if (!claims.k.includes(Number(checkpoint))) verdict = 'WRONG_CHECKPOINT';
    else if (purpose && !claims.p.includes(purpose)) verdict = 'WRONG_PURPOSE';
    return { verdict, claims, list };
  }

  function line(parent, label, value) {
    const dt = document.createElement('dt'); dt.textContent = label;
    const dd = document.createElement('dd'); dd.textContent = value;
    parent.append(dt, dd);
  }
  function show(result, ms) {
    const out = document.getElementById('verify-result');
    out.replaceChildren();
    const card = document.createElement('article');
    card.className = 'card verdict verdict-' + result.verdict.toLowerCase();
    card.dataset.verdict = result.verdict;
    const h = document.createElement('h2');
    h.textContent = words[result.verdict];
    card.append(h);
    const c = result.claims;
    if (c) {
      const dl = document.createElement('dl'); dl.className = 'facts';
      line(dl, words.holder, (c.s ? c.s + ' — ' : '') + c.f + (c.g ? ' ' + c.g : '') + (c.d ? ' · ' + c.d : '') + ' · ' + c.c);
      line(dl, words.issuer, c.i + ' · ' + c.n);
      line(dl, words.validity, c.a + ' – ' + c.b);
      line(dl, words.purposes, c.p.map(p => trust.purposes[p] || p).join(', '));
      line(dl, words.checkpoints, c.k.map(k => trust.checkpoints[k] || String(k)).join(', '));
      line(dl, words.listAsOf, result.list ? new Date(result.list.at).toLocaleString() : words.noList);
      card.append(dl);
    }
    const t = document.createElement('p'); t.className = 'hint'; t.id = 'verify-time';
    t.dataset.ms = ms.toFixed(3);
    t.textContent = words.time.replace('{0}', ms.toFixed(1));
    card.append(t);
    out.append(card);
  }

  async function run() {
    const started = performance.now();
    const result = await verify(document.getElementById('verify-token').value,
      document.getElementById('verify-checkpoint').value, document.getElementById('verify-purpose').value);
    show(result, performance.now() - started);
  }
  document.getElementById('verify-button').addEventListener('click', run);
  document.getElementById('verify-token').addEventListener('keydown', e => {
    if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); run(); }
  });
})();
