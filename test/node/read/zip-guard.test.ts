import { Inflate, strToU8, zipSync } from 'fflate';
import { DEFAULT_LIMITS } from '../../../src/node/read/outcome';
import { readWorkbookBuffer } from '../../../src/node/read';
import { readWorkbookBufferLean } from '../../../src/node/fast/lean-read';
import { checkDeclaredSizes, inflateGuarded, readZipDirectory } from '../../../src/node/read/zip-guard';
import { bombXlsx, exceljsBuffer, forgeZip, zerosBomb } from './fixtures';

const GB_IN_MB = 1024;

describe('zip directory', () => {
  it('lists entries with declared sizes without inflating', () => {
    const zip = zipSync({ 'a.xml': strToU8('x'.repeat(5000)), 'dir/b.txt': strToU8('hello') });
    const entries = readZipDirectory(zip);
    expect(entries.map((e) => [e.name, e.size])).toEqual([
      ['a.xml', 5000],
      ['dir/b.txt', 5],
    ]);
    expect(entries[0].compressedSize).toBeLessThan(5000);
  });

  it('calls a zip cut in half truncated', async () => {
    const xlsx = await exceljsBuffer((wb) => (wb.addWorksheet('S').getCell('A1').value = 'x'));
    expect(() => readZipDirectory(xlsx.subarray(0, xlsx.length >> 1))).toThrow(/end-of-directory/);
  });

  it('inflates to the same bytes and keeps only the parts asked for', () => {
    const zip = zipSync({ 'keep.xml': strToU8('<a>ø</a>'), 'drop.xml': strToU8('<b/>') });
    const kept = inflateGuarded(zip, readZipDirectory(zip), DEFAULT_LIMITS, {
      keep: (n) => n === 'keep.xml',
    });
    expect([...kept.keys()]).toEqual(['keep.xml']);
    expect(new TextDecoder().decode(kept.get('keep.xml'))).toBe('<a>ø</a>');
  });
});

describe('zip bombs', () => {
  it('the fixture really is about 1000:1 zeros', () => {
    const bomb = zerosBomb(4);
    let total = 0;
    let nonZero = 0;
    new Inflate((chunk) => {
      total += chunk.length;
      nonZero += chunk.filter((b) => b !== 0).length;
    }).push(bomb, true);
    expect(total).toBe(4 * 1024 * 1024);
    expect(nonZero).toBe(0);
    expect(total / bomb.length).toBeGreaterThan(500);
  });

  it('refuses a 1 GB bomb from its declared sizes, quickly and without inflating it', async () => {
    const started = Date.now();
    const bomb = bombXlsx(GB_IN_MB, GB_IN_MB * 1024 * 1024);
    const built = Date.now();
    const heapBefore = process.memoryUsage().heapUsed;
    const outcome = await readWorkbookBuffer(bomb, 'report.xlsx');
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    console.log(
      `1 GB zip bomb (${(bomb.length / 1e6).toFixed(1)} MB file): built in ${built - started} ms, refused in ${Date.now() - built} ms, heap +${(heapGrowth / 1e6).toFixed(1)} MB`,
    );
    expect(outcome).toMatchObject({ ok: false, code: 'E_FILE_UNREADABLE', reason: 'zip-bomb' });
    expect(heapGrowth).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses a bomb whose headers lie about its size while inflating it', async () => {
    const bomb = bombXlsx(GB_IN_MB, 1000);
    const started = Date.now();
    const heapBefore = process.memoryUsage().heapUsed;
    const outcome = await readWorkbookBuffer(bomb, 'report.xlsx');
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    console.log(
      `lying 1 GB zip bomb refused in ${Date.now() - started} ms, heap +${(heapGrowth / 1e6).toFixed(1)} MB`,
    );
    expect(outcome).toMatchObject({ ok: false, reason: 'zip-bomb' });
    expect(outcome.ok === false && outcome.code !== 'SKIPPED' && outcome.detail).toMatch(/sheet1\.xml/);
    expect(heapGrowth).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses a [Content_Types].xml that lies about its size before any reader runs, lean or full', async () => {
    // 100 MB of zeros declared as 100 bytes: the format sniff reads this part first.
    const bomb = forgeZip([
      { name: '[Content_Types].xml', data: zerosBomb(100), method: 8, declaredSize: 100 },
    ]);
    const heapBefore = process.memoryUsage().heapUsed;
    for (const read of [readWorkbookBuffer, readWorkbookBufferLean]) {
      const outcome = await read(bomb, 'report.xlsx');
      expect(outcome).toMatchObject({ ok: false, reason: 'zip-bomb' });
    }
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
  });

  it('stops at the total cap even when every entry is honest and under the ratio', () => {
    const chunk = new Uint8Array(600 * 1024).fill(7);
    const zip = zipSync({ 'a.bin': chunk, 'b.bin': chunk }, { level: 0 });
    const limits = { ...DEFAULT_LIMITS, maxInflatedBytes: 1024 * 1024 };
    const entries = readZipDirectory(zip);
    expect(() => checkDeclaredSizes(entries, limits)).toThrow(/declares 1228800/);
    expect(() => inflateGuarded(zip, entries, limits)).toThrow(/inflates past 1048576/);
  });

  it('refuses a zip with more than 10,000 entries', () => {
    const entries = Array.from({ length: 10_001 }, (_, i) => ({
      name: `f${i}.xml`,
      data: new Uint8Array([0x41]),
      method: 0 as const,
      declaredSize: 1,
    }));
    expect(() => checkDeclaredSizes(readZipDirectory(forgeZip(entries)), DEFAULT_LIMITS)).toThrow(
      /10001 zip entries/,
    );
  });

  it('allows a high ratio on a small entry (a sheet of empty styled cells compresses well)', () => {
    const zip = zipSync({ 'small.xml': new Uint8Array(500 * 1024) });
    expect(() => checkDeclaredSizes(readZipDirectory(zip), DEFAULT_LIMITS)).not.toThrow();
  });
});
