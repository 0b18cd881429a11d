/**
 * The benchmark's comparison readers, each run as its own process on a folder
 * of .xlsx files: `floor` (inflate the sheet XML, count cells, nothing else),
 * `exceljs` and `sheetjs` (load every workbook with the library alone).
 * Prints the number of cells seen, so no reader can skip its work.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type ExcelJS from 'exceljs';

type Mode = 'floor' | 'exceljs' | 'sheetjs';

const LT = 0x3c;
const C = 0x63;

/** `<c ` and `<c>` openings: one per cell in any sheet XML. */
function countCells(xml: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < xml.length - 2; i++) {
    if (xml[i] === LT && xml[i + 1] === C && (xml[i + 2] === 0x20 || xml[i + 2] === 0x3e)) n++;
  }
  return n;
}

async function readAll(mode: Mode, files: string[]): Promise<number> {
  let cells = 0;
  if (mode === 'floor') {
    const { unzipSync } = await import('fflate');
    for (const file of files) {
      const parts = unzipSync(fs.readFileSync(file), {
        filter: (f) => /^xl\/worksheets\/[^/]+\.xml$/.test(f.name),
      });
      for (const xml of Object.values(parts)) cells += countCells(xml);
    }
  } else if (mode === 'exceljs') {
    const { default: Excel } = await import('exceljs');
    for (const file of files) {
      const wb = new Excel.Workbook();
      await wb.xlsx.load(fs.readFileSync(file) as unknown as ExcelJS.Buffer);
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell(() => cells++)));
    }
  } else {
    const XLSX = await import('xlsx');
    for (const file of files) {
      const wb = XLSX.read(fs.readFileSync(file), { type: 'buffer', dense: true });
      for (const name of wb.SheetNames)
        for (const row of wb.Sheets[name]['!data'] ?? []) cells += row?.filter(Boolean).length ?? 0;
    }
  }
  return cells;
}

async function main(): Promise<void> {
  const [mode, dir] = process.argv.slice(2) as [Mode, string];
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => path.join(dir, f));
  process.stdout.write(`${await readAll(mode, files)}\n`);
}

void main();
