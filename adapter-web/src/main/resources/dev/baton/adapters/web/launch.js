// The "New session" dialog: the hub's launch form (GET /api/channels/{channel}/launch) rendered as a <dialog>,
// asked again when the daemon or repo changes, submitted with POST; inline errors show under their fields.
"use strict";

const BatonLaunch = (() => {
  const { el } = BatonRender;
  const refreshOn = new Set(["daemon", "repo"]);

  // ctx: { api(method, path, body), user(), channel(), onStarted(thread) }
  function open(ctx) {
    const dialog = document.getElementById("launch");
    const form = document.getElementById("launch-form");
    const fields = document.getElementById("launch-fields");
    const status = document.getElementById("launch-status");
    const base = () => "/api/channels/" + encodeURIComponent(ctx.channel()) + "/launch";

    function values() {
      const out = {};
      for (const input of fields.querySelectorAll("[name]")) out[input.name] = input.value;
      return out;
    }

    function render(launch) {
      fields.replaceChildren(...launch.fields.map((f) => {
        const id = "launch-" + f.key;
        let input;
        if (f.kind === "select") {
          input = el("select", { id, name: f.key, "aria-invalid": f.error ? "true" : "false" },
            f.options.map((o) => el("option", { value: o.value, selected: o.value === f.value }, o.label)));
          if (!f.options.some((o) => o.value === f.value)) input.prepend(el("option", { value: "", selected: true }, "— pick one —"));
          if (refreshOn.has(f.key)) input.addEventListener("change", () => reload(f.key));
        } else if (f.kind === "multiline") {
          input = el("textarea", { id, name: f.key, rows: 4, "aria-invalid": f.error ? "true" : "false" });
          input.value = f.value;
        } else {
          input = el("input", { id, name: f.key, type: "text", "aria-invalid": f.error ? "true" : "false" });
          input.value = f.value;
        }
        return el("div", { class: "launch-field" }, el("label", { for: id, text: f.label }), input,
          f.error ? el("p", { class: "launch-error", id: id + "-error", role: "alert", text: f.error }) : null);
      }));
    }

    async function reload(changed) {
      const v = values();
      const keep = changed === "daemon" ? ["daemon", "name", "prompt", "visibility"] : Object.keys(v).filter((k) => k !== "branch");
      const params = new URLSearchParams({ user: ctx.user() });
      for (const k of keep) if (v[k]) params.set(k, v[k]);
      try {
        render(await ctx.api("GET", base() + "?" + params));
        status.textContent = "";
      } catch (e) {
        status.textContent = e.message;
      }
    }

    form.onsubmit = async (e) => {
      e.preventDefault();
      if (e.submitter && e.submitter.value === "cancel") { dialog.close(); return; }
      status.textContent = "starting…";
      const response = await fetch(base(), {
        method: "POST",
        headers: { "Authorization": "Bearer " + sessionStorage.getItem("baton.token"), "Content-Type": "application/json" },
        body: JSON.stringify({ user: ctx.user(), ...values() }),
      });
      const json = await response.json().catch(() => ({}));
      if (response.status === 201) {
        status.textContent = "";
        dialog.close();
        ctx.onStarted(json.thread);
      } else if (json.fields) {
        render(json);
        status.textContent = "Not started: see the fields marked.";
      } else {
        status.textContent = json.error || "the server answered " + response.status;
      }
    };

    status.textContent = "";
    fields.replaceChildren(el("p", { text: "loading…" }));
    dialog.showModal();
    reload("open");
  }

  return { open };
})();
