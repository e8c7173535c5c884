// Drives Debian's Chromium (through playwright-core, installed by scripts/setup.sh) over the
// HTML report of a few reports, the hostile one among them: the page shows as many marked
// findings as the JSON has, n and p move the focus from one finding to the next and back, and
// nothing from the documents runs. Saves a screenshot beside the build.
// Usage: node report.mjs TALLY FIXTURES_DIR NODE_DIR OUT_DIR
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const [tally, fixtures, nodeDir, outDir] = process.argv.slice(2);
const require = createRequire(path.join(nodeDir, "node_modules", "noop.js"));
let chromium;
try {
  ({ chromium } = require("playwright-core"));
} catch {
  // The set-up could not install it (no npm registry): CTest reports the test as skipped.
  console.log(`SKIP playwright-core is not installed under ${nodeDir} (scripts/setup.sh installs it from npm)`);
  process.exit(77);
}

const inputs = [
  path.join(fixtures, "rules", "gen3.applications.balance.fail.txt"),
  path.join(fixtures, "rules", "shares.match-count.fail.txt"),
  path.join(fixtures, "outputs", "hostile.txt"),
];
const run = (format) => {
  try {
    return execFileSync(tally, ["check", "--format", format, "--config", "/dev/null", ...inputs], { encoding: "utf8" });
  } catch (e) {
    return e.stdout;  // exit 1: there are findings
  }
};
const expected = JSON.parse(run("json")).files.reduce((n, f) => n + f.findings.length, 0);
const dir = mkdtempSync(path.join(tmpdir(), "tally-browser-"));
const page_path = path.join(dir, "report.html");
writeFileSync(page_path, run("html"));

let failures = 0;
const check = (ok, what) => {
  console.log((ok ? "ok   " : "FAIL ") + what);
  if (!ok) failures++;
};

// A fresh, empty profile each run.
const profile = mkdtempSync(path.join(tmpdir(), "tally-chromium-"));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage();
  const requests = [];
  page.on("request", (r) => { if (!r.url().startsWith("file://")) requests.push(r.url()); });
  await page.goto("file://" + page_path);
  const marked = await page.locator("mark.primary").count();
  check(marked === expected, `${marked} marked findings, ${expected} in the JSON`);
  const ids = await page.locator("mark.primary").evaluateAll((ms) => ms.map((m) => m.id));
  await page.keyboard.press("n");
  check(await page.evaluate(() => document.activeElement.id) === ids[0], "n focuses the first finding");
  await page.keyboard.press("n");
  check(await page.evaluate(() => document.activeElement.id) === ids[1], "n again moves to the second");
  await page.keyboard.press("p");
  check(await page.evaluate(() => document.activeElement.id) === ids[0], "p moves back to the first");
  await page.keyboard.press("k");
  check(await page.evaluate(() => document.activeElement.id) === ids[ids.length - 1], "k from the first wraps to the last");
  check(await page.evaluate(() => window.__pwned === undefined && document.title === "tally report"), "the hostile document's script and onerror did not run");
  check(await page.getByText("<script>document.title='pwned'", { exact: false }).count() > 0, "the hostile text is shown as text");
  check(requests.length === 0, `no request leaves the page (${requests.join(", ")})`);
  await page.keyboard.press("n");
  const shot = path.join(outDir, "report-screenshot.png");
  await page.screenshot({ path: shot, fullPage: false });
  console.log("screenshot: " + shot);
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}
console.log(`${failures} failed`);
process.exit(failures ? 1 : 0);
