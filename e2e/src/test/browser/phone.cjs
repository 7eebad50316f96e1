// The web chat and the session page at phone size (390×844, touch): nothing scrolls sideways, every control is at
// least 44 px, the terminal stays inside the width (or scrolls in its own box), and the prompt's buttons are reachable:
// Allow is tapped on the session page and the prompt goes away.
// Usage: node phone.cjs <base-url> <web-token> <thread> <session-link> <question> <img-dir>
"use strict";

const { chromium } = require("playwright-core");
const layout = require("./layout.cjs");

const [base, token, thread, sessionUrl, question, imgDir] = process.argv.slice(2);
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
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const chat = await context.newPage();
    chat.on("pageerror", (e) => pageErrors.push("chat: " + e.message));

    await expect("the web chat opens the session's thread at phone size", async () => {
      await chat.goto(base + "/?token=" + encodeURIComponent(token) + "#web:general/" + encodeURIComponent(thread));
      await chat.fill("#name", "ana");
      await chat.locator("#message-list", { hasText: question }).waitFor({ timeout: WAIT });
    });
    await expect("the web chat does not scroll sideways and its controls are at least 44 px", async () => {
      await layout.check(chat);
    });
    await expect("the thread's reply box and button are on screen", async () => {
      await chat.locator("#thread-composer button[type=submit]").scrollIntoViewIfNeeded();
      const box = await chat.locator("#thread-composer button[type=submit]").boundingBox();
      if (!box || box.x + box.width > 390) throw new Error("the Reply button is off screen: " + JSON.stringify(box));
    });
    await expect("a screenshot of the web chat is saved", async () => {
      await chat.screenshot({ path: imgDir + "/webchat-phone.png" });
    });

    const page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push("page: " + e.message));
    await expect("the session page opens at phone size with the terminal and the open prompt", async () => {
      await page.goto(sessionUrl);
      await page.locator("#terminal .xterm-rows").waitFor({ timeout: WAIT });
      await page.locator("#prompt:not([hidden]) #prompt-detail", { hasText: question }).waitFor({ timeout: WAIT });
    });
    await expect("the session page does not scroll sideways and its controls are at least 44 px", async () => {
      await layout.check(page);
    });
    await expect("the terminal fits the width or scrolls inside its own box", async () => {
      const r = await page.evaluate(() => {
        const box = document.getElementById("terminal-box");
        const inner = document.getElementById("terminal");
        return { right: box.getBoundingClientRect().right, width: window.innerWidth, fits: inner.scrollWidth <= box.clientWidth,
          scrolls: ["auto", "scroll"].includes(getComputedStyle(box).overflowX) };
      });
      if (r.right > r.width + 1) throw new Error("the terminal's box reaches " + r.right + " of " + r.width);
      if (!r.fits && !r.scrolls) throw new Error("the terminal is wider than its box and the box does not scroll");
      console.log("terminal " + (r.fits ? "fits the width" : "scrolls inside its own box"));
    });
    await expect("a screenshot of the session page is saved", async () => {
      await page.screenshot({ path: imgDir + "/session-page-phone.png" });
    });
    await expect("Allow is reachable and tapping it answers the prompt", async () => {
      await page.locator("#prompt-buttons button[data-decision=allow_once]").tap();
      await page.locator("#prompt").waitFor({ state: "hidden", timeout: WAIT });
    });
    await expect("no errors on the pages", async () => {
      if (pageErrors.length) throw new Error(pageErrors.join("; "));
    });
    console.log("phone browser test: all steps passed");
  } catch (e) {
    console.log("FAILED: " + step + ": " + (e && e.message ? e.message.split("\n")[0] : e));
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

main();
