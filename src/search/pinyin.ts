/**
 * Pinyin queries in the browser without a pinyin library: the index carries pinyin
 * tokens computed at build time (see build/pinyin.ts); here a Latin query word is only
 * split into syllables, or read as initials, and turned into the same tokens.
 *   tuihuo → ~tuihuo (full pinyin, syllable bigrams)    th → ^th (initials bigrams)
 */

/** Toneless Mandarin syllables (ü written v). */
const SYLLABLES = new Set(
  'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo'.split(' '),
);
const MAX_SYLLABLE = 6;

/**
 * A query with its pinyin syllables typed apart joined up (tui huo → tuihuo, hai mei dao →
 * haimeidao): the index holds a word's pinyin whole. Only runs of two or more words that are
 * each one syllable are joined; other Latin words (iphone, vip) stay as they are.
 */
export function joinSyllables(words: readonly string[]): string[] {
  const out: string[] = [];
  let joining = false;
  for (const w of words) {
    const syllable = SYLLABLES.has(w);
    if (syllable && joining) out[out.length - 1] += w;
    else out.push(w);
    joining = syllable;
  }
  return out;
}

export const PINYIN_PREFIX = '~';
export const INITIALS_PREFIX = '^';

/** Every way to split a word into syllables (at most `cap` ways, shortest first). */
export function segmentations(word: string, cap = 4): string[][] {
  const out: string[][] = [];
  const walk = (i: number, acc: string[]) => {
    if (out.length >= cap) return;
    if (i === word.length) {
      out.push(acc);
      return;
    }
    for (let len = Math.min(MAX_SYLLABLE, word.length - i); len >= 1; len--) {
      const s = word.slice(i, i + len);
      if (SYLLABLES.has(s)) walk(i + len, [...acc, s]);
    }
  };
  if (/^[a-z]+$/.test(word)) walk(0, []);
  return out;
}

/** Bigram tokens of consecutive syllables: the form the index stores. */
export const fullPinyinTokens = (syllables: readonly string[]): string[] =>
  syllables.slice(0, -1).map((s, i) => PINYIN_PREFIX + s + syllables[i + 1]);

export const initialsTokens = (initials: string): string[] =>
  [...initials].slice(0, -1).map((c, i) => INITIALS_PREFIX + c + initials[i + 1]);

/** How a Latin query word may be read as pinyin: each reading is a set of required tokens. */
export function pinyinReadings(word: string): {tokens: string[]; kind: 'pinyin' | 'initials'}[] {
  const readings: {tokens: string[]; kind: 'pinyin' | 'initials'}[] = [];
  if (word.length < 2 || !/^[a-z]+$/.test(word)) return readings;
  for (const seg of segmentations(word)) if (seg.length >= 2) readings.push({tokens: fullPinyinTokens(seg), kind: 'pinyin'});
  if (word.length <= 8 && (word.match(/[aeiouv]/g)?.length ?? 0) <= 1) readings.push({tokens: initialsTokens(word), kind: 'initials'});
  return readings;
}
