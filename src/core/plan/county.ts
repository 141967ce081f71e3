/**
 * The county plan: school rule first (step 1), then every CV over its limit by
 * water-filling (step 2), split schools sharing an addition between their
 * sections (step 3), the composite CV of basic-2012 (step 4), unit costs
 * (step 5). Each round plans from the engine's judgement of the county with
 * the additions so far, so rounding, shared additions and their side effects
 * on the other section are checked by the engine itself until nothing is left.
 */
import { analyze } from '../analyze';
import { roundTo } from '../format';
import type { AnalysisResult, IndicatorDef, Ruleset, SchoolRecord, SchoolResult, Section, SheetRead } from '../types';
import { SECTIONS } from '../types';
import { additionKey, applyAdditions, recordsByRow, target, type Addition } from './apply';
import { compositeTargets, type CompositeTerm } from './composite';
import { unitCost } from './costs';
import { schoolNeeds } from './school';
import { plannedAdditions, planIndicators, planTotals, unplannableOf, verify } from './document';
import type { CountyPlan, PlanComposite, PlanReason, UnitCosts } from './types';
import { costFill, fillCost, waterFill } from './waterfill';

export interface PlanOptions {
  /** 元 per unit of resource by indicator id (and `teacher`); empty: no budget. */
  costs?: UnitCosts;
  /** Rows of schools that cannot build (locked by the user): nothing is planned for them, the others take their share. */
  locked?: ReadonlySet<number>;
}

/** The plan, the county before and after it, and the read sheet with the additions made. */
export interface PlanRun {
  plan: CountyPlan;
  before: AnalysisResult;
  after: AnalysisResult;
  planned: SheetRead;
}

/** Rounds of plan → apply → check; the sample county needs two or three. */
const MAX_ROUNDS = 30;

export interface Planned extends Addition {
  indicator: string;
  reasons: Set<PlanReason>;
}

type Round = Map<string, Planned>;

/**
 * An amount as it can be added: counted resources in whole units, others to
 * the hundredth, always rounded up so the addition is enough; 0 for what is
 * only binary noise.
 *
 * @example
 * addable(multimediaRooms, 1.2); // 2
 * addable(teachingSpace, 12.341); // 12.35
 */
export function addable(def: IndicatorDef, x: number): number {
  if (!(roundTo(x, 6) > 0)) return 0;
  return def.countable ? Math.ceil(roundTo(x, 6)) : Math.ceil(roundTo(x * 100, 6)) / 100;
}

/** Adds a need to this round's additions: two needs of one cell in one round take the larger (each is met). */
function need(round: Round, records: ReadonlyMap<number, SchoolRecord>, school: SchoolResult, def: IndicatorDef, sectionAmount: number, reason: PlanReason): void {
  const where = target(records, school, def);
  if (!(where.share > 0)) return;
  // A school's shortfall is real however small (the engine judged it short, even where the
  // subtraction gives 0 in binary): at least the smallest unit.
  const least = reason === 'cv' ? 0 : def.countable ? 1 : 0.01;
  const amount = Math.max(addable(def, sectionAmount / where.share), least);
  if (amount === 0) return;
  const key = additionKey(where);
  const found = round.get(key);
  if (found === undefined) {
    round.set(key, { row: where.row, field: where.field, column: where.column, amount, indicator: def.id, reasons: new Set([reason]) });
  } else {
    found.amount = Math.max(found.amount, amount);
    found.reasons.add(reason);
  }
}

/** Step 1: every school section that fails the school rule. */
function schoolRound(result: AnalysisResult, records: ReadonlyMap<number, SchoolRecord>, ruleset: Ruleset, costs: UnitCosts, locked: ReadonlySet<number>): Round {
  const round: Round = new Map();
  for (const school of result.schools) {
    if (school.excluded || locked.has(school.row)) continue;
    for (const { def, amount, reason } of schoolNeeds(school, ruleset, (d) => unitCost(costs, d))) {
      need(round, records, school, def, amount, reason);
    }
  }
  return round;
}

/** One section's schools with a value of `def`, their values, pupils and cost factors (1 ÷ the share an addition reaches; Infinity when locked). */
interface Column {
  schools: SchoolResult[];
  values: number[];
  weights: number[];
  costs: number[];
}

function columnOf(result: AnalysisResult, records: ReadonlyMap<number, SchoolRecord>, section: Section, def: IndicatorDef, locked: ReadonlySet<number>): Column {
  const column: Column = { schools: [], values: [], weights: [], costs: [] };
  for (const school of result.schools) {
    const value = school.indicators[def.id]?.value;
    if (school.excluded || school.section !== section || value === null || value === undefined || !(school.pupils !== null && school.pupils > 0)) continue;
    const share = target(records, school, def).share;
    column.schools.push(school);
    column.values.push(value);
    column.weights.push(school.pupils);
    column.costs.push(share > 0 && !locked.has(school.row) ? 1 / share : Infinity);
  }
  return column;
}

