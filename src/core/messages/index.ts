import { en } from './en';
import { vi } from './vi';
import type { Finding, HiddenPlace } from '../model/finding';

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

/** A template's parts: literal text, a placeholder "{key}", or the word for a count "{key:one|other}". */
type Part = string | { key: string } | { key: string; one: string; other: string };

const PLACEHOLDER = /\{(\w+)\}|\{(\w+):([^|{}]*)\|([^|{}]*)\}/g;

// The report renders tens of thousands of messages from a few hundred templates: each is split once.
const compiled = new Map<string, Part[]>();

function partsOf(template: string): Part[] {
  let parts = compiled.get(template);
  if (parts) return parts;
  parts = [];
  let at = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > at) parts.push(template.slice(at, m.index));
    parts.push(m[1] !== undefined ? { key: m[1] } : { key: m[2], one: m[3], other: m[4] });
    at = m.index + m[0].length;
  }
  if (at < template.length) parts.push(template.slice(at));
  compiled.set(template, parts);
  return parts;
}

/** Renders a message with its named placeholders; an unknown placeholder is left visible so it gets noticed. */
export function t(id: MessageId | string, data: MessageData = {}, lang: Lang = 'vi'): string {
  const template =
    (catalogues[lang] as Record<string, string>)[id] ?? (vi as Record<string, string>)[id] ?? id;
  if (!template.includes('{')) return template;
  let out = '';
  for (const part of partsOf(template)) {
    if (typeof part === 'string') out += part;
    else if (!(part.key in data))
      out += 'one' in part ? `{${part.key}:${part.one}|${part.other}}` : `{${part.key}}`;
    else if ('one' in part) {
      // "{files:file|files}" is the word for the count in `files`: English says "1 file", "2 files".
      out += Number(data[part.key]) === 1 ? part.one : part.other;
    } else {
      const value = data[part.key];
      out += typeof value === 'object' ? t(value.ref, data, lang) : String(value);
    }
  }
  return out;
}

/**
 * A finding's message, with where its cell hides when it is on a hidden sheet, row or column
 * ("… (dòng đang ẩn)"), so that the user looking for the cell knows to unhide it.
 */
export function findingMessage(f: Finding, lang: Lang = 'vi'): string {
  const message = t(f.messageId, f.data, lang);
  return f.hidden?.length ? `${message} ${hiddenHint(f.hidden, lang)}` : message;
}

/** "(dòng đang ẩn)", "(trang tính đang ẩn; dòng và cột đang ẩn)" … */
export function hiddenHint(places: readonly HiddenPlace[], lang: Lang = 'vi'): string {
  const parts: string[] = [];
  if (places.includes('sheet')) parts.push(t('finding.hidden.sheet', {}, lang));
  const row = places.includes('row');
  const column = places.includes('column');
  if (row && column) parts.push(t('finding.hidden.rowColumn', {}, lang));
  else if (row) parts.push(t('finding.hidden.row', {}, lang));
  else if (column) parts.push(t('finding.hidden.column', {}, lang));
  return `(${parts.join('; ')})`;
}

export function isLang(s: string): s is Lang {
  return s === 'vi' || s === 'en';
}
