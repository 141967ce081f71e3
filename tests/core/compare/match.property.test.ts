import fc from 'fast-check';
import { compareChecks, normalizeSchoolName, schoolKey, type Check, type CheckSchool, type Comparison } from '../../../src/core/compare';
import { sampleCheck } from './support';

/** Half-width ASCII to full-width (Ａ, １, （), the way Chinese input methods type it. */
function toFullWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  return code > 0x20 && code < 0x7f ? String.fromCharCode(code + 0xfee0) : ch;
}

const BRACKET_STYLES: [string, string][] = [
  ['（', '）'],
  ['(', ')'],
  ['【', '】'],
  ['〔', '〕'],
  ['[', ']'],
];

/** A spelling of `name` as another clerk may type it: other widths, spaces, bracket shapes. */
function respell(name: string, choices: number[]): string {
  let i = 0;
  const next = () => choices[i++ % choices.length];
  const bracket = BRACKET_STYLES[next() % BRACKET_STYLES.length];
  return [...name]
    .map((ch) => {
      let out = /[(（【〔[]/.test(ch) ? bracket[0] : /[)）】〕\]]/.test(ch) ? bracket[1] : ch;
      if (next() % 3 === 0) out = toFullWidth(out);
      const space = next() % 5;
      return space === 0 ? ` ${out}` : space === 1 ? `${out}\u3000` : out;
    })
    .join('');
}

/** The comparison with every name replaced by its key, in a row-independent order. */
function shape(comparison: Comparison): unknown {
  const key = (name: string | undefined) => (name === undefined ? '' : normalizeSchoolName(name));
  return {
    counts: comparison.counts,
    items: comparison.items
      .map((item) => [item.status, item.section, item.indicator, key(item.before?.name), key(item.now?.name), item.before?.value, item.now?.value].join('|'))
      .sort(),
    matched: comparison.schools.matched.map((p) => `${schoolKey(p.before.name, p.before.section)}>${schoolKey(p.now.name, p.now.section)}`).sort(),
    added: comparison.schools.added.map((s) => schoolKey(s.name, s.section)).sort(),
    removed: comparison.schools.removed.map((s) => schoolKey(s.name, s.section)).sort(),
    cvs: comparison.cvs,
  };
}

const NAMES = ['城关第一小学', '实验小学(东校区)', 'XX中心小学', '城南学校（初中部）', '第2中学', '育英小学【民办】', '河口小学'];
const INDICATORS = sampleCheck.indicators.slice(0, 3);

const school: fc.Arbitrary<Omit<CheckSchool, 'name'>> = fc.record({
  section: fc.constantFrom('primary' as const, 'junior' as const),
  part: fc.constant(null),
  row: fc.integer({ min: 5, max: 99 }),
  pupils: fc.integer({ min: 50, max: 2000 }),
  values: fc.constant({}),
  misses: fc.constant({}),
}).chain((base) =>
  fc.array(fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }), { minLength: INDICATORS.length, maxLength: INDICATORS.length }).map((values) => {
    const entry: Omit<CheckSchool, 'name'> = { ...base, values: {}, misses: {} };
    values.forEach((value, i) => {
      const id = INDICATORS[i].id;
      entry.values[id] = value;
      if (value !== null && value < 5) entry.misses[id] = { standard: 5, shortfall: 5 - value, shortfallToFloor: null };
    });
    return entry;
  }),
);

/** A check of some of the named schools (each name at most once per section). */
const check: fc.Arbitrary<Check> = fc.uniqueArray(fc.tuple(fc.constantFrom(...NAMES), school), { selector: ([name, s]) => `${name}|${s.section}`, maxLength: 10 }).map(
  (entries) => ({ ...sampleCheck, indicators: INDICATORS, schools: entries.map(([name, s]) => ({ name, ...s })) }),
);

/** The same check with its schools renamed by `choices` and reordered by `order`. */
function disguise(original: Check, choices: number[], order: number[]): Check {
  const schools = original.schools.map((s, i) => ({ school: { ...s, name: respell(s.name, [...choices.slice(i % choices.length), ...choices.slice(0, i % choices.length)]) }, rank: order[i % order.length] ?? 0 }));
  return { ...original, schools: schools.sort((a, b) => a.rank - b.rank).map((s) => s.school) };
}

const choices = fc.array(fc.nat(100), { minLength: 1, maxLength: 40 });

test('renaming by width, spaces and bracket style, and reordering rows, never changes the comparison', () => {
  fc.assert(
    fc.property(check, check, choices, choices, fc.array(fc.nat(), { minLength: 1 }), fc.array(fc.nat(), { minLength: 1 }), (before, now, c1, c2, o1, o2) => {
      const plain = shape(compareChecks(before, now));
      expect(shape(compareChecks(disguise(before, c1, o1), disguise(now, c2, o2)))).toEqual(plain);
    }),
    { numRuns: 300 },
  );
});

test('no school is dropped: each entry is paired, added or removed exactly once', () => {
  fc.assert(
    fc.property(check, check, (before, now) => {
      const { schools } = compareChecks(before, now);
      expect(schools.matched.length + schools.removed.length).toBe(before.schools.length);
      expect(schools.matched.length + schools.added.length).toBe(now.schools.length);
    }),
  );
});

test('the respelling really changes the text it matches on', () => {
  expect(respell('实验小学(东校区)', [0, 3, 1])).not.toBe('实验小学(东校区)');
  expect(normalizeSchoolName(respell('实验小学(东校区)', [0, 3, 1]))).toBe(normalizeSchoolName('实验小学(东校区)'));
});
