// The chat both peer hosts show: the plain host's fixture chat, fetched as
// that host fetches it, one "Report" button per message.
export const query = new URLSearchParams(location.search);
export const locale = query.get("lang") ?? "en";

export async function loadChat() {
  const r = await fetch("chat.json");
  if (!r.ok) throw new Error(`chat.json: HTTP ${r.status}`);
  return r.json();
}

/** A message as the plain host shows it: sender, text or media label. */
export const shown = (m) => m.text ?? m.caption ?? m.media?.kind ?? "";
