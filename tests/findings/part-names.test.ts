/** Issue 9: a name that already carries its section is not suffixed again (城东九年一贯制学校（初中部）（初中部）). */
import { entryName } from '../../src/core/report';

describe('entryName', () => {
  it.each([
    ['城东九年一贯制学校（初中部）', 'junior', '城东九年一贯制学校（初中部）'],
    ['城东九年一贯制学校(初中部)', 'junior', '城东九年一贯制学校(初中部)'],
    ['城东九年一贯制学校初中部', 'junior', '城东九年一贯制学校初中部'],
    ['城东九年一贯制学校（小学部） ', 'primary', '城东九年一贯制学校（小学部） '],
    ['城东九年一贯制学校', 'junior', '城东九年一贯制学校（初中部）'],
    ['城东九年一贯制学校（小学部）', 'junior', '城东九年一贯制学校（小学部）（初中部）'],
  ] as const)('%s as the %s part → %s', (name, part, shown) => {
    expect(entryName({ name, part }, 'zh')).toBe(shown);
  });
  it('leaves a whole school alone', () => {
    expect(entryName({ name: '城关小学', part: null }, 'zh')).toBe('城关小学');
  });
});
