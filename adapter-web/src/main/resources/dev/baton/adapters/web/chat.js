// The web chat page: state, the JSON API, the live stream and the composers. Rendering is in render.js.
"use strict";

(() => {
  const { el, message, threadItem, empty } = BatonRender;
  const $ = (id) => document.getElementById(id);
  const state = { token: null, channel: "general", thread: null, threads: [], messages: [], stream: null, retry: 1000 };

  // --- access token: read from ?token= once, kept for this tab, removed from the address bar ---
  function takeToken() {
    const url = new URL(location.href);
    const fromUrl = url.searchParams.get("token");
    if (fromUrl) {
      sessionStorage.setItem("baton.token", fromUrl);
      url.searchParams.delete("token");
      history.replaceState(null, "", url.pathname + url.search + url.hash);
    }
    return sessionStorage.getItem("baton.token");
  }

  function userName() { return $("name").value.trim(); }

  function showError(text) {
    const alert = $("alert");
    alert.replaceChildren(el("span", { text }), el("button", { type: "button", onclick: () => { alert.hidden = true; } }, "Dismiss"));
    alert.hidden = false;
  }

  function clearError() { $("alert").hidden = true; }

  async function api(method, path, body) {
    const response = await fetch(path, {
      method,
      headers: { "Authorization": "Bearer " + state.token, ...(body ? { "Content-Type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
    if (!response.ok) {
      const reason = json && json.error ? json.error : "the server answered " + response.status;
      throw new Error(reason);
    }
    return json;
  }

  const q = (name) => encodeURIComponent(name);
  const viewer = () => (userName() ? "?user=" + q(userName()) : "");

  // --- channels ---
  async function loadChannels() {
    const channels = await api("GET", "/api/channels");
    $("channel-list").replaceChildren(...channels.map((c) => el("li", {},
      el("button", { type: "button", "aria-current": c.id === state.channel ? "true" : "false", onclick: () => openChannel(c.id) }, "# " + c.name))));
  }

  async function openChannel(id) {
    state.channel = id;
    state.thread = null;
    $("channel-title").textContent = "# " + id;
    $("channel-text").placeholder = "Message #" + id + " — or /agent run …";
    renderThread();
    await Promise.all([loadChannels(), loadThreads()]);
  }

  // --- threads in the channel ---
  async function loadThreads() {
    const channel = state.channel;
    const threads = await api("GET", "/api/channels/" + q(channel) + "/messages" + viewer());
    if (channel !== state.channel) return;
    state.threads = threads;
    renderThreads();
  }

  function renderThreads() {
    const list = $("thread-list");
    if (state.threads.length === 0) {
      list.replaceChildren(empty("No threads yet — type ", el("code", { text: "/agent help" }), " below."));
      return;
    }
    list.replaceChildren(...state.threads.map((t) => threadItem(t, t.id === state.thread, openThread)));
  }

  // --- the open thread ---
  async function openThread(id) {
    state.thread = id;
    renderThreads();
    await loadThread();
    $("thread-text").focus();
  }

  async function loadThread() {
    const thread = state.thread;
    if (!thread) return renderThread();
    const messages = await api("GET", "/api/channels/" + q(state.channel) + "/threads/" + q(thread) + "/messages" + viewer());
    if (thread !== state.thread) return;
    state.messages = messages;
    renderThread();
  }

  function renderThread() {
    const list = $("message-list");
    $("thread-composer").hidden = !state.thread;
    if (!state.thread) {
      $("thread-title").textContent = "Thread";
      list.replaceChildren(empty("Pick a thread on the left, or start one."));
      return;
    }
    $("thread-title").textContent = "Thread in #" + state.channel;
    list.replaceChildren(...state.messages.map((m) => message(m, pressButton)));
    list.scrollTop = list.scrollHeight;
  }

  async function pressButton(m, button, node) {
    if (!requireName()) return;
    node.disabled = true;
    try {
      await api("POST", "/api/actions", { user: userName(), channel: m.channel, thread: m.thread, message: m.id,
        action: button.action, value: button.value || "" });
      clearError();
    } catch (e) {
      showError("The button press failed: " + e.message);
    } finally {
      node.disabled = false;
    }
  }

  // --- composing ---
  function requireName() {
    if (userName()) return true;
    showError("Set your name (top left) first: the web chat has no accounts.");
    $("name").focus();
    return false;
  }

  function newSession() {
    if (!requireName()) return;
    BatonLaunch.open({ api, user: userName, channel: () => state.channel, onStarted: (thread) => openThread(thread) });
  }

  async function send(textarea, thread) {
    const text = textarea.value;
    if (!text.trim() || !requireName()) return;
    if (!thread && /^\/agent\s+(run|new)\s*$/.test(text.trim())) {
      textarea.value = "";
      newSession();
      return;
    }
    try {
      const sent = await api("POST", "/api/channels/" + q(state.channel) + "/messages",
        thread ? { user: userName(), text, thread } : { user: userName(), text });
      textarea.value = "";
      clearError();
      if (!thread) await openThread(sent.thread);
    } catch (e) {
      showError("Not sent: " + e.message);
    }
  }

  function composer(formId, textareaId, threadOf) {
    const textarea = $(textareaId);
    $(formId).addEventListener("submit", (e) => { e.preventDefault(); send(textarea, threadOf()); });
    textarea.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); send(textarea, threadOf()); }
    });
  }

  // --- live stream: message and update events; a dropped stream reconnects and refetches ---
  function connect() {
    if (state.stream) state.stream.close();
    const user = userName() ? "&user=" + q(userName()) : "";
    const stream = new EventSource("/api/stream?token=" + q(state.token) + user);
    state.stream = stream;
    stream.addEventListener("ready", () => {
      state.retry = 1000;
      setLive(true);
      refresh();
    });
    stream.addEventListener("message", (e) => onMessage(JSON.parse(e.data)));
    stream.addEventListener("update", (e) => onMessage(JSON.parse(e.data)));
    stream.addEventListener("error", () => {
      setLive(false);
      if (stream.readyState === EventSource.CLOSED && state.stream === stream) {
        loadChannels().catch((e) => showError("The live stream is down: " + e.message));
        setTimeout(() => { if (state.stream === stream) connect(); }, state.retry);
        state.retry = Math.min(state.retry * 2, 15000);
      }
    });
  }

  function setLive(on) {
    const live = $("live");
    live.textContent = on ? "live" : "reconnecting…";
    live.className = "live " + (on ? "on" : "off");
  }

  let threadsTimer = null;
  function onMessage(m) {
    if (m.channel !== state.channel) return;
    if (m.thread === state.thread) {
      const at = state.messages.findIndex((x) => x.id === m.id);
      if (at >= 0) state.messages[at] = m; else state.messages.push(m);
      renderThread();
    }
    clearTimeout(threadsTimer);
    threadsTimer = setTimeout(() => loadThreads().catch((e) => showError(e.message)), 100);
  }

  async function refresh() {
    try {
      await Promise.all([loadChannels(), loadThreads(), loadThread()]);
    } catch (e) {
      showError(e.message);
    }
  }

  async function addChannel(e) {
    e.preventDefault();
    const input = $("channel-name");
    const name = input.value.trim();
    if (!name) return;
    try {
      await api("POST", "/api/channels", { name });
      input.value = "";
      clearError();
      await openChannel(name);
    } catch (err) {
      showError("No channel added: " + err.message);
    }
  }

  // --- deep links: #web:CHANNEL/THREAD opens that thread (recall, continue and mirror notes link this way) ---
  async function followHash() {
    const m = /^#web:([^/]+)\/(.+)$/.exec(decodeURIComponent(location.hash));
    if (!m || !state.token) return;
    try {
      if (m[1] !== state.channel) await openChannel(m[1]);
      await openThread(m[2]);
    } catch (e) {
      showError("Could not open that thread: " + e.message);
    }
  }

  function start() {
    state.token = takeToken();
    const name = $("name");
    name.value = localStorage.getItem("baton.name") || "";
    name.addEventListener("change", () => {
      localStorage.setItem("baton.name", userName());
      connect();
    });
    composer("channel-composer", "channel-text", () => null);
    composer("thread-composer", "thread-text", () => state.thread);
    $("channel-form").addEventListener("submit", addChannel);
    $("new-session").addEventListener("click", newSession);
    renderThread();
    if (!state.token) {
      setLive(false);
      showError("No access token: open the link the hub printed (it ends in ?token=…).");
      return;
    }
    // Team mode ([web] accounts): the name comes from the personal link and cannot be typed.
    api("GET", "/api/me").then((me) => {
      if (me && me.accounts && me.name) {
        name.value = me.name;
        name.readOnly = true;
        name.title = "Your name comes from your personal link";
      }
    }).catch((e) => showError(e.message)).finally(() => {
      connect();
      window.addEventListener("hashchange", followHash);
      followHash();
    });
  }

  start();
})();
