import { cli } from './en/cli';
import { draft } from './en/draft';
import { findings } from './en/findings';
import { merge } from './en/merge';
import { pane } from './en/pane';
import { read } from './en/read';
import { tools } from './en/tools';
import type { vi } from './vi';

export const en: Record<keyof typeof vi, string> = {
  ...findings,
  ...read,
  ...cli,
  ...pane,
  ...merge,
  ...draft,
  ...tools,
};
