// npm start / npm stop: sideload manifest.xml into desktop Excel and start the
// HTTPS dev server (npm run dev-server), or stop both, with Microsoft's
// office-addin-debugging — fetched on demand by npx, because it pulls in the
// Microsoft 365 Agents Toolkit and a native keychain module that do not build on
// every machine (a plain `npm install` must always work). Desktop Excel exists
// only on Windows and macOS; elsewhere this says what to do instead.
const { spawnSync } = require('child_process');

const TOOL = 'office-addin-debugging@7';
const MANIFEST = process.env.MANIFEST || 'manifest.xml';

const NO_DESKTOP_EXCEL = [
  '本机没有桌面版 Excel（npm start 只能在装有 Excel 的 Windows 或 macOS 上旁加载）。',
  '可以运行 npm run serve 启动 https://localhost:3000，再在 Excel 网页版“开始 › 加载项 › 更多加载项 › 上传我的加载项”中上传 manifest.xml。',
  'No desktop Excel here (npm start sideloads into Excel on Windows or macOS).',
  'Run npm run serve for https://localhost:3000 and upload manifest.xml in Excel on the web (Home › Add-ins › More add-ins › Upload My Add-in).',
].join('\n');

/**
 * The command line for a step, or null where there is no desktop Excel.
 *
 * @example
 * command('start', 'win32'); // ['npx', '--yes', 'office-addin-debugging@7', 'start', 'manifest.xml', 'desktop', '--app', 'excel']
 */
function command(step, platform) {
  if (platform !== 'win32' && platform !== 'darwin') return null;
  const rest = step === 'start' ? ['desktop', '--app', 'excel'] : [];
  return ['npx', '--yes', TOOL, step, MANIFEST, ...rest];
}

function main() {
  const step = process.argv[2];
  if (step !== 'start' && step !== 'stop') {
    console.error('usage: node scripts/office-dev.js start|stop');
    return 2;
  }
  const line = command(step, process.platform);
  if (line === null) {
    console.error(NO_DESKTOP_EXCEL);
    return 1;
  }
  const result = spawnSync(line[0], line.slice(1), { stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

if (require.main === module) process.exit(main());

module.exports = { command, NO_DESKTOP_EXCEL };
