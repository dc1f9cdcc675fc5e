// The audit page: asks for the operator token only when the receiver wants
// one, reads GET /api/audit and shows it. Every value from the receiver is
// set as text (textContent), never parsed as markup: notice versions, client
// names and reasons come from reports anyone can send.

const TOKEN_KEY = "report-server.operator-token";
const $ = (id) => document.getElementById(id);
const main = $("audit");
const form = $("token-form");
const input = $("token");
const tokenError = $("token-error");
const status = $("status");

/** The state tests and styles wait for: loading, token, shown or failed. */
function setState(state, message) {
  main.dataset.state = state;
  main.setAttribute("aria-busy", String(state === "loading"));
  status.textContent = message;
  form.hidden = state !== "token";
  $("result").hidden = state !== "shown";
}

/** "2026-12-03T15:40:01Z" as "2026-12-03 15:40:01 UTC", in a <time>. */
function time(iso) {
  const t = document.createElement("time");
  t.dateTime = iso;
  t.textContent = iso.replace("T", " ").replace(/(\.\d+)?Z$/, " UTC");
  return t;
}

function el(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (className) e.className = className;
  return e;
}

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

function askToken(message) {
  setState("token", message ? "" : "This audit needs the operator token.");
  tokenError.textContent = message || "";
  tokenError.hidden = !message;
  input.setAttribute("aria-invalid", String(Boolean(message)));
  if (message) input.focus();
}

async function load(token) {
  setState("loading", "Loading the audit…");
  let response;
  try {
    response = await fetch("/api/audit", {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      cache: "no-store",
    });
  } catch (e) {
    setState("failed", `The receiver did not answer (${e.message}). Try again with Load again or reload the page.`);
    $("result").hidden = true;
    return;
  }
  if (response.status === 401) {
    sessionStorage.removeItem(TOKEN_KEY);
    askToken(token ? "The receiver refused this token. Check it and enter it again." : "");
    return;
  }
  if (!response.ok) {
    setState("failed", `The receiver could not give the audit (HTTP ${response.status}). Reload the page to try again.`);
    return;
  }
  let audit;
  try {
    audit = await response.json();
  } catch {
    setState("failed", "The receiver's answer was not the audit. Reload the page to try again.");
    return;
  }
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  $("forget").hidden = !token;
  render(audit);
  setState("shown", `Audit loaded: ${plural(audit.totals.total, "stored report", "stored reports")}.`);
}

function renderAlarm(unknown) {
  const alarm = $("alarm");
  alarm.replaceChildren();
  alarm.hidden = unknown.length === 0;
  $("calm").hidden = unknown.length > 0;
  if (unknown.length === 0) return;
  alarm.append(
    el("h2", "Alarm: reports name a notice the register does not list"),
    el("p", "A client may be showing wording nobody approved. Find which release sent it and stop it."),
  );
  const list = el("ul");
  for (const n of unknown) {
    const item = el("li");
    item.append(el("code", n.notice_version), ": first report received ", time(n.first_received_at), `, ${plural(n.reports, "report", "reports")} stored.`);
    list.append(item);
  }
  alarm.append(list);
}

function renderTotals(totals) {
  const by = totals.by_notice_status || {};
  const dl = $("totals");
  dl.replaceChildren();
  const pairs = [
    ["Stored reports", totals.total],
    ["Current notice", by.current || 0],
    ["Superseded notice", by.superseded || 0],
    ["Unknown notice", by.unknown || 0],
    ["Verified", totals.verified],
    ["Unverified", totals.unverified],
    ["Purged after retention", totals.purged],
  ];
  for (const [term, value] of pairs) {
    const div = el("div");
    div.append(el("dt", term), el("dd", value));
    if (term === "Unknown notice" && value > 0) div.className = "unknown";
    dl.append(div);
  }
}

function renderDays(days) {
  const body = $("per-day").tBodies[0];
  body.replaceChildren();
  $("no-days").hidden = days.length > 0;
  const most = Math.max(1, ...days.map((d) => d.reports));
  for (const d of days) {
    const row = el("tr");
    const day = el("th");
    day.scope = "row";
    const date = el("time", d.day);
    date.dateTime = d.day;
    day.append(date);
    row.append(day);
    for (const key of ["reports", "current", "superseded", "unknown", "verified", "unverified"]) {
      row.append(el("td", d[key], key === "unknown" && d[key] > 0 ? "num unknown" : "num"));
    }
    // The bar repeats the numbers beside it: hidden from assistive tech.
    // Widths are set through the CSSOM, which a strict CSP allows.
    const cell = el("td");
    const bar = el("div", null, "bar");
    bar.setAttribute("aria-hidden", "true");
    bar.style.width = `${(100 * d.reports) / most}%`;
    for (const key of ["current", "superseded", "unknown"]) {
      if (d[key] === 0) continue;
      const part = el("span", null, key);
      part.style.flexGrow = String(d[key]);
      bar.append(part);
    }
    cell.append(bar);
    row.append(cell);
    body.append(row);
  }
}

function renderNotices(rows) {
  const body = $("notices").tBodies[0];
  body.replaceChildren();
  for (const r of rows) {
    const row = el("tr");
    const notice = el("th");
    notice.scope = "row";
    notice.append(el("code", r.notice_version));
    let statusText = r.notice_status;
    if (r.notice_status === "superseded" && r.days_since_superseded !== null) {
      statusText = `superseded ${plural(r.days_since_superseded, "day", "days")} ago`;
    }
    const client = r.host_app_version ? `${r.client_version} in ${r.host_app_version}` : r.client_version;
    const unverified = el("td", r.unverified, "num");
    const reasons = Object.entries(r.unverified_reasons || {});
    if (reasons.length > 0) {
      const list = el("ul", null, "reasons");
      for (const [code, n] of reasons) list.append(el("li", `${code}: ${n}`));
      unverified.append(list);
    }
    const last = el("td");
    if (r.last_received_at) last.append(time(r.last_received_at));
    else last.textContent = r.purged > 0 ? `none stored (${r.purged} purged)` : "none stored";
    row.append(
      notice,
      el("td", statusText, `status ${r.notice_status}`),
      el("td", r.locale),
      el("td", r.platform),
      el("td", r.kind),
      el("td", client),
      el("td", r.total, "num"),
      el("td", r.verified, "num"),
      unverified,
      last,
    );
    body.append(row);
  }
}

function render(audit) {
  renderAlarm(audit.unknown_notices || []);
  renderTotals(audit.totals);
  renderDays(audit.per_day || []);
  renderNotices(audit.rows || []);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const token = input.value.trim();
  // A header carries visible ASCII only; anything else cannot be a token.
  if (!/^[\x21-\x7e]+$/.test(token)) {
    askToken(token ? "A token is visible ASCII characters only, with no spaces." : "Enter the operator token.");
    return;
  }
  input.value = "";
  load(token).then(() => {
    if (main.dataset.state === "shown") $("totals-heading").focus();
  });
});

$("reload").addEventListener("click", () => load(sessionStorage.getItem(TOKEN_KEY)));
$("forget").addEventListener("click", () => {
  sessionStorage.removeItem(TOKEN_KEY);
  $("forget").hidden = true;
  askToken("");
  input.focus();
});

// With --demo on loopback the receiver answers without a token: try
// without one (or with the one kept in this tab) first.
load(sessionStorage.getItem(TOKEN_KEY));
