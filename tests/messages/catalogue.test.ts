import { analyze } from '../../src/core/analyze';
import { CATALOGUE, isCatalogued } from '../../src/core/messages/catalogue';
import { CONTROLS } from '../../src/core/messages/controls';
import { messageWords, paramText, renderMessage, renderTemplate } from '../../src/core/messages/render';
import type { Surface } from '../../src/core/messages/types';
import { readSheet } from '../../src/core/reader';
import { QUALITY_2017 } from '../../src/core/rulesets';
import { trainingExample } from '../findings/counties';

const SURFACES: Surface[] = ['cli', 'web', 'pane', 'sheet'];

/** Codes whose English names the Chinese values a user types (school types). */
const USER_WORDS = new Set(['type-unknown', 'type-words', 'ownership-words', 'note-form', 'name-header-words', 'data-header-words']);

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(@?\w+)\}/g)].map((m) => m[1]).sort();
}

describe('the catalogue', () => {
  test.each(Object.entries(CATALOGUE))('%s has Chinese and English with the same parameters', (_code, text) => {
    expect(text.zh.trim()).not.toBe('');
    expect(text.en.trim()).not.toBe('');
    // English words counts as 'shortfall in rooms: 2' (no plurals), so it may name the unit once instead of twice.
    const withoutUnit = (names: string[]) => names.filter((n) => n !== 'unit');
    expect(withoutUnit(placeholders(text.zh))).toEqual(withoutUnit(placeholders(text.en)));
    // Only the words users type into their sheet stay Chinese in English messages.
    if (!USER_WORDS.has(_code)) expect(text.en).not.toMatch(/[\u4e00-\u9fff]/);
  });

  test('every control is named on every surface, in both languages', () => {
    for (const names of Object.values(CONTROLS)) {
      for (const surface of SURFACES) {
        expect(names[surface].zh).not.toBe('');
        expect(names[surface].en).not.toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  test('a control is named as the surface names it', () => {
    expect(renderMessage('missing-pupils', {}, 'zh', 'cli')).toContain('--map');
    expect(renderMessage('missing-pupils', {}, 'zh', 'web')).toContain('“列映射”面板');
    expect(renderMessage('missing-pupils', {}, 'zh', 'pane')).toContain('“列映射”步骤');
    expect(renderTemplate({ zh: '{@ruleset}', en: '{@ruleset}' }, { ruleset: 'basic-2012' }, 'en', 'cli')).toBe('run again with --ruleset basic-2012');
  });

  test('parameters: numbers, texts in both languages, lists joined as each language joins them', () => {
    expect(paramText(3, 'zh')).toBe('3');
    expect(paramText([{ zh: '小学', en: 'Primary' }, '初中'], 'zh')).toBe('小学、初中');
    expect(paramText([{ zh: '小学', en: 'Primary' }, 'x'], 'en')).toBe('Primary; x');
  });

  test('the engine\'s catalogued messages carry their parameters, so each surface can word them', () => {
    const result = analyze(readSheet(trainingExample()), QUALITY_2017);
    const catalogued = result.messages.filter((m) => isCatalogued(m.code));
    expect(catalogued.length).toBeGreaterThan(0);
    for (const message of catalogued) {
      expect(message.params).toBeDefined();
      expect(renderMessage(message.code as keyof typeof CATALOGUE, message.params ?? {}, 'zh', 'cli')).toBe(message.message);
    }
  });

  test('every reader message is catalogued with its parameters and names its cell', () => {
    const read = readSheet({
      sheet: 'Sheet1',
      origin: { row: 1, column: 1 },
      hiddenRows: [4],
      merges: [{ top: 6, left: 6, bottom: 7, right: 6 }],
      values: [
        ['学校名称', '学校类型', '办学性质', '在校生数', '学生数', '专任教师数', '专任教师数'],
        ['城关小学', '小学', '公办', 800, 800, 40, 40],
        ['城关小学', '夜校', '合办', '约500', 800, -3, 40],
        [null, '小学', '公办', 500, 500, 30, 30],
        ['日期小学', '小学', '公办', 500.5, 500, 1e308, 30],
        ['西关小学', '小学', '公办', 300, 300, 20, 20],
        ['东关小学', '小学', '公办', null, 300, 20, 20],
        ['#REF!', '小学', '公办', 300, 300, true, 20],
      ],
    });
    const codes = new Set(read.messages.map((m) => m.code));
    for (const code of ['duplicate-column', 'duplicate-name', 'unrecognised-type-cell', 'unknown-ownership', 'unparseable-number', 'negative-number', 'missing-name', 'hidden-rows', 'merged-number', 'fractional-pupils', 'name-formula-error']) {
      expect(codes).toContain(code);
    }
    for (const message of read.messages) {
      expect(isCatalogued(message.code)).toBe(true);
      expect(message.params).toBeDefined();
      for (const lang of ['zh', 'en'] as const) {
        expect(renderMessage(message.code as keyof typeof CATALOGUE, message.params ?? {}, lang, 'cli')).toBe(message.text[lang]);
        if (message.cell !== null && message.code !== 'duplicate-column') expect(message.text[lang]).toContain(message.cell);
      }
    }
  });

  test('a reader message names the control of the surface that shows it', () => {
    const read = readSheet({ sheet: '封面', origin: { row: 1, column: 1 }, values: [['2025 年统计']] });
    const [problem] = read.messages;
    expect(problem.code).toBe('no-school-table');
    expect(messageWords(problem, 'zh', 'cli')).toContain('--sheet');
    expect(messageWords(problem, 'zh', 'web')).toContain('“工作表”下拉框');
    expect(messageWords(problem, 'en', 'pane')).toContain('Find the school table');
    expect(messageWords(problem, 'en', 'web')).not.toMatch(/--sheet/);
  });
});
