// A plain HTML + JavaScript host with three pages a person reports from: a
// chat with a "Report" button on each message, an account's profile with a
// "Report" button, and a feed of posts, each with a "Report" button. It uses
// only the component package (../../package/), and loads it when the person
// first presses "Report", not before.
//   ?chat=one-to-one&lang=ja&platform=ios   a chat (the default: one-to-one)
//   ?account=u-lena                          an account's profile
//   ?feed                                    the feed
const query = new URLSearchParams(location.search);
const platform = query.get("platform") ?? "desktop";
const languages = query.get("lang") ? [query.get("lang")] : navigator.languages;

const title = document.getElementById("title");
const view = document.getElementById("view");
const status = document.getElementById("last-report");
const container = document.getElementById("report-flow");

const fetchJson = async (path) => {
  const r = await fetch(path);
  if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
  return r.json();
};

const element = (tag, props = {}, ...children) => {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children.filter((c) => c != null));
  return el;
};

/** A "Report" button that opens the flow for `subject` (kind and that kind's options). */
const reportButton = (subject) => {
  const button = element("button", { type: "button", className: "report", textContent: "Report" });
  button.addEventListener("click", () => report(subject));
  return button;
};

async function showChat(chatId) {
  const conversation = await fetchJson(`../chats/${chatId}.json`);
  title.textContent = conversation.title;
  const list = element("ol", { id: "chat" });
  list.dataset.testid = "chat";
  for (const m of conversation.messages) {
    const li = element("li", {}, element("p", { textContent: `${m.sender.display_name}: ${m.text ?? m.caption ?? m.file_name ?? m.sticker_name ?? m.kind}` }));
    li.dataset.messageId = m.id;
    if (m.kind !== "system_notice" && m.kind !== "unsent") {
      li.append(reportButton({ kind: "message", conversation, chosenMessageId: m.id }));
    }
    list.append(li);
  }
  view.append(list);
}

/** An account's profile; reporting it hands over the person's chat with it, if there is one. */
async function showAccount(accountId) {
  const entry = (await fetchJson("../chats/accounts.json")).find((a) => a.account.id === accountId);
  if (!entry) throw new Error(`no account ${accountId}`);
  const { account, conversation_id } = entry;
  const conversation = conversation_id ? await fetchJson(`../chats/${conversation_id}.json`) : undefined;
  title.textContent = account.display_name;
  const section = element(
    "section",
    { className: "account" },
    account.photo_url ? element("img", { className: "avatar", src: account.photo_url, alt: "", width: 72, height: 72 }) : null,
    element("p", { className: "status", textContent: account.status_message ?? "No status message" }),
    reportButton({ kind: "account", account, conversation }),
  );
  section.dataset.testid = "profile-page";
  section.dataset.accountId = account.id;
  view.append(section);
}

async function showFeed() {
  const posts = await fetchJson("../chats/feed.json");
  title.textContent = "Feed";
  const list = element("ol", { id: "feed" });
  list.dataset.testid = "feed";
  for (const post of posts) {
    const time = new Date(post.posted_at * 1000).toLocaleString(languages);
    const li = element(
      "li",
      { className: "post" },
      element("p", { className: "meta", textContent: `${post.author.display_name}, ${time}` }),
      post.text ? element("p", { textContent: post.text }) : null,
      element("div", { className: "media" }, ...post.media.map((m) => element("img", { src: m.media_url, alt: m.kind === "video" ? "Video" : "Photo", width: 96, height: 72 }))),
      reportButton({ kind: "post", post }),
    );
    li.dataset.postId = post.id;
    list.append(li);
  }
  view.append(list);
}

container.addEventListener("report-sent", (e) => {
  status.textContent = `Report filed: ${e.detail.reference}`;
  window.lastSent = e.detail;
});
container.addEventListener("report-closed", () => {
  window.closedCount = (window.closedCount ?? 0) + 1;
});

async function report(subject) {
  const { mountReportFlow } = await import("../../package/index.js");
  try {
    await mountReportFlow(container, {
      ...subject,
      languages,
      platform,
      endpoint: "/api/reports",
      hostAppVersion: "Chatline demo 1.0",
    });
  } catch (e) {
    status.textContent = `The report screen could not open: ${e.message}`;
  }
}

try {
  if (query.has("account")) await showAccount(query.get("account"));
  else if (query.has("feed")) await showFeed();
  else await showChat(query.get("chat") ?? "one-to-one");
} catch (e) {
  status.textContent = `The page could not be loaded: ${e.message}`;
}
