import assert from 'node:assert/strict';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';

/** A phone as a WeChat link opens on it: 390 × 844 CSS px, three device pixels to one, touch. */
export const PHONE_WIDTH = 390;
export const PHONE: BrowserContextOptions = {
  viewport: { width: PHONE_WIDTH, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
};

/**
 * Nothing is wider than the screen: the document does not scroll sideways (a table may, inside its
 * own container). On failure, names the outermost elements that stick out.
 */
export async function assertFitsScreen(page: Page, what: string, width = PHONE_WIDTH): Promise<void> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  const { scrollWidth, culprits } = await page.evaluate((screen) => {
    const out: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const right = el.getBoundingClientRect().right;
      const parent = el.parentElement;
      if (right <= screen + 0.5 || (parent && parent.getBoundingClientRect().right > screen + 0.5)) continue;
      let clipped = false;
      for (let a = parent; a && !clipped; a = a.parentElement) clipped = getComputedStyle(a).overflowX !== 'visible';
      if (clipped) continue;
      const testId = el.getAttribute('data-testid');
      out.push(
        `${el.tagName.toLowerCase()}${testId ? `[${testId}]` : ''}.${Array.from(el.classList).join('.')} (right ${Math.round(right)})`,
      );
    }
    return { scrollWidth: document.documentElement.scrollWidth, culprits: out.slice(0, 5) };
  }, width);
  assert.ok(
    scrollWidth <= width,
    `${what}: the page is ${scrollWidth} px wide on a ${width} px screen; ${culprits.join('; ')}`,
  );
}

/**
 * How a box's text is laid out: the lines it runs to and its box's width in characters of its font
 * size. Squeezed into a one-character column, "批准设立" runs to four lines about one character wide.
 */
export async function textShape(box: Locator): Promise<{ text: string; lines: number; widthInChars: number }> {
  return box.evaluate((el) => {
    // The lines are the distinct tops of the text's own fragments (an inline element's box would add its own).
    const tops = new Set<number>();
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      range.selectNodeContents(node);
      for (const rect of Array.from(range.getClientRects())) if (rect.width > 0) tops.add(Math.round(rect.top));
    }
    const fontSize = Number.parseFloat(getComputedStyle(el).fontSize);
    return { text: el.textContent ?? '', lines: tops.size, widthInChars: el.getBoundingClientRect().width / fontSize };
  });
}

/**
 * Every label and value of the Descriptions in `scope` has room for its first few characters (half a
 * character's width each, for digits and Latin letters), and one of up to four characters ("包联领导")
 * is on one line; a longer one may wrap.
 */
export async function assertDescriptionsReadable(scope: Locator, what: string): Promise<void> {
  const cells = await scope.locator('.ant-descriptions-item-label, .ant-descriptions-item-content').all();
  assert.ok(cells.length > 0, `${what}: has descriptions`);
  for (const cell of cells) {
    const shape = await textShape(cell);
    const room = Math.min(4, shape.text.trim().length) / 2;
    assert.ok(shape.widthInChars >= room, `${what}: "${shape.text}" has room (${JSON.stringify(shape)})`);
    if (shape.text.trim().length <= 4) assert.equal(shape.lines, 1, `${what}: "${shape.text}" on one line`);
  }
}

/** The box lies within the screen's width (a popup the user can read and tap). */
export async function assertOnScreen(box: Locator, what: string, width = PHONE_WIDTH): Promise<void> {
  await box.waitFor();
  const rect = await box.boundingBox();
  assert.ok(rect, `${what} is laid out`);
  assert.ok(rect.x >= 0 && rect.x + rect.width <= width + 0.5, `${what} within the screen: ${JSON.stringify(rect)}`);
}
