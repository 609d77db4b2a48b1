/**
 * Shared data for MDX components, written at build time by the kb-content plugin.
 * Imported only by components that need it, so the JSON lands in their chunks alone.
 */
import phrasesJson from '@generated/kb-content/default/phrases.json';
import qaLiteJson from '@generated/kb-content/default/qa-lite.json';
import wordingJson from '@generated/kb-content/default/wording-pairs.json';
import type {PhraseView} from '../core/views';
import type {WordingPair} from '../core/schema';

export type QaLite = {id: string; question: string; category: string; stage: string; url: string};

export const allPhrases = phrasesJson as PhraseView[];
export const allQa = qaLiteJson as QaLite[];
export const wordingPairs = wordingJson as WordingPair[];
export const phraseById = (id: string) => allPhrases.find((p) => p.id === id);
