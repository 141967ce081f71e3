import { formatSummary, MESSAGE_LIMIT, messageLines, SCHOOL_LIMIT } from '../../src/cli/summary';
import { analyze } from '../../src/core/analyze';
import { readSheet } from '../../src/core/reader';
import { QUALITY_2017 } from '../../src/core/rulesets';
import type { ResultMessage } from '../../src/core/types';
import { bySeverity } from '../../src/core/findings';
import { syntheticCountyGrid } from '../../samples/synthetic-county';

function message(i: number, severity: ResultMessage['severity']): ResultMessage {
  return { severity, code: 'unparseable-number', cell: `Sheet1!F${i}`, row: i, message: `第 ${i} 行` };
}

describe('messageLines', () => {
  test('nothing to say without messages', () => {
    expect(messageLines([], 'zh')).toEqual([]);
  });

  test('errors first, each with its cell', () => {
    expect(messageLines([message(7, 'info'), message(8, 'warning'), message(9, 'error')], 'zh')).toEqual([
      '提示信息（3 条）',
      '  错误  Sheet1!F9  第 9 行',
      '  警告  Sheet1!F8  第 8 行',
      '  提示  Sheet1!F7  第 7 行',
    ]);
  });

  test('the order is the core\'s one order (bySeverity), the one the web page and the pane list by', () => {
    const kinds: ResultMessage['severity'][] = ['warning', 'info', 'error', 'info', 'warning', 'error'];
    const messages = kinds.map((severity, i) => message(i + 1, severity));
    const cells = messageLines(messages, 'zh').slice(1).map((line) => line.split(/\s+/)[2]);
    expect(cells).toEqual(bySeverity(messages).map((m) => m.cell));
  });

  test(`long lists show the first ${MESSAGE_LIMIT} and count the rest`, () => {
    const messages = Array.from({ length: 25 }, (_, i) => message(i + 1, 'warning'));
    const lines = messageLines(messages, 'en');
    expect(lines[0]).toBe('Messages (25)');
    expect(lines).toHaveLength(1 + MESSAGE_LIMIT + 1);
    expect(lines[MESSAGE_LIMIT]).toBe('  warning  Sheet1!F20  第 20 行');
    expect(lines[lines.length - 1]).toMatch(/^ {2}… 5 more; see the --json output/);
  });

  test('a message about the whole sheet shows a dash for its cell', () => {
    expect(messageLines([{ ...message(1, 'error'), cell: null }], 'zh')[1]).toBe('  错误  —  第 1 行');
  });
});

describe('formatSummary on a large county', () => {
  test(`lists the first ${SCHOOL_LIMIT} failing schools and counts the rest`, () => {
    const result = analyze(readSheet(syntheticCountyGrid(400)), QUALITY_2017);
    const failing = result.schools.filter((school) => school.passes === false).length;
    expect(failing).toBeGreaterThan(SCHOOL_LIMIT);
    const text = formatSummary(result, QUALITY_2017, 'zh', { hiddenSheet: false });
    const block = text.slice(text.indexOf(`未达标学校（${failing} 个学校/学部）`));
    const listed = block.slice(0, block.indexOf('……')).split('\n').filter((line) => /^ {2}\S.*（第 \d+ 行，/.test(line));
    expect(listed).toHaveLength(SCHOOL_LIMIT);
    expect(block).toContain(`…… 还有 ${failing - SCHOOL_LIMIT} 个，完整名单见--json 输出或 --out 报告的“整改台账”表`);
  });
});
