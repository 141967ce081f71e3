/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import { ColumnPicker, columnPickerLabels, mappedCount, type ColumnLabelKey } from '../../src/components/ColumnPicker';
import { readSheet } from '../../src/core/reader';
import { QUALITY_2017 } from '../../src/core/rulesets';
import type { FieldId } from '../../src/core/types';
import { t as paneText } from '../../src/taskpane/strings';
import { t as webText } from '../../src/web/strings';

const READ = readSheet({
  sheet: 'Sheet1',
  origin: { row: 1, column: 1 },
  values: [
    ['学校名称', '学校类型', '学生总数', '图书册数'],
    ['第一小学', '小学', 45, 279],
  ],
});

/** Labels as a surface names them: its strings.ts, with a mark to tell which surface gave them. */
const labels = (text: typeof webText | typeof paneText, mark: string) =>
  columnPickerLabels((key: ColumnLabelKey, values) => `${text(key, 'zh', values)}${mark}`);

function show(onColumns: (field: FieldId, columns: number[]) => void, mark = '', fieldExtra?: (field: FieldId) => JSX.Element | null) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ColumnPicker lang="zh" read={READ} ruleset={QUALITY_2017} labels={labels(webText, mark)} onColumns={onColumns} layout="grid" fieldExtra={fieldExtra} />
    </FluentProvider>,
  );
}

describe('the column picker the web page and the pane share', () => {
  test('both surfaces name its controls alike, each from its own strings', () => {
    expect(labels(webText, '')).toMatchObject({ show: '查看或修改列映射', hide: '收起列映射', none: '（无）' });
    expect(labels(paneText, '').column('C', '学生总数')).toBe(labels(webText, '').column('C', '学生总数'));
  });

  test('closed at first; opened, a field is read from the column chosen', async () => {
    const chosen: [FieldId, number[]][] = [];
    show((field, columns) => chosen.push([field, columns]), '·');
    expect(screen.queryByRole('combobox', { name: '在校生数' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '查看或修改列映射·' }));
    expect(screen.getByRole('button', { name: '收起列映射·' })).toBeTruthy();
    fireEvent.click(screen.getByRole('combobox', { name: '在校生数' }));
    fireEvent.click(await screen.findByRole('option', { name: 'C 列：学生总数·' }));
    expect(chosen).toEqual([['pupils', [3]]]);
  });

  test('a surface adds its own controls under a field', () => {
    show(() => undefined, '', (field) => (field === 'pupils' ? <span data-testid="extra">{field}</span> : null));
    fireEvent.click(screen.getByRole('button', { name: '查看或修改列映射' }));
    expect(screen.getAllByTestId('extra').map((node) => node.textContent)).toEqual(['pupils']);
  });

  test('counts the fields that have a column', () => {
    expect(mappedCount(READ)).toBe(Object.values(READ.mapping).filter((refs) => (refs?.length ?? 0) > 0).length);
    expect(mappedCount(READ)).toBeGreaterThan(0);
  });
});
