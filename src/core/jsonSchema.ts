/** JSON Schemas for editors, generated from the zod schemas (never written by hand). */
import {z} from './zod';
import {coverageSchema, glossarySchema, phraseSchema, policySchema, qaSchema, synonymsSchema, taxonomySchema, wordingPairsSchema, writingRulesSchema} from './schema';
import {scenarioSchema} from './scenario';

export const JSON_SCHEMAS = {
  taxonomy: {schema: taxonomySchema, files: ['data/taxonomy.yaml']},
  policies: {schema: z.array(policySchema), files: ['data/policies/*.yaml']},
  phrases: {schema: z.array(phraseSchema), files: ['data/phrases/*.yaml']},
  qa: {schema: z.array(qaSchema), files: ['data/qa/*.yaml']},
  scenarios: {schema: z.array(scenarioSchema), files: ['data/scenarios/*.yaml']},
  glossary: {schema: glossarySchema, files: ['data/glossary.yaml']},
  synonyms: {schema: synonymsSchema, files: ['data/synonyms.yaml']},
  'seed-coverage': {schema: coverageSchema, files: ['data/seed-coverage.yaml']},
  'wording-pairs': {schema: wordingPairsSchema, files: ['data/wording-pairs.yaml']},
  'writing-rules': {schema: writingRulesSchema, files: ['data/writing-rules.yaml']},
} as const;

export const SCHEMA_DIR = '.vscode/schema';

/** File name → JSON text, plus the VS Code `yaml.schemas` mapping that points at them. */
export function renderJsonSchemas() {
  const files: Record<string, string> = {};
  const mapping: Record<string, string[]> = {};
  for (const [name, {schema, files: globs}] of Object.entries(JSON_SCHEMAS)) {
    const json = z.toJSONSchema(schema, {io: 'input', unrepresentable: 'any'});
    files[`${SCHEMA_DIR}/${name}.schema.json`] = `${JSON.stringify(json, null, 2)}\n`;
    mapping[`./${SCHEMA_DIR}/${name}.schema.json`] = [...globs];
  }
  return {files, mapping};
}
