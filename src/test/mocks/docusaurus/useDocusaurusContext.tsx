/** Test double for @docusaurus/useDocusaurusContext: the real site settings. */
import {SITE} from '../../../core/site';

const context = {
  siteConfig: {title: SITE.title, tagline: SITE.tagline, baseUrl: '/', url: 'https://kb.example.com', customFields: {site: SITE}},
  siteMetadata: {docusaurusVersion: 'test'},
  globalData: {},
  i18n: {defaultLocale: 'zh-Hans', currentLocale: 'zh-Hans', locales: ['zh-Hans']},
  codeTranslations: {},
};

export default function useDocusaurusContext() {
  return context;
}
