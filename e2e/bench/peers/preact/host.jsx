import { render } from "preact";
import { Chat } from "../chat-page.jsx";

render(<Chat loadDialog={() => import("./dialog.jsx")} />, document.getElementById("root"));
