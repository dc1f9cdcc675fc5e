// A React host with three pages a person reports from: a chat with a
// "Report" button on each message, an account's profile with a "Report"
// button, and a feed of posts, each with a "Report" button. It uses only the
// component package, which it imports when the person first presses "Report"
// (esbuild keeps "../../package/index.js" as a runtime import, so this bundle
// holds no component code). Built by .ci/build-web into app.js.
//   ?chat=one-to-one&lang=ja&platform=ios   a chat (the default: one-to-one)
//   ?account=u-lena                          an account's profile
//   ?feed                                    the feed
import { StrictMode, useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";

const query = new URLSearchParams(location.search);
const platform = query.get("platform") ?? "desktop";
const languages = query.get("lang") ? [query.get("lang")] : navigator.languages;

const summary = (m) => `${m.sender.display_name}: ${m.text ?? m.caption ?? m.file_name ?? m.sticker_name ?? m.kind}`;
const reportable = (m) => m.kind !== "system_notice" && m.kind !== "unsent";

const fetchJson = (path) => fetch(path).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${path}: HTTP ${r.status}`))));

/**
 * What the page shows, loaded once: {title, chat} | {title, account,
 * conversation} | {title, feed}. An account comes with the person's chat with
 * it, if there is one: reporting the account hands it over.
 */
async function loadPage() {
  if (query.has("account")) {
    const id = query.get("account");
    const entry = (await fetchJson("../chats/accounts.json")).find((a) => a.account.id === id);
    if (!entry) throw new Error(`no account ${id}`);
    const conversation = entry.conversation_id ? await fetchJson(`../chats/${entry.conversation_id}.json`) : undefined;
    return { title: entry.account.display_name, account: entry.account, conversation };
  }
  if (query.has("feed")) return { title: "Feed", feed: await fetchJson("../chats/feed.json") };
  const chat = await fetchJson(`../chats/${query.get("chat") ?? "one-to-one"}.json`);
  return { title: chat.title, chat };
}

/**
 * The report flow for one subject ({kind, ...that kind's options}), in an
 * element React renders but never fills: the package owns what is inside it.
 * Mounted when `subject` is set; closed by the package (Cancel, Escape,
 * Close), or by the host on unmount.
 */
function ReportDialog({ subject, onSent, onClosed, onError }) {
  const element = useRef(null);
  // The latest handlers, so that a re-render does not remount the flow.
  const handlers = useRef({ onSent, onClosed, onError });
  handlers.current = { onSent, onClosed, onError };

  useEffect(() => {
    if (!subject) return;
    const el = element.current;
    const sent = (e) => handlers.current.onSent(e.detail);
    const closed = () => handlers.current.onClosed();
    el.addEventListener("report-sent", sent);
    el.addEventListener("report-closed", closed);
    let flow = null;
    let gone = false;
    import("../../package/index.js")
      .then(({ mountReportFlow }) =>
        gone
          ? null
          : mountReportFlow(el, {
              ...subject,
              languages,
              platform,
              endpoint: "/api/reports",
              hostAppVersion: "Chatline demo 1.0",
            }),
      )
      .then(
        (mounted) => {
          flow = mounted;
          if (gone) flow?.close();
        },
        (e) => handlers.current.onError(e),
      );
    return () => {
      gone = true;
      el.removeEventListener("report-sent", sent);
      el.removeEventListener("report-closed", closed);
      // Nothing if the flow has closed itself already.
      flow?.close();
    };
  }, [subject]);

  return <div ref={element} />;
}

const ReportButton = ({ onClick }) => (
  <button type="button" className="report" onClick={onClick}>
    Report
  </button>
);

function Chat({ chat, report }) {
  return (
    <ol className="items" data-testid="chat">
      {chat.messages.map((m) => (
        <li key={m.id} data-message-id={m.id}>
          <p>{summary(m)}</p>
          {reportable(m) && <ReportButton onClick={() => report({ kind: "message", conversation: chat, chosenMessageId: m.id })} />}
        </li>
      ))}
    </ol>
  );
}

function Profile({ account, conversation, report }) {
  return (
    <section className="account" data-testid="profile-page" data-account-id={account.id}>
      {account.photo_url && <img className="avatar" src={account.photo_url} alt="" width={72} height={72} />}
      <p className="status">{account.status_message ?? "No status message"}</p>
      <ReportButton onClick={() => report({ kind: "account", account, conversation })} />
    </section>
  );
}

function Feed({ feed, report }) {
  return (
    <ol className="items" data-testid="feed">
      {feed.map((post) => (
        <li key={post.id} className="post" data-post-id={post.id}>
          <p className="meta">
            {post.author.display_name}, {new Date(post.posted_at * 1000).toLocaleString(languages)}
          </p>
          {post.text && <p>{post.text}</p>}
          <div className="media">
            {post.media.map((m) => (
              <img key={m.media_url} src={m.media_url} alt={m.kind === "video" ? "Video" : "Photo"} width={96} height={72} />
            ))}
          </div>
          <ReportButton onClick={() => report({ kind: "post", post })} />
        </li>
      ))}
    </ol>
  );
}

function App() {
  const [page, setPage] = useState(null);
  const [reporting, setReporting] = useState(null);
  const [status, setStatus] = useState("");

  useEffect(() => {
    loadPage().then(setPage, (e) => setStatus(`The page could not be loaded: ${e.message}`));
  }, []);

  useEffect(() => {
    if (page) document.title = page.title;
  }, [page]);

  return (
    <>
      <main>
        <h1>{page?.title ?? "Chat"}</h1>
        {page?.chat && <Chat chat={page.chat} report={setReporting} />}
        {page?.account && <Profile account={page.account} conversation={page.conversation} report={setReporting} />}
        {page?.feed && <Feed feed={page.feed} report={setReporting} />}
        <p data-testid="last-report" role="status">
          {status}
        </p>
      </main>
      <ReportDialog
        subject={reporting}
        onSent={(detail) => {
          window.lastSent = detail;
          setStatus(`Report filed: ${detail.reference}`);
        }}
        onClosed={() => {
          window.closedCount = (window.closedCount ?? 0) + 1;
          setReporting(null);
        }}
        onError={(e) => {
          setStatus(`The report screen could not open: ${e.message}`);
          setReporting(null);
        }}
      />
    </>
  );
}

createRoot(document.getElementById("root")).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
