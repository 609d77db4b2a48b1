/**
 * Browser side of offline use (a Docusaurus client module): registers the service worker,
 * tracks whether this site is saved for offline use, and looks for a newer build. A tab
 * checks every few minutes, when it becomes visible again and when the network comes
 * back (after a moment, see ONLINE_RETRY_DELAYS_MS): it fetches the tiny `kb-version.json` past every cache and, when that names
 * another build, asks the browser to update the worker. The new worker downloads the new
 * build beside the old one; once it is complete the page offers "内容已更新，点此刷新",
 * and only that click switches to it (the old build keeps serving this tab until then).
 */
import {buildId, buildInfoSchema, currentBuild, type BuildInfo} from './buildInfo';
import {MSG_PROGRESS, MSG_SKIP_WAITING, SW_FILE, VERSION_FILE} from './routes';

/** How often an open tab looks for a newer build. */
export const UPDATE_CHECK_INTERVAL_MS = 3 * 60 * 1000;

export interface OfflineState {
  /** unsupported: no service worker (old browser, dev server, private mode); saving: first download running. */
  offline: 'unknown' | 'unsupported' | 'saving' | 'ready' | 'failed';
  /** Share of the first download done, 0–1, while saving. */
  progress: number | null;
  /** A newer build is ready (downloaded, or reachable when there is no worker). */
  update: BuildInfo | true | null;
  /** The reload was asked for and is under way. */
  applying: boolean;
  online: boolean;
}

const SERVER_STATE: OfflineState = {offline: 'unknown', progress: null, update: null, applying: false, online: true};

let state: OfflineState = SERVER_STATE;
const listeners = new Set<() => void>();

function set(patch: Partial<OfflineState>) {
  state = {...state, ...patch};
  for (const l of listeners) l();
}

export const offlineStore = {
  subscribe(l: () => void): () => void {
    listeners.add(l);
    return () => listeners.delete(l);
  },
  getSnapshot: (): OfflineState => state,
  getServerSnapshot: (): OfflineState => SERVER_STATE,
};

let registration: ServiceWorkerRegistration | null = null;
let latest: BuildInfo | null = null;

/** The site's base URL, compiled in by the kb-offline plugin. */
const baseUrl = (): string => process.env.KB_BASE_URL || '/';

/** Fetches the deployed version past every cache; null offline or on any failure. */
export async function fetchDeployedBuild(url: string, fetchImpl: typeof fetch = fetch): Promise<BuildInfo | null> {
  try {
    const res = await fetchImpl(url, {cache: 'no-store'});
    if (!res.ok) return null;
    const parsed = buildInfoSchema.safeParse(await res.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether the deployed build differs from the one this page runs. */
export const isNewer = (mine: BuildInfo | null, deployed: BuildInfo | null): deployed is BuildInfo =>
  Boolean(mine && deployed && buildId(mine) !== buildId(deployed));

/** Looks for a newer build; false when the version file could not be read (offline, server down). */
async function checkForUpdate(): Promise<boolean> {
  // The dev server has no version file: it reloads by itself.
  if (!process.env.KB_SW_ENABLED || !navigator.onLine) return false;
  const deployed = await fetchDeployedBuild(`${baseUrl()}${VERSION_FILE}`);
  if (!deployed) return false;
  if (!isNewer(currentBuild(), deployed)) return true;
  latest = deployed;
  if (registration) {
    // The worker script changed with the build: the browser installs it beside the
    // active one, and `watchWaiting` shows the prompt once it is complete.
    try {
      await registration.update();
    } catch {
      // Offline again or the server is mid-deploy: the next check tries again.
    }
    if (registration.waiting) set({update: latest});
  } else {
    set({update: deployed});
  }
  return true;
}

/**
 * "online" fires as soon as a link is up, often before requests get through (Wi-Fi
 * reconnecting, a captive portal): check after a moment, and again while it fails.
 */
export const ONLINE_RETRY_DELAYS_MS = [1000, 5000, 30_000];

function checkAfterReconnect(attempt = 0) {
  if (attempt >= ONLINE_RETRY_DELAYS_MS.length) return;
  window.setTimeout(() => {
    void checkForUpdate().then((ok) => {
      if (!ok && navigator.onLine) checkAfterReconnect(attempt + 1);
    });
  }, ONLINE_RETRY_DELAYS_MS[attempt]);
}

/** Switches this tab (and the site) to the new build: the waiting worker takes over, then the page reloads. */
export function applyUpdate(): void {
  set({applying: true});
  const waiting = registration?.waiting;
  if (!waiting) {
    window.location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {once: true});
  waiting.postMessage({type: MSG_SKIP_WAITING});
}

function watchWaiting(reg: ServiceWorkerRegistration) {
  const onWaiting = () => {
    // Only an update waits: the first worker activates at once.
    if (reg.waiting && navigator.serviceWorker.controller) set({update: latest ?? true});
  };
  const track = (worker: ServiceWorker | null) => {
    if (!worker) return;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed') onWaiting();
      if (worker.state === 'activated' && !state.update) set({offline: 'ready', progress: null});
      if (worker.state === 'redundant' && state.offline === 'saving') set({offline: 'failed', progress: null});
    });
  };
  onWaiting();
  track(reg.installing);
  reg.addEventListener('updatefound', () => track(reg.installing));
}

async function register() {
  if (!('serviceWorker' in navigator)) {
    set({offline: 'unsupported'});
    return;
  }
  if (!process.env.KB_SW_ENABLED) {
    // The dev server: a worker left by a production build on this origin would serve
    // that build's files instead of the live ones.
    set({offline: 'unsupported'});
    for (const reg of await navigator.serviceWorker.getRegistrations()) {
      if (reg.active?.scriptURL.endsWith(`/${SW_FILE}`)) await reg.unregister();
    }
    return;
  }
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as {type?: string; done?: number; total?: number} | null;
    if (data?.type === MSG_PROGRESS && state.offline === 'saving' && data.total) set({progress: (data.done ?? 0) / data.total});
  });
  try {
    // Some environments (automation that blocks workers, privacy modes) resolve without one.
    registration = (await navigator.serviceWorker.register(`${baseUrl()}${SW_FILE}`, {scope: baseUrl()})) ?? null;
  } catch {
    set({offline: 'failed'});
    return;
  }
  if (!registration) {
    set({offline: 'unsupported'});
    return;
  }
  // An active worker finished its download before it could activate.
  set({offline: registration.active ? 'ready' : 'saving'});
  watchWaiting(registration);
}

function start() {
  set({online: navigator.onLine});
  window.addEventListener('online', () => {
    set({online: true});
    checkAfterReconnect();
  });
  window.addEventListener('offline', () => set({online: false}));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void checkForUpdate();
  });
  window.setInterval(() => void checkForUpdate(), UPDATE_CHECK_INTERVAL_MS);
  // Registration waits for the page to finish loading: the first visit stays fast.
  const go = () =>
    void register()
      .catch(() => set({offline: 'failed'}))
      .then(checkForUpdate);
  if (document.readyState === 'complete') go();
  else window.addEventListener('load', go, {once: true});
}

if (typeof window !== 'undefined' && typeof document !== 'undefined') start();
