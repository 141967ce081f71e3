/**
 * What Excel demands of every function, checked over all of them: the metadata
 * rule for parameter addresses, and error messages short enough for Excel on
 * Mac (cut at about 255 characters, office-js #4133) with the Chinese whole first.
 */
import './custom-functions-stub';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { at, column, NO_ADDRESSES } from './custom-functions-stub';
import { BUILTIN_RULESETS } from '../../src/core/rulesets';
import { bilingual, fitMessage, MESSAGE_LIMIT, valueError } from '../../src/functions/errors';
import * as functions from '../../src/functions/functions';

interface FunctionMetadata {
  id: string;
  result: { dimensionality?: string };
  options?: { requiresParameterAddresses?: boolean };
}

let metadata: FunctionMetadata[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata('src/functions/functions.ts');
  expect(generated.errors).toEqual([]);
  metadata = (JSON.parse(generated.metadataJson) as { functions: FunctionMetadata[] }).functions;
});

test('every function that asks for parameter addresses returns a matrix (custom-functions metadata rule)', () => {
  const asking = metadata.filter((fn) => fn.options?.requiresParameterAddresses === true);
  expect(asking.map((fn) => fn.id)).toEqual(expect.arrayContaining(['COEFVAR', 'COEFVAROF', 'WMEAN', 'PERPUPIL', 'SCHOOLPASS']));
  for (const fn of asking) expect({ id: fn.id, dimensionality: fn.result.dimensionality }).toEqual({ id: fn.id, dimensionality: 'matrix' });
});

/** The message of every error a call gives, thrown or inside a spilled result. */
function messages(call: () => unknown): string[] {
  try {
    const result = call();
    if (!Array.isArray(result)) return [];
    return (result as unknown[][]).flat().flatMap((cell) => (cell instanceof CustomFunctions.Error && cell.message ? [cell.message] : []));
  } catch (error) {
    if (error instanceof CustomFunctions.Error) return error.message ? [error.message] : [];
    throw error;
  }
}

const LONG = '这是一段误贴进来的很长的文字'.repeat(20);
const SHEET = "'一个名字很长的工作表名称（2024年秋季学期）'";

/** Calls that go wrong in every way the functions report, for every built-in ruleset. */
function failingCalls(): (() => unknown)[] {
  const calls: (() => unknown)[] = [];
  const addresses = at(`${SHEET}!$E$5:$E$9`, `${SHEET}!$D$5:$D$9`, `${SHEET}!$C$5:$C$9`, `${SHEET}!$B$5:$B$9`);
  for (const ruleset of [...BUILTIN_RULESETS.map((r) => r.id), null]) {
    for (const word of ['生均图书', LONG, '']) {
      calls.push(() => functions.standard(word, '小学', ruleset));
      calls.push(() => functions.meets(column(1), word, '初中', ruleset, addresses));
      calls.push(() => functions.shortfall(column(1), column(10), word, '小学', ruleset, addresses));
      calls.push(() => functions.standard('teaching-space', word, ruleset));
      calls.push(() => functions.schoolPass([[1, 2, 3]], word, ruleset, addresses));
    }
    calls.push(() => functions.schoolPass([[1, 2, 3]], '小学', ruleset, addresses));
    calls.push(() => functions.schoolPass([Array.from({ length: 40 }, () => 1)], '初中', ruleset, addresses));
    calls.push(() => functions.standard('books', '初中', ruleset));
  }
  calls.push(() => functions.cvLimit('小学', LONG));
  calls.push(() => functions.cvLimit('小学', '{"id": "x", "indicators": [1, 2, 3], "countyRule": "?"}'));
  calls.push(() => functions.coefVar(column(1, 2, 3), column(10, 20), addresses));
  calls.push(() => functions.coefVar(column(1, '', LONG), column(10, 20, 30), addresses));
  calls.push(() => functions.coefVar(column(1, 2), column(10, LONG), addresses));
  calls.push(() => functions.coefVar(column(1, 2), column(10, -3), addresses));
  calls.push(() => functions.coefVarOf(column(1, 2), column(10, 20), 0, addresses));
  calls.push(() => functions.perPupil(column('约五百', 2), column(10, 20), NO_ADDRESSES));
  calls.push(() => functions.split(column(LONG), column(1), column(1), column(0), '小学', addresses));
  calls.push(() => functions.split(column(1, 2), column(1, 2, 3), column(1), column(0), '初中', addresses));
  return calls;
}

test(`every error message is shorter than ${MESSAGE_LIMIT} characters, with its Chinese part whole and first`, () => {
  const all = failingCalls().flatMap(messages);
  expect(all.length).toBeGreaterThan(40);
  for (const message of all) {
    expect(message.length).toBeLessThan(MESSAGE_LIMIT);
    // The Chinese part is cut never: the separator after it is always there.
    const zh = message.split(' / ')[0];
    expect(message).toContain(' / ');
    expect(zh).toMatch(/\p{Script=Han}/u);
    expect(zh.endsWith('…')).toBe(false);
  }
});

test('a long message keeps the Chinese whole and cuts the English, never a surrogate pair', () => {
  const zh = '中'.repeat(100);
  const message = bilingual({ zh, en: 'x'.repeat(400) });
  expect(message.length).toBe(MESSAGE_LIMIT - 1);
  expect(message.startsWith(`${zh} / xxx`)).toBe(true);
  expect(message.endsWith('…')).toBe(true);
  const emoji = fitMessage('a'.repeat(246), '😀😀😀');
  expect(emoji.length).toBeLessThan(MESSAGE_LIMIT);
  expect(emoji).not.toMatch(/[\uD800-\uDBFF]…$/);
  expect(valueError({ zh: '规则集 JSON 有误', en: 'bad' }, Array.from({ length: 50 }, (_, i) => ({ zh: `字段${i}：有误`, en: `field ${i}: wrong` }))).message?.length).toBeLessThan(MESSAGE_LIMIT);
});
