// Writes the add-in manifests for the address they will be served from. The
// sources (manifest.xml, manifest.taskpane.xml) point at the dev server,
// https://localhost:3000; `ADDIN_URL=https://内网地址/junheng npm run build`
// points every URL in the built copies at the deployment instead.

/** Where the sources point. */
const { URL } = require('url');

const DEV_URL = 'https://localhost:3000';

/**
 * The deployment address from ADDIN_URL: https only, no trailing slash; the dev address when unset.
 *
 * @example
 * addinUrl('https://edu.example.cn/junheng/'); // 'https://edu.example.cn/junheng'
 */
function addinUrl(value) {
  if (value === undefined || value.trim() === '') return DEV_URL;
  const text = value.trim().replace(/\/+$/, '');
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ADDIN_URL=${value} is not an address. Write it like https://edu.example.cn/junheng`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`ADDIN_URL=${value} must start with https:// — Office loads add-ins over HTTPS only`);
  }
  return text;
}

function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A manifest with every dev-server URL replaced by `base` (AppDomain included).
 *
 * @example
 * rebase('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png" />', 'https://x.cn/j');
 * // '<IconUrl DefaultValue="https://x.cn/j/assets/icon-32.png" />'
 */
function rebase(xml, base) {
  // AppDomain takes an origin, not a path.
  const origin = /^https:\/\/[^/]+/.exec(base)[0];
  return xml
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, `<AppDomain>${escapeXml(origin)}</AppDomain>`)
    .split(DEV_URL)
    .join(escapeXml(base));
}

module.exports = { DEV_URL, addinUrl, rebase };
