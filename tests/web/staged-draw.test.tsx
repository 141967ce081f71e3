/** @jest-environment jsdom */
/**
 * A large result is drawn in steps, one task apart, and drawn again from the
 * first step when the result changes; a small one is drawn at once. A large
 * county's steps: the panels, the messages, each list, each section, the verdict.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { listGroups, STAGED_FROM_SCHOOLS, staging, useStagedDraw } from '../../src/web/components/staged-draw';
import { analyzeGrid } from '../../src/web/pipeline';
import { QUALITY_2017 } from '../../src/core/rulesets';
import { syntheticCountyGrid } from '../../samples/synthetic-county';

function Drawn({ result, steps, seen }: { result: object; steps: number; seen: number[] }) {
  const drawn = useStagedDraw(result, steps);
  seen.push(drawn);
  return <p data-testid="drawn">{drawn}</p>;
}

describe('useStagedDraw', () => {
  test('draws one more step per task until all are drawn, and starts again for a new result', async () => {
    const seen: number[] = [];
    const first = {};
    const { rerender } = render(<Drawn result={first} steps={3} seen={seen} />);
    expect(screen.getByTestId('drawn').textContent).toBe('1');
    await waitFor(() => expect(screen.getByTestId('drawn').textContent).toBe('3'));
    expect(seen).toEqual(expect.arrayContaining([1, 2, 3]));
    expect(seen.indexOf(2)).toBeGreaterThan(seen.lastIndexOf(1));
    seen.length = 0;
    rerender(<Drawn result={{}} steps={3} seen={seen} />);
    expect(seen[seen.length - 1]).toBe(1);
    await waitFor(() => expect(screen.getByTestId('drawn').textContent).toBe('3'));
  });

  test('a one-step result is drawn whole at once', () => {
    const seen: number[] = [];
    render(<Drawn result={{}} steps={1} seen={seen} />);
    expect(seen.every((n) => n === 1)).toBe(true);
    expect(screen.getByTestId('drawn').textContent).toBe('1');
  });
});

describe('the steps of a large county', () => {
  const findings = analyzeGrid(syntheticCountyGrid(STAGED_FROM_SCHOOLS), QUALITY_2017, 'zh', 'x.xlsx').findings;
  const LISTS = ['failing', 'passingWithMiss', 'undecided', 'checkFailures', 'excluded', 'notes'] as const;

  test('the list groups hold one non-empty list each, in order, the CV drivers and the failing line with the first', () => {
    const groups = listGroups(findings);
    const nonEmpty = LISTS.filter((list) => findings[list].length > 0);
    expect(nonEmpty.length).toBeGreaterThan(1);
    expect(groups.map((group) => LISTS.filter((list) => group[list].length > 0))).toEqual(nonEmpty.map((list) => [list]));
    // Each list whole, the same array: FindingLists pages it as before.
    for (const [i, list] of nonEmpty.entries()) expect(groups[i][list]).toBe(findings[list]);
    expect(groups.map((group) => group.cvDrivers)).toEqual([findings.cvDrivers, ...nonEmpty.slice(1).map(() => [])]);
    expect(groups.map((group) => group.judgesSchools)).toEqual([findings.judgesSchools, ...nonEmpty.slice(1).map(() => false)]);
  });

  test('findings with one list or none are one group, themselves', () => {
    const one = { ...findings, passingWithMiss: [], checkFailures: [] };
    expect(listGroups(one)).toEqual([one]);
    expect(listGroups(one)[0]).toBe(one);
  });

  test('panels, messages, each list group, each section, then the verdict; a small county at once', () => {
    const groups = listGroups(findings).length;
    const steps = staging(findings, 2, 1).steps;
    expect(steps).toBe(2 + groups + 2 + 1);
    const seen = Array.from({ length: steps }, (_, i) => staging(findings, 2, i + 1));
    expect(seen.map((s) => s.messages)).toEqual([false, ...seen.slice(1).map(() => true)]);
    expect(seen.map((s) => s.lists)).toEqual([0, 0, ...Array.from({ length: groups }, (_, i) => i + 1), groups, groups, groups]);
    expect(seen.map((s) => s.sections)).toEqual([...Array.from({ length: 2 + groups }, () => 0), 1, 2, 2]);
    expect(seen.map((s) => s.verdict)).toEqual([...Array.from({ length: steps - 1 }, () => false), true]);
    const small = { ...findings, counts: { ...findings.counts, schools: STAGED_FROM_SCHOOLS - 1 } };
    expect(staging(small, 2, 1)).toEqual({ steps: 1, messages: true, lists: groups, sections: 2, verdict: true });
  });
});
