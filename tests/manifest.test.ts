/**
 * @jest-environment jsdom
 */
// The add-in manifest's structure, offline (office-addin-manifest validate needs the network).
import fs from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '..');
const doc = new DOMParser().parseFromString(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'), 'application/xml');

/** Elements by local name, whatever their namespace (OfficeApp, bt:, VersionOverrides). */
function all(localName: string, root: Document | Element = doc): Element[] {
  return Array.from(root.getElementsByTagNameNS('*', localName));
}

function one(localName: string, root: Document | Element = doc): Element {
  const found = all(localName, root);
  expect(found).toHaveLength(1);
  return found[0];
}

/** A child of <OfficeApp> itself (there are Description elements inside the ribbon too). */
function top(localName: string): Element {
  const found = Array.from(doc.documentElement.children).filter((e) => e.localName === localName);
  expect(found).toHaveLength(1);
  return found[0];
}

/** The resources (bt:Image, bt:Url, bt:String) by id. */
const resources = new Map(
  all('Resources').flatMap((r) => [...all('Image', r), ...all('Url', r), ...all('String', r)]).map((e) => [e.getAttribute('id') as string, e]),
);

function resource(resid: string | null): Element {
  const found = resources.get(resid ?? '');
  if (found === undefined) throw new Error(`resid ${resid} is not defined`);
  return found;
}

function zhCn(element: Element): string | null {
  const override = Array.from(element.children).find(
    (child) => child.localName === 'Override' && child.getAttribute('Locale')?.toLowerCase() === 'zh-cn',
  );
  return override?.getAttribute('Value') ?? null;
}

/** Every URL in the manifest: attribute values and AppDomain texts. */
function urls(): string[] {
  const values = all('*').flatMap((e) => Array.from(e.attributes).map((a) => a.value));
  const domains = all('AppDomain').map((e) => e.textContent ?? '');
  return [...values, ...domains].filter((v) => /^[a-z]+:\/\//i.test(v));
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  it('is well-formed XML with a GUID id', () => {
    expect(all('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('OfficeApp');
    expect(top('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });

  it('defines every resid it uses, once, in at most 32 characters', () => {
    const used = all('*').flatMap((e) => (e.hasAttribute('resid') ? [e.getAttribute('resid') as string] : []));
    expect(used.length).toBeGreaterThan(0);
    for (const resid of used) {
      expect(resources.has(resid)).toBe(true);
      expect(resid.length).toBeLessThanOrEqual(32);
    }
    const ids = all('Resources').flatMap((r) => [...all('Image', r), ...all('Url', r), ...all('String', r)]).map((e) => e.getAttribute('id'));
    expect(new Set(ids).size).toBe(ids.length);
    // Nothing defined and left unused.
    expect([...resources.keys()].filter((id) => !used.includes(id))).toEqual([]);
  });

  it('runs task pane, ribbon and functions in one long-lived shared runtime', () => {
    const runtime = one('Runtime');
    expect(runtime.getAttribute('lifetime')).toBe('long');
    const resid = runtime.getAttribute('resid');
    const page = one('SourceLocation', one('Page'));
    expect(page.getAttribute('resid')).toBe(resid);
    expect(one('FunctionFile').getAttribute('resid')).toBe(resid);
    const showTaskpane = all('Action').filter((a) => a.getAttribute('xsi:type') === 'ShowTaskpane');
    expect(showTaskpane).toHaveLength(1);
    expect(one('SourceLocation', showTaskpane[0]).getAttribute('resid')).toBe(resid);
    const taskpaneUrl = resource(resid).getAttribute('DefaultValue');
    expect(taskpaneUrl).toBe('https://localhost:3000/taskpane.html');
    expect(one('SourceLocation', top('DefaultSettings')).getAttribute('DefaultValue')).toBe(taskpaneUrl);
  });

  it('requires SharedRuntime 1.1', () => {
    const sets = all('Set', top('Requirements'));
    expect(sets.map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')])).toContainEqual(['SharedRuntime', '1.1']);
  });

  it('declares the JUNHENG functions: script, metadata with its zh-CN twin, namespace', () => {
    const point = all('ExtensionPoint').find((e) => e.getAttribute('xsi:type') === 'CustomFunctions') as Element;
    expect(point).toBeDefined();
    expect(resource(one('SourceLocation', one('Script', point)).getAttribute('resid')).getAttribute('DefaultValue')).toBe(
      'https://localhost:3000/functions.js',
    );
    const metadata = resource(one('SourceLocation', one('Metadata', point)).getAttribute('resid'));
    expect(metadata.getAttribute('DefaultValue')).toBe('https://localhost:3000/functions.json');
    expect(zhCn(metadata)).toBe('https://localhost:3000/functions-zh-cn.json');
    expect(resource(one('Namespace', point).getAttribute('resid')).getAttribute('DefaultValue')).toBe('JUNHENG');
  });

  it('uses https for every URL', () => {
    const found = urls();
    expect(found.length).toBeGreaterThan(5);
    for (const url of found.filter((u) => !u.startsWith('http://schemas.microsoft.com/') && !u.startsWith('http://www.w3.org/'))) {
      expect(url).toMatch(/^https:\/\//);
    }
  });

  it('speaks Chinese to zh-CN users: name, description and ribbon', () => {
    for (const element of [top('DisplayName'), top('Description')]) {
      expect(zhCn(element)).toMatch(/\p{Script=Han}/u);
    }
    const ribbon = all('*').filter((e) => ['Label', 'Title', 'Description'].includes(e.localName) && e.hasAttribute('resid'));
    expect(ribbon.length).toBeGreaterThanOrEqual(3);
    for (const element of ribbon) expect(zhCn(resource(element.getAttribute('resid')))).toMatch(/\p{Script=Han}/u);
  });

  it('keeps texts within the manifest limits', () => {
    const limits: [Element[], number][] = [
      [[top('DisplayName')], 125],
      [[top('Description')], 250],
      [all('String', one('ShortStrings')), 125],
      [all('String', one('LongStrings')), 250],
    ];
    for (const [elements, limit] of limits) {
      for (const element of elements) {
        for (const text of [element.getAttribute('DefaultValue') ?? '', zhCn(element) ?? '']) {
          expect([...text].length).toBeLessThanOrEqual(limit);
        }
      }
    }
  });

  it('points at icons that exist in assets/, of the sizes it says', () => {
    const icons = urls().filter((url) => url.includes('/assets/'));
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const url of icons) {
      const file = path.join(ROOT, 'assets', path.basename(new URL(url).pathname));
      expect(fs.existsSync(file)).toBe(true);
      const size = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    for (const image of all('Image').filter((e) => e.hasAttribute('size'))) {
      const url = resource(image.getAttribute('resid')).getAttribute('DefaultValue') as string;
      expect(url).toMatch(new RegExp(`icon-${image.getAttribute('size')}\\.png$`));
    }
  });
});
