// Data modules written by the kb-content plugin with createData (see plugins/kb-content/routes.ts).
declare module '@generated/kb-content/default/*.json' {
  const value: unknown;
  export default value;
}
