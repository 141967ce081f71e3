/**
 * The task pane's check off the pane's thread, without a real Worker: the pure
 * steps equal the engine's, the worker's handler answers with stages then the
 * outcome, and the client pairs replies with checks and falls back to running
 * the steps in place when no worker starts or the worker breaks.
 */
import { SAMPLE_EXPECTED, sampleCountyGrid } from '../../samples/sample-county';
import { syntheticCountyGrid } from '../../samples/synthetic-county';
import { analyze } from '../../src/core/analyze';
import { buildFindings } from '../../src/core/findings';
import { readSheet } from '../../src/core/reader';
import { BASIC_2012, QUALITY_2017 } from '../../src/core/rulesets';
import type { Ruleset } from '../../src/core/types';
import { createMemoryGateway } from '../../src/gateway/memory';
import { createCheckWorker } from '../../src/taskpane/check/client';
import { checkSteps, computeCheck, computeInPlace, runSteps, type CheckCompute, type ComputeStage } from '../../src/taskpane/check/compute';
import { handleCheck } from '../../src/taskpane/check/handler';
import type { CheckReply, CheckRequest } from '../../src/taskpane/check/protocol';
import { runCheck, type CheckStep } from '../../src/taskpane/flow';
import { joinLongArrays, PART_SIZE } from '../../src/workers/parts';
import type { Send } from '../../src/workers/start';

const grid = sampleCountyGrid();
const overrides = { name: [] };

/** Today's three steps, called one after the other. */
function engine(ruleset: Ruleset, mapping = {}, from = grid) {
  const read = readSheet(from, { mapping });
  const result = analyze(read, ruleset, { lang: 'zh' });
  return { read, result, findings: buildFindings(result, ruleset) };
}

/** A ruleset the engine cannot apply, and what it throws. */
const broken = { ...QUALITY_2017, indicators: null } as unknown as Ruleset;
function brokenMessage(): string {
  try {
    computeCheck(grid, {}, broken, 'zh');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the broken ruleset did not fail');
}

/** A worker made of the handler, replying through a structured clone as postMessage does. */
function fakeWorker(sent: CheckRequest[] = []) {
  return (onReply: (reply: CheckReply) => void): Send<CheckRequest> =>
    (request) => {
      sent.push(request);
      void handleCheck(structuredClone(request), (reply) => setTimeout(() => onReply(structuredClone(reply)), 0));
    };
}

describe('the check’s pure steps', () => {
  test('equal reading, analysing and building the findings in turn, with the user’s columns', () => {
    expect(computeCheck(grid, {}, QUALITY_2017, 'zh')).toEqual(engine(QUALITY_2017));
    expect(computeCheck(grid, overrides, BASIC_2012, 'zh')).toEqual(engine(BASIC_2012, overrides));
    expect(computeCheck(grid, {}, QUALITY_2017, 'zh').findings.failing.length).toBeGreaterThan(0);
  });

  test('in place, each stage is reported once and the browser gets a turn after every slice', async () => {
    const events: string[] = [];
    const outcome = await runSteps(checkSteps(grid, {}, QUALITY_2017, 'zh'), (stage) => events.push(stage), async () => {
      events.push('pause');
    });
    expect(events).toEqual(['parse', 'pause', 'analyze', 'pause', 'pause', 'done', 'pause']);
    expect(outcome).toEqual(engine(QUALITY_2017));
  });

  test('computeInPlace yields to timers between its steps', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('timer'), 0);
    await computeInPlace(grid, {}, QUALITY_2017, 'zh', (stage) => order.push(stage));
    expect(order.indexOf('timer')).toBeGreaterThan(0);
    expect(order.indexOf('timer')).toBeLessThan(order.indexOf('done'));
  });
});

describe('the check worker’s handler', () => {
  test('posts the stages, then the outcome in parts, which survive a structured clone and join to the outcome', async () => {
    const replies: CheckReply[] = [];
    const large = syntheticCountyGrid(PART_SIZE + 100);
    await handleCheck({ id: 7, grid: large, overrides: {}, ruleset: QUALITY_2017, lang: 'zh' }, (reply) => replies.push(structuredClone(reply)));
    expect(replies.filter((r) => r.type !== 'part').map((r) => (r.type === 'stage' ? r.stage : r.type))).toEqual(['parse', 'analyze', 'done', 'computed']);
    expect(replies.every((r) => r.id === 7)).toBe(true);
    const parts = replies.flatMap((r) => (r.type === 'part' ? [r.part] : []));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((part) => part.items.length <= PART_SIZE)).toBe(true);
    const last = replies[replies.length - 1];
    if (last.type !== 'computed') throw new Error('no outcome');
    expect(last.outcome.result.schools).toEqual([]);
    expect(joinLongArrays(last.outcome, parts)).toEqual(engine(QUALITY_2017, {}, large));
  });

  test('a failure is posted with its message, not thrown', async () => {
    const replies: CheckReply[] = [];
    await handleCheck({ id: 3, grid, overrides: {}, ruleset: broken, lang: 'zh' }, (reply) => replies.push(reply));
    expect(replies[replies.length - 1]).toEqual({ id: 3, type: 'failed', message: brokenMessage() });
  });
});

