import type { WorkbookModel } from '../../core/model/sheet';

/**
 * Why a file could not be read, as a short machine reason the message
 * catalogue renders (`read.reason.<reason>`).
 */
export type ReadFailure =
  | 'not-a-spreadsheet'
  | 'word-document'
  | 'pdf'
  | 'truncated'
  | 'corrupt'
  | 'zip-bomb'
  | 'too-large'
  | 'merged-area-too-large'
  | 'encrypted'
  | 'unsupported-format'
  | 'not-found'
  | 'folder'
  | 'io-error';

export type SkipReason = 'lock-file' | 'empty' | 'hidden' | 'phuluc-report' | 'plan';

/** Something the reader changed or chose while reading a file that it still read. */
export type ReadNote =
  | { kind: 'text-truncated'; sheet: string; row: number; col: number; length: number }
  | { kind: 'fallback-reader'; detail: string }
  /** A single-byte CSV whose letters read as TCVN3 or VNI: kept byte for byte for the engine's legacy detection. */
  | { kind: 'legacy-text'; encoding: 'tcvn3' | 'vni' };

export type ReadOutcome =
  | { ok: true; workbook: WorkbookModel; notes?: ReadNote[] }
  | { ok: false; code: 'E_FILE_UNREADABLE' | 'E_FILE_ENCRYPTED'; reason: ReadFailure; detail?: string }
  | { ok: false; code: 'SKIPPED'; reason: SkipReason };

export interface ReadLimits {
  /** Bytes read from disk or accepted as a buffer. */
  maxFileBytes: number;
  /** Total inflated bytes of all zip entries, declared and actual. */
  maxInflatedBytes: number;
  /** Compression ratio allowed for an entry larger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  maxZipEntries: number;
  /** Excel's own sheet limits. */
  maxRows: number;
  maxCols: number;
  /** Cells with a value over the whole workbook. */
  maxCells: number;
  /** Seconds SheetJS may take to parse one file (it can loop forever on a damaged one). */
  maxSheetJSSeconds: number;
  /** Excel's limit per cell; longer text is truncated with a note. */
  maxTextLength: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 256 * MB,
  maxInflatedBytes: 256 * MB,
  maxRatio: 200,
  ratioFloorBytes: 1 * MB,
  maxZipEntries: 10_000,
  maxRows: 1_048_576,
  maxCols: 16_384,
  maxCells: 5_000_000,
  maxSheetJSSeconds: 60,
  maxTextLength: 32_767,
};

/** Thrown inside the reader and turned into a ReadOutcome at the edge (index.ts). */
export class ReadError extends Error {
  constructor(
    readonly reason: ReadFailure,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

export function failure(reason: ReadFailure, detail?: string): ReadOutcome {
  return {
    ok: false,
    code: reason === 'encrypted' ? 'E_FILE_ENCRYPTED' : 'E_FILE_UNREADABLE',
    reason,
    ...(detail ? { detail } : {}),
  };
}
