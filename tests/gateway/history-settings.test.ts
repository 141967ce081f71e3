/**
 * The saved checks (history) in Excel's document settings: kept with the
 * workbook, and left alone by a save that does not mention them.
 */
import { sampleCountySheet } from '../../samples/sample-county';
import { createOfficeGateway } from '../../src/gateway/office';
import { FakeExcel } from './fake-excel';

test('the history is kept in the document settings, and a save without it leaves it alone', async () => {
  const { grid, formulas } = sampleCountySheet();
  const excel = new FakeExcel({ sheets: [{ grid, formulas }] });
  const gateway = createOfficeGateway(excel.host());
  await gateway.saveSettings({ rulesets: [], rulesetId: null, history: [{ format: 'junheng-check', version: 1 }] });
  await gateway.saveSettings({ rulesets: [], rulesetId: 'basic-2012' });
  // A colleague opening the file: a new gateway over the same document settings.
  expect(await createOfficeGateway(excel.host()).loadSettings()).toEqual({
    rulesets: [],
    rulesetId: 'basic-2012',
    history: [{ format: 'junheng-check', version: 1 }],
  });
});
