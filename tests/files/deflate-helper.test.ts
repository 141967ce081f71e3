import { constants, inflateRawSync } from 'zlib';
import { DeflateHelper, deflatePiece } from '../../src/files/deflate-helper';
import { DeflatingPart } from '../../src/files/zip-write';

/** Text that does not compress to nothing: rows with changing numbers. */
function sheetText(bytes: number): string {
  let text = '';
  for (let i = 0; text.length < bytes; i++) text += `<row r="${i}"><c r="A${i}"><v>${(i * 7919) % 104729}</v></c></row>`;
  return text;
}

describe('DeflatingPart with the helper thread', () => {
  it('deflates a large part into one stream that inflates to what was written', async () => {
    const text = sheetText(5 * 1024 * 1024);
    const part = new DeflatingPart('xl/worksheets/sheet9.xml');
    for (let at = 0; at < text.length; at += 100_000) part.write(text.slice(at, at + 100_000));
    part.end();
    // Its 1 MB pieces went to the helper: not whole until they are back.
    expect(part.whole).toBe(false);
    await part.settled();
    expect(part.whole).toBe(true);
    expect(inflateRawSync(Buffer.concat(part.pieces)).toString('utf8')).toBe(text);
    expect(part.size).toBe(Buffer.byteLength(text));
  });

  it('deflates a small part in place', () => {
    const part = new DeflatingPart('xl/styles.xml');
    part.end('<styleSheet/>');
    expect(part.whole).toBe(true);
    expect(inflateRawSync(Buffer.concat(part.pieces)).toString('utf8')).toBe('<styleSheet/>');
  });
});

describe('DeflateHelper', () => {
  it('refuses a piece while four are still being deflated, and small pieces', async () => {
    const helper = new DeflateHelper();
    const piece = Buffer.from(sheetText(1024 * 1024));
    const offered = Array.from({ length: 6 }, () => helper.offer(piece, 3, constants.Z_SYNC_FLUSH));
    // Offered in one go: the helper has not finished any yet when the fifth comes.
    expect(offered.slice(0, 4).every((promise) => promise instanceof Promise)).toBe(true);
    expect(offered.slice(4)).toEqual([null, null]);
    expect(helper.offer(Buffer.from('<row/>'), 3, constants.Z_FINISH)).toBeNull();
    const pieces = await Promise.all(offered.slice(0, 4) as Promise<Buffer>[]);
    for (const deflated of pieces) expect(inflateRawSync(Buffer.concat([deflated, Buffer.from([3, 0])])).equals(piece)).toBe(true);
    // Done with them, it takes pieces again.
    const again = helper.offer(piece, 3, constants.Z_FINISH);
    expect(again).toBeInstanceOf(Promise);
    expect(inflateRawSync(await (again as Promise<Buffer>)).equals(piece)).toBe(true);
  });

  it('deflatePiece gives the piece itself when the helper has no room', () => {
    const small = deflatePiece(Buffer.from('<row/>'), 3, constants.Z_FINISH);
    expect(small).toBeInstanceOf(Buffer);
    expect(inflateRawSync(small as Buffer).toString()).toBe('<row/>');
  });
});
