/**
 * The agencies every province has after the 2025 reorganisation (Decrees
 * 45/2025 and 150/2025; DOMAIN.md §5, VIETNAMESE.md §3), the national bodies
 * plans name as partners, and the collectives seen in real appendices.
 * Aliases list only what folding cannot find by itself: case, diacritics,
 * punctuation, spacing, "&"/"và", "UBND"/"Ủy ban nhân dân" and a trailing
 * "tỉnh (Bắc Ninh)" are ignored anyway. "{tỉnh}" is replaced by the province
 * name ("tỉnh" when none is given).
 */

export type AgencyKind = 'provincial' | 'national' | 'collective' | 'commune';

export interface AgencyEntry {
  name: string;
  aliases: string[];
  kind: AgencyKind;
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
  provincial('Sở Y tế', 'SYT'),
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
  provincial(
    'Báo và Phát thanh, Truyền hình {tỉnh}',
    'Báo, Phát thanh và Truyền hình {tỉnh}',
    'Báo và PT-TH {tỉnh}',
    'Báo và Đài PT-TH {tỉnh}',
    'Báo và Đài PTTH',
    'Báo và PT, TH {tỉnh}',
    'Trung tâm Báo chí – Truyền thông {tỉnh}',
  ),

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
