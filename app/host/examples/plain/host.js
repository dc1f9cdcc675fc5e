// A plain HTML + JavaScript host: a chat with a "Report" button on each
// message. It uses only the component package (../../package/), and loads
// it when the person first presses "Report", not before.
//   ?chat=one-to-one&lang=ja&platform=ios
const query = new URLSearchParams(location.search);
const chatId = query.get("chat") ?? "one-to-one";
const platform = query.get("platform") ?? "desktop";
const languages = query.get("lang") ? [query.get("lang")] : navigator.languages;

const conversation = await (await fetch(`../chats/${chatId}.json`)).json();
document.getElementById("chat-title").textContent = conversation.title;

const list = document.getElementById("chat");
for (const m of conversation.messages) {
  const li = document.createElement("li");
  li.dataset.messageId = m.id;
  const text = document.createElement("p");
  text.textContent = `${m.sender.display_name}: ${m.text ?? m.caption ?? m.file_name ?? m.sticker_name ?? m.kind}`;
  li.append(text);
  if (m.kind !== "system_notice" && m.kind !== "unsent") {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "report";
    button.textContent = "Report";
    button.addEventListener("click", () => report(m.id));
    li.append(button);
  }
  list.append(li);
}

const container = document.getElementById("report-flow");
container.addEventListener("report-sent", (e) => {
  document.getElementById("last-report").textContent = `Report filed: ${e.detail.reference}`;
  window.lastSent = e.detail;
});
container.addEventListener("report-closed", () => {
  window.closedCount = (window.closedCount ?? 0) + 1;
});

async function report(messageId) {
  const { mountReportFlow } = await import("../../package/index.js");
  try {
    await mountReportFlow(container, {
      conversation,
      chosenMessageId: messageId,
      languages,
      platform,
      endpoint: "/api/reports",
      hostAppVersion: "Chatline demo 1.0",
    });
  } catch (e) {
    document.getElementById("last-report").textContent = `The report screen could not open: ${e.message}`;
  }
}
