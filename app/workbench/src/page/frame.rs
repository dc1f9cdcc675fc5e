//! One preview frame (`frame.html?platform=ios&scenario=near-start`): the
//! report component itself, in an iframe of the platform's width, showing
//! the wording the workbench posts, walked to the step being edited as a
//! person walks it. Nothing is sent: the submit answers here.

use std::sync::Arc;

use leptos::prelude::*;
use report_core::snapshot::normalize;
use report_core::{Platform, Policy, Wording};
use report_fixtures as fixtures;
use report_fixtures::cases::{
    SNAPSHOT_HOST_APP_VERSION, SNAPSHOT_REASON, SNAPSHOT_REFERENCE, SNAPSHOT_UTC_OFFSET_MINUTES,
};
use report_web::{ReportFlow, SubmitTarget};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::browser;
use super::protocol::{wording_of, ToFrame, ToWorkbench};

struct Draft {
    version: u32,
    wording: Result<Arc<Wording>, String>,
    step: String,
    focus: Option<String>,
}

#[component]
pub fn Frame() -> impl IntoView {
    let platform = browser::query_param("platform")
        .and_then(|p| Platform::from_id(&p))
        .unwrap_or(Platform::Desktop);
    let scenario = browser::query_param("scenario").and_then(|s| fixtures::scenario(&s));
    let scenario_id = scenario.map_or("", |s| s.id);
    let draft = RwSignal::new(None::<Arc<Draft>>);
    let latest = StoredValue::new(0u32);

    browser::on_message(move |text, _| {
        let Ok(ToFrame::Draft {
            version,
            locale,
            text,
            step,
            focus,
        }) = serde_json::from_str(&text)
        else {
            return;
        };
        latest.set_value(version);
        set_inert(false);
        let wording = wording_of(&locale, text)
            .map(Arc::new)
            .map_err(|e| e.to_string());
        draft.set(Some(Arc::new(Draft {
            version,
            wording,
            step,
            focus,
        })));
    });
    tell_workbench(&ToWorkbench::Ready {
        platform: platform.id().into(),
        scenario: scenario_id.into(),
    });

    let report = move |version: u32, outcome: &str| {
        if latest.get_value() != version {
            return;
        }
        tell_workbench(&ToWorkbench::Shown {
            version,
            platform: platform.id().into(),
            scenario: scenario_id.into(),
            outcome: outcome.into(),
        });
    };

    move || {
        let d = draft.get()?;
        let Some(scenario) = scenario else {
            report(d.version, "unknown scenario");
            return Some(view! { <p role="alert">"Unknown scenario"</p> }.into_any());
        };
        let wording = match &d.wording {
            Ok(w) => w.clone(),
            Err(detail) => {
                report(d.version, "not formatted");
                let detail = detail.clone();
                return Some(
                    view! {
                        <p role="alert" data-testid="frame-error">
                            "The app cannot show this wording, so it would show no notice and send nothing: " {detail}
                        </p>
                    }
                    .into_any(),
                );
            }
        };
        let (version, step, focus) = (d.version, d.step.clone(), d.focus.clone());
        leptos::task::spawn_local(async move {
            let outcome = walk_to(&step, || latest.get_value() == version).await;
            // A newer draft is being walked: its dialog must stay live.
            if latest.get_value() != version {
                return;
            }
            if let Some(focus) = focus {
                scroll_to(&focus);
            }
            // Shown, the preview is a picture of the notice: the keyboard
            // passes over it instead of into its modal dialog, where Tab
            // would cycle (the demo is where the flow is tried).
            set_inert(true);
            report(version, &outcome);
        });
        Some(
            view! {
                <ReportFlow
                    request=scenario.request()
                    policy=Policy::default()
                    wording=wording
                    platform=platform
                    utc_offset_minutes=SNAPSHOT_UTC_OFFSET_MINUTES
                    submit=SubmitTarget::Callback(answer_with_reference())
                    on_close=|_| ()
                    on_sent=|_| ()
                    host_app_version=SNAPSHOT_HOST_APP_VERSION.to_string()
                />
            }
            .into_any(),
        )
    }
}

