//! The report flow as a Leptos client-side component, and the demo chat page
//! that hosts it. All wording and every decision come from `report_core`.

mod browser;
mod demo;
mod flow;
mod loading;
mod submit;

pub use flow::ReportFlow;
pub use submit::SubmitTarget;

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(start)]
pub fn start() {
    leptos::mount::mount_to_body(demo::Demo);
}
