//! Writes the fixture chats as JSON, one file per chat, and the snapshot
//! scenarios (`scenarios.json`), for the example hosts
//! (which use only the component package, as a real host would):
//!   cargo run -p report-core --example chats -- <dir>
fn main() {
    let dir = std::env::args().nth(1).expect("usage: chats <dir>");
    std::fs::create_dir_all(&dir).expect("the output directory can be created");
    for chat in report_core::fixtures::conversations() {
        let path = std::path::Path::new(&dir).join(format!("{}.json", chat.id));
        let json = serde_json::to_string_pretty(&chat).expect("a chat always serialises");
        std::fs::write(&path, json).expect("the chat file can be written");
    }
    // Which message of which chat each snapshot scenario reports.
    let scenarios: Vec<serde_json::Value> = report_core::fixtures::SCENARIOS
        .iter()
        .map(|s| {
            serde_json::json!({
                "id": s.id,
                "conversation_id": s.conversation_id,
                "chosen_message_id": s.chosen_message_id,
            })
        })
        .collect();
    let path = std::path::Path::new(&dir).join("scenarios.json");
    std::fs::write(path, serde_json::to_string_pretty(&scenarios).unwrap())
        .expect("the scenario file can be written");
}
