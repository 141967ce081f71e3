/**
 * The ribbon's callbacks (ribbon.xml: onLoad, onAction, getImage). WPS calls
 * them by name on the add-in's main page, so main.ts puts them on `window`.
 * The 均衡 tab's button opens the task pane, or shows and hides it once open;
 * the pane's id is kept in `PluginStorage`, which all pages of the add-in share.
 */
import type { WpsGlobal } from './host';

/** The button's id in ribbon.xml. */
export const OPEN_PANE_BUTTON = 'junhengOpenPane';
const PANE_KEY = 'junheng.taskpane';

/**
 * @example
 * Object.assign(window, ribbonCallbacks(() => wpsGlobal(), new URL('taskpane.html', location.href).href));
 */
export function ribbonCallbacks(wps: () => WpsGlobal | null, paneUrl: string) {
  return {
    OnAddinLoad: () => true,
    OnAction(control: { Id: string }): boolean {
      const host = wps();
      if (host === null || control.Id !== OPEN_PANE_BUTTON) return true;
      const id = host.PluginStorage.getItem(PANE_KEY);
      const existing = typeof id === 'number' ? host.GetTaskPane(id) : null;
      if (existing) {
        existing.Visible = !existing.Visible;
      } else {
        const pane = host.CreateTaskPane(paneUrl, '均衡');
        host.PluginStorage.setItem(PANE_KEY, pane.ID);
        pane.Visible = true;
      }
      return true;
    },
    GetImage: () => 'assets/icon-32.png',
  };
}
