// Phone-sized layout checks shared by the browser scripts: no horizontal scrolling, and every visible button,
// select, text field and button-styled link at least 44 px both ways (xterm.js's own hidden input aside).
"use strict";

async function check(page, selector) {
  const found = await page.evaluate((sel) => {
    const problems = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth) {
      problems.push("the page scrolls sideways: scrollWidth " + doc.scrollWidth + " > innerWidth " + window.innerWidth);
    }
    for (const e of document.querySelectorAll(sel)) {
      const r = e.getBoundingClientRect();
      const style = getComputedStyle(e);
      if (r.width === 0 || r.height === 0 || style.visibility === "hidden" || e.closest(".xterm")) continue;
      if (r.width < 44 || r.height < 44) {
        problems.push((e.id ? "#" + e.id : e.tagName.toLowerCase() + "." + e.className) + " '"
          + (e.textContent || "").trim().slice(0, 20) + "' is " + Math.round(r.width) + "×" + Math.round(r.height));
      }
      if (r.right > window.innerWidth + 1) problems.push((e.id || e.tagName) + " sticks out to the right");
    }
    return problems;
  }, selector || "button, select, a.button, input[type=text], textarea");
  if (found.length) throw new Error(found.join("; "));
}

module.exports = { check };
