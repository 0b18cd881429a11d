import { Styles } from '../../../src/node/fix/xlsx-styles';

const part = (fonts: string[], xfs: string[]) =>
  '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  `<fonts count="${fonts.length}">${fonts.join('')}</fonts><cellStyleXfs count="1"><xf fontId="0"/></cellStyleXfs>` +
  `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs><dxfs count="1"><dxf><font><b/></font></dxf></dxfs></styleSheet>`;

describe('the styles of an .xlsx fixed in place', () => {
  it('copies a cell style with the Unicode font, once per style, leaving the others as they were', () => {
    const source = part(
      [
        '<font><sz val="11"/><name val="Calibri"/><scheme val="minor"/></font>',
        '<font><i/><sz val="13"/><name val=".VnTime"/><charset val="163"/></font>',
      ],
      [
        '<xf numFmtId="0" fontId="0"/>',
        '<xf numFmtId="14" fontId="1" borderId="1" applyFont="1"><alignment wrapText="1"/></xf>',
      ],
    );
    const styles = Styles.parse(source)!;
    expect(styles.withFont(1, 'Times New Roman', null)).toBe(2);
    expect(styles.withFont(1, 'Times New Roman', null)).toBe(2);
    const xml = styles.xml();
    expect(xml).toContain('<fonts count="3">');
    expect(xml).toContain('<font><i/><sz val="13"/><name val="Times New Roman"/></font></fonts>');
    expect(xml).toContain(
      '<cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="1" borderId="1" applyFont="1"><alignment wrapText="1"/></xf>' +
        '<xf numFmtId="14" fontId="2" borderId="1" applyFont="1"><alignment wrapText="1"/></xf></cellXfs>',
    );
    // The differential formats' fonts and the cell style formats are not the cell styles'.
    expect(xml).toContain('<cellStyleXfs count="1"><xf fontId="0"/></cellStyleXfs>');
    expect(xml).toContain('<dxfs count="1"><dxf><font><b/></font></dxf></dxfs>');
  });

  it("takes a rich text's first run look over the cell's font, and copes with an empty font", () => {
    const styles = Styles.parse(
      part(
        ['<font/>', '<font><sz val="11"/><name val="Calibri"/></font>'],
        ['<xf fontId="0"/>', '<xf fontId="1"/>'],
      ),
    )!;
    expect(styles.withFont(0, 'Times New Roman', null)).toBe(2);
    expect(
      styles.withFont(1, 'Times New Roman', '<b/><sz val="14"/><rFont val=".VnTime"/><charset val="163"/>'),
    ).toBe(3);
    const xml = styles.xml();
    expect(xml).toContain(
      '<font><name val="Times New Roman"/></font><font><sz val="14"/><name val="Times New Roman"/><b/></font></fonts>',
    );
    expect(xml).toContain('<xf fontId="2" applyFont="1"/><xf fontId="3" applyFont="1"/></cellXfs>');
  });

  it('is not for a part without cell styles', () => {
    expect(Styles.parse(part(['<font/>'], []).replace('<cellXfs count="0"></cellXfs>', ''))).toBeNull();
  });
});
