/* global self, caches */
// Served by the dev server only: `npm run build` replaces this file with the real worker
// (src/sw/worker.ts). A production worker left on this origin (same port as
// `npm run serve`) updates to this script, which removes itself and reloads its pages,
// so the dev server's live pages are shown instead of a cached build.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('kb-precache-')) await caches.delete(name);
      await self.registration.unregister();
      for (const client of await self.clients.matchAll({type: 'window'})) client.navigate(client.url);
    })(),
  );
});
