import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import {
  functionNameProblem,
  localizeMetadata,
  type Metadata,
  type Translations,
} from '../../scripts/functions-zh-cn';
import zhCn from '../../src/functions/zh-cn.json';

// Contract §4: the ids and zh-CN names. 缺口 is 2 characters and Excel wants at
// least 3, so SHORTFALL is 资源缺口.
const CONTRACT: Record<string, string> = {
  PERPUPIL: '生均值',
  PER100: '每百生',
  COEFVAR: '差异系数',
  COEFVAROF: '生均差异系数',
  WMEAN: '加权平均',
  SPLIT: '学段拆分',
  STANDARD: '标准值',
  MEETS: '是否达标',
  SHORTFALL: '资源缺口',
  SCHOOLPASS: '学校达标',
  CVLIMIT: '差异系数限值',
};

// Excel's rule for function names, from "Custom functions naming and localization":
// start with a letter, at least 3 characters, Unicode letters, digits, "." and "_".
const EXCEL_NAME = /^\p{L}[\p{L}\p{Nd}._]{2,}$/u;

const translations = zhCn as Translations;
let metadata: Metadata;

beforeAll(async () => {
  // What custom-functions-metadata-plugin does at build time.
  const generated = await generateCustomFunctionsMetadata('src/functions/functions.ts');
  expect(generated.errors).toEqual([]);
  metadata = JSON.parse(generated.metadataJson) as Metadata;
});

function clone(): Translations {
  return JSON.parse(JSON.stringify(translations)) as Translations;
}

describe('functions.json and its zh-CN twin', () => {
  it('has exactly the contract ids, named as the ids', () => {
    expect(metadata.functions.map((fn) => fn.id).sort()).toEqual(Object.keys(CONTRACT).sort());
    for (const fn of metadata.functions) expect(fn.name).toBe(fn.id);
  });

  it('gives every function its contract name and every function and parameter a Chinese description', () => {
    const localized = localizeMetadata(metadata, translations);
    for (const fn of localized.functions) {
      expect(fn.name).toBe(CONTRACT[fn.id]);
      expect(fn.name).toMatch(EXCEL_NAME);
      expect(fn.description).toMatch(/\p{Script=Han}/u);
      for (const parameter of fn.parameters) {
        expect(parameter.name).toMatch(/^\p{L}[\p{L}\p{Nd}._]*$/u);
        expect(parameter.description).toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it('keeps everything but names and descriptions as generated', () => {
    const localized = localizeMetadata(metadata, translations);
    const strip = (m: Metadata) =>
      m.functions.map(({ name: _n, description: _d, parameters, ...rest }) => ({
        ...rest,
        parameters: parameters.map(({ name: _pn, description: _pd, ...p }) => p),
      }));
    expect(strip(localized)).toEqual(strip(metadata));
    expect(localized.allowCustomDataForDataTypeAny).toBe(metadata.allowCustomDataForDataTypeAny);
  });

  it('fails when an id lacks a translation', () => {
    const partial = clone();
    delete partial.COEFVAR;
    expect(() => localizeMetadata(metadata, partial)).toThrow('COEFVAR: no translation');
  });

  it('fails when a parameter lacks a translation, or a translated one does not exist', () => {
    const partial = clone();
    delete partial.SPLIT.parameters?.seniorPupils;
    (partial.SPLIT.parameters as Record<string, { name: string; description: string }>).senior = { name: '高中', description: '高中' };
    expect(() => localizeMetadata(metadata, partial)).toThrow(/SPLIT\(seniorPupils\): no translation[\s\S]*SPLIT\(senior\): translated but not a parameter/);
  });

  it('fails on a name shorter than 3 characters, such as 缺口', () => {
    const short = clone();
    short.SHORTFALL.name = '缺口';
    expect(() => localizeMetadata(metadata, short)).toThrow('SHORTFALL: name "缺口" is shorter than 3 characters');
  });

  it.each(['生均 值', '生均-值', '1生均值', '差异系数?'])('fails on a name Excel rejects: %s', (name) => {
    const bad = clone();
    bad.COEFVAR.name = name;
    expect(() => localizeMetadata(metadata, bad)).toThrow('COEFVAR: name');
    expect(name).not.toMatch(EXCEL_NAME);
  });

  it('fails on a name used twice and on a translation of a function that does not exist', () => {
    const bad = clone();
    bad.COEFVAROF.name = '差异系数';
    bad.OLDFUNC = { name: '旧函数名', description: '旧' };
    expect(() => localizeMetadata(metadata, bad)).toThrow(/name "差异系数" is used twice[\s\S]*OLDFUNC: translated but not a function/);
  });

  it('refuses names that read as cell references', () => {
    expect(functionNameProblem('ABC12')).toContain('cell reference');
    expect(functionNameProblem('R1C1')).toContain('cell reference');
    expect(functionNameProblem('学段拆分')).toBeNull();
  });
});
