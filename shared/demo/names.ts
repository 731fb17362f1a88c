import type { Language } from '../domain';
import type { Rng } from './random';

/**
 * Generated person names: a Chinese name and the same name in pinyin, built from paired
 * tables so the two languages always name the same person.
 */
export interface PersonName {
  zh: string;
  /** Pinyin, family name first, as on a Chinese roster: "Wang Xiaoming". */
  en: string;
}

type Pair = readonly [hanzi: string, pinyin: string];

/** Common family names, roughly by frequency, with a few Shanghai favourites (顾, 陆, 施, 倪). */
const surnames: readonly Pair[] = [
  ['王', 'Wang'],
  ['李', 'Li'],
  ['张', 'Zhang'],
  ['刘', 'Liu'],
  ['陈', 'Chen'],
  ['杨', 'Yang'],
  ['黄', 'Huang'],
  ['赵', 'Zhao'],
  ['吴', 'Wu'],
  ['周', 'Zhou'],
  ['徐', 'Xu'],
  ['孙', 'Sun'],
  ['马', 'Ma'],
  ['朱', 'Zhu'],
  ['胡', 'Hu'],
  ['郭', 'Guo'],
  ['何', 'He'],
  ['林', 'Lin'],
  ['罗', 'Luo'],
  ['高', 'Gao'],
  ['郑', 'Zheng'],
  ['梁', 'Liang'],
  ['谢', 'Xie'],
  ['宋', 'Song'],
  ['唐', 'Tang'],
  ['许', 'Xu'],
  ['韩', 'Han'],
  ['冯', 'Feng'],
  ['邓', 'Deng'],
  ['曹', 'Cao'],
  ['彭', 'Peng'],
  ['曾', 'Zeng'],
  ['肖', 'Xiao'],
  ['田', 'Tian'],
  ['董', 'Dong'],
  ['袁', 'Yuan'],
  ['潘', 'Pan'],
  ['蒋', 'Jiang'],
  ['蔡', 'Cai'],
  ['杜', 'Du'],
  ['叶', 'Ye'],
  ['程', 'Cheng'],
  ['苏', 'Su'],
  ['魏', 'Wei'],
  ['吕', 'Lyu'],
  ['丁', 'Ding'],
  ['沈', 'Shen'],
  ['任', 'Ren'],
  ['姚', 'Yao'],
  ['卢', 'Lu'],
  ['钟', 'Zhong'],
  ['崔', 'Cui'],
  ['谭', 'Tan'],
  ['陆', 'Lu'],
  ['范', 'Fan'],
  ['汪', 'Wang'],
  ['金', 'Jin'],
  ['顾', 'Gu'],
  ['倪', 'Ni'],
  ['邱', 'Qiu'],
  ['秦', 'Qin'],
  ['施', 'Shi'],
  ['严', 'Yan'],
  ['俞', 'Yu'],
];

/** Characters common in given names. */
const givenChars: readonly Pair[] = [
  ['伟', 'wei'],
  ['芳', 'fang'],
  ['娜', 'na'],
  ['敏', 'min'],
  ['静', 'jing'],
  ['丽', 'li'],
  ['强', 'qiang'],
  ['磊', 'lei'],
  ['军', 'jun'],
  ['洋', 'yang'],
  ['勇', 'yong'],
  ['艳', 'yan'],
  ['杰', 'jie'],
  ['娟', 'juan'],
  ['涛', 'tao'],
  ['明', 'ming'],
  ['超', 'chao'],
  ['秀', 'xiu'],
  ['霞', 'xia'],
  ['平', 'ping'],
  ['刚', 'gang'],
  ['桂', 'gui'],
  ['英', 'ying'],
  ['华', 'hua'],
  ['建', 'jian'],
  ['国', 'guo'],
  ['文', 'wen'],
  ['辉', 'hui'],
  ['力', 'li'],
  ['鹏', 'peng'],
  ['晓', 'xiao'],
  ['红', 'hong'],
  ['玉', 'yu'],
  ['兰', 'lan'],
  ['海', 'hai'],
  ['燕', 'yan'],
  ['峰', 'feng'],
  ['雪', 'xue'],
  ['琳', 'lin'],
  ['婷', 'ting'],
  ['宇', 'yu'],
  ['浩', 'hao'],
  ['凯', 'kai'],
  ['佳', 'jia'],
  ['欣', 'xin'],
  ['怡', 'yi'],
  ['俊', 'jun'],
  ['志', 'zhi'],
  ['春', 'chun'],
  ['东', 'dong'],
  ['斌', 'bin'],
  ['亮', 'liang'],
  ['雯', 'wen'],
  ['倩', 'qian'],
  ['蕾', 'lei'],
  ['晨', 'chen'],
  ['阳', 'yang'],
  ['慧', 'hui'],
  ['颖', 'ying'],
  ['思', 'si'],
  ['嘉', 'jia'],
  ['诚', 'cheng'],
  ['铭', 'ming'],
  ['睿', 'rui'],
  ['振', 'zhen'],
  ['荣', 'rong'],
  ['青', 'qing'],
  ['永', 'yong'],
  ['德', 'de'],
  ['新', 'xin'],
  ['立', 'li'],
  ['萍', 'ping'],
];

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Pinyin syllables of one word; an apostrophe before a syllable that starts with a, o or e. */
function joinSyllables(syllables: readonly string[]): string {
  return syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
}

/** A random name; may repeat (for residents, who are many and never listed together). */
export function randomName(rng: Rng): PersonName {
  const [familyZh, familyEn] = rng.pick(surnames);
  const parts = rng.chance(0.3) ? [rng.pick(givenChars)] : [rng.pick(givenChars), rng.pick(givenChars)];
  const givenZh = parts.map(([h]) => h).join('');
  const givenEn = capitalise(joinSyllables(parts.map(([, p]) => p)));
  return { zh: familyZh + givenZh, en: `${familyEn} ${givenEn}` };
}

/**
 * A source of names that never repeats within one site (in either language), so a
 * roster never shows two people the operator cannot tell apart.
 */
export function nameGenerator(rng: Rng): () => PersonName {
  const used = new Set<string>();
  return () => {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const name = randomName(rng);
      if (used.has(name.zh) || used.has(name.en)) continue;
      used.add(name.zh);
      used.add(name.en);
      return name;
    }
    throw new Error('ran out of distinct names');
  };
}

export function nameIn(name: PersonName, language: Language): string {
  return language === 'zh-CN' ? name.zh : name.en;
}

/**
 * The family name alone, as a resident is written in a log open to many eyes
 * ("顾女士" / "Ms Gu").
 */
export function familyNameOf(name: PersonName): PersonName {
  return { zh: name.zh.charAt(0), en: name.en.split(' ')[0] ?? name.en };
}

/**
 * Demo phone numbers are deliberately undialable: "000-0000-NNNN". No Chinese mobile
 * number starts with 0, and no area code is 000, so an operator reads them as fake at a
 * glance and a copied number can never reach a real person. The shape (3-4-4, like a
 * mobile number written in groups) keeps printed sheets looking real. The last four
 * digits are the person's index, so numbers are unique within a site (up to 9,999).
 */
export function fictionalPhone(index: number): string {
  const n = Math.abs(Math.trunc(index)) % 10_000;
  return `000-0000-${String(n).padStart(4, '0')}`;
}
