import { t } from '../../src/taskpane/strings';
import { BASIC_2012, parseRuleset, QUALITY_2017 } from '../../src/core/rulesets';
import { draftJson, draftOf, explainErrors } from '../../src/taskpane/ruleset-draft';

describe('ruleset drafts', () => {
  test.each([QUALITY_2017, BASIC_2012])('an untouched draft of %s validates back to the same rules', (ruleset) => {
    const parsed = parseRuleset(draftJson(draftOf(ruleset, 'province-1', '某省')));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect({ ...parsed.ruleset, id: ruleset.id, name: ruleset.name }).toEqual(ruleset);
    expect(parsed.ruleset.name).toEqual({ zh: '某省', en: '某省' });
  });

  test('typed numbers, blanks and percentages become the ruleset’s numbers', () => {
    const draft = draftOf(QUALITY_2017, 'p', '某省');
    draft.indicators[3].standard = { primary: ' 5.2 ', junior: '' };
    draft.indicators[0].use = false;
    draft.floorPercent = '６０';
    draft.maxMisses = '2';
    draft.mode = 'composite';
    draft.limits = { primary: '0.65', junior: '0.55' };
    const parsed = parseRuleset(draftJson(draft));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const space = parsed.ruleset.indicators.find((d) => d.id === 'teaching-space');
    expect(space?.standard).toEqual({ primary: 5.2, junior: null });
    expect(parsed.ruleset.indicators.map((d) => d.id)).not.toContain('degree-teachers');
    expect(parsed.ruleset.schoolRule).toEqual({ maxMisses: 2, floorRatio: 0.6 });
    expect(parsed.ruleset.countyRule).toEqual({ mode: 'composite', limits: { primary: 0.65, junior: 0.55 } });
  });

  test('what is not a number is named in the user’s words', () => {
    const draft = draftOf(QUALITY_2017, 'p', '');
    draft.indicators[3].standard.primary = '五点二';
    draft.limits.junior = '';
    draft.maxMisses = '1.5';
    const parsed = parseRuleset(draftJson(draft));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const explained = explainErrors(parsed.problems, draft, 'zh');
    expect(explained).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^生均教学及辅助用房面积 小学标准：应为数字$/),
        expect.stringMatching(/^初中差异系数限值：/),
        expect.stringMatching(/^允许不达标的指标数：应为整数$/),
        expect.stringMatching(/^规则名称：/),
      ]),
    );
    // One language at a time: no English in the Chinese editor, no Chinese in the English one.
    expect(explained.join('\n')).not.toMatch(/[A-Za-z]{3,}/);
    expect(explainErrors(parsed.problems, draft, 'en').join('\n')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  test('the floor is typed as a percentage, and its bounds are said so', () => {
    const draft = draftOf(QUALITY_2017, 'p', '某省');
    draft.floorPercent = '120';
    const parsed = parseRuleset(draftJson(draft));
    if (parsed.ok) throw new Error('expected a floor above 100 % to be refused');
    expect(explainErrors(parsed.problems, draft, 'zh')).toEqual([`${t('editorFloor', 'zh')}：应不大于 100`]);
  });
});
