import { agencyFromFileName, detectReportingAgency } from '../../../src/core/merge/reporting-agency';
import { readTemplateMetadata } from '../../../src/core/merge/metadata';
import type { SheetModel } from '../../../src/core/model/sheet';
import { readWorkbookTables } from '../../../src/core/table/read-table';
import { REPORT_HEADER, sheet, workbook, type CellInput } from '../rules/helpers';
import { concatenate } from '../../../src/core/merge/concatenate';
import { consolidate } from '../../../src/core/merge/consolidate';
import { t } from '../../../src/core/messages';
import { bacNinhPlan, ctx, KHCN, NOI_VU, registry, reportInput } from './helpers';

const ROW = [
  '1',
  'Xây dựng cơ sở dữ liệu về đội ngũ trí thức',
  'Sở Nội vụ',
  '',
  'Cơ sở dữ liệu',
  'Quý II/2026',
  'Đang thực hiện',
  '',
];

function detect(rows: CellInput[][], fileName: string, extraSheets: SheetModel[] = []) {
  const wb = workbook(sheet(rows, { name: 'Báo cáo' }), ...extraSheets);
  const { tables } = readWorkbookTables(wb, registry);
  return detectReportingAgency({
    sheets: wb.sheets,
    tables,
    fileName,
    template: readTemplateMetadata(wb),
    registry,
  });
}

const metadataSheet = (agency: string) =>
  sheet(
    [
      ['format', 'phuluc-template'],
      ['templateVersion', '1'],
      ['agency', agency],
      ['planFingerprint', '0123456789abcdef'],
    ],
    { name: '_phuluc', hidden: true },
  );

