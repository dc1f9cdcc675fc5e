//! The pages, in the browser only.

pub mod browser;
pub mod frame;
pub mod protocol;
pub mod workbench;
