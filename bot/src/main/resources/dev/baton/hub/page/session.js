// The live session page: the agent's terminal (xterm.js fed by the PTY stream through the hub), turns, attention,
// diff, recap and a read-only file browser. What you may do comes from the hub, which re-checks it on every request.
"use strict";

(function () {
  const H = window.BatonHighlight;
  const link = location.pathname.split("/")[2];
  const base = "/s/" + link;
  const $ = (id) => document.getElementById(id);
  let state = null;
  let socket = null;
  let closed = false;
  let refs = 0;

  const term = new window.Terminal({ cols: 120, rows: 40, disableStdin: true, scrollback: 2000, fontSize: 13,
    fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", convertEol: false,
    theme: { background: "#101418" } });
  term.open($("terminal"));

  function bytes(b64) {
    const raw = atob(b64);
    const out = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
    return out;
  }

  function banner(text) {
    $("banner").textContent = text;
    $("banner").hidden = !text;
  }

  function result(text, ok) {
    $("result").textContent = text || "";
    $("result").className = "result" + (ok ? " ok" : "");
  }

  function connect() {
    const proto = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(proto + location.host + base + "/live");
    socket.onmessage = (e) => {
      const m = JSON.parse(e.data);
      if (m.type === "pty") {
        if (m.reset) term.reset();
        if (m.cols > 0 && m.rows > 0 && (m.cols !== term.cols || m.rows !== term.rows)) term.resize(m.cols, m.rows);
        term.write(bytes(m.data));
        document.body.dataset.streaming = "yes";
      } else if (m.type === "closed") {
        lost(m.reason);
      } else if (m.type === "note") {
        result(m.text, false);
      } else if (m.type === "result") {
        result(m.ok ? "done" : m.error, m.ok);
        refresh();
      }
    };
    socket.onclose = () => lost(null);
  }

  function lost(reason) {
    if (closed) return;
    closed = true;
    document.body.dataset.closed = "yes";
    $("terminal-box").classList.add("closed");
    $("composer").hidden = true;
    banner("The live view is closed" + (reason ? ": " + reason : "") + ".");
  }

  function send(message) {
    if (!socket || socket.readyState !== WebSocket.OPEN) {
      result("not connected", false);
      return;
    }
    message.ref = String(++refs);
    socket.send(JSON.stringify(message));
  }

  async function getJson(path) {
    const r = await fetch(base + path, { cache: "no-store" });
    const body = await r.json().catch(() => ({ error: "HTTP " + r.status }));
    if (!r.ok) throw new Error(body.error || "HTTP " + r.status);
    return body;
  }

  async function refresh() {
    try {
      state = await getJson("/state");
    } catch (e) {
      if (!closed) lost(e.message);
      return;
    }
    render();
  }

  function render() {
    const s = state.session;
    document.title = s.name + " · Baton";
    $("name").textContent = s.name;
    $("state").textContent = s.state;
    $("state").className = "badge " + s.state;
    $("paused").hidden = !s.paused;
    $("facts").textContent = s.agent + " · " + (s.branch || "…") + (s.base ? " from " + s.base : "") + " · owner "
      + (s.owner || "nobody (up for grabs)") + " · daemon " + s.daemon + (s.online ? "" : " (offline)")
      + " · " + state.visibility + (s.mode ? " · mode " + s.mode : "");
    $("you").textContent = state.you.name + " (" + state.you.role + ")";
    const drive = state.you.drive && !closed;
    $("composer").hidden = !drive;
    $("readonly").hidden = state.you.drive;
    $("pause").hidden = !drive || s.paused;
    $("resume").hidden = !drive || !s.paused;
    const p = state.prompt;
    $("prompt").hidden = !p;
    if (p) {
      $("prompt-tool").textContent = p.tool || "question";
      $("prompt-detail").textContent = [p.detail, p.question].filter(Boolean).join("\n");
      $("prompt-buttons").hidden = !state.you.approve || closed;
      $("prompt-readonly").hidden = state.you.approve;
    }
    const audit = $("tab-audit");
    audit.textContent = "";
    if (!state.audit || state.audit.length === 0) audit.textContent = "No approvals, denials, shares or kills yet.";
    for (const a of (state.audit || []).slice().reverse()) {
      const row = document.createElement("div");
      row.className = "event " + (a.outcome === "done" || a.outcome === "allowed" ? "" : "action");
      const at = document.createElement("span"); at.className = "at";
      at.textContent = typeof a.at === "number" ? new Date(a.at).toISOString().replace("T", " ").slice(0, 19) : String(a.at || "");
      const text = document.createElement("span");
      text.textContent = (a.actor || "") + " " + (a.action || "") + ": " + (a.outcome || "") + (a.reason ? " — " + a.reason : "");
      row.append(at, text);
      audit.append(row);
    }
    const turns = $("tab-turns");
    turns.textContent = "";
    if (state.turns.length === 0) turns.textContent = "No turns yet.";
    for (const t of state.turns) {
      const row = document.createElement("div");
      row.className = "turn";
      const n = document.createElement("span"); n.className = "n"; n.textContent = "#" + t.number;
      const who = document.createElement("span"); who.className = "who"; who.textContent = t.sender;
      const text = document.createElement("span"); text.textContent = t.text;
      row.append(n, who, text);
      turns.append(row);
    }
  }

  async function details() {
    let d;
    try {
      d = await getJson("/details");
    } catch (e) {
      $("tab-attention").textContent = e.message;
      return;
    }
    const att = $("tab-attention");
    att.textContent = "";
    const events = Array.isArray(d.attention) ? d.attention : [];
    if (!Array.isArray(d.attention)) att.textContent = (d.attention && d.attention.error) || "";
    for (const e of events.slice().reverse()) {
      const row = document.createElement("div");
      row.className = "event " + (e.level || "");
      const at = document.createElement("span"); at.className = "at"; at.textContent = (e.at || "").replace("T", " ").slice(0, 19);
      const text = document.createElement("span"); text.textContent = describe(e);
      row.append(at, text);
      att.append(row);
    }
    $("tab-diff").innerHTML = typeof d.diff === "string"
      ? (d.diff.trim() ? '<pre class="code">' + H.diff(d.diff) + "</pre>" : "No changes against the base branch yet.")
      : H.escape((d.diff && d.diff.error) || "");
    $("tab-recap").innerHTML = typeof d.recap === "string" ? '<pre class="code">' + H.escape(d.recap) + "</pre>"
      : H.escape((d.recap && d.recap.error) || "");
  }

  /** Both sides, live: human turns with their senders, then the agent's messages, tool calls and results. */
  async function transcript() {
    const tab = $("tab-transcript");
    let d;
    try {
      d = await getJson("/transcript");
    } catch (e) {
      tab.textContent = e.message;
      return;
    }
    const events = Array.isArray(d.transcript) ? d.transcript : [];
    tab.textContent = Array.isArray(d.transcript) ? "" : ((d.transcript && d.transcript.error) || "");
    if (Array.isArray(d.transcript) && events.length === 0) tab.textContent = "Nothing said yet.";
    for (const e of events) {
      const row = document.createElement("div");
      row.className = "said " + e.type;
      const who = document.createElement("span"); who.className = "who";
      const text = document.createElement("span"); text.className = "text";
      switch (e.type) {
        case "turn_queued": who.textContent = e.sender || "someone"; text.textContent = e.text || ""; break;
        case "input_sent": who.textContent = e.sender || "someone"; text.textContent = e.text || ""; break;
        case "agent_message": who.textContent = "agent"; text.textContent = e.text || ""; break;
        case "tool_call": who.textContent = "tool"; text.textContent = (e.tool || "") + ": " + (e.command || e.input || ""); break;
        case "tool_result": who.textContent = e.ok === false ? "error" : "result"; text.textContent = e.output || ""; break;
        default: who.textContent = e.type; break;
      }
      row.append(who, text);
      tab.append(row);
    }
  }

  function describe(e) {
    switch (e.type) {
      case "attention": return (e.level || "") + " · " + (e.kind || "") + ": " + (e.message || "");
      case "attention_cleared": return "attention cleared" + (e.how ? " (" + e.how + ")" : "");
      case "prompt_opened": return "permission prompt: " + [e.tool, e.detail].filter(Boolean).join(" ");
      case "prompt_answered": return "prompt " + (e.decision || "answered") + (e.by ? " by " + e.by : "");
      case "state": return (e.from || "") + " → " + (e.to || "") + (e.reason ? " (" + e.reason + ")" : "");
      case "emitted": return (e.level || "") + " · " + (e.kind || "") + (e.message ? ": " + e.message : "");
      case "artifact": return "artifact · " + (e.kind || "") + ": " + (e.path || (e.commit || "").slice(0, 12))
        + (e.label ? " — " + e.label : "");
      case "audit": return (e.actor || "") + " " + (e.action || "") + ": " + (e.outcome || "") + (e.reason ? " — " + e.reason : "");
      default: return e.type;
    }
  }

  let files = [];
  async function loadFiles() {
    try {
      files = (await getJson("/files")).files;
    } catch (e) {
      $("file-view").textContent = e.message;
      return;
    }
    listFiles();
  }

  function listFiles() {
    const q = $("file-filter").value.toLowerCase();
    const list = $("file-list");
    list.textContent = "";
    for (const f of files.filter((f) => f.toLowerCase().includes(q)).slice(0, 500)) {
      const li = document.createElement("li");
      li.textContent = f;
      li.addEventListener("click", () => openFile(f, li));
      list.append(li);
    }
  }

  async function openFile(path, li) {
    document.querySelectorAll("#file-list li.active").forEach((x) => x.classList.remove("active"));
    if (li) li.classList.add("active");
    const view = $("file-view");
    let f;
    try {
      f = await getJson("/file?path=" + encodeURIComponent(path));
    } catch (e) {
      view.textContent = e.message;
      return;
    }
    const diff = typeof f.diff === "string" && f.diff.trim()
      ? '<div class="file-title">Changes in this file</div><pre class="code file-diff">' + H.diff(f.diff) + "</pre>" : "";
    view.innerHTML = '<div class="file-title"></div><pre class="code file-text">' + H.highlight(f.text, path) + "</pre>" + diff;
    view.querySelector(".file-title").textContent = path;
  }

  function showTab(name) {
    document.querySelectorAll(".tabs button").forEach((b) => b.classList.toggle("active", b.dataset.tab === name));
    document.querySelectorAll(".tab").forEach((t) => { t.hidden = t.id !== "tab-" + name; });
    if (name === "files") loadFiles();
    if (name === "attention" || name === "diff" || name === "recap") details();
    if (name === "transcript") transcript();
  }

  document.querySelectorAll(".tabs button").forEach((b) => b.addEventListener("click", () => showTab(b.dataset.tab)));
  $("inspect").addEventListener("click", () => showTab("files"));
  $("file-filter").addEventListener("input", listFiles);
  $("composer").addEventListener("submit", (e) => {
    e.preventDefault();
    const text = $("turn").value.trim();
    if (!text) return;
    send({ type: "turn", text });
    $("turn").value = "";
  });
  document.querySelectorAll("[data-key]").forEach((b) => b.addEventListener("click", () => send({ type: "keys", keys: [b.dataset.key] })));
  document.querySelectorAll("[data-decision]").forEach((b) => b.addEventListener("click",
    () => state && state.prompt && send({ type: "answer", prompt: state.prompt.id, decision: b.dataset.decision })));
  $("pause").addEventListener("click", () => send({ type: "pause" }));
  $("resume").addEventListener("click", () => send({ type: "resume" }));

  connect();
  refresh();
  setInterval(() => {
    if (closed) return;
    refresh();
    if (!$("tab-transcript").hidden) transcript();
  }, 2000);
})();
