/**
 * The WPS 加载项's main page (index.html), which WPS loads when it starts: the
 * ribbon's callbacks and the JUNHENG functions. The function entries are
 * generated at build time from the functions' JSDoc and zh-cn.json
 * (webpack.wps.js → scripts/functions-wps.js).
 */
import * as implementations from '../functions/functions';
import { registerWpsFunctions } from './functions';
import type { WpsFunctionEntry } from './functions';
import { wpsGlobal } from './host';
import { ribbonCallbacks } from './ribbon';

declare const __JUNHENG_WPS_FUNCTIONS__: WpsFunctionEntry[];

Object.assign(window, ribbonCallbacks(wpsGlobal, new URL('taskpane.html', window.location.href).href));

const wps = wpsGlobal();
// WPS before 12.1.0.20540 has no custom functions: the pane still works.
if (wps?.AddCustomFunction !== undefined) {
  registerWpsFunctions({ AddCustomFunction: wps.AddCustomFunction.bind(wps) }, __JUNHENG_WPS_FUNCTIONS__, implementations);
}
