// The dashboard in headless Chromium at desktop or phone size: the open prompt waits at the top with Approve and
// Deny; Approve answers it and the card in the thread says so; nothing scrolls sideways and every control is at
// least 44 px; a watcher sees no buttons; a forged link is refused.
// Usage: node dashboard.cjs desktop|phone <owner-link> <watcher-link> <base-url> <web-token> <thread> <screenshot> <question>
"use strict";

const { chromium } = require("playwright-core");
const layout = require("./layout.cjs");

const [size, anaUrl, carolUrl, base, token, thread, screenshot, question] = process.argv.slice(2);
const WAIT = 20000;
const phone = size === "phone";

async function threadMessages() {
  const r = await fetch(base + "/api/channels/general/threads/" + thread + "/messages?user=ana",
    { headers: { "Authorization": "Bearer " + token } });
  if (r.status !== 200) throw new Error("reading the thread failed: HTTP " + r.status);
  return r.json();
}

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
    const context = await browser.newContext(phone
      ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 }
      : { viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    const needs = page.locator("#needs .card.needs[data-session=gate]");

    await expect("the dashboard link opens with the waiting prompt first, its command shown", async () => {
      await page.goto(anaUrl);
      await needs.locator(".command", { hasText: question }).waitFor({ timeout: WAIT });
      await page.locator("#you", { hasText: "ana" }).waitFor({ timeout: WAIT });
      await page.locator("#daemons .card.daemon .badge.online").first().waitFor({ timeout: WAIT });
    });
    await expect("the filters keep it under needs me and mine", async () => {
      await page.click("#filters button[data-filter=needs]");
      await needs.waitFor({ timeout: WAIT });
      await page.click("#filters button[data-filter=mine]");
      await needs.waitFor({ timeout: WAIT });
      await page.click("#filters button[data-filter=all]");
    });
    await expect("nothing scrolls sideways and every control is at least 44 px", async () => {
      await layout.check(page);
    });
    await expect("a screenshot is saved", async () => { await page.screenshot({ path: screenshot, fullPage: true }); });

    if (!phone) {
      const watcher = await context.newPage();
      await expect("a watcher sees the session and its prompt but no buttons", async () => {
        await watcher.goto(carolUrl);
        await watcher.locator(".card[data-session=gate] .command", { hasText: question }).waitFor({ timeout: WAIT });
        if (await watcher.locator(".card[data-session=gate] button.approve").count() > 0) {
          throw new Error("a watcher has an Approve button");
        }
      });
      await expect("a forged link is refused", async () => {
        const forged = anaUrl.slice(0, -2) + (anaUrl.endsWith("AA") ? "BB" : "AA");
        const resp = await watcher.goto(forged);
        if (resp.status() !== 403) throw new Error("HTTP " + resp.status());
        const r = await fetch(forged + "/state");
        if (r.status !== 403) throw new Error("state: HTTP " + r.status);
      });
      await watcher.close();
    }

    await expect("Approve answers the prompt and the dashboard updates", async () => {
      await (phone ? needs.locator("button.approve").tap() : needs.locator("button.approve").click());
      await needs.waitFor({ state: "detached", timeout: WAIT });
      await page.locator("#sessions .card[data-session=gate]").waitFor({ timeout: WAIT });
    });
    await expect("the card in the thread says ana approved it", async () => {
      const deadline = Date.now() + WAIT;
      for (;;) {
        const msgs = await threadMessages();
        const card = msgs.find((m) => String(m.text).includes(question) && String(m.text).includes("approved once by ana"));
        if (card) break;
        if (Date.now() > deadline) throw new Error("no updated card: " + JSON.stringify(msgs.map((m) => m.text)));
        await new Promise((r) => setTimeout(r, 200));
      }
    });
    await expect("no errors on the page", async () => {
      if (pageErrors.length) throw new Error(pageErrors.join("; "));
    });
    console.log("dashboard browser test (" + size + "): all steps passed");
  } catch (e) {
    console.log("FAILED: " + step + ": " + (e && e.message ? e.message.split("\n")[0] : e));
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

main();
