/**
 * The content version: when the site was built and from which commit. Computed once per
 * build (src/plugins/kb-offline), compiled into the pages, written to `kb-version.json`
 * for open tabs to poll, and shown in the footer.
 */
import {z} from '../core/zod';

export const buildInfoSchema = z.strictObject({
  /** Short git hash of the built commit; null when the build ran without git. */
  commit: z.string().regex(/^[0-9a-f]{4,40}$/).nullable(),
  /** ISO 8601 time the build started. */
  builtAt: z.iso.datetime(),
});
export type BuildInfo = z.infer<typeof buildInfoSchema>;

/** Identifies a build: two builds of the same commit still differ by their time. */
export const buildId = (b: BuildInfo): string => `${b.commit ?? 'nogit'}@${b.builtAt}`;

/** China has no daylight saving time: UTC+8 all year, so no time-zone database is needed. */
const BEIJING_OFFSET_MS = 8 * 3600 * 1000;

/** "2026-11-29 23:14" in Beijing time; identical on the server and in every browser. */
export function formatBuildTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '时间未知';
  return new Date(t + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The footer's words for a version: "2026-11-29 23:14 · a0c1ce2". */
export const versionLabel = (b: BuildInfo): string => (b.commit ? `${formatBuildTime(b.builtAt)} · ${b.commit}` : formatBuildTime(b.builtAt));

/**
 * This page's build, compiled in by the kb-offline plugin (webpack DefinePlugin); null
 * where it is absent (component tests, a page not built by the plugin).
 */
export function currentBuild(): BuildInfo | null {
  let raw: string | undefined;
  try {
    raw = process.env.KB_BUILD_INFO;
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const parsed = buildInfoSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
