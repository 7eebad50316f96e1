// The live session page in headless Chromium: the owner's page shows the agent's real screen in xterm.js, takes a
// turn, inspects files; a watcher's page is read-only and closes within a second when the share is revoked.
// Usage: node session-page.cjs <owner-link> <watcher-link> <base-url> <web-token> <thread> <screenshot.png>
// Each expectation is a named step; the first that fails prints "FAILED: <step>: <why>" and exits 1.
"use strict";

const { chromium } = require("playwright-core");

const [anaUrl, carolUrl, base, token, thread, screenshot] = process.argv.slice(2);
const WAIT = 20000;

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.BATON_CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  let step = "start";
  const pageErrors = [];
  try {
    const expect = async (name, fn) => { step = name; await fn(); console.log("ok: " + name); };
    const page = await browser.newPage({ viewport: { width: 1480, height: 860 } });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    page.on("console", (m) => { if (m.type() === "error") pageErrors.push(m.text()); });
    const screen = page.locator("#terminal .xterm-rows");

    await expect("the owner's page opens with the agent's real screen in the terminal", async () => {
      await page.goto(anaUrl);
      await screen.filter({ hasText: "got: [from ana] first words" }).waitFor({ timeout: WAIT });
      await page.locator("#you", { hasText: "ana (owner)" }).waitFor({ timeout: WAIT });
    });
    await expect("a turn typed on the page reaches the agent and its screen", async () => {
      await page.fill("#turn", "hello from the browser");
      await page.press("#turn", "Enter");
      await screen.filter({ hasText: "got: [from ana] hello from the browser" }).waitFor({ timeout: WAIT });
      await page.locator("#tab-turns .turn", { hasText: "hello from the browser" }).waitFor({ timeout: WAIT });
    });
    await expect("the diff tab shows the changes against the base", async () => {
      await page.click(".tabs button[data-tab=diff]");
      await page.locator("#tab-diff .add", { hasText: "class Greeter" }).waitFor({ timeout: WAIT });
    });
    await expect("inspect files lists the worktree and shows a highlighted file with its diff", async () => {
      await page.click("#inspect");
      await page.locator("#file-list li", { hasText: "Greeter.java" }).click({ timeout: WAIT });
      await page.locator("#file-view .file-text .hl-k", { hasText: "class" }).first().waitFor({ timeout: WAIT });
      await page.locator("#file-view .file-diff .add").first().waitFor({ timeout: WAIT });
    });
    await expect("a screenshot of the page is saved", async () => {
      await page.screenshot({ path: screenshot });
    });

    const watcher = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    watcher.on("pageerror", (e) => pageErrors.push(e.message));
    await expect("the watcher sees the same screen, read-only", async () => {
      await watcher.goto(carolUrl);
      await watcher.locator("#terminal .xterm-rows").filter({ hasText: "hello from the browser" }).waitFor({ timeout: WAIT });
      await watcher.locator("#readonly").waitFor({ state: "visible", timeout: WAIT });
      if (await watcher.locator("#composer").isVisible()) throw new Error("a watcher has a composer");
      if (await watcher.locator("#pause").isVisible()) throw new Error("a watcher can pause");
    });
    await expect("revoking the share closes the watcher's live view within a second", async () => {
      const t0 = Date.now();
      const r = await fetch(base + "/api/channels/general/messages", { method: "POST",
        headers: { "Authorization": "Bearer " + token, "Content-Type": "application/json" },
        body: JSON.stringify({ user: "ana", text: "/agent unshare @carol", thread }) });
      if (r.status !== 201) throw new Error("posting the command failed: HTTP " + r.status);
      await watcher.locator("body[data-closed=yes]").waitFor({ timeout: 1000 });
      console.log("watcher page closed after " + (Date.now() - t0) + " ms");
      await watcher.locator("#banner", { hasText: "named people only" }).waitFor({ timeout: WAIT });
    });
    await expect("a reload of the revoked link shows nothing but the refusal", async () => {
      const resp = await watcher.goto(carolUrl);
      if (resp.status() !== 403) throw new Error("HTTP " + resp.status());
      if (await watcher.locator("#terminal").count() > 0) throw new Error("the terminal is on a refused page");
    });
    await expect("no errors on the pages", async () => {
      if (pageErrors.length) throw new Error(pageErrors.join("; "));
    });
    console.log("session page browser test: all steps passed");
  } catch (e) {
    console.log("FAILED: " + step + ": " + (e && e.message ? e.message.split("\n")[0] : e));
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

main();
