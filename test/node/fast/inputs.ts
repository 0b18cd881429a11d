/**
 * A folder of merge inputs for the reading tests: `copies` reports of Sở Nội
 * vụ (seed Bắc Ninh, with statuses), a TCVN3 report, a CSV, a lock file and a
 * truncated workbook, as jobs in name order.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { InputJob } from '../../../src/node/merge/types';
import { buildAppendixWorkbook, buildCsv, seedTable } from '../../fixtures';

export async function writeInputs(dir: string, copies = 1): Promise<InputJob[]> {
  const write = (name: string, bytes: Uint8Array | string) => fs.writeFileSync(path.join(dir, name), bytes);
  const status = { header: 'Mức độ hoàn thành', values: ['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'] };
  const report = await buildAppendixWorkbook(seedTable('bac-ninh'), {
    titleRows: true,
    reportColumns: [status],
  });
  if (copies === 1) write('so-noi-vu.xlsx', report);
  else for (let i = 1; i <= copies; i++) write(`so-${String(i).padStart(2, '0')}-noi-vu.xlsx`, report);
  write(
    'tcvn3.xlsx',
    await buildAppendixWorkbook(seedTable('ninh-binh'), { encoding: 'tcvn3', reportColumns: [status] }),
  );
  write('hung-yen.csv', buildCsv(seedTable('hung-yen'), { encoding: 'utf-8', reportColumns: [status] }));
  write('~$so-noi-vu.xlsx', 'lock');
  write('broken.xlsx', report.subarray(0, 400));
  return fs
    .readdirSync(dir)
    .sort()
    .map((name) => ({
      file: path.join(dir, name),
      display: name,
      registry: { province: 'Bắc Ninh' },
      asOf: '2026-12-10',
      withPlan: false,
    }));
}
