// The web chat's "New session" dialog in headless Chromium: a real hub, a real daemon and the scripted agent.
// Usage: node launch.cjs <base-url> <token> <screenshot.png>
// Each expectation is a named step; the first that fails prints "FAILED: <step>: <why>" and exits 1.
"use strict";

const { chromium } = require("playwright-core");

const [base, token, screenshot] = process.argv.slice(2);
const WAIT = 20000;

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.BATON_CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  let step = "start";
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 820 } });
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const expect = async (name, fn) => { step = name; await fn(); console.log("ok: " + name); };
    const dialog = page.locator("#launch");

    await expect("bob opens the web chat", async () => {
      await page.goto(base + "/?token=" + encodeURIComponent(token));
      await page.locator("#live", { hasText: "live" }).waitFor({ timeout: WAIT });
      await page.fill("#name", "bob");
      await page.press("#name", "Tab");
    });
    await expect("typing /agent run with no prompt opens the dialog with the channel's defaults", async () => {
      await page.fill("#channel-text", "/agent run");
      await page.press("#channel-text", "Enter");
      await dialog.waitFor({ state: "visible", timeout: WAIT });
      await page.locator("#launch-branch option", { hasText: "main" }).waitFor({ state: "attached", timeout: WAIT });
      const agent = await page.inputValue("#launch-agent");
      const branch = await page.inputValue("#launch-branch");
      if (agent !== "scripted" || branch !== "release") throw new Error("defaults were " + agent + " / " + branch);
    });
    await expect("a branch that has gone is an inline error under the branch field", async () => {
      await page.evaluate(() => {
        const s = document.getElementById("launch-branch");
        s.append(new Option("gone", "gone"));
        s.value = "gone";
      });
      await page.fill("#launch-prompt", "hello from the browser");
      await page.fill("#launch-name", "browser");
      await page.click("#launch-start");
      await page.locator("#launch-branch-error", { hasText: "Branch 'gone' is not in" }).waitFor({ timeout: WAIT });
      if (!(await dialog.isVisible())) throw new Error("the dialog closed on an error");
    });
    await expect("picking the branch again and starting opens the session's thread", async () => {
      await page.selectOption("#launch-branch", "release");
      await page.fill("#launch-prompt", "hello from the browser");
      await page.click("#launch-start");
      await dialog.waitFor({ state: "hidden", timeout: WAIT });
      await page.locator("#message-list .card-title", { hasText: "Session browser" }).waitFor({ timeout: WAIT });
      await page.locator("#message-list .card dd", { hasText: "baton/browser from release" }).waitFor({ timeout: WAIT });
    });
    await expect("the page raised no script errors", async () => {
      if (errors.length) throw new Error(errors.join("; "));
    });
    await expect("a screenshot is saved", async () => { await page.screenshot({ path: screenshot }); });
    console.log("launch browser test: all steps passed");
  } catch (e) {
    console.log("FAILED: " + step + ": " + (e && e.message ? e.message.split("\n")[0] : e));
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.log("FAILED: could not run the browser: " + e.message); process.exit(1); });
