/**
 * Text Word does not show or print: hidden runs (`<w:vanish/>`, set on the
 * run, through its character style or through the paragraph style) and
 * deleted revisions are not the plan's words; inserted revisions are.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { PlanParagraph, PlanTable } from '../../../src/core/draft/document';
import { readDocx } from '../../../src/node/docx/read-docx';
import { runCli } from '../../scripts/run-cli';
import { PLAN_HEADER } from '../../core/rules/helpers';
import { docxPackage } from './docx-builder';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="GhiChu"><w:name w:val="Ghi chu an"/><w:basedOn w:val="Normal"/><w:rPr><w:vanish/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="GhiChuCon"><w:name w:val="Ghi chu con"/><w:basedOn w:val="GhiChu"/></w:style>
  <w:style w:type="paragraph" w:styleId="HienLai"><w:name w:val="Hien lai"/><w:basedOn w:val="GhiChu"/><w:rPr><w:vanish w:val="0"/></w:rPr></w:style>
  <w:style w:type="character" w:styleId="An"><w:name w:val="An"/><w:rPr><w:vanish/></w:rPr></w:style>
  <w:style w:type="character" w:styleId="AnCon"><w:name w:val="An con"/><w:basedOn w:val="An"/></w:style>
  <w:style w:type="character" w:styleId="Hien"><w:name w:val="Hien"/><w:rPr><w:vanish w:val="false"/></w:rPr></w:style>
  <w:style w:type="character" w:styleId="Dam"><w:name w:val="Dam"/><w:rPr><w:b/></w:rPr></w:style>
</w:styles>`;

/** A .docx whose body is `body` (raw WordprocessingML), with the styles above. */
const docx = (body: string): Uint8Array => docxPackage(body, STYLES);

