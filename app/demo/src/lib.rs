//! The demo chat page, a Leptos host of the report component.

mod demo;
mod page;
mod subjects;

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(start)]
pub fn start() {
    leptos::mount::mount_to_body(demo::Demo);
}
