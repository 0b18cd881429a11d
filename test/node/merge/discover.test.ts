import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { UsageError } from '../../../src/node/commands/io';
import { discoverInputs } from '../../../src/node/merge/discover';

let dir: string;
const put = (rel: string, bytes = 'x') => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), bytes);
};
const rel = (files: string[]) => files.map((f) => path.relative(dir, f));

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-discover-'));
  put('bao-cao/so-y-te.xlsx');
  put('bao-cao/Sở Nội vụ.xls');
  put('bao-cao/xa/ubnd-xa-a.ods');
  put('bao-cao/xa/sau/ubnd-xa-b.csv');
  put('bao-cao/~$so-y-te.xlsx');
  put('bao-cao/._so-y-te.xlsx');
  put('bao-cao/nham.docx');
  put('bao-cao/ghi-chu.txt');
  put('bao-cao/.DS_Store');
  put('bao-cao/.git/cu.xlsx');
  put('bao-cao/tong-hop.xlsx');
  put('rieng.xlsx');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('discoverInputs', () => {
  it('searches folders recursively, keeps lock and "._" files to list them, leaves other files and hidden folders alone', async () => {
    const { files } = await discoverInputs([path.join(dir, 'bao-cao')], []);
    expect(rel(files).sort()).toEqual(
      [
        'bao-cao/._so-y-te.xlsx',
        'bao-cao/~$so-y-te.xlsx',
        'bao-cao/nham.docx',
        'bao-cao/so-y-te.xlsx',
        'bao-cao/Sở Nội vụ.xls',
        'bao-cao/tong-hop.xlsx',
        'bao-cao/xa/sau/ubnd-xa-b.csv',
        'bao-cao/xa/ubnd-xa-a.ods',
      ]
        .map((p) => p.split('/').join(path.sep))
        .sort(),
    );
  });

  it('leaves the report being written out of a folder, and lists each file once', async () => {
    const folder = path.join(dir, 'bao-cao');
    const { files } = await discoverInputs(
      [folder, path.join(folder, 'so-y-te.xlsx')],
      [path.join(folder, 'tong-hop.xlsx')],
    );
    expect(rel(files)).not.toContain(path.join('bao-cao', 'tong-hop.xlsx'));
    expect(
      rel(files).filter((f) => f.endsWith('so-y-te.xlsx') && !f.includes('$') && !f.includes('._')),
    ).toHaveLength(1);
  });

  it('keeps a file named on the command line, whatever its name, for the command to judge', async () => {
    const named = path.join(dir, 'bao-cao', 'tong-hop.xlsx');
    const { files, named: listed } = await discoverInputs([named, path.join(dir, 'rieng.xlsx')], [named]);
    expect(rel(files).sort()).toEqual([path.join('bao-cao', 'tong-hop.xlsx'), 'rieng.xlsx'].sort());
    expect(listed).toHaveLength(2);
  });

  it('gives the same order every time', async () => {
    const a = await discoverInputs([path.join(dir, 'bao-cao')], []);
    const b = await discoverInputs([path.join(dir, 'bao-cao')], []);
    expect(a.files).toEqual(b.files);
  });

  it('calls a missing path wrong usage', async () => {
    await expect(discoverInputs([path.join(dir, 'khong-co')], [])).rejects.toBeInstanceOf(UsageError);
  });
});