/** A run: its text and raw run properties. */
const r = (text: string, rPr = '') =>
  `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (runs: string, pStyle?: string) =>
  `<w:p>${pStyle ? `<w:pPr><w:pStyle w:val="${pStyle}"/></w:pPr>` : ''}${runs}</w:p>`;

function texts(body: string): string[] {
  const out = readDocx(docx(body));
  if (!out.ok) throw new Error(`not read: ${out.reason}`);
  return out.doc.blocks.filter((b): b is PlanParagraph => b.kind === 'paragraph').map((b) => b.text);
}

describe('readDocx leaves out hidden text', () => {
  it('drops a run hidden by its own properties', () => {
    expect(
      texts(
        p(r('Xây dựng cơ sở dữ liệu') + r(' (bản cũ: giao Sở Nội vụ)', '<w:vanish/>') + r(' về trí thức')),
      ),
    ).toEqual(['Xây dựng cơ sở dữ liệu về trí thức']);
  });

  it('reads a run whose w:vanish is turned off ("0" or "false")', () => {
    expect(
      texts(
        p(r('Sở Tư pháp') + r(' chủ trì', '<w:vanish w:val="0"/>')) +
          p(r('Sở Nội vụ') + r(' phối hợp', '<w:vanish w:val="false"/>')),
      ),
    ).toEqual(['Sở Tư pháp chủ trì', 'Sở Nội vụ phối hợp']);
  });

  it('drops a run hidden by its character style, or by the style that style is based on', () => {
    expect(
      texts(
        p(
          r('Rà soát văn bản') +
            r(' [ghi chú]', '<w:rStyle w:val="An"/>') +
            r(' [ghi chú 2]', '<w:rStyle w:val="AnCon"/>') +
            r(' quy phạm pháp luật', '<w:rStyle w:val="Dam"/>'),
        ),
      ),
    ).toEqual(['Rà soát văn bản quy phạm pháp luật']);
  });

  it("shows a run the character style hides when the run's own w:vanish is off", () => {
    expect(texts(p(r('Thời hạn: ') + r('năm 2026', '<w:rStyle w:val="An"/><w:vanish w:val="0"/>')))).toEqual([
      'Thời hạn: năm 2026',
    ]);
  });

  it('drops a paragraph whose style (or the style it is based on) hides its text', () => {
    expect(
      texts(
        p(r('Nhiệm vụ thứ nhất')) +
          p(r('Ghi chú của người soạn thảo'), 'GhiChu') +
          p(r('Ghi chú khác'), 'GhiChuCon') +
          p(r('Nhiệm vụ thứ hai')),
      ),
    ).toEqual(['Nhiệm vụ thứ nhất', 'Nhiệm vụ thứ hai']);
  });

  it('keeps the runs of a hidden paragraph style that the run, its character style or a derived style shows', () => {
    expect(
      texts(
        p(r('ẩn') + r('Sở Y tế', '<w:vanish w:val="0"/>'), 'GhiChu') +
          p(r('ẩn') + r('Sở Xây dựng', '<w:rStyle w:val="Hien"/>'), 'GhiChu') +
          p(r('Sở Công Thương'), 'HienLai'),
      ),
    ).toEqual(['Sở Y tế', 'Sở Xây dựng', 'Sở Công Thương']);
  });

  it('drops hidden runs in table cells', () => {
    const cell = (runs: string) => `<w:tc>${p(runs)}</w:tc>`;
    const out = readDocx(
      docx(
        `<w:tbl><w:tr>${cell(r('Sở Tư pháp') + r('; Sở Nội vụ', '<w:vanish/>'))}${cell(
          r('Năm 2026'),
        )}</w:tr></w:tbl>`,
      ),
    );
    if (!out.ok) throw new Error(out.reason);
    const table = out.doc.blocks.find((b): b is PlanTable => b.kind === 'table');
    expect(table?.rows).toEqual([['Sở Tư pháp', 'Năm 2026']]);
  });
});

describe('readDocx reads tracked changes as Word shows them once accepted', () => {
  it('leaves out deleted text and reads inserted text', () => {
    expect(
      texts(
        p(
          r('Cơ quan chủ trì: ') +
            `<w:del w:id="1" w:author="A"><w:r><w:delText>Sở Nội vụ</w:delText></w:r></w:del>` +
            `<w:ins w:id="2" w:author="A"><w:r><w:t>Sở Tư pháp</w:t></w:r></w:ins>`,
        ),
      ),
    ).toEqual(['Cơ quan chủ trì: Sở Tư pháp']);
  });

  it('leaves out deleted text even where a run holds it outside w:del', () => {
    expect(texts(p(r('Năm ') + '<w:r><w:delText>2025</w:delText></w:r>' + r('2026')))).toEqual(['Năm 2026']);
  });
});

describe('phuluc draft: hidden and deleted words do not reach the appendix', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-draft-hidden-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('drafts the task with the lead and partners Word shows', async () => {
    const row = (cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc>${p(c)}</w:tc>`).join('')}</w:tr>`;
    const header = PLAN_HEADER.map((h) => r(h));
    const body =
      p(r('ỦY BAN NHÂN DÂN TỈNH BẮC NINH')) +
      p(r('Phụ lục')) +
      p(r('Ghi chú nội bộ: bảng cũ giao Sở Nội vụ chủ trì'), 'GhiChu') +
      `<w:tbl>${row(header)}${row([
        r('1'),
        r('Rà soát văn bản quy phạm pháp luật') + r(' (dự thảo lần 1)', '<w:vanish/>'),
        `<w:del w:id="1" w:author="A"><w:r><w:delText>Sở Nội vụ</w:delText></w:r></w:del>` +
          `<w:ins w:id="2" w:author="A"><w:r><w:t>Sở Tư pháp</w:t></w:r></w:ins>`,
        r('Sở Tài chính') + r('; Sở Xây dựng', '<w:rStyle w:val="An"/>'),
        r('Báo cáo rà soát'),
        r('Quý IV/2026'),
      ])}</w:tbl>`;
    const input = path.join(dir, 'hidden.docx');
    fs.writeFileSync(input, docx(body));
    const run = await runCli(['draft', input, '--out', path.join(dir, 'hidden.xlsx'), '--json'], dir);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    const tasks = doc.files[0].tables[0].tasks;
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      task: 'Rà soát văn bản quy phạm pháp luật',
      lead: ['Sở Tư pháp'],
      partners: ['Sở Tài chính'],
      result: 'Báo cáo rà soát',
    });
  });
});