/**
 * Whole units per school for a counted resource: each school's continuous
 * addition rounded down, then one unit at a time to the school where it lowers
 * the CV most per unit of cost, until the CV is within the limit. This never
 * needs more units than rounding every school up and usually fewer; a CV left
 * above the limit (none of these schools helps) goes to the next round.
 */
function wholeUnits(column: Column, shares: readonly number[], continuous: readonly number[], scale: number, limit: number): number[] {
  const units = continuous.map((x) => Math.floor(roundTo(x, 6)));
  const values = column.values.map((x, i) => x + (units[i] * shares[i] * scale) / column.weights[i]);
  let w = 0;
  let s1 = 0;
  let s2 = 0;
  values.forEach((y, i) => {
    w += column.weights[i];
    s1 += column.weights[i] * y;
    s2 += column.weights[i] * y * y;
  });
  const cv = (a: number, b: number) => Math.sqrt(Math.max(0, b / w - (a / w) ** 2)) / (a / w);
  const candidates = continuous.map((x, i) => i).filter((i) => continuous[i] > units[i]);
  for (let guard = 0; cv(s1, s2) > limit && guard <= candidates.length; guard++) {
    let best = -1;
    let bestGain = 0;
    const now = cv(s1, s2);
    for (const i of candidates) {
      const step = (shares[i] * scale) / column.weights[i];
      const y = values[i];
      const p = column.weights[i];
      const gain = (now - cv(s1 + p * step, s2 + p * ((y + step) ** 2 - y * y))) / column.costs[i] * shares[i];
      if (gain > bestGain) {
        bestGain = gain;
        best = i;
      }
    }
    if (best < 0) break;
    const step = (shares[best] * scale) / column.weights[best];
    const y = values[best];
    s1 += column.weights[best] * step;
    s2 += column.weights[best] * ((y + step) ** 2 - y * y);
    values[best] = y + step;
    units[best]++;
  }
  const roundedUp = continuous.map((x) => Math.ceil(roundTo(x, 6)));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return cv(s1, s2) <= limit && sum(units) <= sum(roundedUp) ? units : roundedUp;
}

/** Water-fills one section's indicator to `limit` and adds what each school needs. */
function fill(round: Round, column: Column, records: ReadonlyMap<number, SchoolRecord>, def: IndicatorDef, limit: number): void {
  const targets = costFill(column.values, column.weights, column.costs, limit);
  if (targets === null) return;
  const shares = column.costs.map((c) => 1 / c);
  // Per school, in the school's own resource (an addition to a split school reaches its section by its share).
  const continuous = column.schools.map((_, i) => (shares[i] > 0 ? (column.weights[i] * (targets[i] - column.values[i])) / def.scale / shares[i] : 0));
  const amounts = def.countable ? wholeUnits(column, shares, continuous, def.scale, limit) : continuous;
  column.schools.forEach((school, i) => need(round, records, school, def, amounts[i] * shares[i], 'cv'));
}

/** What a resource costs in a measure common to all indicators: 元 when every one has a unit cost, else a share of the section's total. */
function commonMeasure(defs: readonly IndicatorDef[], result: AnalysisResult, section: Section, costs: UnitCosts): (def: IndicatorDef) => number {
  const priced = defs.every((def) => unitCost(costs, def) !== null);
  return (def) => {
    if (priced) return unitCost(costs, def) as number;
    let total = 0;
    for (const school of result.schools) {
      if (!school.excluded && school.section === section) total += school.indicators[def.id]?.amount ?? 0;
    }
    return total > 0 ? 1 / total : Infinity;
  };
}

/** Step 2 and 4: every CV over its limit, or the composite CV's cheapest indicators. */
function cvRound(
  result: AnalysisResult,
  records: ReadonlyMap<number, SchoolRecord>,
  ruleset: Ruleset,
  costs: UnitCosts,
  lowered: Map<string, PlanComposite>,
  locked: ReadonlySet<number>,
): Round {
  const round: Round = new Map();
  const defs = ruleset.indicators.filter((def) => def.direction === '>=');
  for (const section of SECTIONS) {
    const sectionResult = result.sections[section];
    if (sectionResult.schools === 0) continue;
    if (ruleset.countyRule.mode === 'per-indicator') {
      for (const def of defs) {
        const county = sectionResult.indicators[def.id];
        if (county?.passes === false && county.cvLimit !== null) fill(round, columnOf(result, records, section, def, locked), records, def, county.cvLimit);
      }
      continue;
    }
    const limit = ruleset.countyRule.limits[section];
    if (sectionResult.compositeCv === null || sectionResult.compositeCv <= limit) continue;
    const measure = commonMeasure(defs, result, section, costs);
    const columns = new Map(defs.map((def) => [def.id, columnOf(result, records, section, def, locked)]));
    const terms: CompositeTerm[] = defs
      .filter((def) => sectionResult.indicators[def.id]?.cv !== null && sectionResult.indicators[def.id] !== undefined)
      .map((def) => {
        const column = columns.get(def.id) as Column;
        return {
          id: def.id,
          cv: sectionResult.indicators[def.id].cv as number,
          // Choosing targets prices each by plain water-filling (fast); `fill` then plans each at its split costs.
          cost: (t: number) => {
            const filled = waterFill(column.values, column.weights, t, column.costs.map((c) => c === Infinity));
            return (fillCost(column.values, filled, column.weights, column.costs) / def.scale) * measure(def);
          },
        };
      });
    // A composite over its limit with indicators missing (not computable) cannot be planned.
    if (terms.length < ruleset.indicators.length) continue;
    const targets = compositeTargets(terms, limit);
    if (targets === null) continue;
    const entry = lowered.get(section) ?? { section, before: sectionResult.compositeCv, after: null, limit, lowered: [] };
    lowered.set(section, entry);
    for (const def of defs) {
      const t = targets.get(def.id);
      const cv = sectionResult.indicators[def.id]?.cv ?? null;
      if (t === undefined || cv === null || !(t < cv)) continue;
      fill(round, columns.get(def.id) as Column, records, def, t);
      const known = entry.lowered.find((l) => l.indicator === def.id);
      if (known === undefined) entry.lowered.push({ indicator: def.id, before: cv, target: t });
      else known.target = t;
    }
  }
  return round;
}

