/**
 * The sheet reader's cell references, read character by character for speed,
 * mean what the pattern /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/ says.
 */
import fc from 'fast-check';
import { parseCellRef } from '../../src/files/xlsx-bounded';

function byPattern(ref: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (match === null) return null;
  let column = 0;
  for (const ch of match[1].toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(match[2]), column };
}

describe('parseCellRef', () => {
  it('reads references as the pattern does', () => {
    expect(parseCellRef('XFD1048576')).toEqual({ row: 1048576, column: 16384 });
    expect(parseCellRef('$b$07')).toEqual({ row: 7, column: 2 });
    for (const ref of ['', 'A', '7', 'ABCD1', 'A12345678', 'A1 ', ' A1', 'A$', '$$A1', 'A1$', 'Ä1', '[1', '@1', 'a-1']) expect(parseCellRef(ref)).toEqual(byPattern(ref));
    const piece = fc.constantFrom('$', 'A', 'z', 'X', '0', '9', '5', '@', '[', '`', '{', ' ', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const ref = pieces.join('');
        expect(parseCellRef(ref)).toEqual(byPattern(ref));
      }),
      { numRuns: 5000 },
    );
  });
});
