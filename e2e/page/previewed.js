// Runs inside the page, in any engine (Playwright evaluate, WebDriver execute).
// The "payload equals the preview" checks, for every kind of report: one line
// per thing the disclosure's preview shows as sent, and the same lines made
// from a payload, so the two can be compared exactly (and a difference read
// as a diff). Both halves live here because they must agree on the form:
//   previewed(null)     what the open disclosure step shows as sent
//   previewed(payload)  what `payload` (as POSTed) sends
// Lines: the account's facts first (an account report's profile, a post's
// author), each "profile: <text>" or "profile photo: <link>", then one line
// per sent row (a message, a message received from the account, the post):
// "<role> <id>: <text as JSON>[ media <link> <link>...]". Times and labels are
// worded per locale and checked by the displayed-wording check instead; ids,
// user content and links are what the receiver gets, and are compared here.
(function previewed(payload) {
  const row = (role, id, text, media) =>
    `${role} ${id}: ${JSON.stringify(text ?? null)}${media.length ? ` media ${media.join(" ")}` : ""}`;
  const profile = (p) => [
    `profile: ${JSON.stringify(p.display_name)}`,
    ...(p.status_message != null ? [`profile: ${JSON.stringify(p.status_message)}`] : []),
    ...(p.photo_url != null ? [`profile photo: ${p.photo_url}`] : []),
  ];
  const messageRow = (role, m) => {
    const c = m.content;
    return row(role, m.id, c.text ?? c.caption, c.media_url != null ? [c.media_url] : []);
  };

  if (payload) {
    const r = payload.reported ?? {};
    if (r.message) return r.message.messages.map((m) => messageRow(m.role, m));
    if (r.account) return [...profile(r.account.profile), ...r.account.messages.map((m) => messageRow("received", m))];
    if (r.post) {
      const p = r.post;
      return [...profile(p.author), row("post", p.id, p.text, p.media.map((m) => m.media_url))];
    }
    return [`the payload reports none of message, account, post: ${JSON.stringify(Object.keys(r))}`];
  }

  // The package renders the dialog inside the open shadow root of <report-disclosure-flow>.
  const dialog = (document.querySelector('[data-testid="report-dialog"]') ?? [...document.querySelectorAll("report-disclosure-flow")].map((h) => h.shadowRoot?.querySelector('[data-testid="report-dialog"]')).find(Boolean) ?? null);
  const step = dialog?.querySelector('[data-step="disclosure"]');
  if (!step) return ['the disclosure step is not on screen'];
  const facts = [...step.querySelectorAll('[data-testid="profile"] > dd')].flatMap((dd) => {
    if (dd.classList.contains("content")) return [`profile: ${JSON.stringify(dd.textContent)}`];
    const img = dd.querySelector("img");
    return img ? [`profile photo: ${img.getAttribute("src")}`] : [`profile: an entry that is neither text nor a photo (${dd.outerHTML.slice(0, 80)})`];
  });
  const rows = [...step.querySelectorAll('[data-testid="preview"] > li[data-sent="true"]')].map((li) =>
    row(
      li.getAttribute("data-role"),
      li.getAttribute("data-message-id"),
      li.querySelector(".content")?.textContent,
      [...li.querySelectorAll("figure.media img")].map((img) => img.getAttribute("src")),
    ),
  );
  return [...facts, ...rows];
})
