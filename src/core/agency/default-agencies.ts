/**
 * The agencies every province has after the 2025 reorganisation (Decrees
 * 45/2025 and 150/2025; DOMAIN.md §5, VIETNAMESE.md §3), the national bodies
 * plans name as partners, and the collectives seen in real appendices.
 * Aliases list only what folding cannot find by itself: case, diacritics,
 * punctuation, spacing, "&"/"và", "UBND"/"Ủy ban nhân dân" and a trailing
 * "tỉnh (Bắc Ninh)" are ignored anyway. "{tỉnh}" is replaced by the province
 * name ("tỉnh" when none is given).
 */

export type AgencyKind = 'provincial' | 'national' | 'collective' | 'commune' | 'former';

export interface AgencyEntry {
  name: string;
  aliases: string[];
  kind: AgencyKind;
  /** For a `former` agency: the one that took over its work in the 2025 reorganisation. */
  successor?: string;
}

const provincial = (name: string, ...aliases: string[]): AgencyEntry => ({
  name,
  aliases,
  kind: 'provincial',
});
const national = (name: string, ...aliases: string[]): AgencyEntry => ({ name, aliases, kind: 'national' });
const collective = (name: string, ...aliases: string[]): AgencyEntry => ({
  name,
  aliases,
  kind: 'collective',
});
const former = (name: string, successor: string, ...aliases: string[]): AgencyEntry => ({
  name,
  aliases,
  kind: 'former',
  successor,
});

