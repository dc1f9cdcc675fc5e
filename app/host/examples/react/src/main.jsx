// A React host: a chat with a "Report" button on each message. It uses only
// the component package, which it imports when the person first presses
// "Report" (esbuild keeps "../../package/index.js" as a runtime import, so
// this bundle holds no component code). Built by .ci/build-web into app.js.
//   ?chat=one-to-one&lang=ja&platform=ios
import { StrictMode, useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";

const query = new URLSearchParams(location.search);
const chatId = query.get("chat") ?? "one-to-one";
const platform = query.get("platform") ?? "desktop";
const languages = query.get("lang") ? [query.get("lang")] : navigator.languages;

const summary = (m) => `${m.sender.display_name}: ${m.text ?? m.caption ?? m.file_name ?? m.sticker_name ?? m.kind}`;
const reportable = (m) => m.kind !== "system_notice" && m.kind !== "unsent";

/**
 * The report flow for one message, in an element React renders but never
 * fills: the package owns what is inside it. Mounted when `messageId` is set;
 * closed by the package (Cancel, Escape, Close), or by the host on unmount.
 */
function ReportDialog({ conversation, messageId, onSent, onClosed, onError }) {
  const element = useRef(null);
  // The latest handlers, so that a re-render does not remount the flow.
  const handlers = useRef({ onSent, onClosed, onError });
  handlers.current = { onSent, onClosed, onError };

  useEffect(() => {
    if (!messageId) return;
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
              conversation,
              chosenMessageId: messageId,
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
  }, [conversation, messageId]);

  return <div ref={element} />;
}

function App() {
  const [conversation, setConversation] = useState(null);
  const [reporting, setReporting] = useState(null);
  const [status, setStatus] = useState("");

  useEffect(() => {
    fetch(`../chats/${chatId}.json`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`chat ${chatId}: HTTP ${r.status}`))))
      .then(setConversation, (e) => setStatus(`The chat could not be loaded: ${e.message}`));
  }, []);

  useEffect(() => {
    if (conversation) document.title = conversation.title;
  }, [conversation]);

  return (
    <>
      <main>
        <h1>{conversation?.title ?? "Chat"}</h1>
        <ol className="chat" data-testid="chat">
          {conversation?.messages.map((m) => (
            <li key={m.id} data-message-id={m.id}>
              <p>{summary(m)}</p>
              {reportable(m) && (
                <button type="button" className="report" onClick={() => setReporting(m.id)}>
                  Report
                </button>
              )}
            </li>
          ))}
        </ol>
        <p data-testid="last-report" role="status">
          {status}
        </p>
      </main>
      {conversation && (
        <ReportDialog
          conversation={conversation}
          messageId={reporting}
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
      )}
    </>
  );
}

createRoot(document.getElementById("root")).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
