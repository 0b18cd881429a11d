import { en } from './en';
import { vi } from './vi';
import type { Finding } from '../model/finding';

export type Lang = 'vi' | 'en';
export type MessageId = keyof typeof vi;

const catalogues: Record<Lang, Record<MessageId, string>> = { vi, en };

/**
 * A data value standing for another message ("the file is truncated"), rendered in the same language.
 * An object, never a marked string: text an agency typed ("@Sở Tài chính") is data, never a message id.
 */
export interface MessageRef {
  ref: string;
}
export type MessageValue = string | number | MessageRef;
export type MessageData = Record<string, MessageValue>;

export const messageRef = (id: string): MessageRef => ({ ref: id });

/** Renders a message with its named placeholders; an unknown placeholder is left visible so it gets noticed. */
export function t(id: MessageId | string, data: MessageData = {}, lang: Lang = 'vi'): string {
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
    const value = data[key];
    return typeof value === 'object' ? t(value.ref, data, lang) : String(value);
  });
}

export function findingMessage(f: Finding, lang: Lang = 'vi'): string {
  return t(f.messageId, f.data, lang);
}

export function isLang(s: string): s is Lang {
  return s === 'vi' || s === 'en';
}
