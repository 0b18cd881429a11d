/**
 * Trimming a set of characters from a text's ends by a loop. A pattern such
 * as `/[\s,;.]+$/` tries again from every character of a long run of them
 * inside the text (", , , … x"), in time growing with the square of its length.
 */
const isSpace = (c: string) => /\s/u.test(c);

/** `text` without the spaces and the characters of `chars` at its end. */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && (chars.includes(text[end - 1]) || isSpace(text[end - 1]))) end--;
  return text.slice(0, end);
}

/** `text` without the spaces and the characters of `chars` at both ends. */
export function trimOf(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && (chars.includes(text[start]) || isSpace(text[start]))) start++;
  return trimEndOf(text.slice(start), chars);
}
