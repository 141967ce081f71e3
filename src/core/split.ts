/**
 * Dividing a multi-section school's physical resources between its sections by
 * weighted pupils (spec §3): one 小学 : 初中 : 高中 pupil counts 1 : 1.1 : 1.32.
 */

/** Pupil weights per section. 完全中学's 1.2 is 1.32 ÷ 1.1, the same weights. */
export const SECTION_WEIGHTS = { primary: 1, junior: 1.1, senior: 1.32 } as const;

/** A section with a pupil weight: the two compulsory ones and 高中. */
export type WeightedSection = keyof typeof SECTION_WEIGHTS;

/** Pupils per section of one school; a missing section has none. */
export type SectionPupils = Partial<Record<WeightedSection, number>>;

/**
 * The section's share of the school's resources: its weighted pupils over all
 * weighted pupils. 九年一贯制 A/(A + 1.1B); 完全中学 初中 B/(B + 1.2C);
 * 十二年一贯制 A/(A + 1.1B + 1.32C). 0 when the section has no pupils.
 * Negative pupil counts throw a RangeError.
 *
 * @example
 * sectionShare({ primary: 166, junior: 210 }, 'primary'); // 166 / 397 = 0.41813…
 */
export function sectionShare(pupils: SectionPupils, section: WeightedSection): number {
  const { primary = 0, junior = 0, senior = 0 } = pupils;
  if (primary < 0 || junior < 0 || senior < 0) {
    throw new RangeError(`pupil counts must not be negative (${primary}, ${junior}, ${senior})`);
  }
  const own = SECTION_WEIGHTS[section] * (pupils[section] ?? 0);
  if (own === 0) return 0;
  const total =
    SECTION_WEIGHTS.primary * primary +
    SECTION_WEIGHTS.junior * junior +
    SECTION_WEIGHTS.senior * senior;
  return own / total;
}

/**
 * The section's part of a school's resource amount.
 *
 * @example
 * splitAmount(23226, { primary: 166, junior: 210 }, 'primary'); // 9711.63…
 * splitAmount(23226, { primary: 166, junior: 210 }, 'junior');  // 13514.37…
 */
export function splitAmount(amount: number, pupils: SectionPupils, section: WeightedSection): number {
  return amount * sectionShare(pupils, section);
}
