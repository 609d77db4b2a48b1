/**
 * The standard answer of a Q&A entry by its url, for copying from a search result. The
 * answers are a separate data module, fetched the first time one is copied, so pages do
 * not carry them in their first download.
 */
let answers: Promise<Record<string, string>> | undefined;

export function qaAnswer(url: string): Promise<string | undefined> {
  answers ??= import('@generated/kb-content/default/qa-answers.json').then(
    (m) => (m.default ?? m) as Record<string, string>,
    (e: unknown) => {
      answers = undefined;
      throw e;
    },
  );
  const path = url.split(/[?#]/)[0]!;
  return answers.then((all) => all[path]);
}
