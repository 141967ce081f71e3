/**
 * Renders coded messages to words: one template per code in the catalogue,
 * parameters filled in the user's language, controls named as the surface
 * names them.
 */
import type { L10n, Lang } from '../types';
import { CATALOGUE, isCatalogued, type MessageCode } from './catalogue';
import { CONTROLS } from './controls';
import type { ControlKey, Param, Params, Surface } from './types';

/** English names hold commas ('PE and arts (fine art, music) teachers'), so English lists use semicolons. */
const LIST_SEPARATOR: L10n = { zh: '、', en: '; ' };

function isL10n(param: Param): param is L10n {
  return typeof param === 'object' && !Array.isArray(param) && 'zh' in param;
}

/**
 * A parameter in words: lists joined as the language joins them.
 *
 * @example
 * paramText(['小学', '初中'], 'zh'); // '小学、初中'
 * paramText({ zh: '册', en: 'books' }, 'en'); // 'books'
 * paramText(['a', 'b'], 'en'); // 'a; b'
 */
export function paramText(param: Param, lang: Lang): string {
  if (typeof param === 'string') return param;
  if (typeof param === 'number') return String(param);
  if (isL10n(param)) return param[lang];
  return (param as readonly Param[]).map((p) => paramText(p, lang)).join(LIST_SEPARATOR[lang]);
}

/**
 * Names quoted as each language quotes them, for a list parameter (the
 * renderer joins the list).
 *
 * @example
 * paramText(quotedNames(['甲', '乙']), 'zh'); // '“甲”、“乙”'
 * paramText(quotedNames(['甲', '乙']), 'en'); // '"甲"; "乙"'
 */
export function quotedNames(names: readonly string[]): L10n[] {
  return names.map((name) => renderBoth('quoted-name', { name }, 'sheet'));
}

/**
 * Fills a template: `{name}` with a parameter, `{@control}` with the surface's
 * own name for that control (filled with the same parameters).
 *
 * @example
 * renderTemplate({ zh: '缺少 {n} 列', en: '{n} columns missing' }, { n: 2 }, 'zh', 'cli'); // '缺少 2 列'
 */
export function renderTemplate(template: L10n, params: Params, lang: Lang, surface: Surface): string {
  return template[lang].replace(/\{(@?)(\w+)\}/g, (whole, control: string, key: string) => {
    if (control === '@') {
      const names = CONTROLS[key as ControlKey];
      return names === undefined ? whole : renderTemplate(names[surface], params, lang, surface);
    }
    const value = params[key];
    return value === undefined ? whole : paramText(value, lang);
  });
}

/**
 * A catalogued message in words.
 *
 * @example
 * renderMessage('no-schools', {}, 'zh', 'cli'); // '没有参与分析的学校'
 */
export function renderMessage(code: MessageCode, params: Params, lang: Lang, surface: Surface): string {
  return renderTemplate(CATALOGUE[code], params, lang, surface);
}

/**
 * Both languages of a catalogued message, for stored messages that keep their text.
 *
 * @example
 * renderBoth('no-schools', {}, 'cli').en; // 'no school was analysed'
 */
export function renderBoth(code: MessageCode, params: Params, surface: Surface): L10n {
  return { zh: renderMessage(code, params, 'zh', surface), en: renderMessage(code, params, 'en', surface) };
}

/**
 * A stored message (the reader's, or one read back) in the surface's words:
 * a catalogued code with parameters names the surface's own controls; any
 * other keeps the text it was given.
 *
 * @example
 * messageWords(read.messages[0], 'zh', 'web'); // '工作表「Sheet1」中没有找到学校数据表：…在“工作表”下拉框中选择'
 */
export function messageWords(message: { code: string; params?: Params; text: L10n }, lang: Lang, surface: Surface): string {
  return message.params !== undefined && isCatalogued(message.code) ? renderMessage(message.code, message.params, lang, surface) : message.text[lang];
}
