/**
 * @jest-environment jsdom
 *
 * The ES5 script that tells users of Internet Explorer 11 / Edge Legacy webviews
 * (volume-licensed Office 2016 and 2019) why the pane cannot run there.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'acorn';

const SOURCE = readFileSync(join(__dirname, '../../src/taskpane/webview-check.js'), 'utf8');

function runIn(agent: string): string {
  document.body.innerHTML = '<div id="root"></div>';
  Object.defineProperty(window.navigator, 'userAgent', { value: agent, configurable: true });
  new Function(SOURCE)();
  return document.getElementById('root')?.textContent ?? '';
}

test('is ES5, so Internet Explorer 11 parses it', () => {
  expect(() => parse(SOURCE, { ecmaVersion: 5 })).not.toThrow();
});

test('in Trident and EdgeHTML the pane says why it cannot run and what to use instead, Chinese first', () => {
  for (const agent of [
    'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0 Safari/537.36 Edge/18.19041',
  ]) {
    const text = runIn(agent);
    expect(text.indexOf('此 Office 用 Internet Explorer 11')).toBe(0);
    expect(text).toContain('web.html');
    expect(text).toContain('Office 2021');
  }
});

test('in WebView2, Safari and Chrome it leaves the pane alone', () => {
  expect(runIn('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0')).toBe('');
  expect(runIn('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)')).toBe('');
});
