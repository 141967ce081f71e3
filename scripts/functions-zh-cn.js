// Writes dist/functions-zh-cn.json: the custom-functions metadata that
// custom-functions-metadata-plugin generates (functions.json, English) with the
// Chinese names and descriptions of src/functions/zh-cn.json. The manifest
// points the zh-CN locale at it (<bt:Override Locale="zh-CN">).
//
// Excel's rules for function names (learn.microsoft.com, "Custom functions
// naming and localization"): start with a letter, at least 3 characters, only
// Unicode letters, digits, periods and underscores; and not a cell reference.
// The metadata generator also caps names at 128 characters.
const fs = require('fs');
const path = require('path');
const { Compilation, WebpackError, sources } = require('webpack');

const PLUGIN = 'FunctionsZhCnPlugin';

const FUNCTION_NAME = /^\p{L}[\p{L}0-9._]{2,127}$/u;
const PARAMETER_NAME = /^\p{L}[\p{L}0-9._]*$/u;
const CELL_REFERENCE = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d+[Cc]\d+)$/;

/**
 * What is wrong with a localized function name, or null when Excel accepts it.
 *
 * @example
 * functionNameProblem('缺口');     // '"缺口" is shorter than 3 characters'
 * functionNameProblem('资源缺口'); // null
 */
function functionNameProblem(name) {
  if (typeof name !== 'string' || name === '') return 'missing';
  if ([...name].length < 3) return `"${name}" is shorter than 3 characters`;
  if (!FUNCTION_NAME.test(name)) {
    return `"${name}" must start with a letter and hold only letters, digits, "." and "_" (at most 128)`;
  }
  if (CELL_REFERENCE.test(name)) return `"${name}" reads as a cell reference`;
  return null;
}

/** What is wrong with a localized parameter name, or null. */
function parameterNameProblem(name) {
  if (typeof name !== 'string' || name === '') return 'missing';
  if (!PARAMETER_NAME.test(name)) return `"${name}" must start with a letter and hold only letters, digits, "." and "_"`;
  return null;
}

/**
 * The metadata with every function's and parameter's name and description
 * taken from `translations` ({ ID: { name, description, parameters: { param: { name, description } } } }).
 * Throws one Error listing every missing or invalid translation, and
 * translations for ids the metadata does not have.
 */
function localizeMetadata(metadata, translations) {
  const problems = [];
  const names = new Set();
  const functions = metadata.functions.map((fn) => {
    const zh = translations[fn.id];
    if (zh === undefined) {
      problems.push(`${fn.id}: no translation`);
      return fn;
    }
    const nameProblem = functionNameProblem(zh.name);
    if (nameProblem !== null) problems.push(`${fn.id}: name ${nameProblem}`);
    if (names.has(zh.name)) problems.push(`${fn.id}: name "${zh.name}" is used twice`);
    names.add(zh.name);
    if (!zh.description) problems.push(`${fn.id}: no description`);
    const parameters = fn.parameters.map((parameter) => {
      const p = zh.parameters?.[parameter.name];
      if (p === undefined) {
        problems.push(`${fn.id}(${parameter.name}): no translation`);
        return parameter;
      }
      const problem = parameterNameProblem(p.name);
      if (problem !== null) problems.push(`${fn.id}(${parameter.name}): name ${problem}`);
      if (!p.description) problems.push(`${fn.id}(${parameter.name}): no description`);
      return { ...parameter, name: p.name, description: p.description };
    });
    const extra = Object.keys(zh.parameters ?? {}).filter((name) => !fn.parameters.some((p) => p.name === name));
    for (const name of extra) problems.push(`${fn.id}(${name}): translated but not a parameter`);
    return { ...fn, name: zh.name, description: zh.description, parameters };
  });
  for (const id of Object.keys(translations)) {
    if (!metadata.functions.some((fn) => fn.id === id)) problems.push(`${id}: translated but not a function`);
  }
  if (problems.length > 0) throw new Error(`zh-CN function metadata:\n  ${problems.join('\n  ')}`);
  return { ...metadata, functions };
}

/** Emits `output` from the `source` asset and the translation file after the metadata plugin ran. */
class FunctionsZhCnPlugin {
  constructor({ translations, source = 'functions.json', output = 'functions-zh-cn.json' }) {
    this.translations = path.resolve(translations);
    this.source = source;
    this.output = output;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.fileDependencies.add(this.translations);
        const asset = compilation.getAsset(this.source);
        if (asset === undefined) {
          // The metadata plugin reports why it wrote nothing.
          if (compilation.errors.length === 0) {
            compilation.errors.push(new WebpackError(`${PLUGIN}: ${this.source} was not generated`));
          }
          return;
        }
        try {
          const metadata = JSON.parse(asset.source.source().toString());
          const translations = JSON.parse(fs.readFileSync(this.translations, 'utf8'));
          const localized = localizeMetadata(metadata, translations);
          compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(localized, null, 4)));
        } catch (error) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: ${error.message}`));
        }
      });
    });
  }
}

module.exports = { FunctionsZhCnPlugin, localizeMetadata, functionNameProblem, parameterNameProblem };
