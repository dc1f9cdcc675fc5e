//! Writes the fixture chats as JSON, one file per chat, for the example hosts
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
}