export const DEFAULT_AGENCIES: readonly AgencyEntry[] = [
  // The twelve departments of every province, then those some provinces have.
  provincial('Văn phòng UBND tỉnh', 'VP UBND tỉnh', 'VPUBND', 'VPUBND tỉnh', 'VP Ủy ban nhân dân tỉnh'),
  provincial('Sở Nội vụ', 'Sở NV', 'SNV'),
  provincial('Sở Tư pháp', 'Sở TP', 'STP'),
  provincial('Sở Tài chính', 'Sở TC', 'STC'),
  provincial('Sở Công Thương', 'Sở CT', 'SCT'),
  provincial('Sở Nông nghiệp và Môi trường', 'Sở NN&MT', 'Sở NN-MT', 'SNNMT'),
  provincial('Sở Xây dựng', 'Sở XD', 'SXD'),
  provincial('Sở Khoa học và Công nghệ', 'Sở KH&CN', 'Sở KHCN', 'SKHCN', 'Sở KH-CN'),
  provincial(
    'Sở Văn hóa, Thể thao và Du lịch',
    'Sở Văn hoá Thể thao và Du lịch',
    'Sở VHTTDL',
    'Sở VH-TT&DL',
    'Sở VH,TT&DL',
    'SVHTTDL',
  ),
  provincial('Sở Giáo dục và Đào tạo', 'Sở GD&ĐT', 'Sở GDĐT', 'SGDĐT', 'Sở GD-ĐT'),
  provincial('Sở Y tế', 'Sở YT', 'SYT'),
  provincial('Thanh tra tỉnh'),
  provincial('Sở Ngoại vụ', 'Sở NgV', 'SNgV'),
  provincial('Sở Dân tộc và Tôn giáo', 'Sở DT&TG', 'Sở DTTG', 'SDTTG'),
  provincial('Sở Du lịch'),
  // Other provincial bodies common in appendices.
  provincial('Ủy ban nhân dân tỉnh', 'UBND tỉnh'),
  provincial('Công an tỉnh'),
  provincial('Bộ Chỉ huy Quân sự tỉnh', 'Bộ CHQS tỉnh', 'BCHQS tỉnh', 'BCH Quân sự tỉnh'),
  provincial(
    'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
    'Bộ Chỉ huy BĐBP tỉnh',
    'BCH BĐBP tỉnh',
    'BĐBP tỉnh',
    'Bộ đội Biên phòng tỉnh',
  ),
  provincial(
    'Ủy ban MTTQ Việt Nam tỉnh',
    'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
    'Ủy ban MTTQ tỉnh',
    'UBMTTQ tỉnh',
    'UBMTTQ Việt Nam tỉnh',
    'MTTQ tỉnh',
    'Mặt trận Tổ quốc tỉnh',
  ),
  provincial(
    'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh',
    'Liên hiệp các Hội KH&KT tỉnh',
    'Liên hiệp các Hội KH-KT',
    'LHH',
    'LHH tỉnh',
    'Liên hiệp hội',
    'Liên hiệp hội tỉnh',
  ),
  provincial('Hội Văn học nghệ thuật tỉnh', 'Hội VHNT tỉnh', 'Hội Liên hiệp Văn học nghệ thuật tỉnh'),
  provincial('Trường Chính trị tỉnh'),
  provincial(
    'Ban Quản lý các khu công nghiệp tỉnh',
    'Ban Quản lý các KCN tỉnh',
    'BQL các KCN tỉnh',
    'BQL các khu công nghiệp tỉnh',
  ),
  provincial(
    'Văn phòng Đoàn ĐBQH và HĐND tỉnh',
    'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh',
    'VP Đoàn ĐBQH và HĐND tỉnh',
  ),
  provincial('Hội đồng nhân dân tỉnh', 'HĐND tỉnh'),
  // The socio-political organisations (under the Front since 2025, still named on their own).
  provincial(
    'Tỉnh đoàn',
    'Tỉnh Đoàn Thanh niên',
    'Đoàn Thanh niên tỉnh',
    'Đoàn TNCS Hồ Chí Minh tỉnh',
    'Tỉnh đoàn TNCS Hồ Chí Minh',
    'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh',
  ),
  provincial('Hội Liên hiệp Phụ nữ tỉnh', 'Hội LHPN tỉnh', 'Hội Phụ nữ tỉnh'),
  provincial('Liên đoàn Lao động tỉnh', 'LĐLĐ tỉnh'),
  provincial('Hội Nông dân tỉnh', 'Hội ND tỉnh'),
  provincial('Hội Cựu chiến binh tỉnh', 'Hội CCB tỉnh'),
  // The Party's provincial bodies (the propaganda and mass mobilisation boards merged in 2025).
  provincial('Tỉnh ủy', 'Tỉnh uỷ'),
  provincial('Văn phòng Tỉnh ủy', 'VP Tỉnh ủy'),
  provincial('Ban Tổ chức Tỉnh ủy', 'Ban TC Tỉnh ủy'),
  provincial(
    'Ban Tuyên giáo và Dân vận Tỉnh ủy',
    'Ban Tuyên giáo - Dân vận Tỉnh ủy',
    'Ban TG&DV Tỉnh ủy',
    'Ban TGDV Tỉnh ủy',
  ),
  provincial('Ủy ban Kiểm tra Tỉnh ủy', 'UBKT Tỉnh ủy'),
  provincial('Ban Nội chính Tỉnh ủy', 'Ban NC Tỉnh ủy'),
  // The courts and the procuracy, and civil judgment enforcement.
  provincial('Tòa án nhân dân tỉnh', 'TAND tỉnh'),
  provincial('Viện Kiểm sát nhân dân tỉnh', 'VKSND tỉnh'),
  provincial('Cục Thi hành án dân sự tỉnh', 'Cục THADS tỉnh', 'THADS tỉnh'),
  // Central bodies' offices in the province that plans name as partners. Names that fold to everyday
  // words once "tỉnh" is dropped ("Thuế tỉnh", "Thống kê tỉnh", "Bảo hiểm xã hội tỉnh", "CA tỉnh") are
  // left to the province's own agency file: "Báo cáo cả năm" must not name the police.
  provincial(
    'Chi nhánh Ngân hàng Chính sách xã hội tỉnh',
    'Ngân hàng Chính sách xã hội tỉnh',
    'Ngân hàng Chính sách xã hội chi nhánh tỉnh',
    'NHCSXH tỉnh',
  ),
  provincial(
    'Báo và Phát thanh, Truyền hình {tỉnh}',
    'Báo, Phát thanh và Truyền hình {tỉnh}',
    'Báo và PT-TH {tỉnh}',
    'Báo và Đài PT-TH {tỉnh}',
    'Báo và Đài PTTH',
    'Báo và PT, TH {tỉnh}',
    'Trung tâm Báo chí – Truyền thông {tỉnh}',
  ),

  // Departments and boards the 2025 reorganisation merged into others: still written in plans copied
  // from earlier years. Each is named with the body that took over (most of) its work.
  former('Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'Sở KH&ĐT', 'Sở KHĐT', 'SKHĐT', 'Sở KH-ĐT'),
  former(
    'Sở Thông tin và Truyền thông',
    'Sở Khoa học và Công nghệ',
    'Sở TT&TT',
    'Sở TTTT',
    'STTTT',
    'Sở TT-TT',
  ),
  former(
    'Sở Lao động - Thương binh và Xã hội',
    'Sở Nội vụ',
    'Sở LĐ-TB&XH',
    'Sở Lao động - TB&XH',
    'Sở LĐTB&XH',
    'Sở LĐTBXH',
    'SLĐTBXH',
  ),
  former(
    'Sở Tài nguyên và Môi trường',
    'Sở Nông nghiệp và Môi trường',
    'Sở TN&MT',
    'Sở TNMT',
    'STNMT',
    'Sở TN-MT',
  ),
  former(
    'Sở Nông nghiệp và Phát triển nông thôn',
    'Sở Nông nghiệp và Môi trường',
    'Sở NN&PTNT',
    'Sở NNPTNT',
    'SNNPTNT',
    'Sở NN-PTNT',
  ),
  former('Sở Giao thông vận tải', 'Sở Xây dựng', 'Sở GTVT', 'Sở GT-VT', 'SGTVT'),
  former('Ban Dân tộc tỉnh', 'Sở Dân tộc và Tôn giáo', 'Ban DT tỉnh'),
  former('Ban Tuyên giáo Tỉnh ủy', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Ban TG Tỉnh ủy'),
  former('Ban Dân vận Tỉnh ủy', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Ban DV Tỉnh ủy'),

  // National bodies (the 14 ministries of 2025 and the government's own offices).
  national('Thủ tướng Chính phủ', 'TTg', 'Thủ tướng'),
  national('Chính phủ'),
  national('Văn phòng Chính phủ', 'VPCP'),
  national('Thanh tra Chính phủ'),
  national('Ngân hàng Nhà nước Việt Nam', 'NHNN'),
  national('Bộ Quốc phòng'),
  national('Bộ Công an'),
  national('Bộ Ngoại giao'),
  national('Bộ Nội vụ'),
  national('Bộ Tư pháp'),
  national('Bộ Tài chính'),
  national('Bộ Công Thương'),
  national('Bộ Nông nghiệp và Môi trường', 'Bộ NN&MT'),
  national('Bộ Xây dựng'),
  national('Bộ Văn hóa, Thể thao và Du lịch', 'Bộ VHTTDL', 'Bộ VH-TT&DL'),
  national('Bộ Khoa học và Công nghệ', 'Bộ KH&CN', 'Bộ KHCN'),
  national('Bộ Giáo dục và Đào tạo', 'Bộ GD&ĐT', 'Bộ GDĐT'),
  national('Bộ Y tế'),
  national('Bộ Dân tộc và Tôn giáo', 'Bộ DT&TG'),
  national('Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', 'Liên hiệp các Hội KH&KT Việt Nam', 'VUSTA'),

  // Collectives: valid, but no one accountable agency.
  collective('Các sở, ban, ngành'),
  collective('Các sở, ngành'),
  collective('Các sở, ngành, địa phương'),
  collective('Các sở, ngành, địa phương có liên quan', 'Các sở, ngành, địa phương liên quan'),
  collective('Các sở, ban, ngành, địa phương'),
  collective('Các sở, ban, ngành, địa phương có liên quan', 'Các sở, ban, ngành, địa phương liên quan'),
  // Cells often join the two levels ("Các sở ban ngành, phường, xã"): the list splitter cuts
  // them into "Các sở, ban, ngành" and "UBND các xã, phường", so no joined entry is kept here.
  collective('UBND các xã, phường'),
  collective('UBND các xã, phường, đặc khu'),
  collective('UBND cấp xã'),
  collective('Các cơ quan, đơn vị liên quan', 'Các cơ quan, đơn vị có liên quan'),
  collective('Các cơ quan, đơn vị, địa phương'),
];
