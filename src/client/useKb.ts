/** Browser access to the knowledge base's shared data and the site settings. */
import {usePluginData} from '@docusaurus/useGlobalData';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {KbGlobalData} from '../core/views';
import type {SiteSettings} from '../core/site';

export function useKb(): KbGlobalData {
  return usePluginData('kb-content') as KbGlobalData;
}

export function useSiteSettings(): SiteSettings {
  return useDocusaurusContext().siteConfig.customFields!.site as SiteSettings;
}
