// How long a text counts for the programme's length rules, fairly across scripts: a Chinese, Japanese or Korean
// character says about what a short English word says, so it weighs two, as it takes two columns in print (Unicode
// East Asian Width "wide" and "fullwidth"); every other character weighs one, counted by code point, not UTF-16 unit.

/** Han, kana, Hangul, CJK symbols and punctuation, and fullwidth forms. */
const wide =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** The weight of a text after trimming: two for each wide character, one for any other. */
export function textWeight(text: string): number {
  let weight = 0;
  for (const char of text.trim()) weight += wide.test(char) ? 2 : 1;
  return weight;
}
