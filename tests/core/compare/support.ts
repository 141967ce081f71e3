/**
 * The sample county as a check, and edited copies of its sheet, for the comparison tests.
 */
import { analyze } from '../../../src/core/analyze';
import { checkOf, type Check } from '../../../src/core/compare';
import { readSheet } from '../../../src/core/reader';
import { QUALITY_2017 } from '../../../src/core/rulesets';
import type { AnalysisResult, CellValue, Grid } from '../../../src/core/types';
import { sampleCountyGrid } from '../../../samples/sample-county';

/** 0-based columns of the sample sheet. */
export const SAMPLE_COLUMN = { name: 1, peArtTeachers: 13, keyTeachers: 12, teachingSpace: 15, multimediaRooms: 18 } as const;

/** A copy of the sample grid with `edit` applied to the row of the school named `name`. */
export function editSchool(grid: Grid, name: string, edit: (row: CellValue[]) => void): Grid {
  const values = grid.values.map((row) => [...row]);
  const row = values.find((cells) => cells[SAMPLE_COLUMN.name] === name);
  if (row === undefined) throw new Error(`no school ${name} in the sample`);
  edit(row);
  return { ...grid, values };
}

export function resultOf(grid: Grid): AnalysisResult {
  return analyze(readSheet(grid), QUALITY_2017, { file: 'x.xlsx' });
}

export function checkOfGrid(grid: Grid, date: string | null = null): Check {
  return checkOf(resultOf(grid), QUALITY_2017, date);
}

export const sampleGrid = sampleCountyGrid();
export const sampleCheck = checkOfGrid(sampleGrid);
