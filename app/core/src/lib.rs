//! The pure core of report-disclosure: no DOM, tested natively, shared by the
//! browser component and the snapshot renderer.

pub mod conversation;
pub mod disclosure;
pub mod inventory;
pub mod limits;
pub mod notice;
pub mod payload;
pub mod payload_shape;
pub mod policy;
pub mod post;
pub mod profile;
pub mod pseudo;
pub mod report;
pub mod screens;
pub mod shown_notice;
pub mod snapshot;
pub mod steps;
pub mod subject;
pub mod verify;
pub mod window;
pub mod wording;

pub use conversation::{Conversation, Message, MessageKind, Sender};
pub use disclosure::{ClientInfo, Disclosure};
pub use payload::ReportPayload;
pub use policy::Policy;
pub use post::{Post, PostMedia};
pub use profile::Profile;
pub use report::{Platform, Reason};
pub use screens::{ScreenContext, Screens};
pub use shown_notice::{Agreement, Notice, NoticeError};
pub use subject::{ReportKind, ReportRequest, Subject};
pub use window::{ContextWindow, EntryRole, WindowError};
pub use wording::{negotiate, Wording, WordingError};
