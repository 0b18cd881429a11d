import { en } from '../../../src/core/messages/en';
import { messageRef, t } from '../../../src/core/messages';
import { vi } from '../../../src/core/messages/vi';
import { rules } from '../../../src/core/rules';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  it('has a Vietnamese and an English message for every rule and every DOMAIN §7 code', () => {
    const domainCodes = [
      'E_FILE_UNREADABLE',
      'E_FILE_ENCRYPTED',
      'E_TABLE_NOT_FOUND',
      'E_COLUMN_MISSING',
      'W_COLUMN_DUPLICATE',
      'E_TASK_EMPTY',
      'E_LEAD_EMPTY',
      'E_DEADLINE_EMPTY',
      'E_DEADLINE_UNPARSED',
      'W_DEADLINE_BEFORE_PLAN',
      'W_DEADLINE_AFTER_HORIZON',
      'W_RESULT_EMPTY',
      'W_STT_SEQUENCE',
      'W_TASK_DUPLICATE',
      'W_AGENCY_UNKNOWN',
      'W_AGENCY_SPELLING',
      'I_AGENCY_ALIAS',
      'W_LEAD_MULTIPLE',
      'I_LEAD_COLLECTIVE',
      'W_LEAD_IS_PARTNER',
      'W_LEGACY_ENCODING',
      'I_TEXT_NOT_NFC',
      'I_TEXT_SPACING',
      'W_TEXT_PUNCTUATION',
      'E_STATUS_EMPTY',
      'E_STATUS_INVALID',
      'W_STATUS_INCONSISTENT',
      'W_OUTCOME_EMPTY',
      'W_OVERDUE',
      'E_TASK_NOT_IN_PLAN',
      'W_TASK_NOT_REPORTED',
    ];
    const codes = new Set([...domainCodes, ...rules.map((r) => r.meta.code)]);
    for (const code of codes) {
      expect(vi).toHaveProperty([`finding.${code}`]);
      expect(en).toHaveProperty([`finding.${code}`]);
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const id of Object.keys(vi) as (keyof typeof vi)[]) {
      expect([id, placeholders(en[id])]).toEqual([id, placeholders(vi[id])]);
    }
  });

  it('severity prefixes of codes match the rules that raise them', () => {
    const prefix = { error: 'E_', warning: 'W_', info: 'I_' } as const;
    for (const r of rules) expect(r.meta.code.startsWith(prefix[r.meta.severity])).toBe(true);
  });

  it('renders named placeholders and nested message references', () => {
    expect(t('finding.E_FILE_UNREADABLE', { reason: messageRef('read.reason.truncated') }, 'en')).toBe(
      'Cannot read the file: the file is truncated or was not fully downloaded; ask for it again',
    );
    expect(t('finding.W_AGENCY_SPELLING', { name: 'Sở Khoa học và Cong nghệ' })).toBe(
      'Tên cơ quan có thể viết sai: “Sở Khoa học và Cong nghệ”',
    );
  });

  it('keeps text an agency typed that starts with "@" as it is, even when it looks like a message id', () => {
    expect(t('finding.W_AGENCY_SPELLING', { name: '@merge.status.DONE_ON_TIME' })).toBe(
      'Tên cơ quan có thể viết sai: “@merge.status.DONE_ON_TIME”',
    );
    expect(t('finding.W_AGENCY_SPELLING', { name: '@SUM(A1:A2)' }, 'en')).toContain('@SUM(A1:A2)');
  });

  it('leaves a placeholder it has no value for visible, so a missing value gets noticed', () => {
    expect(t('finding.W_AGENCY_SPELLING', {})).toBe('Tên cơ quan có thể viết sai: “{name}”');
    expect(t('merge.summary.files', { merged: 1, skipped: 0, unreadable: 0 }, 'en')).toMatch(
      /^Read \{files\} \{files:file\|files\}:/,
    );
  });

  it('says "1 file" and "2 files" in English, with no stray braces in either language', () => {
    expect(t('merge.summary.files', { files: 1, merged: 1, skipped: 0, unreadable: 0 }, 'en')).toBe(
      'Read 1 file: 1 merged, 0 skipped, 0 unreadable.',
    );
    expect(t('merge.summary.files', { files: 2, merged: 2, skipped: 0, unreadable: 0 }, 'en')).toMatch(
      /^Read 2 files:/,
    );
    const counts = { files: 1, tables: 1, tasks: 1, errors: 1, warnings: 2, infos: 1 };
    expect(t('validate.summary', counts, 'en')).not.toMatch(/[{}]|\b1 (files|tables|tasks|errors|notes)\b/);
    expect(t('validate.summary', counts, 'vi')).not.toMatch(/[{}]/);
  });
});

describe("table findings name the column in the reader's language", () => {
  it('renders the field name of E_COLUMN_MISSING', () => {
    expect(t('finding.E_COLUMN_MISSING', { column: messageRef('field.deadline') })).toBe(
      'Bảng thiếu cột "Thời hạn"',
    );
    expect(t('finding.E_COLUMN_MISSING', { column: messageRef('field.deadline') }, 'en')).toBe(
      'The table has no "Deadline" column',
    );
  });
});
