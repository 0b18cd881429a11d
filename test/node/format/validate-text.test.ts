/**
 * The text `validate` prints, on a file with more findings than a function
 * call takes arguments: a sheet of a million rows with one problem each
 * still gets its listing, not a crash.
 */
import type { Finding } from '../../../src/core/model/finding';
import { validateText } from '../../../src/node/format/validate-text';

describe('validate text', () => {
  it('lists 200,000 findings of one severity, their locations aligned', () => {
    const findings: Finding[] = Array.from({ length: 200_000 }, (_, i) => ({
      code: 'E_LEAD_EMPTY',
      severity: 'error',
      sheet: 'S',
      cell: `C${i + 2}`,
      row: i + 2,
      field: 'lead',
      messageId: 'finding.E_LEAD_EMPTY',
      data: {},
    }));
    const text = validateText([{ path: 'lon.ods', format: 'ods', tables: [], findings }], 'vi');
    const lines = text.split('\n').filter((l) => l.includes('[E_LEAD_EMPTY]'));
    expect(lines).toHaveLength(200_000);
    // Locations padded to the widest ("S!C200001"): the same message starts in the same column on every line.
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(lines[0]).toMatch(/^ {4}S!C2 {7}\S/);
  });
});
