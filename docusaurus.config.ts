import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {themes as prismThemes} from 'prism-react-renderer';
import {resolveSiteSettings} from './src/core/site';
import {editUrl} from './src/core/sourceLinks';
import remarkKbGuard from './src/core/mdxSafety';

// Site URL and repository come from src/core/site.ts, or from KB_SITE_URL / KB_REPO_* at build time.
const SITE = resolveSiteSettings(process.env);

const config: Config = {
  title: SITE.title,
  tagline: SITE.tagline,
  favicon: 'img/favicon.svg',
  url: SITE.siteUrl,
  baseUrl: '/',
  trailingSlash: false,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    mermaid: true,
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },
  i18n: {defaultLocale: 'zh-Hans', locales: ['zh-Hans']},
  customFields: {site: SITE},
  themes: ['@docusaurus/theme-mermaid'],
  plugins: [
    './src/plugins/kb-content/index.ts',
    './src/plugins/kb-search/index.ts',
    // Service worker (offline use), content version in the footer, update prompt; and the
    // Content-Security-Policy, applied to the pages before the worker's file list hashes them.
    './src/plugins/kb-offline/index.ts',
  ],
  // The search plugin writes its index here at load time; served in dev, copied on build.
  staticDirectories: ['static', `${process.env.DOCUSAURUS_GENERATED_FILES_DIR_NAME ?? '.docusaurus'}/kb-search`],
  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          showLastUpdateTime: false,
          remarkPlugins: [remarkKbGuard],
          // 编辑此页: the page's source file in the content repository.
          editUrl: ({docPath}) => editUrl(SITE.repository, `docs/${docPath}`),
        },
        blog: false,
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],
  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: SITE.title,
      logo: {alt: '', src: 'img/favicon.svg'},
      items: [
        {type: 'docSidebar', sidebarId: 'sop', position: 'left', label: '服务流程'},
        {to: '/qa', label: '问答手册', position: 'left'},
        {to: '/phrases', label: '话术库', position: 'left'},
        {to: '/workbench', label: '工作台', position: 'left'},
        {type: 'docSidebar', sidebarId: 'onboarding', position: 'left', label: '新人上手'},
        {type: 'search', position: 'right'},
      ],
    },
    footer: {
      style: 'light',
      copyright: `${SITE.platformName}客服中心 · 内容有误请联系内容组，或直接提交修改`,
    },
    prism: {theme: prismThemes.github, darkTheme: prismThemes.dracula},
    mermaid: {theme: {light: 'neutral', dark: 'dark'}},
  } satisfies Preset.ThemeConfig,
};

export default config;
