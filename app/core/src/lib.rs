//! The pure core of report-disclosure: no DOM, tested natively, shared by the
//! browser component and the snapshot renderer.

pub mod conversation;
pub mod disclosure;
pub mod fixtures;
pub mod policy;
pub mod pseudo;
pub mod report;
pub mod screens;
pub mod snapshot;
pub mod window;
pub mod wording;

pub use conversation::{Conversation, Message, MessageKind, Sender};
pub use disclosure::Disclosure;
pub use policy::Policy;
pub use report::{Consent, Platform, Reason, ReportPayload};
pub use screens::{ScreenContext, Screens};
pub use window::{ContextWindow, EntryRole, WindowError};
pub use wording::{negotiate, Wording, WordingError};
