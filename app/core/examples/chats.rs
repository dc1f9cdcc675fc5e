//! Writes the fixtures as a host app would hand them over, for the example
//! hosts (which use only the component package, as a real host would):
//! one file per chat, `accounts.json` (each account's profile and the id of
//! the person's chat with it), `feed.json` (the posts) and the snapshot
//! scenarios (`scenarios.json`, what each one reports):
//!   cargo run -p report-core --example chats -- <dir>
use report_core::fixtures::{self, ScenarioSubject};
use serde_json::json;

fn main() {
    let dir = std::env::args().nth(1).expect("usage: chats <dir>");
    let dir = std::path::Path::new(&dir);
    std::fs::create_dir_all(dir).expect("the output directory can be created");
    let write = |name: &str, value: serde_json::Value| {
        let text = serde_json::to_string_pretty(&value).expect("fixtures always serialise");
        std::fs::write(dir.join(name), text).expect("the fixture file can be written");
    };
    for chat in fixtures::conversations() {
        write(&format!("{}.json", chat.id), json!(chat));
    }
    let accounts: Vec<_> = fixtures::ACCOUNT_IDS
        .iter()
        .map(|id| {
            json!({
                "account": fixtures::account(id),
                "conversation_id": fixtures::chat_with(id).map(|c| c.id),
            })
        })
        .collect();
    write("accounts.json", json!(accounts));
    let posts: Vec<_> = fixtures::POST_IDS
        .iter()
        .map(|id| fixtures::post(id))
        .collect();
    write("feed.json", json!(posts));
    let scenarios: Vec<_> = fixtures::SCENARIOS
        .iter()
        .map(|s| match s.subject {
            ScenarioSubject::Message {
                conversation_id,
                chosen_message_id,
            } => json!({
                "id": s.id,
                "kind": "message",
                "conversation_id": conversation_id,
                "chosen_message_id": chosen_message_id,
            }),
            ScenarioSubject::Account { account_id } => {
                json!({ "id": s.id, "kind": "account", "account_id": account_id })
            }
            ScenarioSubject::Post { post_id } => {
                json!({ "id": s.id, "kind": "post", "post_id": post_id })
            }
        })
        .collect();
    write("scenarios.json", json!(scenarios));
}
