/** Test double for @docusaurus/useIsBrowser: tests run "in the browser". */
export default function useIsBrowser(): boolean {
  return true;
}
