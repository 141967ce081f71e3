import { displayWidth, formatTable, pad } from '../../src/cli/text-table';

describe('displayWidth', () => {
  test('counts Chinese and full-width characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('县均值')).toBe(6);
    expect(displayWidth('（㎡）')).toBe(6);
    expect(displayWidth('生均 5.46')).toBe(9);
    expect(displayWidth('≥—')).toBe(2);
  });
});

describe('pad and formatTable', () => {
  test('pad fills to a display width on either side', () => {
    expect(pad('达标', 6)).toBe('达标  ');
    expect(pad('达标', 6, 'right')).toBe('  达标');
    expect(pad('未达标', 4)).toBe('未达标');
  });

  test('columns line up by display width, two spaces apart, no trailing spaces', () => {
    expect(
      formatTable(
        [
          ['指标', '差异系数', '结论'],
          ['生均图书', '0.515', '未达标'],
          ['books', '0.1', ''],
        ],
        ['left', 'right'],
      ),
    ).toEqual(['指标      差异系数  结论', '生均图书     0.515  未达标', 'books          0.1']);
  });

  test('short rows are padded', () => {
    expect(formatTable([['a', 'b'], ['c']])).toEqual(['a  b', 'c']);
  });
});
