/**
 * The service worker's entry: event wiring only (see precacher.ts). Bundled by the
 * kb-offline plugin into build/sw.js, after a line that sets `self.__KB_PRECACHE` to this
 * build's manifest. Typed with local interfaces because the project compiles against the
 * DOM library, not the WebWorker one.
 */
import {Precacher, offlinePage} from './precacher';
import {MSG_PROGRESS, MSG_SKIP_WAITING, isNetworkOnly, type PrecacheManifest} from './routes';

interface ExtendableEvent extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(r: Promise<Response> | Response): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
}
interface WindowClient {
  postMessage(message: unknown): void;
}
interface ServiceWorkerScope {
  __KB_PRECACHE: PrecacheManifest;
  registration: {scope: string};
  clients: {claim(): Promise<void>; matchAll(o: {includeUncontrolled: boolean; type: 'window'}): Promise<readonly WindowClient[]>};
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', l: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', l: (e: FetchEvent) => void): void;
  addEventListener(type: 'message', l: (e: ExtendableMessageEvent) => void): void;
}

const sw = self as unknown as ServiceWorkerScope;
const manifest = sw.__KB_PRECACHE;

const toHex = (buf: ArrayBuffer) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');

const precacher = new Precacher(manifest, {
  caches,
  fetch: (req) => fetch(req),
  scope: sw.registration.scope,
  sha256: async (data) => toHex(await crypto.subtle.digest('SHA-256', data)),
});

async function broadcast(message: unknown) {
  for (const client of await sw.clients.matchAll({includeUncontrolled: true, type: 'window'})) client.postMessage(message);
}

sw.addEventListener('install', (event) => {
  let last = 0;
  event.waitUntil(
    precacher.install((done, total) => {
      // About every 5 %, and at the end.
      if (done === total || done - last >= Math.ceil(total / 20)) {
        last = done;
        void broadcast({type: MSG_PROGRESS, build: manifest.build, done, total});
      }
    }),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(precacher.activate().then(() => sw.clients.claim()));
});

sw.addEventListener('message', (event) => {
  const data = event.data as {type?: unknown} | null;
  if (data && data.type === MSG_SKIP_WAITING) event.waitUntil(sw.skipWaiting());
});

sw.addEventListener('fetch', (event) => {
  const {request} = event;
  if (request.method !== 'GET') return;
  const rel = precacher.relative(request.url);
  // Other origins, the worker and the version file go to the network without us.
  if (rel === null || isNetworkOnly(rel)) return;
  event.respondWith(
    (async () => {
      const cached = await precacher.match(request.url);
      if (cached) return cached;
      try {
        return await fetch(request);
      } catch (e) {
        if (request.mode === 'navigate') return offlinePage(sw.registration.scope);
        throw e;
      }
    })(),
  );
});
