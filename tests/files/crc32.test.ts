import * as zlib from 'zlib';
import fc from 'fast-check';
import { crc32, crc32Here } from '../../src/files/crc32';

describe('CRC-32 of zip entries', () => {
  test('the known value of "hello"', () => {
    expect(crc32Here(Buffer.from('hello'))).toBe(0x3610a686);
    expect(crc32(Buffer.from('hello'))).toBe(0x3610a686);
  });

  test('computed here, piece by piece, equals one pass and Node’s own where Node has it', () => {
    const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), (a, b) => {
        const whole = Buffer.concat([a, b]);
        expect(crc32Here(b, crc32Here(a))).toBe(crc32Here(whole));
        if (native !== undefined) expect(crc32Here(whole)).toBe(native(whole) >>> 0);
      }),
    );
  });
});
