import { editedBase } from '../../scripts/make-bad-fixtures';
import { COPY_LIMITS, copyObstacle, copyObstacleOf, rangeCells } from '../../src/files/copy-limits';
import { readWorkbook } from '../../src/files/read-workbook';
import type { CatalogueMessage } from '../../src/core/messages/catalogue';
import { renderMessage } from '../../src/core/messages/render';

/** The obstacle in words, as the command line says it. */
function words(obstacle: CatalogueMessage | null, lang: 'zh' | 'en' = 'zh'): string | undefined {
  return obstacle === null ? undefined : renderMessage(obstacle.code, obstacle.params, lang, 'cli');
}

describe('rangeCells', () => {
  it.each([
    ['A1', 1],
    ['B2:C3', 4],
    ['B1:B1048576', 1_048_576],
    ['D:K', 8 * 1_048_576],
    ['3:5', 3 * 16_384],
    ['A1:A2 C1:C2', 4],
    ['$A$1:$B$2', 4],
  ])('%s → %d', (sqref, cells) => {
    expect(rangeCells(sqref)).toBe(cells);
  });
});

describe('copyObstacle: each bound just under and just over', () => {
  const merges = (count: number) =>
    editedBase({
      'xl/worksheets/sheet1.xml': (s) =>
        s.replace('</sheetData>', `</sheetData><mergeCells count="${count}">${Array.from({ length: count }, (_, i) => `<mergeCell ref="M${i + 1}:N${i + 1}"/>`).join('')}</mergeCells>`),
    });
  const validation = (rows: number) =>
    editedBase({
      'xl/worksheets/sheet1.xml': (s) =>
        s.replace('</sheetData>', `</sheetData><dataValidations count="1"><dataValidation type="list" sqref="B1:B${rows}"><formula1>"小学,初中"</formula1></dataValidation></dataValidations>`),
    });

  it('merges', async () => {
    const limits = { ...COPY_LIMITS, merges: 10 };
    expect(await copyObstacle(await merges(10), limits)).toBeNull();
    expect(words(await copyObstacle(await merges(11), limits))).toMatch(/11 个合并单元格，超过写副本时能处理的 10 个/);
    expect(words(await copyObstacle(await merges(11), limits), 'en')).toMatch(/has 11 merged areas, more than the 10 the copy/);
  });

  it('cells covered by validations and merges', async () => {
    expect(await copyObstacle(await validation(COPY_LIMITS.coveredCells))).toBeNull();
    expect(words(await copyObstacle(await validation(COPY_LIMITS.coveredCells + 1)))).toMatch(/工作表“Sheet1”.*B1:B200001/);
  });

  it('the reader gathers the same facts in its one pass: the same answer without parsing again', async () => {
    const limits = { ...COPY_LIMITS, merges: 10 };
    for (const bytes of [await merges(10), await merges(11), await validation(COPY_LIMITS.coveredCells + 1)]) {
      const { copyFacts } = await readWorkbook(bytes, 'a.xlsx');
      expect(copyFacts).not.toBeNull();
      expect(copyObstacleOf(copyFacts ?? [], limits)).toEqual(await copyObstacle(bytes, limits));
    }
    expect(words(copyObstacleOf((await readWorkbook(await merges(11), 'a.xlsx')).copyFacts ?? [], limits))).toMatch(/11 个合并单元格/);
  });

  it('a worksheet part the workbook does not list leaves the check to the copy', async () => {
    const bytes = await editedBase({}, { 'xl/worksheets/sheet9.xml': '<worksheet><mergeCells><mergeCell ref="A1:B1048576"/></mergeCells></worksheet>' });
    expect((await readWorkbook(bytes, 'a.xlsx')).copyFacts).toBeNull();
  });
});
