/**
 * The preview page in headless Chromium: the built task pane beside the
 * simulated Excel host. On the Ninh Bình appendix the pane must list exactly
 * what `phuluc validate --json` finds on the same workbook, and clicking a
 * finding must select its cell. Screenshots go to test-output/taskpane/, and
 * with UPDATE_SCREENSHOTS=1 to assets/screenshots/ for the documentation.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { rules } from '../../src/core/rules';
import { todayInVietnam } from '../../src/taskpane/settings';
import { main } from '../../scripts/phuluc';
import { appendixLayout } from '../fixtures/layout';
import { seedTable } from '../fixtures/seed-tables';
import { buildAppendixWorkbook } from '../fixtures/workbook-builder';
import { reportColumns, sideBySideBook } from './side-by-side-book';
import ExcelJS from 'exceljs';

// The whole suite runs beside this test on two cores: reading a workbook in the page can take a while then.
const WAIT = 120_000;
jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const OUT = path.join(ROOT, 'test-output', 'taskpane');
const SHOTS = path.join(ROOT, 'assets', 'screenshots');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startPreviewServer } = require(path.join(ROOT, 'tools/preview-server.js'));

let context: BrowserContext;
let page: Page;
let server: { close(cb?: () => void): void };
let baseUrl: string;
let profile: string | undefined;
let workbookFile: string;
let expected: string[];
const outside: string[] = [];

/** `phuluc validate --json` in-process: the command line's own path from file to findings. */
async function validateJson(file: string, asOf: string): Promise<string[]> {
  let out = '';
  const io = { out: (s: string) => void (out += s), err: () => undefined, errIsTTY: false, cwd: ROOT };
  await main(['validate', file, '--json', '--as-of', asOf], io);
  const report = JSON.parse(out) as { files: { issues: { code: string; cell: string | null }[] }[] };
  return report.files[0].issues.map((i) => `${i.code} ${i.cell ?? ''}`).sort();
}

/** What the pane lists: every finding's code and cell, as the page carries them. */
async function paneFindings(): Promise<string[]> {
  const items = await page
    .locator('.pl-results .pl-finding')
    .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-code')} ${e.getAttribute('data-cell')}`));
  return items.sort();
}

async function check(): Promise<void> {
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await page.locator('.pl-status').filter({ hasText: 'nhiệm vụ' }).waitFor();
}

/** Opens a workbook from disk in the preview, as a user picks one. */
async function openFile(file: string): Promise<void> {
  await page.locator('#pv-file').setInputFiles(file);
  await page
    .locator('#pv-message')
    .filter({ hasText: path.basename(file) })
    .waitFor();
}

/** Runs a tool button and waits until the pane is idle again. */
async function act(action: string): Promise<string> {
  await page.locator(`[data-action="${action}"]`).click();
  await page.waitForFunction(() => !document.getElementById('app')?.hasAttribute('aria-busy'));
  return (await page.locator('.pl-status').textContent()) ?? '';
}

