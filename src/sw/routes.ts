/**
 * Names and URL rules shared by the build (what to precache), the service worker (how a
 * request finds its cached file) and the pages (what to register and poll). No imports:
 * the worker bundle stays small.
 */

/** The worker script, at the site root so its scope is the whole site. */
export const SW_FILE = 'sw.js';
/** The current build's version (see buildInfo.ts); never cached, polled by open tabs. */
export const VERSION_FILE = 'kb-version.json';
/** The web app manifest, generated from src/core/site.ts. */
export const WEB_MANIFEST_FILE = 'manifest.json';
/** Cache Storage names: one cache per build, `kb-precache-<revision>`. */
export const CACHE_PREFIX = 'kb-precache-';
/** Inside each build's cache: the build's manifest, stored once the cache is complete. */
export const MANIFEST_KEY = '__kb-precache-manifest.json';
/** Messages between the pages and the worker. */
export const MSG_SKIP_WAITING = 'kb-skip-waiting';
export const MSG_PROGRESS = 'kb-precache-progress';

export interface PrecacheEntry {
  /** Path relative to the site's base URL, without a leading slash: "docs/sop.html". */
  url: string;
  /** First 16 hex digits of the file's SHA-256: the worker checks what it downloads. */
  rev: string;
  bytes: number;
}

export interface PrecacheManifest {
  /** Hash over every entry: names this build's cache. */
  revision: string;
  /** The build's id (buildInfo.ts `buildId`). */
  build: string;
  entries: PrecacheEntry[];
}

/** Build output never precached: the worker itself, the polled version, licences, maps, sitemaps. */
const EXCLUDED = [
  new RegExp(`^${SW_FILE.replace('.', '\\.')}$`),
  new RegExp(`^${VERSION_FILE.replace('.', '\\.')}$`),
  /\.LICENSE\.txt$/,
  /\.map$/,
  /^sitemap.*\.xml$/,
  /(^|\/)__plugin\.json$/,
  /(^|\/)\.[^/]*$/,
];

/** Whether a build file (path relative to the output folder, "/"-separated) is precached. */
export const isPrecached = (rel: string): boolean => !EXCLUDED.some((re) => re.test(rel));

/** Requests the worker leaves to the network untouched. */
export const isNetworkOnly = (relPath: string): boolean => relPath === SW_FILE || relPath === VERSION_FILE;

/**
 * The build files a request path can be served from, in order, matching how the site is
 * built with `trailingSlash: false` (/qa → qa.html) and how static hosts resolve folders
 * (/docs/ → docs/index.html). `relPath` is the decoded path below the base URL, without
 * the leading slash; query and hash already removed.
 */
export function candidateFiles(relPath: string): string[] {
  if (relPath === '' || relPath.endsWith('/')) return [`${relPath}index.html`];
  const out = [relPath];
  if (!/\.[a-z0-9]+$/i.test(relPath.split('/').pop()!)) out.push(`${relPath}.html`, `${relPath}/index.html`);
  return out;
}

/** The path below `base` ("/" or "/kb/"), decoded; null outside the base. */
export function relativePath(pathname: string, base: string): string | null {
  if (!pathname.startsWith(base)) return pathname === base.replace(/\/$/, '') ? '' : null;
  try {
    return decodeURIComponent(pathname.slice(base.length));
  } catch {
    return null;
  }
}
