/**
 * The page's theme names Chinese fonts after Fluent's own, so Latin text keeps
 * its fonts and Chinese text needs no system font fallback.
 */
import { webLightTheme } from '@fluentui/react-components';
import { CHINESE_FONTS, webTheme } from '../../src/web/theme';

test('Fluent’s fonts first, then the Chinese ones; the rest of the theme is Fluent’s', () => {
  expect(webTheme.fontFamilyBase.startsWith(`${webLightTheme.fontFamilyBase}, `)).toBe(true);
  expect(webTheme.fontFamilyBase.endsWith(CHINESE_FONTS.join(', '))).toBe(true);
  expect(CHINESE_FONTS).toEqual(expect.arrayContaining(["'Microsoft YaHei'", "'PingFang SC'", "'Noto Sans CJK SC'"]));
  expect({ ...webTheme, fontFamilyBase: webLightTheme.fontFamilyBase }).toEqual(webLightTheme);
});
