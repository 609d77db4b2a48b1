/**
 * Route and data-module wiring for the content plugin. Each page gets only the data it
 * shows; MDX components import the shared JSON from `@generated/kb-content/default/`.
 */
import type {PluginContentLoadedActions} from '@docusaurus/types';
import type {KbContent} from '../../core/load';
import {qaAnswers, toGlobalData, toPhraseView, toQaView, KB_ROUTES, type QaEntryData} from '../../core/views';
import {docFacts, entryMeta} from '../../core/entryMeta';
import type {SiteSettings} from '../../core/site';

const view = (name: string) => `@site/src/views/${name}`;

export async function addKbRoutes(content: KbContent, actions: PluginContentLoadedActions, baseUrl: string, siteDir: string, site: SiteSettings) {
  const {createData, addRoute, setGlobalData} = actions;
  const url = (p: string) => `${baseUrl.replace(/\/$/, '')}${p}`;
  setGlobalData(toGlobalData(content, docFacts(siteDir)));

  const phrases = await createData('phrases.json', JSON.stringify(content.phrases.map((p) => toPhraseView(p, content.policies))));
  // Imported by MDX components (StageQa, QaLink) as @generated/kb-content/default/qa-lite.json.
  await createData(
    'qa-lite.json',
    JSON.stringify(content.qa.map((q) => ({id: q.id, question: q.question, category: q.category, stage: q.stage, url: KB_ROUTES.qaEntry(q.category, q.id)}))),
  );

  await createData('wording-pairs.json', JSON.stringify(content.wording));
  // Loaded on demand by the search (Ctrl+Enter on a Q&A result copies its standard answer).
  await createData('qa-answers.json', JSON.stringify(qaAnswers(content)));

  const qaIndex = await createData(
    'qa-index.json',
    JSON.stringify(
      content.taxonomy.categories.map((c) => ({...c, count: content.qa.filter((q) => q.category === c.id).length})),
    ),
  );
  addRoute({path: url(KB_ROUTES.qa), component: view('QaIndex'), modules: {categories: qaIndex}, exact: true});

  const phraseTitles = Object.fromEntries(content.phrases.map((p) => [p.id, p.title]));
  const builtOn = new Date().toISOString().slice(0, 10);
  const phraseViews = new Map(content.phrases.map((p) => [p.id, toPhraseView(p, content.policies)]));
  for (const category of content.taxonomy.categories) {
    const entries = content.qa.filter((q) => q.category === category.id).map((q) => toQaView(q, content.policies));
    const data = await createData(`qa-${category.id}.json`, JSON.stringify({category, entries, phraseTitles, builtOn}));
    addRoute({path: url(KB_ROUTES.qaCategory(category.id)), component: view('QaCategory'), modules: {data}, exact: true});
    // Each entry on its own page, with the phrases it links ready to fill inline.
    const siblings = entries.map((q) => ({id: q.id, question: q.question, url: q.url}));
    for (const entry of entries) {
      const phrases = entry.phrases.map((id) => phraseViews.get(id)).filter((p) => p !== undefined);
      const meta = entryMeta(content, site, 'qa', entry.id, KB_ROUTES.qaEntry(category.id, entry.id), entry.policyFacts.map((f) => f.id));
      const entryData = await createData(
        `qa-${category.id}-${entry.id}.json`,
        JSON.stringify({category, entry, phrases, siblings, builtOn, meta} satisfies QaEntryData),
      );
      addRoute({path: url(KB_ROUTES.qaEntry(category.id, entry.id)), component: view('QaEntry'), modules: {data: entryData}, exact: true});
    }
  }

  addRoute({path: url(KB_ROUTES.phrases), component: view('PhraseLibrary'), modules: {phrases}, exact: true});
  for (const phrase of content.phrases) {
    const phraseView = toPhraseView(phrase, content.policies);
    const meta = entryMeta(content, site, 'phrase', phrase.id, KB_ROUTES.phrase(phrase.id), phraseView.policies);
    const data = await createData(`phrase-${phrase.id}.json`, JSON.stringify({...phraseView, meta}));
    addRoute({path: url(KB_ROUTES.phrase(phrase.id)), component: view('PhrasePage'), modules: {phrase: data}, exact: true});
  }
  addRoute({path: url(KB_ROUTES.workbench), component: view('Workbench'), modules: {phrases}, exact: true});

  const scenarios = await createData('scenario-list.json', JSON.stringify(content.scenarios.map(({turns, ...s}) => ({...s, turns: turns.length}))));
  addRoute({path: url(KB_ROUTES.practice), component: view('PracticeIndex'), modules: {scenarios}, exact: true});
  for (const scenario of content.scenarios) {
    const meta = entryMeta(content, site, 'scenario', scenario.id, KB_ROUTES.scenario(scenario.id), []);
    const data = await createData(`scenario-${scenario.id}.json`, JSON.stringify({...scenario, meta}));
    addRoute({path: url(KB_ROUTES.scenario(scenario.id)), component: view('ScenarioPage'), modules: {scenario: data}, exact: true});
  }
}
