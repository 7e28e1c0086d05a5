// The web page end to end in Debian's Chromium: the events list, an event, a citation opened and
// its span highlighted in the source, search, and the form that adds an article.
// usage: node page.test.mjs BASE_URL EVENT_ID SCREENSHOT_DIR
// Prints 'N passed, N failed' and exits non-zero on a failure.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, eventId, shots] = process.argv.slice(2);
if (!base || !eventId || !shots) {
  console.error('usage: node page.test.mjs BASE_URL EVENT_ID SCREENSHOT_DIR');
  process.exit(2);
}

const profile = mkdtempSync(join(tmpdir(), 'precis-chromium-'));
// A fresh profile (playwright passes it to Chromium as --user-data-dir).
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1100, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok: ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAILED: ${name}: ${e.message}`);
  }
}
function expect(cond, message) {
  if (!cond) throw new Error(message);
}

try {
  const page = await browser.newPage();
  const outside = [];
  page.on('request', r => { if (!r.url().startsWith(base)) outside.push(r.url()); });

  await check('the events list shows day, title, sources and opening', async () => {
    await page.goto(base);
    const item = page.locator(`li.event[data-id="${eventId}"]`);
    await item.waitFor({ timeout: 15000 });
    const meta = await item.locator('.meta').innerText();
    expect(/2020-01-06 · \d+ sources/.test(meta), `meta reads '${meta}'`);
    expect((await item.locator('h2').innerText()).length > 0, 'no title');
    expect((await item.locator('.opening').innerText()).length > 20, 'no opening line');
    await page.screenshot({ path: join(shots, 'events.png'), fullPage: true });
  });

  await check('a citation opens its span highlighted in the source text', async () => {
    await page.locator(`li.event[data-id="${eventId}"] h2 a`).click();
    await page.locator('#summary .sentence').first().waitFor({ timeout: 15000 });
    const sentence = page.locator('#summary .sentence').first();
    const cite = sentence.locator('.cite').first();
    const id = await cite.getAttribute('data-id');
    const start = Number(await cite.getAttribute('data-start'));
    const end = Number(await cite.getAttribute('data-end'));
    await page.screenshot({ path: join(shots, 'event.png'), fullPage: true });
    await cite.click();
    const mark = page.locator('#source-view mark#cited');
    await mark.waitFor({ timeout: 15000 });
    const article = await (await fetch(`${base}articles/${encodeURIComponent(id)}`)).json();
    const expected = article.clean_text.slice(start, end);
    const shown = await mark.innerText();
    expect(shown === expected, `highlighted '${shown}' but the cited span is '${expected}'`);
    const text = await sentence.innerText();
    expect(text.startsWith(expected), `the sentence '${text}' does not read as its cited span`);
    expect(await mark.isVisible(), 'the highlighted span is not in view');
    expect(/stated by \d+ source/.test(text), 'no support count');
    await page.screenshot({ path: join(shots, 'citation.png'), fullPage: false });
  });

  await check('the event lists its sources with outlet and date, and its story timeline', async () => {
    const sources = await page.locator('ol.sources li').allInnerTexts();
    expect(sources.length >= 2, `${sources.length} sources listed`);
    expect(sources.every(s => / — .+, /.test(s)), `sources read ${JSON.stringify(sources)}`);
    const current = page.locator('ol.timeline li.current');
    expect(await current.count() === 1, 'the timeline does not mark this event');
  });

  await check('search finds the event by a word of its summary', async () => {
    await page.goto(base);
    await page.fill('#q', 'withdraw');
    await page.click('#search button');
    await page.locator(`li.event[data-id="${eventId}"]`).waitFor({ timeout: 15000 });
    await page.fill('#q', 'zebra-crossing-nowhere');
    await page.click('#search button');
    await page.locator('ul.events li.muted').waitFor({ timeout: 15000 });
  });

  await check('pasting an article adds it and links its event', async () => {
    await page.goto(`${base}#/post`);
    await page.fill('#articles', 'Harbour bridge reopens after repairs\n\nThe harbour bridge reopened on Tuesday after six weeks of repairs to its deck, the city said.');
    await page.click('#post button[type=submit]');
    const link = page.locator('#post-result a');
    await link.waitFor({ timeout: 15000 });
    await page.screenshot({ path: join(shots, 'post.png'), fullPage: true });
    expect((await link.innerText()).startsWith('e'), 'no event id');
  });

  await check('nothing is fetched from outside the server', async () => {
    expect(outside.length === 0, `fetched ${outside.join(', ')}`);
  });
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
