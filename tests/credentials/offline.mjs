// Usage: node offline.mjs <offline page URL> <browser profile folder> <screenshot folder> <checks JSON file>
// Opens the offline verifier in Debian's Chromium at a phone's size with the network on, waits until it has cached the
// keys and status lists, cuts the network, reloads the page (its service worker must serve it), then pastes each
// credential of the checks file ({ "checks": [{ "name", "credential" }] }) and reads the verdict. The profile folder
// keeps what the page cached between runs, as a phone would. Prints { policy, foreign, reloaded, results } as JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [url, profile, output, file] = process.argv.slice(2);
const { checks } = JSON.parse(readFileSync(file, 'utf8'));
const origin = new URL(url).origin;
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
});
const foreign = [];
context.on('request', (request) => {
  if (new URL(request.url()).origin !== origin) foreign.push(request.url());
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  const first = await page.goto(url);
  const policy = first.headers()['content-security-policy'] ?? null;
  await page.waitForSelector('body[data-refreshed="ok"]', { timeout: 30000 });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));

  await context.setOffline(true);
  let reloaded;
  try {
    const answer = await page.reload();
    await page.waitForSelector('body[data-refreshed]', { timeout: 15000 });
    reloaded = { ok: true, status: answer?.status() ?? null, refreshed: await page.getAttribute('body', 'data-refreshed') };
  } catch (error) {
    reloaded = { ok: false, error: String(error) };
  }

  const results = [];
  for (const { name, credential } of checks) {
    await page.evaluate(() => document.getElementById('verdict').removeAttribute('data-state'));
    await page.fill('#credential', credential);
    await page.click('#check');
    await page.waitForSelector('#verdict[data-state]', { timeout: 15000 });
    results.push({
      name,
      state: await page.getAttribute('#verdict', 'data-state'),
      words: await page.textContent('#words'),
      colour: await page.evaluate(() => getComputedStyle(document.getElementById('verdict')).backgroundColor),
      explanation: await page.textContent('#explanation'),
      freshness: await page.textContent('#freshness'),
    });
    await page.screenshot({ path: join(output, `offline-${name}.png`) });
  }
  console.log(JSON.stringify({ policy, foreign, reloaded, results }));
} finally {
  await context.close();
}