describe('the pane’s check client', () => {
  test('sends each check to the worker, started once, and forwards its stages', async () => {
    const sent: CheckRequest[] = [];
    let spawned = 0;
    const compute = createCheckWorker((onReply) => {
      spawned++;
      return fakeWorker(sent)(onReply);
    });
    const stages: ComputeStage[] = [];
    const [first, second] = await Promise.all([
      compute(grid, {}, QUALITY_2017, 'zh', (stage) => stages.push(stage)),
      compute(grid, overrides, BASIC_2012, 'zh', () => undefined),
    ]);
    expect(spawned).toBe(1);
    expect(sent.map((r) => r.id)).toEqual([1, 2]);
    expect(stages).toEqual(['parse', 'analyze', 'done']);
    expect(first).toEqual(engine(QUALITY_2017));
    expect(second).toEqual(engine(BASIC_2012, overrides));
  });

  test('a failure in the worker rejects the check with its message', async () => {
    const compute = createCheckWorker(fakeWorker());
    await expect(compute(grid, {}, broken, 'zh', () => undefined)).rejects.toThrow(brokenMessage());
  });

  test('where no worker starts (no Worker here, as in jsdom or an old webview), the check runs in place', async () => {
    expect(typeof Worker).toBe('undefined');
    const stages: ComputeStage[] = [];
    const outcome = await createCheckWorker()(grid, {}, QUALITY_2017, 'zh', (stage) => stages.push(stage));
    expect(stages).toEqual(['parse', 'analyze', 'done']);
    expect(outcome).toEqual(engine(QUALITY_2017));
  });

  test('a worker that fails to load: the waiting check and the next ones run in place', async () => {
    let spawned = 0;
    const inPlace: string[] = [];
    const fallback: CheckCompute = (g, o, r, l, onStage) => {
      inPlace.push(r.id);
      return computeInPlace(g, o, r, l, onStage);
    };
    const compute = createCheckWorker((_onReply, onBroken) => {
      spawned++;
      return () => setTimeout(onBroken, 0);
    }, fallback);
    expect(await compute(grid, {}, QUALITY_2017, 'zh', () => undefined)).toEqual(engine(QUALITY_2017));
    expect(await compute(grid, overrides, BASIC_2012, 'zh', () => undefined)).toEqual(engine(BASIC_2012, overrides));
    expect(inPlace).toEqual([QUALITY_2017.id, BASIC_2012.id]);
    expect(spawned).toBe(1);
  });

  test('a request the worker cannot take (postMessage throws) runs in place', async () => {
    const compute = createCheckWorker(() => () => {
      throw new Error('DataCloneError');
    });
    expect(await compute(grid, {}, QUALITY_2017, 'zh', () => undefined)).toEqual(engine(QUALITY_2017));
  });
});

describe('runCheck with the compute step injected', () => {
  test('reads the table on the pane’s thread, hands the grid to the compute step and reports its stages', async () => {
    const gateway = createMemoryGateway({ sheets: [grid] });
    const { location } = await gateway.findTable('sheet');
    const given: unknown[] = [];
    const compute: CheckCompute = async (g, o, r, l, onStage) => {
      given.push(g, o, r.id, l);
      onStage('parse');
      onStage('analyze');
      onStage('done');
      return engine(QUALITY_2017);
    };
    const steps: CheckStep[] = [];
    const outcome = await runCheck(gateway, location, overrides, QUALITY_2017, 'zh', (step) => steps.push(step), compute);
    expect(steps).toEqual(['read', 'parse', 'analyze', 'done']);
    expect(given).toEqual([await gateway.readTable(location), overrides, QUALITY_2017.id, 'zh']);
    expect(outcome).toEqual({ ...engine(QUALITY_2017), ruleset: QUALITY_2017 });
    expect(outcome.result.sections.primary.schools).toBe(SAMPLE_EXPECTED.sections.primary.schools);
  });

  test('through the worker client (the outcome in parts), the outcome is the one computed in place', async () => {
    const gateway = createMemoryGateway({ sheets: [syntheticCountyGrid(PART_SIZE + 100)] });
    const { location } = await gateway.findTable('sheet');
    const viaWorker = await runCheck(gateway, location, {}, QUALITY_2017, 'zh', () => undefined, createCheckWorker(fakeWorker()));
    const inPlace = await runCheck(gateway, location, {}, QUALITY_2017, 'zh', () => undefined);
    expect(viaWorker).toEqual(inPlace);
  });
});
