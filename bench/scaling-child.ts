/**
 * One size of the reader + engine benchmark, in its own process so its peak
 * memory is its own. Prints one JSON line: { schools, readMs, analyzeMs, maxRssMb, heapMb }.
 */
import { syntheticCountyGrid } from '../samples/synthetic-county';
import { readSheet } from '../src/core/reader';
import { analyze } from '../src/core/analyze';
import { QUALITY_2017 } from '../src/core/rulesets';

const schools = Number(process.argv[2]);
const baselineRss = process.resourceUsage().maxRSS / 1024;
const grid = syntheticCountyGrid(schools);
const start = process.hrtime.bigint();
const read = readSheet(grid);
const afterRead = process.hrtime.bigint();
const result = analyze(read, QUALITY_2017);
const end = process.hrtime.bigint();
if (result.schools.length < schools) throw new Error('schools went missing');
process.stdout.write(
  JSON.stringify({
    schools,
    readMs: Number(afterRead - start) / 1e6,
    analyzeMs: Number(end - afterRead) / 1e6,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    baselineRssMb: baselineRss,
    heapMb: process.memoryUsage().heapUsed / 1048576,
  }) + '\n',
);
