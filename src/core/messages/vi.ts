import { cli } from './vi/cli';
import { draft } from './vi/draft';
import { findings } from './vi/findings';
import { merge } from './vi/merge';
import { pane } from './vi/pane';
import { read } from './vi/read';
import { tools } from './vi/tools';

/** The Vietnamese catalogue: the source of truth for every user-facing string. */
export const vi = { ...findings, ...read, ...cli, ...pane, ...merge, ...draft, ...tools };
