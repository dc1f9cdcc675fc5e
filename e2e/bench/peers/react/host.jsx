import { createRoot } from "react-dom/client";
import { Chat } from "../chat-page.jsx";

createRoot(document.getElementById("root")).render(<Chat loadDialog={() => import("./dialog.jsx")} />);
