/** @jest-environment jsdom */
/**
 * A large result is drawn in steps, one task apart, and drawn again from the
 * first step when the result changes; a small one is drawn at once.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { useStagedDraw } from '../../src/web/components/staged-draw';

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