describe('the reporting agency of a workbook', () => {
  it("takes the template's metadata first", () => {
    const found = detect([REPORT_HEADER, ROW], 'so-noi-vu.xlsx', [metadataSheet('Sở KH&CN')]);
    expect(found).toEqual({ name: KHCN, via: 'metadata' });
  });

  it("keeps the template's agency when its reporter line names another, and says so", () => {
    const rows = [['Đơn vị báo cáo: Sở Nội vụ'], [], REPORT_HEADER, ROW];
    expect(detect(rows, 'bao-cao.xlsx', [metadataSheet('Sở KH&CN')])).toEqual({
      name: KHCN,
      via: 'metadata',
      stated: NOI_VU,
    });
    // The same agency, written another way, is no conflict.
    const same = [['Đơn vị báo cáo: Sở Khoa học và Công nghệ'], [], REPORT_HEADER, ROW];
    expect(detect(same, 'bao-cao.xlsx', [metadataSheet('Sở KH&CN')])).toEqual({
      name: KHCN,
      via: 'metadata',
    });
  });

  it('lists the conflict as W_REPORTER_CONFLICT when merging, with and without a plan', () => {
    const rows = [['Đơn vị báo cáo: Sở Nội vụ'], [], REPORT_HEADER, ROW];
    const agency = detect(rows, 'bao-cao.xlsx', [metadataSheet('Sở KH&CN')]);
    const input = { ...reportInput('bao-cao.xlsx', KHCN, [ROW]), agency };
    for (const merged of [consolidate(bacNinhPlan(), [input], ctx), concatenate([input], ctx)]) {
      const found = merged.findings.filter((f) => f.code === 'W_REPORTER_CONFLICT');
      expect(found).toEqual([
        expect.objectContaining({
          severity: 'warning',
          path: 'bao-cao.xlsx',
          data: { agency: KHCN, stated: NOI_VU },
        }),
      ]);
      expect(t(found[0].messageId, found[0].data)).toContain('dòng “Đơn vị báo cáo” ghi Sở Nội vụ');
    }
  });

  it('tells the office when the heading overrules the file name', () => {
    const agency = detect(
      [['UBND TỈNH BẮC NINH'], ['SỞ NỘI VỤ'], [], REPORT_HEADER, ROW],
      'Sở Tài chính.xlsx',
    );
    const input = { ...reportInput('Sở Tài chính.xlsx', NOI_VU, [ROW]), agency };
    const found = consolidate(bacNinhPlan(), [input], ctx).findings.filter(
      (f) => f.code === 'W_REPORTER_CONFLICT',
    );
    expect(found).toHaveLength(1);
    expect(t(found[0].messageId, found[0].data)).toBe(
      'Tên tệp ghi Sở Tài chính nhưng phần đầu văn bản ghi Sở Nội vụ; tệp được tổng hợp là báo cáo của Sở Nội vụ. Nếu không đúng, hãy sửa phần đầu văn bản hoặc ghi dòng “Đơn vị báo cáo: …” phía trên bảng',
    );
  });

  it('ignores a "_phuluc" sheet that is not a template\'s', () => {
    const other = sheet([['agency', 'Sở Y tế']], { name: '_phuluc' });
    expect(detect([REPORT_HEADER, ROW], 'so-noi-vu.xlsx', [other])).toEqual({
      name: NOI_VU,
      via: 'file-name',
    });
  });

  it('then a "Đơn vị báo cáo: …" line above the table, in one cell or two', () => {
    expect(detect([['Đơn vị báo cáo: Sở KHCN'], [], REPORT_HEADER, ROW], 'bao-cao.xlsx')).toEqual({
      name: KHCN,
      via: 'heading',
    });
    expect(detect([['Đơn vị báo cáo:', null, 'Sở Y tế'], REPORT_HEADER, ROW], 'bao-cao.xlsx')).toEqual({
      name: 'Sở Y tế',
      via: 'heading',
    });
  });

  it('then the issuing body at the top left, as official documents name it, never the recipient', () => {
    const TITLE = [null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'];
    // The parent body over the issuer, in two cells or in one with a line break.
    expect(
      detect([['UBND TỈNH BẮC NINH', ...TITLE.slice(1)], ['SỞ TƯ PHÁP'], [], REPORT_HEADER, ROW], 'bc.xlsx'),
    ).toEqual({ name: 'Sở Tư pháp', via: 'issuer' });
    expect(detect([['UBND TỈNH BẮC NINH\nSỞ Y TẾ'], [], REPORT_HEADER, ROW], 'bc.xlsx')).toEqual({
      name: 'Sở Y tế',
      via: 'issuer',
    });
    expect(detect([['UBND TỈNH BẮC NINH'], ['UBND XÃ HẠP LĨNH'], REPORT_HEADER, ROW], 'bc.xlsx')).toEqual({
      name: 'UBND xã Hạp Lĩnh',
      via: 'issuer',
    });
    // "Kính gửi: Sở Khoa học và Công nghệ" is where the report goes, in one cell or two.
    for (const recipient of [
      ['Kính gửi: Sở Khoa học và Công nghệ'],
      ['Kính gửi:', 'Sở Khoa học và Công nghệ'],
    ])
      expect(detect([['BÁO CÁO'], recipient, REPORT_HEADER, ROW], 'so-y-te.xlsx')).toEqual({
        name: 'Sở Y tế',
        via: 'file-name',
      });
    // The province's committee over a name the registry does not know is no sender.
    expect(detect([['UBND TỈNH BẮC NINH'], ['SỞ ABC'], REPORT_HEADER, ROW], 'so-y-te.xlsx')).toEqual({
      name: 'Sở Y tế',
      via: 'file-name',
    });
    expect(detect([['TỈNH ỦY BẮC NINH'], ['BAN ABC'], REPORT_HEADER, ROW], 'so-y-te.xlsx')).toEqual({
      name: 'Sở Y tế',
      via: 'file-name',
    });
    expect(detect([['TỈNH ỦY BẮC NINH\nBAN TỔ CHỨC TỈNH ỦY'], REPORT_HEADER, ROW], 'bc.xlsx')).toEqual({
      name: 'Ban Tổ chức Tỉnh ủy',
      via: 'issuer',
    });
    // A department merged away is no sender; a form still carrying the focal office's block gives way to the file name.
    expect(
      detect(
        [['UBND TỈNH BẮC NINH'], ['SỞ KẾ HOẠCH VÀ ĐẦU TƯ'], REPORT_HEADER, ROW],
        'Bao cao - So Tai chinh.xlsx',
      ),
    ).toEqual({ name: 'Sở Tài chính', via: 'file-name' });
    expect(
      detect([['UBND TỈNH BẮC NINH'], ['SỞ KHOA HỌC VÀ CÔNG NGHỆ'], REPORT_HEADER, ROW], 'so-y-te.xlsx'),
    ).toEqual({ name: 'Sở Y tế', via: 'file-name' });
    // A stated reporter line wins over the block.
    expect(
      detect([['UBND TỈNH BẮC NINH'], ['Đơn vị báo cáo: Sở Nội vụ'], REPORT_HEADER, ROW], 'bc.xlsx'),
    ).toEqual({ name: NOI_VU, via: 'heading' });
  });

  it("reads a commune's heading: its committee on one line, the commune on the next", () => {
    const TITLE = [null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'];
    for (const [level, place, name] of [
      ['XÃ', 'NHO QUAN', 'UBND xã Nho Quan'],
      ['PHƯỜNG', 'HOA LƯ', 'UBND phường Hoa Lư'],
      ['ĐẶC KHU', 'VÂN ĐỒN', 'UBND đặc khu Vân Đồn'],
    ]) {
      // In two rows, in one cell with a line break, and as "UBND" over the commune.
      expect(
        detect([['ỦY BAN NHÂN DÂN', ...TITLE], [`${level} ${place}`], [], REPORT_HEADER, ROW], 'bc.xlsx'),
      ).toEqual({ name, via: 'issuer' });
      expect(detect([[`ỦY BAN NHÂN DÂN\n${level} ${place}`], REPORT_HEADER, ROW], 'bc.xlsx')).toEqual({
        name,
        via: 'issuer',
      });
      expect(detect([['UBND'], [`${level} ${place}`], REPORT_HEADER, ROW], 'bc.xlsx')).toEqual({
        name,
        via: 'issuer',
      });
    }
    // Its report is merged as the commune's, not rejected as a reporter unknown.
    const agency = detect([['ỦY BAN NHÂN DÂN'], ['XÃ NHO QUAN'], REPORT_HEADER, ROW], 'bc.xlsx');
    const merged = concatenate([{ ...reportInput('bc.xlsx', null, [ROW]), agency }], ctx);
    expect(merged.rejected).toEqual([]);
    expect(merged.findings.map((f) => f.code)).not.toContain('E_REPORTER_UNKNOWN');
    expect(merged.tasks[0].reports.map((r) => r.agency)).toEqual(['UBND xã Nho Quan']);
    // "ỦY BAN NHÂN DÂN" over the province is the province's committee, the parent body: no sender.
    expect(
      detect([['ỦY BAN NHÂN DÂN'], ['TỈNH BẮC NINH'], ['SỞ Y TẾ'], REPORT_HEADER, ROW], 'bc.xlsx'),
    ).toEqual({ name: 'Sở Y tế', via: 'issuer' });
    // A line that is no commune under the committee stays unknown.
    expect(detect([['ỦY BAN NHÂN DÂN'], ['BAN ABC'], REPORT_HEADER, ROW], 'so-y-te.xlsx')).toEqual({
      name: 'Sở Y tế',
      via: 'file-name',
    });
  });

  it("takes the heading over a file name naming another agency, but not the focal office's block on its form", () => {
    // "Sở Tài chính.xlsx" headed "UBND TỈNH BẮC NINH / SỞ NỘI VỤ": the heading is the sender's own.
    expect(
      detect([['UBND TỈNH BẮC NINH'], ['SỞ NỘI VỤ'], [], REPORT_HEADER, ROW], 'Sở Tài chính.xlsx'),
    ).toEqual({ name: NOI_VU, via: 'issuer', stated: 'Sở Tài chính', statedIn: 'file-name' });
    // The same agency in both: the file name found it, as before.
    expect(detect([['UBND TỈNH BẮC NINH'], ['SỞ NỘI VỤ'], REPORT_HEADER, ROW], 'so-noi-vu.xlsx')).toEqual({
      name: NOI_VU,
      via: 'file-name',
    });
    // A commune's file name without marks, its heading with them: the heading's spelling.
    expect(
      detect([['ỦY BAN NHÂN DÂN'], ['XÃ GIA VIỄN'], REPORT_HEADER, ROW], 'ubnd-xa-gia-vien.xlsx'),
    ).toEqual({ name: 'UBND xã Gia Viễn', via: 'issuer' });
    // A stated reporter line still wins over both.
    expect(
      detect([['SỞ NỘI VỤ'], ['Đơn vị báo cáo: Sở Y tế'], REPORT_HEADER, ROW], 'Sở Tài chính.xlsx'),
    ).toEqual({ name: 'Sở Y tế', via: 'heading' });
  });

  it('keeps a stated reporter the registry does not know, as written', () => {
    expect(detect([['Đơn vị báo cáo: UBND xã Tiên  Du'], REPORT_HEADER, ROW], 'x.xlsx')).toEqual({
      name: 'UBND xã Tiên Du',
      via: 'heading',
    });
  });

  it('passes over a reporter line left blank, to the file name', () => {
    for (const blank of [
      'Đơn vị báo cáo: ..............................',
      'Đơn vị báo cáo: (ghi rõ tên đơn vị)',
      'Đơn vị báo cáo: [Tên cơ quan]',
      'Đơn vị báo cáo: ____',
    ])
      expect(detect([[blank], REPORT_HEADER, ROW], 'so-y-te.xlsx')).toEqual({
        name: 'Sở Y tế',
        via: 'file-name',
      });
  });

  it('takes the agency a stated unit belongs to when the registry knows only that part', () => {
    expect(
      detect([['Đơn vị báo cáo: Phòng Tổng hợp - Văn phòng UBND tỉnh'], REPORT_HEADER, ROW], 'x.xlsx'),
    ).toEqual({ name: 'Văn phòng UBND tỉnh', via: 'heading' });
  });

  it('reads the sender from a title "Báo cáo của …", not the plan\'s issuer from "… kế hoạch của UBND tỉnh"', () => {
    expect(
      detect([['BÁO CÁO CỦA SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'], REPORT_HEADER, ROW], 'bao-cao-2026.xlsx'),
    ).toEqual({ name: 'Sở Văn hóa, Thể thao và Du lịch', via: 'heading' });
    expect(
      detect(
        [['BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 548/KH-UBND CỦA UBND TỈNH'], REPORT_HEADER, ROW],
        'bc.xlsx',
      ),
    ).toEqual({ name: NOI_VU, via: 'lead-column' });
  });

  it('does not take "Đơn vị: triệu đồng" for a reporter', () => {
    expect(detect([['Đơn vị: triệu đồng'], REPORT_HEADER, ROW], 'bao-cao.xlsx')).toEqual({
      name: NOI_VU,
      via: 'lead-column',
    });
  });

  it('then the file name', () => {
    expect(agencyFromFileName('so-noi-vu.xlsx', registry)).toBe(NOI_VU);
    expect(agencyFromFileName('Sở Nội vụ - báo cáo.xlsx', registry)).toBe(NOI_VU);
    expect(agencyFromFileName('reports/01_bao-cao-so-khcn-2026.xlsx', registry)).toBe(KHCN);
    expect(agencyFromFileName('SKHCN.xls', registry)).toBe(KHCN);
    expect(agencyFromFileName('STC.xlsx', registry)).toBe('Sở Tài chính');
    expect(agencyFromFileName('BC-SNV-2026.xlsx', registry)).toBe(NOI_VU);
    expect(agencyFromFileName('bao-cao-tong-hop.xlsx', registry)).toBeNull();
    expect(agencyFromFileName('Báo cáo cả năm 2026.xlsx', registry)).toBeNull();
    expect(agencyFromFileName('Bieu thong ke nhiem vu.xlsx', registry)).toBeNull();
    // Two agencies in one name: too close to call.
    expect(agencyFromFileName('so-noi-vu-so-y-te.xlsx', registry)).toBeNull();
  });

  it("names a commune's committee from its file name, never the province's committee", () => {
    // The level word gets its marks back; the place's are not invented. The report's year is not the name's.
    expect(agencyFromFileName('0020-ubnd-xa-hap-linh.xlsx', registry)).toBe('UBND xã Hap Linh');
    expect(agencyFromFileName('bao-cao-ubnd-phuong-kinh-bac-2026.xlsx', registry)).toBe(
      'UBND phường Kinh Bac',
    );
  });

  it("keeps the commune's name as the file name writes it, in NFC or NFD (macOS)", () => {
    for (const form of ['NFC', 'NFD'] as const) {
      expect(agencyFromFileName('UBND xã Gia Viễn.xlsx'.normalize(form), registry)).toBe('UBND xã Gia Viễn');
      expect(agencyFromFileName('UBND phường Hoa Lư.xlsx'.normalize(form), registry)).toBe(
        'UBND phường Hoa Lư',
      );
      expect(agencyFromFileName('bao-cao/Báo cáo UBND xã Gia Viễn 2026.xlsx'.normalize(form), registry)).toBe(
        'UBND xã Gia Viễn',
      );
    }
    expect(agencyFromFileName('UBND ĐẶC KHU VÂN ĐỒN.xlsx', registry)).toBe('UBND đặc khu Vân Đồn');
    // "báo cáo" after the name is the report's, not part of the place's name.
    expect(agencyFromFileName('UBND xã Gia Viễn báo cáo.xlsx', registry)).toBe('UBND xã Gia Viễn');
    expect(agencyFromFileName('ubnd-xa-hap-linh-bc.xlsx', registry)).toBe('UBND xã Hap Linh');
    // A department keeps its canonical name, whatever the file's marks.
    expect(agencyFromFileName('Sở Nội vụ.xlsx'.normalize('NFD'), registry)).toBe(NOI_VU);
    // What the merge lists: the commune with its marks, for the report and the JSON alike.
    const agency = detect([REPORT_HEADER, ROW], 'UBND xã Gia Viễn.xlsx'.normalize('NFD'));
    expect(agency).toEqual({ name: 'UBND xã Gia Viễn', via: 'file-name' });
    const merged = concatenate([{ ...reportInput('UBND xã Gia Viễn.xlsx', null, [ROW]), agency }], ctx);
    expect(merged.tasks[0].reports.map((r) => r.agency)).toEqual(['UBND xã Gia Viễn']);
  });

  it('never takes the recipient after "Gửi" / "Kính gửi" in a file name for the sender', () => {
    for (const name of [
      'Gui So KHCN - bao cao.xlsx',
      'Gửi Sở KH&CN - báo cáo.xlsx',
      'Kinh gui So KHCN.xlsx',
      'Kính gửi Sở Khoa học và Công nghệ.xlsx',
      'bao-cao-gui-so-khcn.xlsx',
    ])
      expect(agencyFromFileName(name, registry)).toBeNull();
    // The sender before or after the recipient is still read.
    expect(agencyFromFileName('So Tai chinh gui So KHCN.xlsx', registry)).toBe('Sở Tài chính');
    expect(agencyFromFileName('BC gửi Sở KH&CN - Sở Nội vụ.xlsx', registry)).toBe(NOI_VU);
    // A recipient the registry does not know leaves nothing after "Gửi" to trust.
    expect(agencyFromFileName('Gui Phong QLKH SKHCN.xlsx', registry)).toBeNull();
    // Unknown, the file's rows are not merged as the recipient's.
    expect(
      detect(
        [REPORT_HEADER, ROW, ['2', 'Khác', 'Sở Y tế', '', '', '2026', 'Hoàn thành', 'x']],
        'Gui So KHCN - bao cao.xlsx',
      ),
    ).toEqual({
      name: null,
      via: null,
    });
  });

  it("reads a commune's committee from the report's title", () => {
    expect(
      detect([['BÁO CÁO KẾT QUẢ THỰC HIỆN CỦA UBND XÃ HẠP LĨNH'], REPORT_HEADER, ROW], 'bc.xlsx'),
    ).toEqual({
      name: 'UBND xã Hạp Lĩnh',
      via: 'heading',
    });
  });

  it('then a lead column naming one agency on every row', () => {
    expect(
      detect(
        [REPORT_HEADER, ROW, ['2', 'Nhiệm vụ khác', 'Sở Nội vụ', '', '', '2026', 'Hoàn thành', 'x']],
        'bc.xlsx',
      ),
    ).toEqual({
      name: NOI_VU,
      via: 'lead-column',
    });
  });

  it('else gives up: no name, never a guess', () => {
    const mixed = [REPORT_HEADER, ROW, ['2', 'Nhiệm vụ khác', 'Sở Y tế', '', '', '2026', 'Hoàn thành', 'x']];
    expect(detect(mixed, 'bao-cao.xlsx')).toEqual({ name: null, via: null });
  });
});

describe("a collective's shared template", () => {
  it('takes the member named on the reporter line over the collective in the metadata', () => {
    const rows = [['Đơn vị báo cáo:', null, 'Sở Y tế'], REPORT_HEADER, ROW];
    expect(detect(rows, 'cac-so-ban-nganh.xlsx', [metadataSheet('Các sở, ban, ngành')])).toEqual({
      name: 'Sở Y tế',
      via: 'heading',
    });
  });

  it('takes the file name when no member wrote its name and the file is named after one', () => {
    const rows = [['Đơn vị báo cáo:'], REPORT_HEADER, ROW];
    expect(detect(rows, 'so-tai-chinh.xlsx', [metadataSheet('Các sở, ban, ngành')])).toEqual({
      name: 'Sở Tài chính',
      via: 'file-name',
    });
  });

  it('else reports the reporter unknown: a collective never reports as itself', () => {
    const rows = [['Đơn vị báo cáo:'], REPORT_HEADER, ROW];
    expect(detect(rows, 'cac-so-ban-nganh.xlsx', [metadataSheet('Các sở, ban, ngành')])).toEqual({
      name: null,
      via: null,
    });
  });
});
