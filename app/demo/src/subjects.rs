//! What the demo lets a person report, and the pages they report it from
//! besides the chat: an account's profile and the feed.

use leptos::prelude::*;
use report_core::{ReportRequest, ScreenContext, Wording, WordingError};
use report_fixtures as fixtures;
use report_web::browser;

/// What the person pressed "Report" on, by fixture id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// A message of the chat shown.
    Message(String),
    Account(String),
    Post(String),
}

/// Where the demo is: a chat (by id), an account's profile or the feed.
pub const ACCOUNT_VIEW: &str = "account/";
pub const FEED_VIEW: &str = "feed";

impl Target {
    /// The scenario's view and what it reports.
    pub fn of_scenario(s: &fixtures::Scenario) -> (String, Target) {
        use fixtures::ScenarioSubject as S;
        match s.subject {
            S::Message {
                conversation_id,
                chosen_message_id,
            } => (
                conversation_id.to_string(),
                Target::Message(chosen_message_id.to_string()),
            ),
            S::Account { account_id } => (
                format!("{ACCOUNT_VIEW}{account_id}"),
                Target::Account(account_id.to_string()),
            ),
            S::Post { post_id } => (FEED_VIEW.to_string(), Target::Post(post_id.to_string())),
        }
    }

    /// What the host hands the component; `chat` is the chat shown.
    pub fn request(&self, chat: Option<&report_core::Conversation>) -> Option<ReportRequest> {
        Some(match self {
            Target::Message(id) => ReportRequest::Message {
                conversation: chat?.clone(),
                message_id: id.clone(),
            },
            Target::Account(id) => ReportRequest::Account {
                account: fixtures::account(id)?,
                conversation: fixtures::chat_with(id),
            },
            Target::Post(id) => ReportRequest::Post {
                post: fixtures::post(id)?,
            },
        })
    }

    /// The "Report" button this target was opened from, to return focus to.
    pub fn button_selector(&self) -> String {
        match self {
            Target::Message(id) => format!("[data-message-id=\"{id}\"] .report"),
            Target::Account(id) => format!("[data-account-id=\"{id}\"] .report"),
            Target::Post(id) => format!("[data-post-id=\"{id}\"] .report"),
        }
    }
}

/// Whether `view` names a page the demo has.
pub fn is_view(view: &str) -> bool {
    view == FEED_VIEW
        || view
            .strip_prefix(ACCOUNT_VIEW)
            .is_some_and(|id| fixtures::account(id).is_some())
        || fixtures::conversation(view).is_some()
}

/// The arguments of a "Report" button's accessible name: who wrote it, when.
pub fn sender_time_args(sender: &str, time: &str) -> fluent_bundle::FluentArgs<'static> {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("sender", sender.to_string());
    args.set("time", time.to_string());
    args
}

pub fn report_button(
    label: String,
    aria: String,
    target: Target,
    reporting: RwSignal<Option<Target>>,
) -> impl IntoView {
    view! {
        <button type="button" class="report" aria-label=aria
            on:click=move |_| {
                browser::mark("report-click");
                reporting.set(Some(target.clone()))
            }>{label}</button>
    }
}

/// An account's profile page, with a button to report the account.
pub fn profile_page(
    w: &Wording,
    account_id: &str,
    reporting: RwSignal<Option<Target>>,
) -> Result<AnyView, WordingError> {
    let Some(account) = fixtures::account(account_id) else {
        return Ok(().into_any());
    };
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("name", account.display_name.clone());
    let aria = w.format("account-report-button-label", Some(&args))?;
    let status = match account.status_message {
        Some(status) => {
            view! { <p class="status" dir="auto" translate="no">{status}</p> }.into_any()
        }
        None => view! { <p class="status">{w.format("account-no-status", None)?}</p> }.into_any(),
    };
    let photo = account
        .photo_url
        .map(|url| view! { <img class="avatar" src=url alt="" width="72" height="72" /> });
    Ok(view! {
        <section class="account" data-testid="profile-page" data-account-id=account.id.clone()>
            {photo}
            <h2 class="chat-title"><bdi translate="no">{account.display_name.clone()}</bdi></h2>
            {status}
            {report_button(
                w.format("account-report-button", None)?,
                aria,
                Target::Account(account.id.clone()),
                reporting,
            )}
        </section>
    }
    .into_any())
}

/// The feed: every post, each with a button to report it.
pub fn feed_page(
    ctx: &ScreenContext,
    reporting: RwSignal<Option<Target>>,
) -> Result<AnyView, WordingError> {
    let w = ctx.wording;
    let label = w.format("chat-report-button", None)?;
    let mut posts = vec![];
    for id in fixtures::POST_IDS {
        let Some(post) = fixtures::post(id) else {
            continue;
        };
        let time = ctx.time(post.posted_at)?;
        let args = sender_time_args(&post.author.display_name, &time);
        let aria = w.format("post-report-button-label", Some(&args))?;
        let media = post
            .media
            .iter()
            .map(|m| match m {
                report_core::PostMedia::Image { media_url, .. }
                | report_core::PostMedia::Video { media_url, .. } => {
                    view! { <img src=media_url.clone() alt="" width="96" height="72" /> }
                }
            })
            .collect_view();
        posts.push(view! {
            <li class="msg post" data-post-id=post.id.clone()>
                <p class="meta">
                    <bdi class="sender" translate="no">{post.author.display_name.clone()}</bdi>
                    " "<span class="time">{time}</span>
                </p>
                {post.text.map(|t| view! { <p class="content" dir="auto" translate="no">{t}</p> })}
                <div class="media">{media}</div>
                {report_button(label.clone(), aria, Target::Post(post.id.clone()), reporting)}
            </li>
        });
    }
    Ok(view! {
        <h2 class="chat-title">{w.format("chat-page-feed", None)?}</h2>
        <ol class="chat" data-testid="feed">{posts}</ol>
    }
    .into_any())
}
