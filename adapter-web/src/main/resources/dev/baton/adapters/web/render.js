// Builds the DOM for messages, threads and posts. Everything goes through textContent: message text is never
// parsed as HTML, and control characters are shown as visible escapes.
"use strict";

const BatonRender = (() => {
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children.flat()) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  // Control characters other than newline and tab are shown in caret notation (ESC -> ^[, BEL -> ^G, DEL -> ^?).
  function inertText(text) {
    const out = [];
    let plain = "";
    for (const ch of text) {
      const code = ch.codePointAt(0);
      const control = (code < 0x20 && ch !== "\n" && ch !== "\t") || code === 0x7f || (code >= 0x80 && code < 0xa0);
      if (!control) { plain += ch; continue; }
      if (plain) { out.push(plain); plain = ""; }
      const picture = code === 0x7f ? "^?" : code < 0x20 ? "^" + String.fromCharCode(code + 64) : "\\x" + code.toString(16);
      out.push(el("span", { class: "ctl", title: "control character U+" + code.toString(16).padStart(4, "0"), text: picture }));
    }
    if (plain) out.push(plain);
    return out;
  }

  // A web chat thread key in a post (web:general/42, as recall and continue print them) becomes a link to it.
  const THREAD_KEY = /(web:[A-Za-z0-9._-]+\/[A-Za-z0-9._-]+)/;
  function linked(text) {
    const out = [];
    for (const part of text.split(THREAD_KEY)) {
      if (THREAD_KEY.test(part) && part.match(THREAD_KEY)[0] === part) {
        out.push(el("a", { class: "thread-link", href: "#" + part, text: part }));
      } else if (part) {
        out.push(...inertText(part));
      }
    }
    return out;
  }

  function withMentions(text, names) {
    if (!names || names.length === 0) return linked(text);
    const out = [];
    const missing = names.filter((n) => !text.includes("@" + n));
    for (const name of missing) out.push(el("span", { class: "mention", text: "@" + name }), " ");
    const pattern = new RegExp("(" + names.map((n) => "@" + n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|") + ")");
    for (const part of text.split(pattern)) {
      if (names.some((n) => part === "@" + n)) out.push(el("span", { class: "mention", text: part }));
      else if (part) out.push(...linked(part));
    }
    return out;
  }

  function time(iso) {
    const date = new Date(iso);
    const sameDay = date.toDateString() === new Date().toDateString();
    const label = sameDay ? date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })
                          : date.toLocaleDateString([], { month: "short", day: "numeric" }) + " "
                            + date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
    return el("time", { datetime: iso, title: date.toLocaleString(), text: label });
  }

  function card(post, onButton) {
    const fields = (post.fields || []).flatMap((f) => [el("dt", { text: f.label }), el("dd", {}, inertText(f.value || ""))]);
    const buttons = (post.buttons || []).map((b) =>
      el("button", { type: "button", class: b.style || "default", onclick: (e) => onButton(b, e.currentTarget) }, b.label));
    return el("div", { class: "card" },
      post.mentions && post.mentions.length
        ? el("div", { class: "card-mentions" }, withMentions(post.mentions.map((m) => "@" + m).join(" "), post.mentions)) : null,
      post.title ? el("div", { class: "card-title", text: post.title }) : null,
      fields.length ? el("dl", {}, fields) : null,
      buttons.length ? el("div", { class: "card-buttons" }, buttons) : null,
      post.footer ? el("div", { class: "card-footer", text: post.footer }) : null);
  }

  function body(message, onButton) {
    const post = message.post;
    if (!post) return el("div", { class: "text" }, inertText(message.text));
    switch (post.type) {
      case "card": return card(post, (button, node) => onButton(message, button, node));
      case "code": return el("figure", { class: "code" },
        post.title ? el("figcaption", { text: post.title }) : null, el("pre", {}, el("code", {}, linked(post.text || ""))));
      case "text": return el("div", { class: "text" }, withMentions(post.text || "", post.mentions));
      default: return el("div", { class: "text" }, inertText(message.text));
    }
  }

  function badge(status) {
    const delivered = /^delivered/i.test(status);
    return el("span", { class: "badge" + (delivered ? " delivered" : ""), text: status });
  }

  function message(m, onButton) {
    const classes = ["message", m.kind, m.visibleTo ? "whisper" : ""].join(" ").trim();
    return el("li", { class: classes, id: "m-" + m.id, "data-id": m.id },
      el("div", { class: "message-head" },
        el("span", { class: "who", text: m.user }),
        time(m.ts),
        m.edited ? el("span", { class: "edited", text: "(edited)" }) : null,
        m.visibleTo ? el("span", { class: "note", text: "only you can see this" }) : null,
        m.badge ? badge(m.badge) : null),
      body(m, onButton));
  }

  function threadItem(t, current, onOpen) {
    const snippet = t.post && t.post.type === "card" ? t.post.title || t.text : t.text;
    const replies = t.replies === 1 ? "1 reply" : t.replies + " replies";
    return el("li", {},
      el("button", { type: "button", class: "thread-item", "data-thread": t.id, "aria-current": current ? "true" : "false",
                     onclick: () => onOpen(t.id) },
        el("span", { class: "thread-meta" }, el("span", { class: "who", text: t.user }), time(t.ts),
          t.badge ? badge(t.badge) : null),
        el("span", { class: "thread-snippet" }, inertText(snippet.split("\n")[0])),
        el("span", { class: "thread-replies", text: replies + (t.replies ? " · last " : "") },
          t.replies ? time(t.lastActivity) : null)));
  }

  function empty(...children) {
    return el("li", { class: "empty" }, ...children);
  }

  return { el, message, threadItem, empty };
})();
