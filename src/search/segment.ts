/**
 * Build-time word segmentation with jieba (Node only; the browser segments queries with
 * the lexicon this produces, see lexicon.ts). The glossary's terms and the synonyms are
 * its user dictionary, so 上门取件 or 还没到 stay whole.
 */
import {Jieba} from '@node-rs/jieba';
import {dict} from '@node-rs/jieba/dict';

let base: Jieba | undefined;
const byDict = new Map<string, {jieba: Jieba; cache: Map<string, string[]>}>();

/** A segmenter with `userWords` added to jieba's dictionary; cached per word list. */
export function segmenter(userWords: readonly string[] = []): (text: string) => string[] {
  const key = [...new Set(userWords)].sort().join('\n');
  let entry = byDict.get(key);
  if (!entry) {
    const jieba = key ? Jieba.withDict(dict) : (base ??= Jieba.withDict(dict));
    if (key) jieba.loadDict(Buffer.from(key.split('\n').map((w) => `${w} 2000 n`).join('\n')));
    entry = {jieba, cache: new Map()};
    if (byDict.size > 8) byDict.clear();
    byDict.set(key, entry);
  }
  const {jieba, cache} = entry;
  return (text) => {
    let words = cache.get(text);
    if (!words) {
      // Search mode also yields the words inside longer ones (物流信息 → 物流, 信息, 物流信息);
      // no HMM: its guesses (我付, 后发) are not words and would mislead query segmentation.
      words = jieba.cutForSearch(text, false);
      if (cache.size > 200_000) cache.clear();
      cache.set(text, words);
    }
    return words;
  };
}

let frequencies: Map<string, number> | undefined;

/** Word → count in jieba's dictionary (the frequency classes the lexicon ships). */
export function dictFrequencies(): ReadonlyMap<string, number> {
  if (!frequencies) {
    frequencies = new Map();
    for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
      const [word, count] = line.split(' ');
      if (word && count) frequencies.set(word, Number(count));
    }
  }
  return frequencies;
}

/** A glossary term or synonym counts at least this often (开线 is rare in jieba's dictionary, a word here). */
const USER_WORD_COUNT = 4096;
/** One occurrence in the corpus counts as much as this many in jieba's dictionary. */
const CORPUS_WEIGHT = 64;

/**
 * Frequency class of a word: log2 of its dictionary count plus its corpus occurrences
 * (weighted: 发货 is rare in general text and common here); user words count as common.
 */
export function frequencyClass(word: string, corpusCount: number, userWords: ReadonlySet<string>): number {
  const dict = dictFrequencies().get(word) ?? 0;
  const count = (userWords.has(word) ? Math.max(dict, USER_WORD_COUNT) : dict) + CORPUS_WEIGHT * corpusCount;
  return Math.floor(Math.log2(count + 1));
}
