// Usage: node check.mjs <board url> <output folder> [client id] [client secret] [address to open once signed in]
// Opens the board at a phone's and a wall screen's size, signs in when credentials are given (the ministry's board),
// runs axe-core on each view and saves a screenshot; prints every view's violations and figures as JSON.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const [url, output, clientId, secret, after] = process.argv.slice(2);
const axe = readFileSync(new URL("./node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
const sizes = { phone: { width: 390, height: 844 }, wall: { width: 1920, height: 1080 } };
const name = clientId ? "board-ministry" : "board-public";

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const views = [];
try {
  for (const [size, viewport] of Object.entries(sizes)) {
    // The page's own policy allows no script: axe is injected by the test, around that policy.
    const context = await browser.newContext({ viewport, bypassCSP: true, deviceScaleFactor: size === "phone" ? 2 : 1 });
    const page = await context.newPage();
    await page.goto(url);
    if (clientId) {
      await page.fill("#client_id", clientId);
      await page.fill("#client_secret", secret);
      await Promise.all([page.waitForURL(/\/board\/ministry$/), page.click("button[type=submit]")]);
      if (after) await page.goto(after);
    }
    await page.addScriptTag({ content: axe });
    const result = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ["violations"] }));
    const figures = await page.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll("[data-figure]")].map((e) => [e.dataset.figure, e.textContent.trim()])));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const screenshot = join(output, `${name}-${size}.png`);
    await page.screenshot({ path: screenshot, fullPage: size === "phone" ? false : true });
    views.push({
      size,
      screenshot,
      overflow,
      figures,
      violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length })),
    });
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(views));
