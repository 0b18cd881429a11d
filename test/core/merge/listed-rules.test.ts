/**
 * The merge runs only the rules whose findings it lists (core/merge/kept.ts):
 * it lists the same findings as running every rule and keeping what it keeps,
 * with a plan and without, over the seeds' appendices as agencies return them
 * (with their own defects, statuses and a few more: a legacy-font outcome, a
 * partner named twice, an empty status, a misspelt lead). Which rules it
 * skips rests on the fields each rule says it reports on: checked here too.
 */
import { createRegistry } from '../../../src/core/agency';
import { checkWorkbook } from '../../../src/core/engine';
import { keepForMerge, rulesListed } from '../../../src/core/merge';
import type { Context } from '../../../src/core/model/context';
import type { Finding } from '../../../src/core/model/finding';
import { rules } from '../../../src/core/rules';
import { reportFields } from '../../../src/core/rules/define-rule';
import { encodeTcvn3 } from '../../../src/core/text/legacy/tcvn3';
import { COL, SEED_IDS, seedTable, type SeedId } from '../../fixtures';
import { sheetFrom, workbookOf, type CellInput } from '../table/sheet-from';

const context: Context = {
  asOf: '2026-12-10',
  planDate: null,
  horizon: null,
  registry: createRegistry({ province: 'Bắc Ninh' }),
};

const STATUSES = ['Đã hoàn thành', 'Đang thực hiện', '', 'Xong rồi', 'Chưa thực hiện'];

/** A seed's appendix returned as a report: its title lines, statuses and outcomes, and some defects of its own. */
function report(id: SeedId) {
  const seed = seedTable(id);
  const rows = seed.rows.map((row, i): CellInput[] => {
    const cells: CellInput[] = [...row];
    if (i === 0) cells[COL.lead] = `${row[COL.lead]}`.replace('Sở', 'Sỏ');
    if (i === 1) cells[COL.partners] = `${row[COL.partners]}, ${row[COL.lead]}`;
    const outcome = i === 2 ? encodeTcvn3('Đã triển khai thực hiện') : `Đã triển khai  nhiệm vụ ${i + 1} ,`;
    return [...cells, STATUSES[i % STATUSES.length], outcome];
  });
  const header = [...seed.headers, 'Mức độ hoàn thành', 'Kết quả thực hiện'];
  return workbookOf(
    sheetFrom([...seed.titleLines.map((l) => [l]), [], header, ...rows], { name: 'Báo cáo' }),
  );
}

/** Lead and partners in one "Cơ quan thực hiện" cell, the lead named in it twice: told at that cell (the lead's). */
function oneCellReport() {
  const header = [
    'STT',
    'Nội dung nhiệm vụ',
    'Cơ quan thực hiện',
    'Kết quả',
    'Thời hạn',
    'Mức độ hoàn thành',
  ];
  const cell = 'Sở Nội vụ chủ trì, phối hợp với Sở Tài chính, Sở Nội vụ';
  return workbookOf(sheetFrom([header, ['1', 'Ban hành Kế hoạch', cell, 'Kế hoạch', 'Quý I/2026', 'Xong']]));
}

const REPORTS: [string, () => ReturnType<typeof report>][] = [
  ...SEED_IDS.map((id): [string, () => ReturnType<typeof report>] => [id, () => report(id)]),
  ['one agency cell', oneCellReport],
];

const key = (f: Finding) => JSON.stringify(f);

describe('the rules a merge runs on each report', () => {
  it.each(REPORTS)(
    'lists the same findings of %s as every rule would, with a plan and without',
    (_, made) => {
      for (const withPlan of [true, false]) {
        const all = checkWorkbook(made(), context);
        const some = checkWorkbook(made(), context, rulesListed(withPlan));
        expect(all.findings.length).toBeGreaterThan(0);
        const listed = keepForMerge(some.tables, some.findings, withPlan);
        expect(listed.map(key)).toEqual(keepForMerge(all.tables, all.findings, withPlan).map(key));
        expect(some.tables).toEqual(all.tables);
      }
    },
  );

  it('runs fewer rules against a plan, and every rule but the numbering without', () => {
    expect(rulesListed(true).length).toBeLessThan(rulesListed(false).length);
    expect(rules.filter((r) => !rulesListed(false).includes(r)).map((r) => r.meta.code)).toEqual([
      'W_STT_SEQUENCE',
    ]);
  });

  it.each(REPORTS)('finds %s reported only on the fields each rule says it reports on', (name, made) => {
    const { findings } = checkWorkbook(made(), context);
    for (const rule of rules) {
      const fields = reportFields(rule.meta);
      if (fields === null) continue;
      for (const f of findings.filter((x) => x.code === rule.meta.code)) expect(fields).toContain(f.field);
    }
    // The defects made above are found, on the fields the rules name.
    const codes = new Set(findings.map((f) => f.code));
    const defects =
      name === 'one agency cell'
        ? ['W_LEAD_IS_PARTNER']
        : ['W_LEAD_IS_PARTNER', 'E_STATUS_EMPTY', 'W_LEGACY_ENCODING', 'I_TEXT_SPACING'];
    for (const code of defects) expect(codes).toContain(code);
  });
});
