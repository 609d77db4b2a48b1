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
} as const;

export type SiteSettings = typeof SITE;
