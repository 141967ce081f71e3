/**
 * @jest-environment jsdom
 */
// The add-in manifests' structure, offline (npm run validate, office-addin-manifest, needs the network).
import fs from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '..');

function parse(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'application/xml');
}

let doc = parse(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));

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

/** The resources (bt:Image, bt:Url, bt:String) by id (of manifest.xml). */
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

/** Every URL of a manifest but the XML namespaces. */
function addresses(manifest: Document): string[] {
  const previous = doc;
  doc = manifest;
  try {
    return urls().filter((u) => !u.startsWith('http://schemas.microsoft.com/') && !u.startsWith('http://www.w3.org/'));
  } finally {
    doc = previous;
  }
}

describe('manifest.taskpane.xml: the pane alone, for Excel without the shared runtime (Office 2019 volume licence)', () => {
  const pane = parse(fs.readFileSync(path.join(ROOT, 'manifest.taskpane.xml'), 'utf8'));
  const main = doc;
  const child = (name: string) => Array.from(pane.documentElement.children).filter((e) => e.localName === name);

  it('is well-formed, a task pane app with an id of its own', () => {
    expect(Array.from(pane.getElementsByTagNameNS('*', 'parsererror'))).toHaveLength(0);
    expect(pane.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
    const id = child('Id')[0].textContent ?? '';
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(id).not.toBe(Array.from(main.documentElement.children).find((e) => e.localName === 'Id')?.textContent);
  });

  it('needs no shared runtime and declares no custom functions; it asks only for ExcelApi 1.1, so Office 2016 volume licences get it', () => {
    const sets = Array.from(pane.getElementsByTagNameNS('*', 'Set')).map((e) => [e.getAttribute('Name'), e.getAttribute('MinVersion')]);
    expect(sets).toEqual([['ExcelApi', '1.1']]);
    for (const absent of ['Runtimes', 'Runtime', 'ExtensionPoint', 'FunctionFile', 'VersionOverrides']) {
      expect(Array.from(pane.getElementsByTagNameNS('*', absent))).toHaveLength(0);
    }
  });

  it('opens the pane page without the functions script, over https, with icons that exist', () => {
    const source = child('DefaultSettings')[0].getElementsByTagNameNS('*', 'SourceLocation')[0].getAttribute('DefaultValue');
    expect(source).toBe('https://localhost:3000/pane.html');
    for (const url of addresses(pane)) expect(url).toMatch(/^https:\/\/localhost:3000/);
    for (const url of addresses(pane).filter((u) => u.includes('/assets/'))) {
      expect(fs.existsSync(path.join(ROOT, 'assets', path.basename(new URL(url).pathname)))).toBe(true);
    }
  });

  it('speaks Chinese to zh-CN users within the manifest limits', () => {
    for (const [name, limit] of [['DisplayName', 125], ['Description', 250]] as const) {
      const element = child(name)[0];
      expect(zhCn(element)).toMatch(/\p{Script=Han}/u);
      for (const text of [element.getAttribute('DefaultValue') ?? '', zhCn(element) ?? '']) expect([...text].length).toBeLessThanOrEqual(limit);
    }
  });
});

describe('ADDIN_URL: the built manifests point every URL at the deployment address', () => {
  const BASE = 'https://内网地址/junheng';

  /** The manifests as `npm run build` writes them to dist/, through the build's own copy step. */
  async function built(addinUrl: string | undefined): Promise<Map<string, string>> {
    const saved = process.env.ADDIN_URL;
    if (addinUrl === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = addinUrl;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const makeConfig = require('../webpack.config.js') as (env: object, argv: object) => Promise<{ plugins: object[] }>;
      const config = await makeConfig({}, { mode: 'production' });
      const copy = config.plugins.find((p) => p.constructor.name === 'CopyPlugin') as {
        patterns: { from: string; to: string; transform?: (content: Buffer) => string }[];
      };
      const out = new Map<string, string>();
      for (const pattern of copy.patterns.filter((p) => p.from.startsWith('manifest'))) {
        const source = fs.readFileSync(path.join(ROOT, pattern.from));
        out.set(pattern.to, pattern.transform ? pattern.transform(source) : source.toString());
      }
      return out;
    } finally {
      if (saved === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = saved;
    }
  }

  it('writes both manifests with every URL under the address, AppDomain its origin', async () => {
    const manifests = await built(`${BASE}/`);
    expect([...manifests.keys()].sort()).toEqual(['manifest.taskpane.xml', 'manifest.xml']);
    for (const xml of manifests.values()) {
      const manifest = parse(xml);
      expect(Array.from(manifest.getElementsByTagNameNS('*', 'parsererror'))).toHaveLength(0);
      const found = addresses(manifest);
      expect(found.length).toBeGreaterThan(4);
      for (const url of found) expect(url === 'https://内网地址' || url.startsWith(`${BASE}/`)).toBe(true);
      expect(xml).not.toContain('localhost');
      expect(Array.from(manifest.getElementsByTagNameNS('*', 'AppDomain')).map((e) => e.textContent)).toEqual(['https://内网地址']);
    }
  });

  it('keeps the dev address when ADDIN_URL is not set, and refuses an address Office would not load', async () => {
    const manifests = await built(undefined);
    expect(manifests.get('manifest.xml')).toBe(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));
    await expect(built('http://内网地址/junheng')).rejects.toThrow('must start with https://');
    await expect(built('内网地址')).rejects.toThrow('is not an address');
  });
});
