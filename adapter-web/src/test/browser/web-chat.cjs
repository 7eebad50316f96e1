// Drives the web chat in headless Chromium (the system's /usr/bin/chromium through playwright-core).
// Usage: node web-chat.cjs <base-url> <token> <screenshot.png>
// Every expectation is a named step; the first that fails prints "FAILED: <step>: <why>" and exits 1.
"use strict";

const { chromium } = require("playwright-core");

const [base, token, screenshot] = process.argv.slice(2);
const WAIT = 10000;

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.BATON_CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const pageErrors = [];
  let step = "start";
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    // The one refusal this script provokes on purpose (413) is logged by Chromium as a failed resource.
    page.on("console", (m) => {
      if (m.type() === "error" && !/status of 413/.test(m.text())) pageErrors.push(m.text());
    });
    page.on("dialog", (d) => { pageErrors.push("a dialog opened: " + d.message()); d.dismiss(); });
    const expect = async (name, fn) => { step = name; await fn(); console.log("ok: " + name); };
    const threadItem = (text) => page.locator(".thread-item", { hasText: text });
    const messages = page.locator("#message-list");

    await expect("the page opens with the token and removes it from the address bar", async () => {
      await page.goto(base + "/?token=" + encodeURIComponent(token));
      await page.locator("#live", { hasText: "live" }).waitFor({ timeout: WAIT });
      if (page.url().includes("token")) throw new Error("the token is still in the address bar: " + page.url());
    });
    await expect("an empty channel invites a first command", async () => {
      await page.locator(".empty", { hasText: "No threads yet" }).waitFor({ timeout: WAIT });
    });
    await expect("the thread composer stays hidden until a thread is open", async () => {
      if (await page.locator("#thread-composer").isVisible()) throw new Error("a reply box with no thread");
    });
    await expect("a name can be set", async () => {
      await page.fill("#name", "ana");
      await page.press("#name", "Tab");
      await page.locator("#live", { hasText: "live" }).waitFor({ timeout: WAIT });
    });
    await expect("/agent run hello is posted with Enter and shown as ana's message", async () => {
      await page.fill("#channel-text", "/agent run hello");
      await page.press("#channel-text", "Enter");
      await messages.locator(".message.user", { hasText: "/agent run hello" }).waitFor({ timeout: WAIT });
      const left = await page.inputValue("#channel-text");
      if (left !== "") throw new Error("the composer was not cleared: " + JSON.stringify(left));
    });
    await expect("the hub's card appears live in a new thread", async () => {
      await threadItem("Session hello").waitFor({ timeout: WAIT });
      await threadItem("Session hello").click();
      await messages.locator(".message.bot .card-title", { hasText: "Session hello" }).waitFor({ timeout: WAIT });
      await messages.locator(".card dd", { hasText: "running" }).waitFor({ timeout: WAIT });
    });
    await expect("a card button press updates the card live, in place", async () => {
      await messages.locator(".card button", { hasText: "Approve" }).click();
      await messages.locator(".card dd", { hasText: "approved by ana" }).waitFor({ timeout: WAIT });
      const cards = await messages.locator(".card").count();
      if (cards !== 1) throw new Error("expected the one card edited in place, saw " + cards);
    });
    await expect("after switching the name to bo, a reply gets the hub's badge", async () => {
      await page.fill("#name", "bo");
      await page.press("#name", "Tab");
      await page.fill("#thread-text", "looks good, ship it");
      await page.press("#thread-text", "Enter");
      const mine = messages.locator(".message.user", { hasText: "looks good, ship it" });
      await mine.locator(".who", { hasText: "bo" }).waitFor({ timeout: WAIT });
      await mine.locator(".badge", { hasText: "delivered" }).waitFor({ timeout: WAIT });
    });
    await expect("Shift+Enter makes a new line instead of sending", async () => {
      await page.fill("#thread-text", "line one");
      await page.press("#thread-text", "Shift+Enter");
      await page.type("#thread-text", "line two");
      const value = await page.inputValue("#thread-text");
      if (value !== "line one\nline two") throw new Error("composer holds " + JSON.stringify(value));
      await page.fill("#thread-text", "");
    });
    await expect("markup and control characters in a message are shown as inert text", async () => {
      const nasty = "<img src=x onerror=alert(1)> \u001b[31mred";
      await page.fill("#thread-text", nasty);
      await page.press("#thread-text", "Enter");
      const shown = messages.locator(".message.user .text", { hasText: "<img src=x onerror=alert(1)>" });
      await shown.waitFor({ timeout: WAIT });
      if (await messages.locator("img").count() !== 0) throw new Error("the markup became an element");
      const text = await shown.textContent();
      if (!text.includes("^[[31mred")) throw new Error("ESC was not shown as a visible escape: " + JSON.stringify(text));
    });
    await expect("an API refusal (413) is shown to the person, and the text is kept", async () => {
      await page.fill("#thread-text", "x".repeat(40001));
      await page.press("#thread-text", "Enter");
      await page.locator("#alert", { hasText: "message is 40001 characters; the limit is 40000" }).waitFor({ timeout: WAIT });
      if ((await page.inputValue("#thread-text")).length !== 40001) throw new Error("the composer lost the text");
      await page.fill("#thread-text", "");
      await page.locator("#alert button", { hasText: "Dismiss" }).click();
      await page.locator("#alert").waitFor({ state: "hidden", timeout: WAIT });
    });
    await expect("a screenshot is saved", async () => {
      await page.locator("#thread-text").blur();
      await page.screenshot({ path: screenshot });
    });
    if (pageErrors.length) {
      step = "the page logged no errors";
      throw new Error(pageErrors.join(" | "));
    }
    console.log("web chat browser test: all steps passed");
  } catch (e) {
    console.log("FAILED: " + step + ": " + (e && e.message ? e.message.split("\n")[0] : e));
    if (pageErrors.length) console.log("page errors: " + pageErrors.join(" | "));
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.log("FAILED: could not run the browser: " + e.message); process.exit(1); });
