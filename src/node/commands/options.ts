import type { Lang } from '../../core/messages';

/** Options shared by the commands, already parsed and checked by the CLI layer. */
export interface CommonOptions {
  lang: Lang;
  /** Path of the editable agency file (--agencies), resolved. */
  agencies?: string;
  /** Province name for agency names like "Báo và Phát thanh, Truyền hình {tỉnh}". */
  province?: string;
}

export interface ValidateOptions extends CommonOptions {
  json: boolean;
  plan?: string;
  asOf: string;
  planDate?: string;
  horizon?: number;
}

export interface FixOptions extends CommonOptions {
  out: string;
  json: boolean;
  force: boolean;
}

export interface MergeOptions extends CommonOptions {
  out: string;
  plan?: string;
  asOf: string;
  /** Path to write the summary JSON to (--json <file>); "-" for standard output. */
  json?: string;
  force: boolean;
}

export interface TemplateOptions extends CommonOptions {
  plan: string;
  out: string;
  force: boolean;
  /** One template for all members of each collective, on request. */
  collectives: boolean;
}

export interface DraftOptions extends CommonOptions {
  out: string;
  json: boolean;
  force: boolean;
}
