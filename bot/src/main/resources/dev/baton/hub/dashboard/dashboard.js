// The dashboard: polls its state every two seconds (as the session page does); Approve/Deny post the answer.
"use strict";
(() => {
  const base = location.pathname.replace(/\/$/, "");
  const $ = (id) => document.getElementById(id);
  let view = null;
  let filter = "all";
  let closed = false;

  const el = (tag, attrs, ...kids) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") e.className = v; else if (k.startsWith("data-")) e.setAttribute(k, v); else e[k] = v;
    }
    for (const k of kids) if (k != null) e.append(k);
    return e;
  };
  const age = (s) => s < 60 ? s + " s" : s < 3600 ? Math.floor(s / 60) + " min" : s < 86400
    ? Math.floor(s / 3600) + " h" : Math.floor(s / 86400) + " d";
  const when = (ms) => ms ? new Date(ms).toLocaleString() : "before the hub started";

  async function refresh() {
    try {
      const r = await fetch(base + "/state", { cache: "no-store" });
      const body = await r.json();
      if (!r.ok) throw new Error(body.error || "HTTP " + r.status);
      view = body;
      $("banner").hidden = true;
      $("live").textContent = "live · updated " + new Date().toLocaleTimeString();
      render();
    } catch (e) {
      $("banner").hidden = false;
      $("banner").textContent = "Could not refresh: " + e.message;
      $("live").textContent = "offline";
      if (/expired|not issued|not a dashboard link/.test(e.message)) closed = true;
    }
  }

  function options(select, values) {
    const keep = select.value;
    select.replaceChildren(el("option", { value: "" }, "any"), ...values.map((v) => el("option", { value: v }, v)));
    select.value = values.includes(keep) ? keep : "";
  }

  function shown(s) {
    if (filter === "needs" && !s.needs_me) return false;
    if (filter === "mine" && !s.mine) return false;
    if ($("channel").value && s.channel !== $("channel").value) return false;
    if ($("daemon").value && s.daemon !== $("daemon").value) return false;
    return true;
  }

  function render() {
    $("you").textContent = view.you.name;
    options($("channel"), [...new Set(view.sessions.map((s) => s.channel))].sort());
    options($("daemon"), view.daemons.map((d) => d.name));
    const rows = view.sessions.filter(shown);
    fill($("needs"), rows.filter((s) => s.needs_me).map(card), "Nothing is waiting on you.");
    fill($("sessions"), rows.filter((s) => !s.needs_me).map(card), "No sessions to show.");
    fill($("daemons"), view.daemons.filter((d) => !$("daemon").value || d.name === $("daemon").value).map(daemon),
      "No daemons are registered.");
  }

  function fill(box, cards, empty) {
    box.replaceChildren(...(cards.length ? cards : [el("p", { class: "empty" }, empty)]));
  }

  function card(s) {
    const c = el("article", { class: "card session" + (s.needs_me ? " needs" : ""), "data-session": s.name },
      el("div", null, el("span", { class: "name" }, s.name), el("span", { class: "badge " + s.state }, s.state),
        s.attention ? el("span", { class: "badge waiting" }, s.attention) : null),
      el("div", { class: "facts" }, [s.agent, s.repo + (s.branch ? " @ " + s.branch : ""),
        "owner " + (s.owner || "nobody (up for grabs)"), s.daemon + (s.online ? "" : " (offline)"),
        s.channel, "age " + age(s.age_s), "cost " + (s.cost == null ? "—" : s.cost)].join(" · ")));
    if (s.prompt) {
      const p = el("div", { class: "prompt" }, el("div", null, "Permission needed: " + (s.prompt.tool || "")),
        el("pre", { class: "command" }, s.prompt.detail || s.prompt.question || ""));
      if (s.approve) {
        p.append(el("div", { class: "actions" },
          answer(s, "allow_once", "Approve", "approve"), answer(s, "deny", "Deny", "deny")));
      } else {
        p.append(el("div", { class: "facts" }, "You may watch this session but not answer its prompts."));
      }
      c.append(p);
    }
    c.append(el("div", { class: "actions" },
      s.thread_url ? el("a", { class: "button", href: s.thread_url, target: "_blank", rel: "noopener" }, "Thread") : null,
      el("a", { class: "button", href: s.page_url, target: "_blank", rel: "noopener" }, "Session page")));
    return c;
  }

  function answer(s, decision, label, cls) {
    const b = el("button", { class: cls, "data-decision": decision }, label);
    b.addEventListener("click", async () => {
      b.disabled = true;
      try {
        const r = await fetch(base + "/answer", { method: "POST", headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ prompt: s.prompt.id, decision }) });
        const body = await r.json();
        if (!body.ok) throw new Error(body.error || "HTTP " + r.status);
      } catch (e) {
        $("banner").hidden = false;
        $("banner").textContent = "Not answered: " + e.message;
      }
      refresh();
    });
    return b;
  }

  function daemon(d) {
    return el("article", { class: "card daemon", "data-daemon": d.name },
      el("div", null, el("span", { class: "name" }, d.name),
        el("span", { class: "badge " + (d.online ? "online" : "offline") }, d.online ? "online" : "offline")),
      el("div", { class: "facts" }, (d.online ? "online since " : "offline since ") + when(d.since)),
      d.online ? el("div", { class: "facts" }, ["host " + (d.host || "?"), "repos " + (d.repos.join(", ") || "none"),
        "agents " + (d.agents.join(", ") || "none"), d.live + " live of " + d.capacity,
        "protocol " + d.protocol].join(" · ")) : el("div", { class: "facts" }, d.live + " sessions not ended"));
  }

  for (const b of document.querySelectorAll("#filters button")) {
    b.addEventListener("click", () => {
      filter = b.dataset.filter;
      document.querySelectorAll("#filters button").forEach((x) => x.classList.toggle("on", x === b));
      if (view) render();
    });
  }
  $("channel").addEventListener("change", () => view && render());
  $("daemon").addEventListener("change", () => view && render());
  refresh();
  setInterval(() => { if (!closed) refresh(); }, 2000);
})();
