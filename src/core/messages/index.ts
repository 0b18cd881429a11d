import { en } from './en';
import { vi } from './vi';
import type { Finding } from '../model/finding';

export type Lang = 'vi' | 'en';
export type MessageId = keyof typeof vi;

const catalogues: Record<Lang, Record<MessageId, string>> = { vi, en };

/** A data value naming another message ("@read.reason.truncated") is rendered in the same language. */
const REF = '@';

/** Renders a message with its named placeholders; an unknown placeholder is left visible so it gets noticed. */
export function t(
  id: MessageId | string,
  data: Record<string, string | number> = {},
  lang: Lang = 'vi',
): string {
  const template =
    (catalogues[lang] as Record<string, string>)[id] ?? (vi as Record<string, string>)[id] ?? id;
  // The report renders tens of thousands of messages: most have no placeholder at all.
  if (!template.includes('{')) return template;
  // "{files:file|files}" is the word for the count in `files`: English says "1 file", "2 files".
  const worded = !template.includes('|')
    ? template
    : template.replace(/\{(\w+):([^|{}]*)\|([^|{}]*)\}/g, (whole, key: string, one: string, other: string) =>
        key in data ? (Number(data[key]) === 1 ? one : other) : whole,
      );
  return worded.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (!(key in data)) return whole;
    const value = String(data[key]);
    return value.startsWith(REF) ? t(value.slice(1), data, lang) : value;
  });
}

export function findingMessage(f: Finding, lang: Lang = 'vi'): string {
  return t(f.messageId, f.data, lang);
}

export function isLang(s: string): s is Lang {
  return s === 'vi' || s === 'en';
}