function merge(total: Map<string, Planned>, round: Round): void {
  for (const [key, planned] of round) {
    const found = total.get(key);
    if (found === undefined) total.set(key, { ...planned, reasons: new Set(planned.reasons) });
    else {
      found.amount += planned.amount;
      planned.reasons.forEach((r) => found.reasons.add(r));
    }
  }
}

/**
 * The least additions that make every failing school pass the school rule and
 * every CV over its limit (or the composite) come within it, verified by
 * re-running the engine on the planned data. `read` is not changed. Schools
 * in `options.locked` get nothing (the verification then says what stays
 * failing); the water-filling raises the others instead.
 *
 * @example
 * const { plan } = planCounty(readSheet(grid), QUALITY_2017);
 * plan.additions.filter((a) => a.indicator === 'multimedia-rooms'); // the rooms to add, school by school
 * plan.verification.passes; // true
 * planCounty(read, QUALITY_2017, { locked: new Set([30]) }); // 北坪乡初级中学 builds nothing: the others take its rooms
 */
export function planCounty(read: SheetRead, ruleset: Ruleset, options: PlanOptions = {}): PlanRun {
  const costs = options.costs ?? {};
  const locked = options.locked ?? new Set<number>();
  const records = recordsByRow(read);
  const before = analyze(read, ruleset);
  const total = new Map<string, Planned>();
  const lowered = new Map<string, PlanComposite>();
  let current = before;
  let planned = read;
  let rounds = 0;
  while (rounds < MAX_ROUNDS) {
    let round = schoolRound(current, records, ruleset, costs, locked);
    if (round.size === 0) round = cvRound(current, records, ruleset, costs, lowered, locked);
    if (round.size === 0) break;
    rounds++;
    merge(total, round);
    planned = applyAdditions(read, total.values());
    current = analyze(planned, ruleset);
  }
  const composites = [...lowered.values()];
  return { plan: planDocument([...total.values()], { before, after: current, ruleset, costs, locked: [...locked], composites, rounds }), before, after: current, planned };
}

/** What the plan document is assembled from besides its additions. */
export interface PlanParts {
  before: AnalysisResult;
  after: AnalysisResult;
  ruleset: Ruleset;
  costs: UnitCosts;
  locked: readonly number[];
  composites: readonly PlanComposite[];
  rounds: number;
}

/**
 * The plan document of some additions and the engine's judgement before and
 * after them: the additions with their effects, the CVs, totals, budget and
 * verification. Shared by `planCounty` and `tryPlan` (a user's own amounts).
 *
 * @example
 * planDocument(additions, { before, after, ruleset: QUALITY_2017, costs: {}, locked: [], composites: [], rounds: 2 }).totals;
 */
export function planDocument(planned: Planned[], parts: PlanParts): CountyPlan {
  const { before, after, ruleset, costs } = parts;
  const additions = plannedAdditions(planned, before, after, ruleset, costs);
  const composites = parts.composites.map((c) => ({ ...c, after: after.sections[c.section].compositeCv }));
  const priced = additions.filter((a) => a.cost !== null);
  return {
    ruleset: ruleset.id,
    costs,
    unplannable: unplannableOf(before, ruleset),
    locked: [...parts.locked].sort((a, b) => a - b),
    additions,
    indicators: planIndicators(before, after, additions, composites),
    composites,
    totals: planTotals(additions, ruleset),
    budget: priced.length === 0 ? null : priced.reduce((s, a) => s + (a.cost as number), 0),
    uncosted: [...new Set(additions.filter((a) => a.cost === null).map((a) => a.indicator))],
    rounds: parts.rounds,
    verification: verify(before, after, ruleset),
  };
}
