// Kana → Hepburn romaji, used to add the romaji spelling of listed kana terms (しね → shine).
const BASE: Record<string, string> = {
  あ: 'a',
  い: 'i',
  う: 'u',
  え: 'e',
  お: 'o',
  か: 'ka',
  き: 'ki',
  く: 'ku',
  け: 'ke',
  こ: 'ko',
  さ: 'sa',
  し: 'shi',
  す: 'su',
  せ: 'se',
  そ: 'so',
  た: 'ta',
  ち: 'chi',
  つ: 'tsu',
  て: 'te',
  と: 'to',
  な: 'na',
  に: 'ni',
  ぬ: 'nu',
  ね: 'ne',
  の: 'no',
  は: 'ha',
  ひ: 'hi',
  ふ: 'fu',
  へ: 'he',
  ほ: 'ho',
  ま: 'ma',
  み: 'mi',
  む: 'mu',
  め: 'me',
  も: 'mo',
  や: 'ya',
  ゆ: 'yu',
  よ: 'yo',
  ら: 'ra',
  り: 'ri',
  る: 'ru',
  れ: 're',
  ろ: 'ro',
  わ: 'wa',
  を: 'wo',
  ん: 'n',
  が: 'ga',
  ぎ: 'gi',
  ぐ: 'gu',
  げ: 'ge',
  ご: 'go',
  ざ: 'za',
  じ: 'ji',
  ず: 'zu',
  ぜ: 'ze',
  ぞ: 'zo',
  だ: 'da',
  ぢ: 'ji',
  づ: 'zu',
  で: 'de',
  ど: 'do',
  ば: 'ba',
  び: 'bi',
  ぶ: 'bu',
  べ: 'be',
  ぼ: 'bo',
  ぱ: 'pa',
  ぴ: 'pi',
  ぷ: 'pu',
  ぺ: 'pe',
  ぽ: 'po',
};
const YOON: Record<string, string> = { ゃ: 'a', ゅ: 'u', ょ: 'o' };

/** Romaji of a hiragana-only string, or undefined when it holds anything else. */
export function toRomaji(kana: string): string | undefined {
  let out = '';
  let double = false;
  for (let i = 0; i < kana.length; i++) {
    const ch = kana[i]!;
    if (ch === 'っ') {
      double = true;
      continue;
    }
    const small = YOON[kana[i + 1] ?? ''];
    let syllable = BASE[ch];
    if (syllable === undefined) return undefined;
    if (small !== undefined) {
      syllable = syllable.endsWith('i') ? `${syllable.slice(0, -1)}${small}` : syllable;
      if (['shi', 'chi', 'ji'].includes(BASE[ch]!)) syllable = `${BASE[ch]!.slice(0, -1)}${small}`;
      else syllable = `${BASE[ch]!.slice(0, -1)}y${small}`;
      i++;
    }
    if (double) {
      out += syllable[0];
      double = false;
    }
    out += syllable;
  }
  return out.length >= 4 ? out : undefined;
}
