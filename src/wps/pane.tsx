/**
 * The task pane's entry inside WPS 表格: the same App as in Excel, on the WPS
 * gateway. Opened in a plain browser it runs in demo mode, as in Excel.
 */
import { createRoot } from 'react-dom/client';
import { sampleCountyGrid } from '../../samples/sample-county';
import { createMemoryGateway } from '../gateway/memory';
import { createWpsGateway } from '../gateway/wps';
import { App } from '../taskpane/App';
import { wpsGlobal, wpsHost } from './host';

const wps = wpsGlobal();
const gateway =
  wps === null
    ? createMemoryGateway({ sheets: [sampleCountyGrid()], displayLanguage: navigator.language })
    : createWpsGateway(wpsHost(wps, navigator.language));
const root = document.getElementById('root');
if (root !== null) createRoot(root).render(<App gateway={gateway} demo={wps === null} />);
