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
