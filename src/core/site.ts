/**
 * The one place for site-wide settings: the platform's name, the site title and the
 * agent display name used until an agent sets their own. The Docusaurus config, the
 * browser (through `customFields`) and the `kb` command line all read this module.
 */
export const SITE = {
  title: '客服知识库',
  tagline: '接待、解答、安抚、跟进：一线客服随手可查的标准流程、问答与话术',
  /** The seed calls it "XX平台"; change it here and every reply follows. */
  platformName: '悦购商城',
  defaultAgentName: '小悦',
  /** Order numbers on this platform: 16 to 20 digits. */
  orderNoPattern: '^[0-9]{16,20}$',
  /** Carrier tracking numbers: 8 to 24 letters or digits. */
  trackingNoPattern: '^[A-Za-z0-9]{8,24}$',
  /** Chat replies longer than this are flagged by the content lint. */
  chatMaxChars: 160,
  /** A Q&A entry is due for review this many days after its last review. */
  reviewIntervalDays: 180,
  /** Where the site is published; `KB_SITE_URL` overrides it at build time. */
  siteUrl: 'http://localhost:3000',
  /**
   * The repository editors send pull requests to: "编辑此页" and "内容有误？" links point
   * here. `KB_REPO_URL`, `KB_REPO_BRANCH` and `KB_REPO_HOST` (github | gitlab | gitea)
   * override it at build time.
   */
  repository: {url: 'https://github.com/yuegou-cs/kefu-kb', branch: 'main', host: 'github'},
} as const;

export const REPO_HOSTS = ['github', 'gitlab', 'gitea'] as const;
export type RepoHost = (typeof REPO_HOSTS)[number];
export interface RepoSettings {
  url: string;
  branch: string;
  host: RepoHost;
}

/** The settings with the build environment's overrides applied; errors are in Chinese. */
export function resolveSiteSettings(env: Readonly<Record<string, string | undefined>>) {
  const host = (env.KB_REPO_HOST ?? SITE.repository.host) as RepoHost;
  if (!REPO_HOSTS.includes(host)) throw new Error(`KB_REPO_HOST 只能是 ${REPO_HOSTS.join(' / ')}，现在是 ${host}`);
  const url = (env.KB_REPO_URL ?? SITE.repository.url).replace(/\.git$/, '').replace(/\/+$/, '');
  const siteUrl = (env.KB_SITE_URL ?? SITE.siteUrl).replace(/\/+$/, '');
  for (const [name, value] of [['KB_REPO_URL', url], ['KB_SITE_URL', siteUrl]] as const) {
    if (!/^https?:\/\/[^/\s]+/.test(value)) throw new Error(`${name} 应是以 http:// 或 https:// 开头的地址，现在是 ${value}`);
  }
  const repository: RepoSettings = {url, branch: env.KB_REPO_BRANCH ?? SITE.repository.branch, host};
  return {...SITE, siteUrl, repository};
}

export type SiteSettings = ReturnType<typeof resolveSiteSettings>;
