/**
 * The task pane's entry. Inside Excel it works on the open workbook through
 * Office.js; opened in a plain browser (no Office host, or office.js missing)
 * it runs in demo mode on the bundled sample county, clearly labelled. Checks
 * compute in the pane's check worker (./check/), off the pane's thread.
 */
import { createRoot } from 'react-dom/client';
import { sampleCountyGrid } from '../../samples/sample-county';
import { createMemoryGateway } from '../gateway/memory';
import { createOfficeGateway, officeHost } from '../gateway/office';
import type { WorkbookGateway } from '../gateway/types';
import { App } from './App';
import { createCheckWorker } from './check/client';

function render(gateway: WorkbookGateway, demo: boolean): void {
  const root = document.getElementById('root');
  if (root !== null) createRoot(root).render(<App gateway={gateway} demo={demo} compute={createCheckWorker()} />);
}

function demoGateway(): WorkbookGateway {
  return createMemoryGateway({ sheets: [sampleCountyGrid()], displayLanguage: navigator.language });
}

if (typeof Office === 'undefined') {
  render(demoGateway(), true);
} else {
  Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) render(createOfficeGateway(officeHost()), false);
    else render(demoGateway(), true);
  });
}
