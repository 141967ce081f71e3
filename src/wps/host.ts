/**
 * WPS's globals as the pane and the ribbon use them: `window.wps` exists in
 * every page of a WPS 加载项 (the main page and its task panes), and is absent
 * in a plain browser.
 */
import type { WpsHost } from '../gateway/wps';
import type { EtApplication } from '../gateway/wps-model';

type Application = EtApplication & { LanguageSettings?: { LanguageID(kind: number): number } };

/**
 * The part of `window.wps` the start-up uses. Older WPS hands out the 表格
 * application through `wps.EtApplication()`; in newer WPS `wps` is the
 * application itself (wps-jsapi-declare: `wps: AddonRoot & Application`).
 */
export interface WpsGlobal extends Partial<Application> {
  EtApplication?(): Application;
  CreateTaskPane(url: string, title?: string): { ID: number; Visible: boolean };
  GetTaskPane(id: number): { Visible: boolean } | null;
  PluginStorage: { getItem(key: string): unknown; setItem(key: string, value: unknown): void };
  AddCustomFunction?: (namespace: string, name: string, fn: (...args: unknown[]) => unknown, metadata?: object) => void;
}

/** `window.wps`, or null outside WPS. */
export function wpsGlobal(): WpsGlobal | null {
  const candidate = (globalThis as unknown as { wps?: WpsGlobal }).wps;
  if (candidate === undefined || candidate === null) return null;
  return typeof candidate.EtApplication === 'function' || 'ActiveWorkbook' in candidate ? candidate : null;
}

/** msoLanguageIDUI: the language of WPS's menus. */
const LANGUAGE_ID_UI = 2;

/**
 * A Windows language id as a language tag: English ids (primary language 9) as 'en', others as 'zh-CN'.
 *
 * @example
 * languageTag(1033); // 'en'
 * languageTag(2052); // 'zh-CN'
 */
export function languageTag(lcid: number): string {
  return (lcid & 0x3ff) === 0x09 ? 'en' : 'zh-CN';
}

/**
 * The gateway's host inside WPS 表格: the application, and the UI language
 * (from `LanguageSettings`, else the page's).
 *
 * @example
 * createWpsGateway(wpsHost(wpsGlobal()!));
 */
export function wpsHost(wps: WpsGlobal, fallbackLanguage = 'zh-CN'): WpsHost {
  const application = (typeof wps.EtApplication === 'function' ? wps.EtApplication() : wps) as Application;
  let displayLanguage = fallbackLanguage;
  try {
    const lcid = application.LanguageSettings?.LanguageID(LANGUAGE_ID_UI);
    if (typeof lcid === 'number') displayLanguage = languageTag(lcid);
  } catch {
    // Older WPS without LanguageSettings: keep the page's language.
  }
  return { application, displayLanguage };
}
