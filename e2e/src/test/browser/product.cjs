// The whole product in headless Chromium: a real hub, a real daemon and the scripted agent in a real PTY.
// Usage: node product.cjs <base-url> <token> <screenshot.png>
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
    const expect = async (name, fn) => { step = name; await fn(); console.log("ok: " + name); };
    const messages = page.locator("#message-list");
    const say = async (who, text) => {
      await page.fill("#name", who);
      await page.press("#name", "Tab");
      await page.fill("#thread-text", text);
      await page.press("#thread-text", "Enter");
    };

    await expect("ana opens the web chat", async () => {
      await page.goto(base + "/?token=" + encodeURIComponent(token));
      await page.locator("#live", { hasText: "live" }).waitFor({ timeout: WAIT });
      await page.fill("#name", "ana");
      await page.press("#name", "Tab");
    });
    await expect("/agent run starts a session and its status card opens a thread", async () => {
      await page.fill("#channel-text", "/agent run --agent scripted --name pair fix the greeting");
      await page.press("#channel-text", "Enter");
      const item = page.locator(".thread-item", { hasText: "Session pair" });
      await item.waitFor({ timeout: WAIT });
      await item.click();
      await messages.locator(".card-title", { hasText: "Session pair" }).waitFor({ timeout: WAIT });
    });
    await expect("the card is edited in place until the agent waits for input", async () => {
      await messages.locator(".card dd", { hasText: /running|waiting/ }).waitFor({ timeout: WAIT });
      await messages.locator(".card dd", { hasText: "baton/pair from main" }).waitFor({ timeout: WAIT });
      if (await messages.locator(".card").count() !== 1) throw new Error("the card was re-posted");
    });
    await expect("ana's reply is a turn that gets delivered", async () => {
      await say("ana", "write greeting.txt hello from ana");
      const mine = messages.locator(".message.user", { hasText: "write greeting.txt" });
      await mine.locator(".badge", { hasText: "delivered" }).waitFor({ timeout: WAIT });
    });
    await expect("bob co-drives in the same thread", async () => {
      await say("bob", "looks right to me");
      const his = messages.locator(".message.user", { hasText: "looks right to me" });
      await his.locator(".who", { hasText: "bob" }).waitFor({ timeout: WAIT });
      await his.locator(".badge", { hasText: "delivered" }).waitFor({ timeout: WAIT });
    });
    await expect("the card's Screen button shows the agent saw both people, attributed", async () => {
      // The card is re-rendered whenever the session's state changes; a click that lands while its button is
      // replaced is lost (as it would be for a person, who clicks again), so click until the answer shows.
      const screen = messages.locator(".message.bot", { hasText: "Screen of pair" }).last();
      for (let attempt = 0; attempt < 4 && !(await screen.count()); attempt++) {
        await messages.locator(".card button", { hasText: "Screen" }).first().click();
        await screen.waitFor({ timeout: 5000 }).catch(() => {});
      }
      await screen.waitFor({ timeout: WAIT });
      const text = await screen.textContent();
      if (!text.includes("wrote greeting.txt") || !text.includes("got: [from bob] looks right to me")) {
        throw new Error("the screen does not show both turns: " + text);
      }
    });
    await expect("/agent diff shows the file the agent wrote", async () => {
      await say("ana", "/agent diff");
      const diff = messages.locator(".message.bot", { hasText: "Changes in baton/pair against main" });
      await diff.waitFor({ timeout: WAIT });
      if (!(await diff.textContent()).includes("greeting.txt | 1 +")) throw new Error("the diff does not list greeting.txt");
    });
    await expect("/agent recall links to the session's thread, and the link opens it in a fresh tab", async () => {
      await say("ana", "/agent recall greeting");
      const link = messages.locator(".message.bot", { hasText: "Sessions matching 'greeting'" }).locator("a.thread-link").first();
      await link.waitFor({ timeout: WAIT });
      const href = await link.getAttribute("href");
      if (!/^#web:general\/.+/.test(href)) throw new Error("not a thread link: " + href);
      const tab = await browser.newPage({ viewport: { width: 1000, height: 700 } });
      await tab.goto(base + "/?token=" + encodeURIComponent(token) + href);
      await tab.locator("#message-list .card-title", { hasText: "Session pair" }).waitFor({ timeout: WAIT });
      await tab.close();
    });
    await expect("a screenshot of the session thread is saved", async () => {
      await page.locator("#thread-text").blur();
      await page.screenshot({ path: screenshot });
    });
    console.log("product browser test: all steps passed");
  } catch (e) {
    console.log("FAILED: " + step + ": " + (e && e.message ? e.message.split("\n")[0] : e));
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.log("FAILED: could not run the browser: " + e.message); process.exit(1); });
