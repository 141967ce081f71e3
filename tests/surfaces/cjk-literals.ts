/**
 * Finds Chinese text in a source file's string literals and JSX text (comments
 * are skipped): how the surfaces are checked for domain sentences of their own.
 */
import ts from 'typescript';

const CJK = /[\u3400-\u9fff]/;

/** The Chinese string literals, template parts and JSX texts of a TypeScript source. */
export function cjkLiterals(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isJsxText(node)) {
      if (CJK.test(node.text)) found.push(node.text);
    }
    node.forEachChild(visit);
  };
  visit(file);
  return found;
}
