/**
 * The page's Fluent theme: Fluent's light theme, with Chinese fonts named after
 * its own. Fluent names only Latin fonts, so every Chinese character went to the
 * system's font fallback, which in Chromium on Linux asks the browser process
 * for each new character: at 20 000 schools that made the layout of one list
 * several times slower. Named after the theme's fonts (and its generic
 * `sans-serif`), they draw only what those lack, in the fonts the systems fall
 * back to for zh-CN anyway, so the page looks as before.
 */
import { webLightTheme, type Theme } from '@fluentui/react-components';

/** The fonts each system falls back to for Simplified Chinese: Windows, macOS, Linux. */
export const CHINESE_FONTS = ["'Microsoft YaHei UI'", "'Microsoft YaHei'", "'PingFang SC'", "'Noto Sans CJK SC'", "'Source Han Sans SC'"];

/** Fluent's light theme with `CHINESE_FONTS` after its own fonts. */
export const webTheme: Theme = { ...webLightTheme, fontFamilyBase: [webLightTheme.fontFamilyBase, ...CHINESE_FONTS].join(', ') };