async function screenshot(name: string, target: 'page' | 'pane' = 'page'): Promise<void> {
  const shot = target === 'pane' ? await page.locator('.pv-pane').screenshot() : await page.screenshot();
  fs.writeFileSync(path.join(OUT, name), shot);
  if (process.env.UPDATE_SCREENSHOTS === '1') fs.writeFileSync(path.join(SHOTS, name), shot);
}

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: the preview page test needs it. Install it with "apt-get install -y chromium" (CI does).`,
    );
  }
  fs.mkdirSync(OUT, { recursive: true });
  if (process.env.UPDATE_SCREENSHOTS === '1') fs.mkdirSync(SHOTS, { recursive: true });
  // The same production build `npm run preview` makes, run by Node as npm would.
  await promisify(execFile)(
    process.execPath,
    [require.resolve('webpack/bin/webpack.js'), '--env', 'preview', '--mode', 'production'],
    {
      cwd: ROOT,
      maxBuffer: 20 * 1024 * 1024,
    },
  );
  workbookFile = path.join(OUT, 'phu-luc-ninh-binh.xlsx');
  fs.writeFileSync(
    workbookFile,
    await buildAppendixWorkbook(seedTable('ninh-binh'), { titleRows: true, columnNumberRow: 'parens' }),
  );
  expected = await validateJson(workbookFile, todayInVietnam());

  const started = await startPreviewServer({ port: 0 });
  server = started.server;
  baseUrl = started.url;
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 860 },
    locale: 'vi-VN',
  });
  // The page must not reach beyond the local server: anything else is recorded and refused.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue();
    outside.push(url);
    return route.abort();
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(WAIT);
  await page.goto(baseUrl);
  await page.locator('[data-action="check"]').waitFor();
}, 150_000);

afterAll(async () => {
  await context?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

test('on the Ninh Bình sample the pane lists exactly what phuluc validate finds', async () => {
  expect(expected.length).toBeGreaterThan(5);
  await check();
  expect(await paneFindings()).toEqual(expected);
  await screenshot('preview-ninh-binh.png');
  await screenshot('pane-findings.png', 'pane');
});

test('clicking a finding selects its cell in the host, and the keyboard does the same', async () => {
  const spelling = page.locator('.pl-finding[data-code="W_AGENCY_SPELLING"]').first();
  const cell = await spelling.getAttribute('data-cell');
  expect(cell).toBe('C8');
  await spelling.click();
  await expect(page.locator('#pv-namebox').textContent()).resolves.toBe('C8');
  await expect(page.locator('td[data-addr="C8"]').getAttribute('aria-selected')).resolves.toBe('true');

  const empty = page.locator('.pl-finding[data-code="W_RESULT_EMPTY"]').first();
  const emptyCell = await empty.getAttribute('data-cell');
  await empty.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#pv-namebox').textContent()).resolves.toBe(emptyCell);
});

test('marking paints the problem cells and unmarking gives back exactly the old fill', async () => {
  const c8 = page.locator('td[data-addr="C8"]');
  const before = await c8.getAttribute('style');
  await page.getByRole('button', { name: 'Đánh dấu', exact: true }).click();
  await page.locator('.pl-status').filter({ hasText: 'Đã tô màu' }).waitFor();
  expect(await c8.getAttribute('style')).toMatch(/background/);
  await page.getByRole('button', { name: 'Bỏ đánh dấu', exact: true }).click();
  await page.locator('.pl-status').filter({ hasText: 'trả lại màu nền' }).waitFor();
  expect(await c8.getAttribute('style')).toBe(before);
});

test('the fix preview applies the chosen fixes and the sheet is checked again', async () => {
  await page.getByRole('button', { name: 'Sửa…', exact: true }).click();
  const items = page.locator('.pl-fix-item');
  await items.first().waitFor();
  // One line per finding whose rule the catalogue marks fixable.
  const fixable = new Set(rules.filter((r) => r.meta.fixable).map((r) => r.meta.code));
  expect(await items.count()).toBe(expected.filter((p) => fixable.has(p.split(' ')[0])).length);
  await screenshot('pane-fix.png', 'pane');
  // A spacing fix shows a visible difference: the spaces HTML would swallow are drawn.
  const spacing = page.locator('.pl-fix-item[data-code="I_TEXT_SPACING"]').first();
  expect(await spacing.locator('del').innerText()).not.toBe(await spacing.locator('ins').innerText());
  // Keep only the spelling fix of C8.
  await page.locator('#pl-fix-all').uncheck();
  await page.locator('.pl-fix-item[data-code="W_AGENCY_SPELLING"][data-cell="C8"] input').check();
  await page.getByRole('button', { name: 'Áp dụng (1)' }).click();
  await page.locator('.pl-status').filter({ hasText: 'Đã sửa 1 ô' }).waitFor();
  expect(await page.locator('td[data-addr="C8"]').textContent()).not.toContain('Cong');
  // Keyboard users land back on the button that opened the preview.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('fix');
  const after = await paneFindings();
  expect(after).not.toContain('W_AGENCY_SPELLING C8');
  expect(after.length).toBeLessThan(expected.length);
});

test('an .xlsx picked from disk is read in the browser and gives the same findings', async () => {
  // Another name than the bundled sample's, so the message proves this file is the one now open.
  const picked = path.join(OUT, 'phu-luc-tu-may.xlsx');
  fs.copyFileSync(workbookFile, picked);
  await page.locator('#pv-file').setInputFiles(picked);
  await page.locator('#pv-message').filter({ hasText: 'phu-luc-tu-may.xlsx' }).waitFor();
  await check();
  expect(await paneFindings()).toEqual(expected);
});

test('shift+click selects a range in the grid, and the arrows move and extend it from the keyboard', async () => {
  const namebox = page.locator('#pv-namebox');
  await page.locator('td[data-addr="B8"]').click();
  await expect(namebox.textContent()).resolves.toBe('B8');
  await page.locator('td[data-addr="C9"]').click({ modifiers: ['Shift'] });
  await expect(namebox.textContent()).resolves.toBe('B8:C9');
  expect(await page.locator('td.pv-selected').count()).toBe(4);
  // The active cell is the one Tab reaches; arrows move it, shift+arrows extend the selection.
  await page.locator('.pv-grid td[tabindex="0"]').focus();
  await page.keyboard.press('ArrowDown');
  await namebox.filter({ hasText: /^C10$/ }).waitFor();
  await page.keyboard.press('Shift+ArrowLeft');
  await namebox.filter({ hasText: /^B10:C10$/ }).waitFor();
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-addr'))).toBe('B10');
});

test('the page around the pane follows the pane’s language', async () => {
  const setLang = async (lang: string, settings: string, save: string) => {
    await page.getByRole('button', { name: settings, exact: true }).click();
    await page.locator('#pl-lang').selectOption(lang);
    await page.getByRole('button', { name: save, exact: true }).click();
  };
  await setLang('en', 'Cài đặt', 'Lưu cài đặt');
  await page.locator('#pv-title').filter({ hasText: 'Appendix checker pane preview' }).waitFor();
  expect(await page.title()).toBe('Appendix checker pane preview');
  expect(await page.locator('#pv-sample').textContent()).toBe('Ninh Bình sample');
  expect(await page.locator('#pv-message').textContent()).toBe('Opened “phu-luc-tu-may.xlsx”.');
  await page.locator('#pv-sample').click();
  await page.locator('#pv-message').filter({ hasText: 'Opened' }).waitFor();
  await setLang('vi', 'Settings', 'Save settings');
  await page.locator('#pv-title').filter({ hasText: 'Xem thử' }).waitFor();
  expect(await page.locator('#pv-open-label').textContent()).toBe('Mở tệp .xlsx…');
});

test('two report tables side by side: both tables’ findings as phuluc validate gives them, each at its own cell, and lists for both', async () => {
  const file = path.join(OUT, 'hai-bang-canh-nhau.xlsx');
  fs.writeFileSync(
    file,
    await sideBySideBook(
      { titleRows: true, reportColumns: reportColumns(11) },
      { titleRows: true, startCol: 9, reportColumns: reportColumns(7) },
    ),
  );
  const want = await validateJson(file, todayInVietnam());
  // Findings in the left table (A–H) and in the right one (J–Q).
  expect(want.some((p) => / [A-H]\d+$/.test(p))).toBe(true);
  expect(want.some((p) => / [J-Q]\d+$/.test(p))).toBe(true);
  await openFile(file);
  await check();
  expect(await paneFindings()).toEqual(want);
  expect(await page.locator('.pl-status').textContent()).toContain('2 bảng nhiệm vụ');
  // Each finding names its table, the left one first; one of the right table goes to its cell there.
  const right = page.locator('.pl-results .pl-finding[data-cell^="P"]').first();
  const cell = await right.getAttribute('data-cell');
  expect(await right.getAttribute('data-table')).toBe('2');
  expect(await right.locator('.pl-cell').textContent()).toBe(`Bảng 2 · Ô ${cell}`);
  expect(
    await page.locator('.pl-results .pl-finding[data-cell^="G"]').first().getAttribute('data-table'),
  ).toBe('1');
  await right.click();
  await expect(page.locator('#pv-namebox').textContent()).resolves.toBe(cell);
  const lists = await act('dropdowns');
  expect(lists).toMatch(/cho 2 bảng: cột C, D, G, dòng \d+–\d+; cột L, M, P, dòng \d+–\d+\./);
  // The misspelt lead of the left table and the fixes of the right one are in one preview, and go where they belong.
  await act('fix');
  expect(await page.locator('.pl-fix-item[data-cell="C8"]').count()).toBe(1);
  expect(await page.locator('.pl-fix-item[data-cell^="M"]').count()).toBeGreaterThan(0);
  expect(await page.locator('.pl-fix-item[data-cell="C8"] .pl-cell').textContent()).toBe('Bảng 1 · Ô C8');
  await page.getByRole('button', { name: /^Áp dụng/ }).click();
  await page.locator('.pl-status').filter({ hasText: 'Đã sửa' }).waitFor();
  expect(await page.locator('td[data-addr="C8"]').textContent()).toContain('Công nghệ');
  expect((await paneFindings()).filter((p) => p.startsWith('W_AGENCY_SPELLING'))).toEqual([]);
});

test('a TCVN3 table (.VnTime): the pane lists exactly what phuluc validate finds', async () => {
  const file = path.join(OUT, 'phu-luc-tcvn3.xlsx');
  fs.writeFileSync(
    file,
    await buildAppendixWorkbook(seedTable('ninh-binh'), { titleRows: true, encoding: 'tcvn3' }),
  );
  const want = await validateJson(file, todayInVietnam());
  expect(want.filter((p) => p.startsWith('W_LEGACY_ENCODING')).length).toBeGreaterThan(10);
  await openFile(file);
  await check();
  expect(await paneFindings()).toEqual(want);
});

test('an empty sheet is said to be empty, and the English pane speaks English', async () => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Trống');
  const file = path.join(OUT, 'trang-trong.xlsx');
  fs.writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
  await openFile(file);
  expect(await act('check')).toContain('Trang “Trống” đang trống');
  await page.getByRole('button', { name: 'Cài đặt', exact: true }).click();
  await page.locator('#pl-lang').selectOption('en');
  await page.getByRole('button', { name: 'Lưu cài đặt', exact: true }).click();
  expect(await act('check')).toContain('Sheet “Trống” is empty');
  expect(await page.locator('.pl-results .pl-finding .pl-message').first().textContent()).toMatch(
    /^No task table found/,
  );
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.locator('#pl-lang').selectOption('vi');
  await page.getByRole('button', { name: 'Save settings', exact: true }).click();
  await page.locator('#pv-sample').click();
});

test('a finding in a hidden row says the row is hidden; fixes made while another sheet is in front re-check the fixed sheet', async () => {
  const file = path.join(OUT, 'phu-luc-dong-an.xlsx');
  fs.writeFileSync(
    file,
    await buildAppendixWorkbook(seedTable('ninh-binh'), {
      titleRows: true,
      hiddenRows: [2],
      extraSheets: [{ name: 'Ghi chú', rows: [['Ghi chú của Sở']] }],
    }),
  );
  const layout = appendixLayout(seedTable('ninh-binh'), { titleRows: true });
  const hiddenCell = `${layout.columns.result}${layout.taskRows[2]}`;
  await openFile(file);
  await check();
  await page
    .locator(`.pl-results .pl-finding[data-code="W_RESULT_EMPTY"][data-cell="${hiddenCell}"]`)
    .click();
  await page
    .locator('.pl-status')
    .filter({ hasText: `dòng ${layout.taskRows[2]} đang bị ẩn` })
    .waitFor();
  await expect(page.locator('#pv-namebox').textContent()).resolves.toBe(hiddenCell);

  await act('fix');
  // The user looks at another sheet while the preview is open, then applies one fix.
  await page.locator('.pv-tab', { hasText: 'Ghi chú' }).click();
  await page.locator('#pl-fix-all').uncheck();
  await page.locator('.pl-fix-item[data-code="W_AGENCY_SPELLING"]').first().locator('input').check();
  await page.getByRole('button', { name: 'Áp dụng (1)' }).click();
  const status = page.locator('.pl-status').filter({ hasText: 'Đã sửa 1 ô' });
  await status.waitFor();
  expect(await status.textContent()).toContain('Trang “Phụ lục”');
  expect(await paneFindings()).not.toEqual([]);
  await page.locator('#pv-sample').click();
});

test('the settings form opens, and the page reached nothing beyond the local server', async () => {
  await page.getByRole('button', { name: 'Cài đặt', exact: true }).click();
  await page.locator('#pl-province').waitFor();
  await screenshot('pane-settings.png', 'pane');
  // A year that is no year is refused; mended, its message goes even when another field is wrong next.
  await page.locator('#pl-horizon').fill('abc');
  await page.getByRole('button', { name: 'Lưu cài đặt', exact: true }).click();
  await page.locator('#pl-horizon-error').waitFor();
  await page.locator('#pl-horizon').fill('2030');
  // Dates are typed day first, whatever the browser's language; a day that does not exist is refused.
  await page.locator('#pl-as-of').fill('31/02/2026');
  await page.getByRole('button', { name: 'Lưu cài đặt', exact: true }).click();
  await page.locator('#pl-date-error').waitFor();
  expect(await page.locator('#pl-horizon-error').isHidden()).toBe(true);
  expect(await page.locator('#pl-horizon').getAttribute('aria-invalid')).toBeNull();
  await page.locator('#pl-as-of').fill('10/12/2026');
  await page.getByRole('button', { name: 'Lưu cài đặt', exact: true }).click();
  await page.getByRole('button', { name: 'Cài đặt', exact: true }).click();
  expect(await page.locator('#pl-as-of').inputValue()).toBe('10/12/2026');
  await page.locator('#pl-as-of').fill('');
  await page.getByRole('button', { name: 'Lưu cài đặt', exact: true }).click();
  await page.getByRole('button', { name: 'Cài đặt', exact: true }).click();
  await page.getByRole('button', { name: 'Đóng', exact: true }).click();
  expect(outside).toEqual([]);
});
