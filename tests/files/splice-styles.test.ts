/**
 * The spliced copy's styles.xml: the user's lists stay in place and keep
 * their indices; the report's formats and the marks' dxfs come after them,
 * their font, fill, border and number format ids renumbered past the user's.
 */
import { mergedStyles, userStyleCounts } from '../../src/files/splice-styles';

const USER =
  '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="1"><numFmt numFmtId="170" formatCode="0.0"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/></font><font><b/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border/></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="170" fontId="1" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<tableStyles count="0"/></styleSheet>';

describe('the spliced copy’s styles', () => {
  test('counts the user’s lists, not their count attributes', () => {
    expect(userStyleCounts(USER.replace('<fonts count="2">', '<fonts count="9">'))).toEqual({ fonts: 2, fills: 2, borders: 1, cellXfs: 3, dxfs: 0, maxNumFmtId: 170 });
  });

  test('a prefixed style sheet, or one without cell formats, is not spliced', () => {
    expect(userStyleCounts(USER.replace(/<(\/?)(\w)/g, '<$1x:$2'))).toBeNull();
    expect(userStyleCounts(USER.replace(/<cellXfs[\s\S]*<\/cellXfs>/, '<cellXfs count="0"/>'))).toBeNull();
  });

  test('appends the report’s formats renumbered, and the dxfs before tableStyles', () => {
    const counts = userStyleCounts(USER);
    if (counts === null) throw new Error('counts');
    const merged = mergedStyles(
      USER,
      counts,
      {
        numFmts: ['<numFmt numFmtId="164" formatCode="0.000"/>'],
        fonts: ['<font><sz val="11"/></font>', '<font><i/></font>'],
        fills: ['<fill/>', '<fill/>', '<fill><patternFill patternType="solid"/></fill>'],
        borders: ['<border/>', '<border><left style="thin"/></border>'],
        cellXfs: ['<xf numFmtId="164" fontId="1" fillId="2" borderId="1" xfId="0"/>'],
      },
      ['<dxf><font><b/></font></dxf>'],
    );
    expect(merged).toContain('<numFmts count="2"><numFmt numFmtId="170" formatCode="0.0"/><numFmt numFmtId="171" formatCode="0.000"/></numFmts>');
    expect(merged).toContain('<fonts count="4"><font><sz val="11"/></font><font><b/></font><font><sz val="11"/></font><font><i/></font></fonts>');
    expect(merged).toContain('<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0"/><xf numFmtId="171" fontId="3" fillId="4" borderId="2" xfId="0"/></cellXfs>');
    expect(merged).toContain('<cellXfs count="4">');
    expect(merged).toContain('</cellStyles><dxfs count="1"><dxf><font><b/></font></dxf></dxfs><tableStyles count="0"/>');
  });
});
