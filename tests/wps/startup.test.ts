/**
 * @jest-environment jsdom
 */
// The WPS add-in's start-up: finding WPS, the UI language, the ribbon's button
// opening and toggling the pane, and the files WPS reads (ribbon.xml,
// manifest.xml, jsplugins.xml, publish.xml) agreeing with the code.
import fs from 'fs';
import path from 'path';
import { jspluginsXml, publishXml } from '../../scripts/wps-deploy';
import { NAMESPACE } from '../../src/wps/functions';
import { languageTag, wpsGlobal, wpsHost } from '../../src/wps/host';
import type { WpsGlobal } from '../../src/wps/host';
import { OPEN_PANE_BUTTON, ribbonCallbacks } from '../../src/wps/ribbon';

const ROOT = path.resolve(__dirname, '../..');
const xml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');
const file = (name: string) => xml(fs.readFileSync(path.join(ROOT, name), 'utf8'));

function fakeWps(overrides: Partial<WpsGlobal> = {}) {
  const panes = new Map<number, { ID: number; Visible: boolean; url: string }>();
  const storage = new Map<string, unknown>();
  const wps = {
    EtApplication: () => ({ ActiveWorkbook: null, LanguageSettings: { LanguageID: () => 1033 } }),
    CreateTaskPane: (url: string) => {
      const pane = { ID: panes.size + 7, Visible: false, url };
      panes.set(pane.ID, pane);
      return pane;
    },
    GetTaskPane: (id: number) => panes.get(id) ?? null,
    PluginStorage: { getItem: (key: string) => storage.get(key), setItem: (key: string, value: unknown) => void storage.set(key, value) },
    ...overrides,
  } as unknown as WpsGlobal;
  return { wps, panes };
}

describe('finding WPS and its language', () => {
  afterEach(() => delete (globalThis as { wps?: unknown }).wps);

  test('outside WPS there is no wps global: the pane runs in demo mode', () => {
    expect(wpsGlobal()).toBeNull();
    (globalThis as { wps?: unknown }).wps = fakeWps().wps;
    expect(wpsGlobal()).not.toBeNull();
  });

  test('English ids are en, everything else Chinese', () => {
    expect(languageTag(1033)).toBe('en');
    expect(languageTag(2057)).toBe('en');
    expect(languageTag(2052)).toBe('zh-CN');
  });

  test('the application comes from EtApplication(), or is wps itself; the language falls back to the page’s', () => {
    expect(wpsHost(fakeWps().wps).displayLanguage).toBe('en');
    const itself = { ActiveWorkbook: null, LanguageSettings: { LanguageID: () => { throw new Error('no'); } } } as unknown as WpsGlobal;
    const host = wpsHost(itself, 'zh-TW');
    expect(host.application).toBe(itself);
    expect(host.displayLanguage).toBe('zh-TW');
  });
});

describe('the ribbon', () => {
  test('the button opens the pane once, then shows and hides it', () => {
    const { wps, panes } = fakeWps();
    const callbacks = ribbonCallbacks(() => wps, 'http://10.1.2.3/wps/JUNHENG_0.1.0/taskpane.html');
    expect(callbacks.OnAddinLoad()).toBe(true);
    callbacks.OnAction({ Id: OPEN_PANE_BUTTON });
    expect([...panes.values()]).toEqual([{ ID: 7, Visible: true, url: 'http://10.1.2.3/wps/JUNHENG_0.1.0/taskpane.html' }]);
    callbacks.OnAction({ Id: OPEN_PANE_BUTTON });
    expect(panes.get(7)?.Visible).toBe(false);
    callbacks.OnAction({ Id: 'somethingElse' });
    expect(panes.size).toBe(1);
  });

  test('ribbon.xml: a 均衡 tab whose button calls the callbacks the main page defines', () => {
    const doc = file('src/wps/ribbon.xml');
    const tab = doc.getElementsByTagName('tab')[0];
    expect(tab.getAttribute('label')).toBe('均衡');
    const button = doc.getElementsByTagName('button')[0];
    expect(button.getAttribute('id')).toBe(OPEN_PANE_BUTTON);
    const callbacks = Object.keys(ribbonCallbacks(() => null, ''));
    const named = [doc.documentElement.getAttribute('onLoad'), button.getAttribute('onAction'), button.getAttribute('getImage')];
    for (const name of named) expect(callbacks).toContain(name);
  });
});

describe('the files WPS reads', () => {
  test('manifest.xml names the functions.json and the JUNHENG namespace the registration uses', () => {
    const doc = file('src/wps/manifest.xml');
    expect(doc.documentElement.tagName).toBe('JsPlugin');
    expect(doc.getElementsByTagName('Uri')[0].textContent).toBe('/functions.json');
    expect(doc.getElementsByTagName('Namespace')[0].textContent).toBe(NAMESPACE);
    expect(doc.getElementsByTagName('Name')[0].textContent).toBe(NAMESPACE);
  });

  test('jsplugins.xml and publish.xml in the tool kit’s formats, with attribute values escaped', () => {
    const online = xml(jspluginsXml('JUNHENG', 'http://x/?a=1&b="2"')).getElementsByTagName('jspluginonline')[0];
    expect(online.getAttribute('url')).toBe('http://x/?a=1&b="2"');
    expect(online.getAttribute('type')).toBe('et');
    const offline = xml(publishXml('JUNHENG', 'JUNHENG_0.1.0', '0.1.0')).getElementsByTagName('jsplugin')[0];
    expect([offline.getAttribute('name'), offline.getAttribute('url'), offline.getAttribute('version')]).toEqual(['JUNHENG', 'JUNHENG_0.1.0', '0.1.0']);
  });
});
