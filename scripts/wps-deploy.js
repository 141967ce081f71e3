// The two files an IT officer uses to hand the WPS 加载项 to colleagues, in the
// formats the official tool kit (npm wpsjs) writes: src/lib/debug_xmlplugin.js
// (jsplugins.xml with <jspluginonline>) and src/lib/build.js (publish.xml with
// <jsplugin> for the folder copied into the jsaddons directory).

function escape(text) {
  return String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * jsplugins.xml for an intranet server: WPS reads it from the address in oem.ini
 * ([Server] JSPluginsServer=) and loads the add-in from `url`.
 *
 * @example
 * jspluginsXml('JUNHENG', 'http://10.1.2.3/wps/JUNHENG_0.1.0/');
 */
function jspluginsXml(name, url) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<jsplugins>
  <jspluginonline name="${escape(name)}" type="et" url="${escape(url)}" />
</jsplugins>
`;
}

/**
 * publish.xml for offline install: next to the add-in folder in the user's
 * jsaddons directory (%APPDATA%\\kingsoft\\wps\\jsaddons on Windows,
 * ~/.local/share/Kingsoft/wps/jsaddons on Linux).
 *
 * @example
 * publishXml('JUNHENG', 'JUNHENG_0.1.0', '0.1.0');
 */
function publishXml(name, folder, version) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<jsplugins>
  <jsplugin name="${escape(name)}" type="et" url="${escape(folder)}" version="${escape(version)}" enable="enable_dev" install="null" customDomain="" />
</jsplugins>
`;
}

module.exports = { jspluginsXml, publishXml };
