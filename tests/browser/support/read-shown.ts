/**
 * Reads what a findings page (the web page or the task pane) shows, through the
 * hooks the shared components carry (`data-testid`, `data-part`, `data-status`,
 * `data-total`), never through layout: the verdict banner, the counts, the
 * suggestion, the sections' statuses and every list whole — a paged list is
 * paged through with its own “more” button first, as a user would.
 */
import type { Page } from 'playwright-core';
import { LIST_IDS, type ShownMeaning } from '../../findings/surface-meaning';

/** Presses each list's “more” button until the list shows everything it holds. */
async function showAll(page: Page): Promise<void> {
  for (const id of LIST_IDS) {
    const list = page.locator(`[data-testid="${id}-list"]`);
    if ((await list.count()) === 0) continue;
    const total = Number(await list.first().getAttribute('data-total'));
    const more = list.locator('[data-testid="show-more"]');
    // A page adds at least one item: a list of n items needs fewer than n presses.
    for (let presses = 0; presses < total && (await more.count()) > 0; presses++) await more.first().click();
  }
}

/**
 * What the page shows now, read whole. Throws when a list shows fewer items than it holds.
 *
 * @example
 * expect(await readShown(page)).toEqual(shownMeaning(meaning, ruleset, 'web', 'zh'));
 */
export async function readShown(page: Page): Promise<ShownMeaning> {
  await showAll(page);
  const { shown, short } = await page.evaluate((ids: readonly string[]) => {
    const text = (element: Element | null | undefined): string => (element?.textContent ?? '').trim();
    const all = (root: ParentNode, selector: string): Element[] => Array.from(root.querySelectorAll(selector));
    const banner = document.querySelector('[data-testid="county-verdict"]');
    if (banner === null) throw new Error('no county verdict on the page');
    const none = document.querySelector('[data-testid="failing-none"]');
    const suggestion = banner.querySelector('[data-testid="ruleset-suggestion"]');
    const lists: Record<string, { title: string; items: { line: string; misses: string[]; why: string | null }[] }> = {};
    const incomplete: string[] = [];
    for (const id of ids) {
      const list = document.querySelector(`[data-testid="${id}-list"]`);
      if (list === null) continue;
      const items = all(list, `[data-testid="${id}"]`).map((li) => {
        const why = li.querySelector('[data-part="why"]');
        return { line: text(li.querySelector('[data-part="line"]')), misses: all(li, '[data-part="miss"]').map(text), why: why === null ? null : text(why) };
      });
      const total = Number(list.getAttribute('data-total'));
      if (items.length !== total) incomplete.push(`${id}: ${items.length} of ${total} shown`);
      lists[id] = { title: text(list.querySelector('[data-part="title"]')), items };
    }
    const section = (name: string) => document.querySelector(`[data-testid="verdict-${name}"]`)?.getAttribute('data-status') ?? null;
    return {
      short: incomplete,
      shown: {
        status: banner.getAttribute('data-status') ?? '',
        headline: text(banner.querySelector('[data-part="headline"]')),
        parts: all(banner, '[data-testid^="verdict-part-"]').map((li) => ({
          key: (li.getAttribute('data-testid') ?? '').slice('verdict-part-'.length),
          status: li.getAttribute('data-status') ?? '',
          line: text(li.querySelector('[data-part="line"]')),
          reasons: all(li, '[data-part="reason"]').map(text),
        })),
        counts: all(banner, '[data-testid="count-line"]').map(text),
        suggestion: suggestion === null ? null : text(suggestion),
        sections: { primary: section('primary'), junior: section('junior') },
        failingNone: none === null ? null : text(none),
        lists,
      },
    };
  }, LIST_IDS);
  if (short.length > 0) throw new Error(`lists not read whole: ${short.join('; ')}`);
  return shown as ShownMeaning;
}
