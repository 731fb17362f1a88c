/**
 * Cleaning of what people type, before it is checked or stored: characters that show
 * nothing on screen are taken out, so a name made only of them reads as empty and is
 * refused, and one with them inside is stored as it looks. Plain TypeScript, no zod:
 * the operator is read with it at start, before zod has loaded.
 *
 * Taken out:
 * - format characters (Cf) and default-ignorable code points: zero-width space and
 *   joiners, word joiner, soft hyphen, byte order mark, direction marks, embeddings,
 *   overrides and isolates, invisible operators, tags, and the Hangul fillers, which
 *   are letters that draw nothing;
 * - the braille blank U+2800, a symbol that draws nothing;
 * - a variation selector with no character before it to vary (at the start, after a
 *   space or after another selector); one after a character is kept, so ❤️ and an
 *   ideographic variation sequence stay as typed;
 * - control characters (C0, DEL, C1).
 * A note keeps its line breaks (CR LF and CR become LF) and tabs; a name is one line,
 * so its tabs and line breaks become a space, which keeps "Chen\tJing" two words.
 *
 * The zero-width joiner goes too, also inside an emoji sequence in a note: 👨‍👩‍👧 becomes
 * 👨👩👧, the same people drawn apart. Such sequences are rare in a command post's notes
 * and never in Chinese or English names, and keeping the joiner only between emoji
 * would let a name hide one between two of them. Chinese, Latin letters, accents
 * (combining marks included), punctuation and the ideographic space U+3000 are kept;
 * spaces at either end, U+3000 among them, are trimmed.
 */

// A variation selector is default-ignorable too; whether it goes depends on what precedes it.
const INVISIBLE = /(?!\p{Variation_Selector})[\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/gu;
const LONE_SELECTOR = /(?<=^|[\s\p{Variation_Selector}])\p{Variation_Selector}/gu;
const NAME_BREAK = /[\t\n\v\f\r\u2028\u2029]+/g;
const NAME_CONTROL = /\p{Cc}/gu;
const TEXT_BREAK = /\r\n?/g;
const TEXT_CONTROL = /(?![\n\t])\p{Cc}/gu;

function withoutInvisible(value: string, control: RegExp): string {
  return value.replace(control, '').replace(INVISIBLE, '').replace(LONE_SELECTOR, '').trim();
}

/** A name on one line, as it shows: invisible characters out, breaks as spaces, trimmed. */
export function cleanName(value: string): string {
  return withoutInvisible(value.replace(NAME_BREAK, ' '), NAME_CONTROL);
}

/** Free text that may run over several lines: as cleanName, but line breaks and tabs stay. */
export function cleanText(value: string): string {
  return withoutInvisible(value.replace(TEXT_BREAK, '\n'), TEXT_CONTROL);
}
