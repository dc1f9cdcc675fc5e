// The flow's first step (the reason list), shown by this module at once
// while the wasm downloads: on a slow phone network the wasm takes about a
// second, and the person should not wait for it to choose a reason. Its
// wording is approved wording: `first-step.json`, written at build time by
// report-core's `first_step` example from the same `reason_screen` the wasm
// renders and the snapshots record, and its markup is the wasm's
// (`reason_step` in app/web/src/flow.rs), so every display check and
// snapshot comparison covers it too. Nothing here sends anything; at "Next"
// the wasm takes over with the reason and comment and shows the disclosure.

/**
 * The locale `report_core::negotiate` (fluent-langneg, filtering) will pick
 * for `languages`, when the tags alone make it certain; null when only the
 * negotiation itself can tell (then the wasm shows the first step too, so
 * the person never sees one language turn into another). A tag is passed
 * over only when no shipped locale has its language.
 */
export function certainLocale(languages, data) {
  const tags = languages ?? [];
  if (!Array.isArray(tags)) return null;
  // A pseudo-locale listed first is given as it is, never negotiated.
  if (data.pseudo.includes(tags[0])) return null;
  for (const tag of tags) {
    if (typeof tag !== "string") return null;
    const parts = /^([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}|[0-9]{3}))?$/i.exec(tag);
    // Any other form (extensions, variants, "_", "und") is the negotiation's to read.
    if (parts === null || parts[1].toLowerCase() === "und") return null;
    const exact = data.locales.find((l) => l.toLowerCase() === tag.toLowerCase());
    if (exact !== undefined) return exact;
    const language = parts[1].toLowerCase();
    const same = data.locales.filter((l) => l.split("-")[0] === language);
    if (same.length === 0) continue;
    // "ja-JP" is "ja"; a script, or a shipped locale with a region, is not certain.
    return same.length === 1 && !same[0].includes("-") && parts[2] === undefined ? same[0] : null;
  }
  return data.reference;
}

/** The approved first step for these options, or null when the wasm must show it. */
export function firstStepFor(options, data) {
  const locale = certainLocale(options.languages, data);
  const key = `${locale}/${options.kind}/${options.platform}`;
  if (locale === null || !Object.hasOwn(data.index, key)) return null;
  const at = data.index[key];
  const [title, intro, reasons, commentLabel, commentHint, next, cancel] = data.screens[at];
  return { locale, platform: options.platform, title, intro, reasons, commentLabel, commentHint, next, cancel, commentMaxChars: data.commentMaxChars };
}

function el(name, attributes = {}, ...children) {
  const e = document.createElement(name);
  for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** Performance marks `report-disclosure:<name>`, as the wasm sets them (read by the benchmark). */
export const mark = (name) => performance.mark(`report-disclosure:${name}`);

/**
 * Shows `step` in a modal dialog in `root`. `leave()` runs when the person
 * cancels (Cancel, Escape, or the browser closing the dialog). Returns
 * `values()` (the chosen reason and the comment as they are now),
 * `whenNext(go)` (`go` runs once the person has pressed Next and, until it
 * is given, the step shows that it waits) and `remove()`.
 */
export function showFirstStep(root, step, leave) {
  const title = el("h2", { id: "report-title", tabindex: "-1", "data-snap": "title" }, step.title);
  const radios = step.reasons.map(([id, label]) => {
    const input = el("input", { type: "radio", name: "reason", value: id });
    return [input, el("label", { class: "reason" }, input, el("span", { "data-snap": "option" }, label))];
  });
  const comment = el("textarea", { id: "report-comment", rows: "3", "aria-describedby": "report-comment-hint", maxlength: String(step.commentMaxChars) });
  const next = el("button", { type: "button", class: "primary", "data-testid": "next", "data-snap": "button", disabled: "" }, step.next);
  const cancel = el("button", { type: "button", "data-testid": "cancel", "data-snap": "button" }, step.cancel);
  const section = el(
    "section",
    { class: "step", "data-step": "reason" },
    title,
    el("fieldset", { class: "reasons" }, el("legend", { "data-snap": "legend" }, step.intro), ...radios.map(([, label]) => label)),
    el("label", { class: "comment", for: "report-comment", "data-snap": "label" }, step.commentLabel),
    comment,
    el("p", { class: "hint", id: "report-comment-hint", "data-snap": "hint" }, step.commentHint),
    el("div", { class: "actions" }, next, cancel),
  );
  const dialog = el(
    "dialog",
    { class: "backdrop", "aria-labelledby": "report-title", "data-testid": "report-dialog", "data-display-check": "not-shown" },
    el("div", { class: "dialog" }, el("div", { class: "flow", "data-platform": step.platform }, section)),
  );

  let pressed = false;
  let go = null;
  let gone = false;
  const values = () => ({ reason: radios.find(([input]) => input.checked)?.[0].value ?? null, comment: comment.value });
  const remove = () => {
    gone = true;
    dialog.remove();
  };
  const quit = () => {
    if (gone) return;
    remove();
    leave();
  };
  for (const [input] of radios) input.addEventListener("change", () => next.removeAttribute("disabled"));
  next.addEventListener("click", () => {
    if (pressed || values().reason === null) return;
    mark("next-click");
    pressed = true;
    if (go !== null) go();
    else section.setAttribute("aria-busy", "true");
  });
  cancel.addEventListener("click", quit);
  dialog.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      // The browser's own Escape would close the dialog under the flow.
      e.preventDefault();
      quit();
    } else if (e.key === "Tab") keepFocusInside(dialog, e);
  });
  dialog.addEventListener("cancel", (e) => e.preventDefault());
  // Closed by the browser after all (a back gesture the page cannot refuse).
  dialog.addEventListener("close", quit);

  root.append(dialog);
  // The top layer: above everything the host page stacks; the page behind is inert.
  try {
    dialog.showModal();
  } catch {
    dialog.setAttribute("open", "");
  }
  // Before the first layout, so the step is laid out once, focus included.
  title.focus();
  queueMicrotask(() => {
    document.documentElement.getBoundingClientRect();
    mark("dialog-rendered");
  });
  return {
    values,
    remove,
    whenNext(fn) {
      go = fn;
      if (pressed) fn();
    },
  };
}

/** Tab wraps around inside the dialog, as in the wasm's `keep_focus_inside`; a radio group is one stop. */
function keepFocusInside(dialog, e) {
  const focusable = [...dialog.querySelectorAll("button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select, a[href]")];
  if (focusable.length === 0) return;
  const active = dialog.getRootNode().activeElement;
  const inside = active !== null && dialog.contains(active);
  const position = focusable.indexOf(active);
  const group = (f) => (f.type === "radio" ? f.name : undefined);
  const atFirstStop = position === -1 ? inside : focusable.slice(0, position).every((f) => group(active) !== undefined && group(f) === group(active));
  if (e.shiftKey && (atFirstStop || !inside)) {
    e.preventDefault();
    focusable.at(-1).focus();
  } else if (!e.shiftKey && (position === focusable.length - 1 || !inside)) {
    e.preventDefault();
    focusable[0].focus();
  }
}
