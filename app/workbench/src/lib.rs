//! The planners' wording workbench (`/workbench/` of the demo) and its
//! preview frames (`/workbench/frame.html`).

pub mod changes;
#[cfg(target_arch = "wasm32")]
mod page;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    use page::{browser, frame, workbench};
    if browser::query_param("platform").is_some() {
        leptos::mount::mount_to_body(frame::Frame);
    } else {
        leptos::mount::mount_to_body(workbench::Workbench);
    }
}
