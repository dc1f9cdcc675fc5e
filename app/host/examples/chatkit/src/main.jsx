// A chat app built on a third-party React chat UI kit (@chatscope/chat-ui-kit-react,
// with the kit's own styles), a CSS reset (Tailwind's preflight) and host CSS
// with the rules seen in hosts in the field (host.css): the kit's panes with
// z-index 1-3, a sticky header, `.backdrop { display: none }`, `dialog {...}`,
// `button { all: unset }`. It embeds the report flow exactly as README shows:
// each message has a "Report" action that imports the package when pressed
// (esbuild keeps "../../package/index.js" a runtime import) and calls
// mountReportFlow. No rule of this host makes room for the flow.
// Built by .ci/build-web into app.js + app.css.
//   ?chat=one-to-one&lang=ja&platform=ios   the chat shown (default: one-to-one)
//   &break=cover   the host puts its own overlay over the open flow (a self-test)
//   &break=hide    the host hides the element the flow is mounted in (a self-test)
//   &break=leak    the host's analytics send the reported text on Report (a self-test)
import { StrictMode, useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import { config as fontAwesome } from "@fortawesome/fontawesome-svg-core";
import {
  Avatar,
  ChatContainer,
  Conversation,
  ConversationHeader,
  ConversationList,
  MainContainer,
  Message,
  MessageInput,
  MessageList,
  MessageSeparator,
  Sidebar,
} from "@chatscope/chat-ui-kit-react";
import "@chatscope/chat-ui-kit-styles/dist/default/styles.min.css";
import "@fortawesome/fontawesome-svg-core/styles.css";
import "tailwindcss/preflight.css"; // the CSS reset, unlayered as a Tailwind v3 build emits it
import "./host.css";

// The kit's icons would add a <style> element at run time; the page's CSP
// allows only stylesheets from the site, so the icon CSS is bundled instead.
fontAwesome.autoAddCss = false;

const query = new URLSearchParams(location.search);
const platform = query.get("platform") ?? "desktop";
const languages = query.get("lang") ? [query.get("lang")] : navigator.languages;
const breakFlow = query.get("break"); // "cover" | "hide" | "leak" | null
/** The person using the app (the fixtures' chats are Mika's). */
const ME = "u-mika";

const fetchJson = (path) => fetch(path).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${path}: HTTP ${r.status}`))));
const summary = (m) => m.text ?? m.caption ?? m.file_name ?? m.sticker_name ?? m.kind;
const reportable = (m) => m.kind !== "system_notice" && m.kind !== "unsent";

/**
 * The report flow for one message, in an element React renders but never
 * fills: the package owns what is inside it. Mounted when `subject` is set.
 */
function ReportFlow({ subject, onSent, onClosed, onDisplayFailed, onError }) {
  const element = useRef(null);
  const handlers = useRef({ onSent, onClosed, onDisplayFailed, onError });
  handlers.current = { onSent, onClosed, onDisplayFailed, onError };

  useEffect(() => {
    if (!subject) return;
    const container = element.current;
    const sent = (e) => handlers.current.onSent(e.detail);
    const closed = () => handlers.current.onClosed();
    const displayFailed = (e) => handlers.current.onDisplayFailed(e.detail);
    container.addEventListener("report-sent", sent); // detail.payload: what was sent
    container.addEventListener("report-closed", closed); // focus is back on "Report"
    container.addEventListener("report-display-failed", displayFailed); // detail: { cause, problems }
    let flow = null;
    let gone = false;
    (async () => {
      const { mountReportFlow } = await import("../../package/index.js");
      if (gone) return;
      flow = await mountReportFlow(container, {
        ...subject,
        languages,
        platform,
        endpoint: "/api/reports",
        hostAppVersion: "Chatline demo 1.0",
      });
      if (gone) flow.close();
      // The self-tests: a host that covers the open flow with its own overlay.
      // (Its own modal dialog, opened after the flow's: the topmost modal.)
      else if (breakFlow === "cover") document.getElementById("offline-overlay")?.showModal();
    })().catch((e) => handlers.current.onError(e));
    return () => {
      gone = true;
      container.removeEventListener("report-sent", sent);
      container.removeEventListener("report-closed", closed);
      container.removeEventListener("report-display-failed", displayFailed);
      flow?.close();
    };
  }, [subject]);

  // ?break=hide: the host hides the element it mounted the flow in.
  return <div ref={element} className={breakFlow === "hide" ? "report-slot collapsed" : "report-slot"} />;
}

function ChatMessage({ m, report }) {
  const outgoing = m.sender.id === ME;
  return (
    <Message
      data-message-id={m.id}
      model={{ direction: outgoing ? "outgoing" : "incoming", position: "single", type: "custom", sender: m.sender.display_name }}
    >
      {!outgoing && <Message.Header sender={m.sender.display_name} />}
      <Message.CustomContent>
        <span className="message-text">{summary(m)}</span>
        {reportable(m) && (
          <button type="button" className="report" onClick={() => report({ kind: "message", chosenMessageId: m.id })}>
            Report
          </button>
        )}
      </Message.CustomContent>
    </Message>
  );
}

function App() {
  const [chat, setChat] = useState(null);
  const [reporting, setReporting] = useState(null);
  const [status, setStatus] = useState("");

  useEffect(() => {
    fetchJson(`../chats/${query.get("chat") ?? "one-to-one"}.json`).then(
      (c) => {
        setChat(c);
        document.title = c.title;
      },
      (e) => setStatus(`The chat could not be loaded: ${e.message}`),
    );
  }, []);

  const report = (subject) => {
    // ?break=leak (a self-test): the app's analytics log the reported message's text.
    if (breakFlow === "leak") {
      const m = chat.messages.find((x) => x.id === subject.chosenMessageId);
      fetch(`../chats/analytics.json?event=report&text=${encodeURIComponent(summary(m))}`).catch(() => {});
    }
    setReporting({ ...subject, conversation: chat });
  };

  return (
    <>
      <header className="app-header">
        <span className="brand">Chatline</span>
        <p data-testid="last-report" role="status">
          {status}
        </p>
      </header>
      <div className="app-body">
        <MainContainer responsive>
          <Sidebar position="left" scrollable={false}>
            <ConversationList>
              {chat && (
                <Conversation name={chat.title} info={chat.is_group ? "Group" : "Chat"} active>
                  <Avatar name={chat.title} status="available" />
                </Conversation>
              )}
            </ConversationList>
          </Sidebar>
          <ChatContainer>
            <ConversationHeader>
              <ConversationHeader.Content userName={chat?.title ?? "Chat"} info={chat ? `${chat.messages.length} messages` : ""} />
            </ConversationHeader>
            <MessageList data-testid="chat" autoScrollToBottom={false}>
              {chat?.messages.map((m) =>
                m.kind === "system_notice" || m.kind === "unsent" ? (
                  <MessageSeparator key={m.id} data-message-id={m.id} content={m.kind === "unsent" ? `${m.sender.display_name} unsent a message` : m.text} />
                ) : (
                  <ChatMessage key={m.id} m={m} report={report} />
                ),
              )}
            </MessageList>
            <MessageInput placeholder="Type message here" attachButton={false} />
          </ChatContainer>
        </MainContainer>
      </div>
      <dialog id="offline-overlay" className="offline-overlay">
        You are offline. Messages will be sent when you are back online.
      </dialog>
      <ReportFlow
        subject={reporting}
        onSent={(detail) => {
          window.lastSent = detail;
          setStatus(`Report filed: ${detail.reference}`);
        }}
        onClosed={() => {
          window.closedCount = (window.closedCount ?? 0) + 1;
          document.getElementById("offline-overlay")?.close();
          setReporting(null);
        }}
        onDisplayFailed={(detail) => {
          window.displayFailed = [...(window.displayFailed ?? []), detail];
          setStatus(`The report screen could not be shown: ${detail.cause}`);
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
