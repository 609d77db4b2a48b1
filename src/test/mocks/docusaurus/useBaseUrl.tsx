/** Test double for @docusaurus/useBaseUrl: the site is served from /. */
export default function useBaseUrl(url: string): string {
  return url;
}
