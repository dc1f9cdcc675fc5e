// The chat page of both peer hosts; `hooks` is React's or Preact's (an alias
// of the build, build.mjs), and `loadDialog` the host's lazy import.
import { useEffect, useState } from "hooks";
import { loadChat, locale, shown } from "./chat.js";

export function Chat({ loadDialog }) {
  const [chat, setChat] = useState(null);
  const [Dialog, setDialog] = useState(null);
  useEffect(() => {
    loadChat().then(setChat);
  }, []);
  const report = async () => {
    const { ReportDialog } = await loadDialog();
    setDialog(() => ReportDialog);
  };
  if (!chat) return null;
  return (
    <main>
      <h1>{chat.title}</h1>
      <ol id="chat">
        {chat.messages.map((m) => (
          <li key={m.id} data-message-id={m.id}>
            <strong>{m.sender?.display_name}</strong> {shown(m)}{" "}
            <button type="button" className="report" onClick={report}>
              Report
            </button>
          </li>
        ))}
      </ol>
      {Dialog && <Dialog locale={locale} onClose={() => setDialog(null)} />}
    </main>
  );
}
