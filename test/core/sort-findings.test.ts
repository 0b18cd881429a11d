/**
 * Findings in the order both faces list them: sheet (in workbook order), row, column, severity, code, and
 * otherwise as found. The sort ranks columns and codes once each; the order is the one their comparison
 * with `localeCompare` gives, checked here against that comparison written out.
 */
import fc from 'fast-check';
import { sortFindings } from '../../src/core/engine';
import type { Finding, Severity } from '../../src/core/model/finding';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function byDefinition(findings: Finding[], sheetOrder: ReadonlyMap<string, number>): Finding[] {
  const colOf = (cell: string | null) => (cell ? cell.replace(/\d+$/, '').padStart(3, ' ') : '');
  const sheetRank = (name: string | null) => (name === null ? -1 : (sheetOrder.get(name) ?? sheetOrder.size));
  return [...findings].sort(
    (a, b) =>
      sheetRank(a.sheet) - sheetRank(b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      colOf(a.cell).localeCompare(colOf(b.cell)) ||
      RANK[a.severity] - RANK[b.severity] ||
      a.code.localeCompare(b.code),
  );
}

const finding = fc
  .record({
    code: fc.constantFrom(
      'W_AGENCY_UNKNOWN',
      'W_AGENCY_SPELLING',
      'I_AGENCY_ALIAS',
      'E_TASK_EMPTY',
      'W_OVERDUE',
    ),
    severity: fc.constantFrom<Severity>('error', 'warning', 'info'),
    sheet: fc.constantFrom(null, 'Phụ lục', 'Báo cáo', 'Khác'),
    column: fc.constantFrom(null, 'A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA', 'A1:B'),
    row: fc.option(fc.integer({ min: 1, max: 6 })),
  })
  .map(({ code, severity, sheet, column, row }): Finding => ({
    code,
    severity,
    sheet,
    cell: column === null ? null : `${column}${row ?? 1}`,
    row,
    field: null,
    messageId: `finding.${code}`,
    data: {},
  }));

it('orders findings as the comparison by sheet, row, column, severity and code does, ties as found', () => {
  const sheetOrder = new Map([
    ['Báo cáo', 0],
    ['Phụ lục', 1],
  ]);
  fc.assert(
    fc.property(fc.array(finding, { maxLength: 40 }), (findings) => {
      // Compared by place in the input, so that findings alike must also keep the order they were found in.
      const places = (sorted: Finding[]) => sorted.map((f) => findings.indexOf(f));
      expect(places(sortFindings(findings, sheetOrder))).toEqual(places(byDefinition(findings, sheetOrder)));
    }),
    { numRuns: 500 },
  );
});
