/** Test double for @docusaurus/Head: renders nothing. */
export default function Head(): null {
  return null;
}
