// Where an example host (app/host/examples/<host>, on the package alone)
// shows what a snapshot scenario reports, and the "Report" button a person
// presses there: the one mapping the Playwright host tests and the engine
// matrix both use. CommonJS, so both the TypeScript tests and the ES
// modules of e2e/engines can load it.

/**
 * `s` is a scenario of dist/examples/chats/scenarios.json. Returns the
 * page's query (without lang and platform), the button's selector and what
 * it reports, in words.
 */
function hostPage(s) {
  switch (s.kind) {
    case "message":
      return { query: `chat=${s.conversation_id}`, button: `[data-message-id="${s.chosen_message_id}"] button.report`, what: `message ${s.chosen_message_id}` };
    case "account":
      return { query: `account=${s.account_id}`, button: `[data-account-id="${s.account_id}"] button.report`, what: `account ${s.account_id}` };
    case "post":
      return { query: "feed", button: `[data-post-id="${s.post_id}"] button.report`, what: `post ${s.post_id}` };
    default:
      throw new Error(`scenario ${s.id}: unknown kind ${s.kind} (the example hosts report a message, an account or a post)`);
  }
}

module.exports = { hostPage };
