// WPS 表格's metadata for the JUNHENG functions, from the same source as Excel's:
// the JSDoc of src/functions/functions.ts (read by custom-functions-metadata, as
// for Excel's functions.json) and the Chinese names of src/functions/zh-cn.json
// (as for Excel's functions-zh-cn.json, checked by localizeMetadata).
//
// WPS's functions.json ("加载项自定义函数", WPS open platform; the generator in
// npm wpsjs, src/vite_plugins.js) is { functions: [{ name, description,
// parameters: [{ name, description, type }], result: { type } }] } with types
// "string", "number", "bool", "any", "T[][]" for a range and a trailing "?"
// for an optional parameter. Every function is listed twice: under its id
// (JUNHENG.COEFVAR) and under its Chinese name (JUNHENG.差异系数).
const path = require('path');
const fs = require('fs');
const { sources } = require('webpack');
const { localizeMetadata } = require('./functions-zh-cn');

/** The namespace of the functions in formulas: JUNHENG.COEFVAR. */
const NAMESPACE = 'JUNHENG';

const SCALAR_TYPES = { string: 'string', number: 'number', boolean: 'bool', any: 'any' };

/**
 * A parameter's or result's WPS type from its Excel metadata.
 *
 * @example
 * wpsType({ type: 'any', dimensionality: 'matrix' }); // 'any[][]'
 * wpsType({ type: 'string', optional: true });        // 'string?'
 */
function wpsType(meta) {
  const scalar = SCALAR_TYPES[meta.type ?? 'any'] ?? 'any';
  const type = meta.dimensionality === 'matrix' ? `${scalar}[][]` : scalar;
  return meta.optional ? `${type}?` : type;
}

/**
 * The WPS entries of every function, English and Chinese, each with the id and
 * the implementation's export name (`functionName`) the registration needs.
 */
function wpsFunctionEntries(metadata, associate, translations) {
  const localized = localizeMetadata(metadata, translations);
  return metadata.functions.flatMap((fn, i) => {
    const functionName = associate.find((a) => a.id === fn.id)?.functionName;
    if (functionName === undefined) throw new Error(`${fn.id}: no implementation`);
    const entry = (meta) => ({
      id: fn.id,
      functionName,
      name: meta.name,
      description: meta.description ?? '',
      parameters: meta.parameters.map((p) => ({ name: p.name, description: p.description ?? '', type: wpsType(p) })),
      result: { type: wpsType(fn.result ?? {}) },
    });
    return [entry(fn), entry(localized.functions[i])];
  });
}

/** functions.json as WPS reads it: the entries without the registration's fields. */
function wpsFunctionsJson(entries) {
  const functions = entries.map(({ name, description, parameters, result }) => ({ name, description, parameters, result }));
  return JSON.stringify({ functions }, null, 2);
}

/** Reads the JSDoc and the translations: the entries, at build time and in tests. */
async function wpsFunctionTable(source, translationsFile) {
  const { generateCustomFunctionsMetadata } = require('custom-functions-metadata');
  const generated = await generateCustomFunctionsMetadata(path.resolve(source));
  if (generated.errors.length > 0) throw new Error(`custom functions metadata:\n  ${generated.errors.join('\n  ')}`);
  const translations = JSON.parse(fs.readFileSync(path.resolve(translationsFile), 'utf8'));
  return wpsFunctionEntries(JSON.parse(generated.metadataJson), generated.associate, translations);
}

/** Emits `output` (functions.json of the WPS add-in folder) from the entries. */
class FunctionsWpsPlugin {
  constructor({ entries, output }) {
    this.entries = entries;
    this.output = output;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('FunctionsWpsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'FunctionsWpsPlugin', stage: 0 }, () => {
        compilation.emitAsset(this.output, new sources.RawSource(wpsFunctionsJson(this.entries)));
      });
    });
  }
}

module.exports = { NAMESPACE, wpsType, wpsFunctionEntries, wpsFunctionsJson, wpsFunctionTable, FunctionsWpsPlugin };
