/**
 * The verdict: one judgement for the county and for each section, with its
 * parts — the CVs (or the composite), the school rule, the further checks —
 * each pass, fail or undecided with its reasons. Nothing that was not computed
 * is a pass: a missing column, a CV that cannot be computed or a ruleset
 * without school standards leaves its part undecided and says why.
 */
import { FIELD_LABELS } from '../fields';
import { formatCv, formatLimit, formatPercent } from '../format';
import type { Params } from '../messages/types';
import { sectionLabel } from '../present';
import {
  SECTIONS,
  type FieldId,
  type IndicatorDef,
  type L10n,
  type Ruleset,
  type SchoolResult,
  type Section,
  type SectionResult,
  type Verdict,
  type VerdictPart,
  type VerdictReason,
  type VerdictStatus,
} from '../types';
import { CHECK_FIELDS, checkName, definedChecks } from './checks';

/** What the verdict is judged from: the analysed entries and the county results, before verdicts are attached. */
export interface VerdictInput {
  ruleset: Ruleset;
  sections: Record<Section, Omit<SectionResult, 'verdict'>>;
  /** Analysed (not excluded) school entries. */
  entries: readonly SchoolResult[];
  /** Fields the sheet has a column for. */
  mapped: ReadonlySet<FieldId>;
}

const ORDER: Record<VerdictStatus, number> = { pass: 0, undecided: 1, fail: 2 };

/**
 * Combines statuses: any fail fails, else any undecided is undecided, else pass.
 * No status at all is undecided (nothing was judged).
 *
 * @example
 * combine(['pass', 'undecided']); // 'undecided'
 * combine(['undecided', 'fail']); // 'fail'
 * combine([]);                    // 'undecided'
 */
export function combine(statuses: readonly VerdictStatus[]): VerdictStatus {
  if (statuses.length === 0) return 'undecided';
  return statuses.reduce((worst, s) => (ORDER[s] > ORDER[worst] ? s : worst), 'pass' as VerdictStatus);
}

function reason(code: string, params: Params = {}): VerdictReason {
  return { code, params };
}

function part(reasons: { status: VerdictStatus; reason: VerdictReason }[]): VerdictPart {
  const status = combine(reasons.map((r) => r.status));
  // Failures first, then what is undecided, then what passed.
  const sorted = [...reasons].sort((a, b) => ORDER[b.status] - ORDER[a.status]);
  return { status, reasons: sorted.map((r) => r.reason) };
}

function label(section: Section): L10n {
  return { zh: sectionLabel(section, 'zh'), en: sectionLabel(section, 'en') };
}

function names(defs: readonly IndicatorDef[]): L10n[] {
  return defs.map((def) => def.name);
}

function cvPart(input: VerdictInput, section: Section): VerdictPart {
  const { ruleset } = input;
  const county = input.sections[section];
  const at = label(section);
  const missing = ruleset.indicators.filter((def) => county.indicators[def.id] === undefined);
  const notComputable = ruleset.indicators.filter((def) => county.indicators[def.id] !== undefined && county.indicators[def.id].cv === null);
  const open = [
    ...(missing.length > 0 ? [{ status: 'undecided' as const, reason: reason('cv-indicators-missing', { section: at, indicators: names(missing) }) }] : []),
    ...(notComputable.length > 0 ? [{ status: 'undecided' as const, reason: reason('cv-not-computable', { section: at, indicators: names(notComputable) }) }] : []),
  ];
  if (ruleset.countyRule.mode === 'composite') {
    const { compositeCv, compositeLimit } = county;
    if (compositeCv === null || compositeLimit === null) return part(open);
    const params = { section: at, cv: formatCv(compositeCv), limit: formatLimit(compositeLimit) };
    const over = compositeCv > compositeLimit;
    return part([{ status: over ? 'fail' : 'pass', reason: reason(over ? 'composite-over-limit' : 'composite-within-limit', params) }]);
  }
  const judged = ruleset.indicators.filter((def) => county.indicators[def.id]?.passes != null);
  const over = judged.filter((def) => county.indicators[def.id].passes === false);
  const entries: { status: VerdictStatus; reason: VerdictReason }[] = [
    ...over.map((def) => {
      const indicator = county.indicators[def.id];
      return { status: 'fail' as const, reason: reason('cv-over-limit', { section: at, indicator: def.name, cv: formatCv(indicator.cv), limit: formatLimit(indicator.cvLimit) }) };
    }),
    ...open,
  ];
  if (over.length === 0 && judged.length > 0) {
    entries.push({ status: 'pass', reason: reason('cv-within-limits', { section: at, n: judged.length, limit: formatLimit(ruleset.countyRule.limits[section]) }) });
  }
  return part(entries);
}

