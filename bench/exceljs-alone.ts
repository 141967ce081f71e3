/**
 * ExcelJS alone, as a whole process: load a workbook and write it back
 * (`node exceljs-alone.js in.xlsx out.xlsx`). bench/anchors.ts bundles it with
 * esbuild, like the command line, so both start the same way.
 */
import ExcelJS from 'exceljs';

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  await workbook.xlsx.writeFile(output);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
