import { encodeGb18030 } from '../../src/files/gb18030';

describe('encodeGb18030', () => {
  test('writes the known codes of common characters', () => {
    // 学 D1A7, 校 D0A3, full-width （ A3A8, ideographic space A1A1 (not its duplicate A3A0).
    expect(Array.from(encodeGb18030('学校（A　'))).toEqual([0xd1, 0xa7, 0xd0, 0xa3, 0xa3, 0xa8, 0x41, 0xa1, 0xa1]);
  });

  test('round-trips through the platform decoder', () => {
    const text = '示例县义务教育学校基本办学条件统计表（2025年）教学及辅助用房面积（㎡）、填表人：张明';
    expect(new TextDecoder('gb18030').decode(encodeGb18030(text))).toBe(text);
  });

  test('refuses characters outside the two-byte range', () => {
    expect(() => encodeGb18030('😀')).toThrow(RangeError);
  });
});