/// The body and the dialog: a modal dialog is not made inert by its
/// ancestors.
fn set_inert(inert: bool) {
    let document = browser::document();
    let dialog = document.query_selector("dialog").ok().flatten();
    for element in document.body().map(Into::into).into_iter().chain(dialog) {
        let element: web_sys::Element = element;
        let _ = if inert {
            element.set_attribute("inert", "")
        } else {
            element.remove_attribute("inert")
        };
    }
}

fn tell_workbench(message: &ToWorkbench) {
    if let (Some(parent), Ok(text)) = (
        web_sys::window().and_then(|w| w.parent().ok().flatten()),
        serde_json::to_string(message),
    ) {
        browser::post(&parent, &text);
    }
}

/// The host's submit function: answers with the snapshot's reference, so the
/// receipt reads as approved, and sends nothing.
fn answer_with_reference() -> js_sys::Function {
    Closure::<dyn Fn(JsValue, JsValue) -> js_sys::Promise>::new(|_, _| {
        js_sys::Promise::resolve(&JsValue::from_str(SNAPSHOT_REFERENCE))
    })
    .into_js_value()
    .unchecked_into()
}

/// Walks the flow as a person does: the snapshot's reason, Next, then (for
/// the receipt) Agree and send once the notice passed its display check.
/// Returns the outcome to report, or stops when a newer draft came.
async fn walk_to(step: &str, current: impl Fn() -> bool) -> String {
    const DIALOG: &str = "[data-testid=report-dialog]";
    if find(&format!("{DIALOG} [data-step]"), &current)
        .await
        .is_none()
    {
        return "no dialog".into();
    }
    if find(&format!("{DIALOG} [data-step=reason]"), &current)
        .await
        .is_none()
    {
        return "the reason step did not show".into();
    }
    if step == "reason" {
        return "shown".into();
    }
    click(&format!(
        "input[name=reason][value={}]",
        SNAPSHOT_REASON.id()
    ));
    // The component enables Next in its next reactive run, not at once.
    if find("[data-testid=next]:enabled", &current).await.is_none() {
        return "Next stayed disabled".into();
    }
    click("[data-testid=next]");
    let Some(dialog) = find(
        &format!("{DIALOG}[data-display-check=passed], {DIALOG}[data-display-check=failed]"),
        &current,
    )
    .await
    else {
        return "the notice did not show".into();
    };
    let check = dialog
        .get_attribute("data-display-check")
        .unwrap_or_default();
    if step == "disclosure" || check != "passed" {
        return check;
    }
    if find("[data-testid=agree]:enabled", &current)
        .await
        .is_none()
    {
        return "Agree and send stayed disabled".into();
    }
    click("[data-testid=agree]");
    match find(&format!("{DIALOG} [data-step=receipt]"), &current).await {
        Some(_) => "shown".into(),
        None => "the receipt did not show".into(),
    }
}

/// The element once it is in the document (the component renders in its
/// own frames); None after 5 s or once a newer draft came.
async fn find(selector: &str, current: &impl Fn() -> bool) -> Option<web_sys::Element> {
    for _ in 0..250 {
        if !current() {
            return None;
        }
        if let Ok(Some(found)) = browser::document().query_selector(selector) {
            return Some(found);
        }
        browser::sleep(20).await;
    }
    None
}

fn click(selector: &str) {
    if let Ok(Some(e)) = browser::document().query_selector(selector) {
        if let Ok(e) = e.dyn_into::<web_sys::HtmlElement>() {
            e.click();
        }
    }
}

/// Scrolls the first element of the notice whose text holds `text` (or is
/// held by it) into the middle of the dialog.
fn scroll_to(text: &str) {
    let wanted = normalize(text);
    let Ok(all) = browser::document().query_selector_all("[data-step] [data-snap]") else {
        return;
    };
    for i in 0..all.length() {
        let Some(e) = all
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let shown = normalize(&e.text_content().unwrap_or_default());
        if !shown.is_empty() && (wanted.contains(&shown) || shown.contains(&wanted)) {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Center);
            e.scroll_into_view_with_scroll_into_view_options(&options);
            return;
        }
    }
}
