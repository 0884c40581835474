// Keeps the offline verifier itself (the page and its script) for opening without a network. Every other request,
// the online verification pages included, goes to the network untouched.
'use strict';

const shell = 'promomonth-offline-verifier-v1';
const own = ['/verify/offline', '/verify/offline.js'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(shell).then((cache) => cache.addAll(own)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin || !own.includes(url.pathname) || event.request.method !== 'GET') return;
  event.respondWith(
    fetch(event.request)
      .then((answer) => {
        const copy = answer.clone();
        caches.open(shell).then((cache) => cache.put(url.pathname, copy));
        return answer;
      })
      .catch(() => caches.match(url.pathname)),
  );
});
