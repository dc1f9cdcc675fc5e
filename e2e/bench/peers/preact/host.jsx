import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { loadChat, locale, shown } from "../chat.js";

function Chat() {
  const [chat, setChat] = useState(null);
  const [Dialog, setDialog] = useState(null);
  useEffect(() => {
    loadChat().then(setChat);
  }, []);
  const report = async () => {
    const { ReportDialog } = await import("./dialog.jsx");
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
            <button type="button" class="report" onClick={report}>
              Report
            </button>
          </li>
        ))}
      </ol>
      {Dialog && <Dialog locale={locale} onClose={() => setDialog(null)} />}
    </main>
  );
}

render(<Chat />, document.getElementById("root"));