function schoolsPart(input: VerdictInput, section: Section, entries: readonly SchoolResult[]): VerdictPart {
  const { ruleset } = input;
  const at = label(section);
  const standards = ruleset.indicators.filter((def) => def.standard[section] !== null);
  if (standards.length === 0) {
    return part([{ status: 'undecided', reason: reason('no-school-standards', { section: at, ruleset: ruleset.name }) }]);
  }
  const failing = entries.filter((s) => s.passes === false).length;
  const undecided = entries.filter((s) => s.passes === null);
  const reasons: { status: VerdictStatus; reason: VerdictReason }[] = [];
  if (failing > 0) {
    const { maxMisses, floorRatio } = ruleset.schoolRule;
    const need = standards.length - maxMisses;
    reasons.push({
      status: 'fail',
      reason: floorRatio === null
        ? reason('schools-fail-no-floor', { section: at, n: failing, need })
        : reason('schools-fail', { section: at, n: failing, need, floor: formatPercent(floorRatio) }),
    });
  }
  if (undecided.length > 0) {
    const unknown = standards.filter((def) => undecided.some((s) => s.indicators[def.id]?.meets == null));
    reasons.push({ status: 'undecided', reason: reason('schools-undecided', { section: at, n: undecided.length, indicators: names(unknown) }) });
  }
  if (reasons.length === 0) reasons.push({ status: 'pass', reason: reason('schools-all-pass', { section: at, n: entries.length }) });
  return part(reasons);
}

function checksPart(input: VerdictInput, section: Section, entries: readonly SchoolResult[]): VerdictPart | null {
  const checks = definedChecks(input.ruleset);
  if (checks.length === 0) return null;
  const at = label(section);
  const reasons: { status: VerdictStatus; reason: VerdictReason }[] = [];
  const failed = entries.reduce((n, s) => n + Object.values(s.checks).filter((c) => !c.meets).length, 0);
  if (failed > 0) reasons.push({ status: 'fail', reason: reason('checks-fail', { section: at, n: failed }) });
  for (const id of checks) {
    const lacking = CHECK_FIELDS[id].filter((field) => !input.mapped.has(field));
    if (lacking.length > 0) {
      reasons.push({ status: 'undecided', reason: reason('check-columns-missing', { check: checkName(id), columns: lacking.map((f) => FIELD_LABELS[f]) }) });
      continue;
    }
    const blank = entries.filter((s) => s.checksMissing.includes(id)).length;
    if (blank > 0) reasons.push({ status: 'undecided', reason: reason('check-values-missing', { section: at, check: checkName(id), n: blank }) });
  }
  if (reasons.length === 0) reasons.push({ status: 'pass', reason: reason('checks-all-pass', { section: at, checks: checks.map(checkName) }) });
  return part(reasons);
}

function verdictOf(parts: Verdict['parts']): Verdict {
  const all = [parts.cv, parts.schools, ...(parts.checks === null ? [] : [parts.checks])];
  const status = combine(all.map((p) => p.status));
  const reasons = all.flatMap((p) => p.reasons);
  return { status, parts, reasons };
}

function sectionVerdict(input: VerdictInput, section: Section): Verdict {
  const entries = input.entries.filter((s) => s.section === section);
  return verdictOf({
    cv: cvPart(input, section),
    schools: schoolsPart(input, section, entries),
    checks: checksPart(input, section, entries),
  });
}

/**
 * One part over several sections: the sections' reasons, a failing section's
 * first; a reason both sections give (a missing column) is said once.
 */
function mergeParts(parts: readonly VerdictPart[]): VerdictPart {
  const seen = new Set<string>();
  const worstFirst = [...parts].sort((a, b) => ORDER[b.status] - ORDER[a.status]);
  const reasons = worstFirst.flatMap((p) => p.reasons).filter((r) => {
    const key = JSON.stringify(r);
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return { status: combine(parts.map((p) => p.status)), reasons };
}

/**
 * The verdict of each section that has analysed schools, and the county's:
 * each part combined over the sections. A county without analysed schools is undecided.
 *
 * @example
 * const { county } = judgeCounty({ ruleset, sections, entries, mapped });
 * county.status;              // 'fail'
 * county.parts.schools.status; // 'pass'
 */
export function judgeCounty(input: VerdictInput): { county: Verdict; sections: Record<Section, Verdict | null> } {
  const active = SECTIONS.filter((section) => input.sections[section].schools > 0);
  const sections: Record<Section, Verdict | null> = { primary: null, junior: null };
  for (const section of active) sections[section] = sectionVerdict(input, section);
  if (active.length === 0) {
    const none: VerdictPart = { status: 'undecided', reasons: [reason('no-schools')] };
    return { county: verdictOf({ cv: none, schools: none, checks: definedChecks(input.ruleset).length === 0 ? null : none }), sections };
  }
  const verdicts = active.map((section) => sections[section] as Verdict);
  const checks = verdicts.map((v) => v.parts.checks).filter((p): p is VerdictPart => p !== null);
  const county = verdictOf({
    cv: mergeParts(verdicts.map((v) => v.parts.cv)),
    schools: mergeParts(verdicts.map((v) => v.parts.schools)),
    checks: checks.length === 0 ? null : mergeParts(checks),
  });
  return { county, sections };
}
