//! The report flow as a Leptos client-side component (`ReportFlow`). Nothing
//! runs on load: a host decides when the flow appears (Leptos hosts render
//! `ReportFlow`; any other page uses the package built from app/host). All
//! wording and every decision come from `report_core`.

pub mod browser;
pub mod display_check;
mod flow;
pub mod loading;
mod submit;

pub use display_check::NotDisplayed;
pub use flow::{ReportFlow, DEFAULT_SEND_TIMEOUT_MS};
pub use submit::{Refusal, SubmitTarget};
