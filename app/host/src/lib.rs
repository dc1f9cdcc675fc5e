//! The host API: shows the report flow inside an element of any web page or
//! native web view, from plain data. The package's `index.js` wraps it as
//! `mountReportFlow(element, options)` with TypeScript types (`index.d.ts`).

mod options;

use leptos::prelude::*;
use report_core::negotiate;
use report_web::{
    browser, loading, NotDisplayed, ReportFlow, SubmitTarget, DEFAULT_SEND_TIMEOUT_MS,
};
use std::any::Any;
use std::cell::RefCell;
use std::sync::Arc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A flow on screen; each lives here until it closes.
struct Mounted {
    id: u32,
    /// The `<report-disclosure-flow>` element the package put in the host's
    /// element: the host hears the flow's events from it; it leaves the page
    /// with the flow.
    element: web_sys::HtmlElement,
    /// Where the focus was when the flow opened: it goes back there.
    return_focus: Option<web_sys::HtmlElement>,
    /// Dropping it takes the dialog off the page.
    view: Box<dyn Any>,
}

thread_local! {
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
}

/// A flow ready to show: the host's options checked by the receiver's rules
/// and the wording of the person's locale loaded. `index.js` shows the
/// first step while this is made.
#[wasm_bindgen]
pub struct Prepared {
    options: options::Options,
    policy: report_core::Policy,
    wording: Arc<report_core::Wording>,
    submit: SubmitTarget,
    utc_offset_minutes: i32,
}

#[wasm_bindgen]
impl Prepared {
    /// The negotiated locale: the first step `index.js` showed must be of it.
    #[wasm_bindgen(getter)]
    pub fn locale(&self) -> String {
        self.wording.locale().to_string()
    }
}

/// Checks the host's `options` (see `index.d.ts`) and loads the wording of
/// the person's locale from `package_base` (the URL of the package's folder,
/// the one that holds `locales/`), unless `fetched` is that locale's file,
/// `[locale, text]`, which `index.js` fetched alongside the wasm. `submit`,
/// if given, is
/// `(payloadJson, reportId) => Promise<reference>`. Rejects with an error
/// naming the field when the options are wrong: a request the receiver
/// would refuse is the host's to fix, never a flow that could only end
/// refused.
#[wasm_bindgen]
pub async fn prepare(
    options: JsValue,
    submit: Option<js_sys::Function>,
    package_base: String,
    fetched: JsValue,
) -> Result<Prepared, JsError> {
    let mut options =
        options::read(&options).map_err(|e| JsError::new(&format!("report flow {e}")))?;
    let submit = match (submit, options.endpoint.take()) {
        (Some(f), _) => SubmitTarget::Callback(f),
        (None, Some(url)) => SubmitTarget::Url(url),
        (None, None) => {
            return Err(JsError::new(
                "report flow options: endpoint: give an endpoint or a submit function",
            ))
        }
    };
    let policy = options.policy.take().unwrap_or_default();
    let utc_offset_minutes = browser::utc_offset_minutes();
    report_core::Notice::check_request(
        &options.request,
        &policy,
        options.host_app_version.as_deref(),
        utc_offset_minutes,
    )
    .map_err(|e| {
        let whose = if e.field == "utc_offset_minutes" {
            "report flow: this device's "
        } else {
            "report flow options."
        };
        JsError::new(&format!("{whose}{e}"))
    })?;
    let locale = pick_locale(&options.languages);
    // Only the file of the locale negotiated here: never another language's.
    let fetched = js_sys::Array::is_array(&fetched)
        .then(|| js_sys::Array::from(&fetched))
        .filter(|pair| pair.get(0).as_string().as_deref() == Some(locale))
        .and_then(|pair| pair.get(1).as_string());
    let wording = match fetched {
        Some(text) => loading::wording_from_text(locale, text),
        None => loading::wording_from(&package_base, locale).await,
    }
    .map_err(|e| JsError::new(&e))?;
    Ok(Prepared {
        options,
        policy,
        wording: Arc::new(wording),
        submit,
        utc_offset_minutes,
    })
}

/// Shows the flow in `root` (inside the shadow root of `element`, the
/// flow's own element in the host's page); the focus goes back to
/// `return_focus` when it closes. `start`, if given, is the first step as
/// the person left it in `index.js`, `{ reason, comment }`: the flow opens
/// on the disclosure of that choice.
#[wasm_bindgen]
pub fn show(
    prepared: Prepared,
    element: web_sys::HtmlElement,
    root: web_sys::HtmlElement,
    return_focus: Option<web_sys::HtmlElement>,
    start: JsValue,
) -> Result<u32, JsError> {
    let start = if start.is_undefined() {
        None
    } else {
        Some(options::read_start(&start).map_err(|e| JsError::new(&format!("report flow {e}")))?)
    };
    let Prepared {
        options,
        policy,
        wording,
        submit,
        utc_offset_minutes,
        ..
    } = prepared;
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    });
    let view = {
        let request = options.request;
        let platform = options.platform;
        let host_app_version = options.host_app_version;
        let timeout = options.send_timeout_ms.unwrap_or(DEFAULT_SEND_TIMEOUT_MS);
        leptos::mount::mount_to(root, move || {
            view! {
                <ReportFlow
                    request=request
                    policy=policy
                    wording=wording
                    platform=platform
                    utc_offset_minutes=utc_offset_minutes
                    submit=submit
                    on_close=move |_| close(id)
                    on_sent=move |(payload, reference): (report_core::ReportPayload, String)| {
                        sent(id, &payload.to_json(), &reference)
                    }
                    on_refused=move |r: report_web::Refusal| refused(id, &r)
                    send_timeout_ms=timeout
                    host_app_version=host_app_version.unwrap_or_default()
                    on_not_displayed=move |failure: NotDisplayed| not_displayed(id, &failure)
                    start=start
                />
            }
        })
    };
    MOUNTED.with(|m| {
        m.borrow_mut().push(Mounted {
            id,
            element,
            return_focus,
            view: Box::new(view),
        })
    });
    Ok(id)
}

/// Closes a flow the host opened, as Cancel would.
#[wasm_bindgen]
pub fn unmount(id: u32) {
    close(id);
}

/// Pseudo-locales are never negotiated; a host that lists one first (to
/// test layout) gets it.
fn pick_locale(languages: &[String]) -> &'static str {
    let first = languages.first().map(String::as_str);
    report_core::wording::PSEUDO_LOCALES
        .iter()
        .copied()
        .find(|p| Some(*p) == first)
        .unwrap_or_else(|| negotiate(languages))
}

fn dispatch(element: &web_sys::HtmlElement, name: &str, detail: &JsValue) {
    dispatch_with(element, name, detail, false);
}

fn dispatch_with(element: &web_sys::HtmlElement, name: &str, detail: &JsValue, composed: bool) {
    let init = web_sys::CustomEventInit::new();
    init.set_detail(detail);
    init.set_bubbles(true);
    init.set_composed(composed);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = element.dispatch_event(&event);
    }
}

fn element_of(id: u32) -> Option<web_sys::HtmlElement> {
    MOUNTED.with(|m| {
        m.borrow()
            .iter()
            .find(|f| f.id == id)
            .map(|f| f.element.clone())
    })
}

/// The flow failed closed because the page could not show its notice: the
/// host hears why, so its developers and its own telemetry learn of it.
fn not_displayed(id: u32, failure: &NotDisplayed) {
    if let Some(element) = element_of(id) {
        let detail = js_sys::Object::new();
        let problems: js_sys::Array = failure.problems.iter().map(JsValue::from).collect();
        let _ = js_sys::Reflect::set(&detail, &"cause".into(), &failure.cause.as_str().into());
        let _ = js_sys::Reflect::set(&detail, &"problems".into(), &problems);
        dispatch(&element, "report-display-failed", &detail);
    }
}

fn sent(id: u32, payload_json: &str, reference: &str) {
    if let Some(element) = element_of(id) {
        let detail = js_sys::Object::new();
        let payload = js_sys::JSON::parse(payload_json).unwrap_or(JsValue::NULL);
        let _ = js_sys::Reflect::set(&detail, &"payload".into(), &payload);
        let _ = js_sys::Reflect::set(&detail, &"reference".into(), &reference.into());
        dispatch(&element, "report-sent", &detail);
    }
}

/// The host learns that a report it asked for was refused, and why, since
/// only the host can fix what it sends (composed: it crosses shadow roots, as
/// a host embedding the flow in a web component needs).
fn refused(id: u32, r: &report_web::Refusal) {
    let Some(element) = element_of(id) else {
        return;
    };
    let detail = js_sys::Object::new();
    let or_null = |v: Option<JsValue>| v.unwrap_or(JsValue::NULL);
    let _ = js_sys::Reflect::set(
        &detail,
        &"status".into(),
        &or_null(r.status.map(JsValue::from)),
    );
    let _ = js_sys::Reflect::set(
        &detail,
        &"field".into(),
        &or_null(r.field.as_deref().map(JsValue::from_str)),
    );
    let _ = js_sys::Reflect::set(
        &detail,
        &"message".into(),
        &or_null(r.message.as_deref().map(JsValue::from_str)),
    );
    dispatch_with(&element, "report-refused", &detail, true);
}

fn close(id: u32) {
    // Unmounted after the event that closed it has finished, not inside it.
    leptos::task::spawn_local(async move {
        let gone = MOUNTED.with(|m| {
            let mut all = m.borrow_mut();
            let at = all.iter().position(|f| f.id == id)?;
            Some(all.remove(at))
        });
        if let Some(flow) = gone {
            // The dialog leaves the page first; then the focus goes back.
            drop(flow.view);
            // A trigger that left the page meanwhile (a menu item) cannot
            // take it: the host's element does, rather than the page's body.
            let back = flow
                .return_focus
                .filter(|el| el.is_connected())
                .or_else(|| {
                    let host = flow.element.parent_element()?;
                    if !host.has_attribute("tabindex") {
                        let _ = host.set_attribute("tabindex", "-1");
                    }
                    host.dyn_into::<web_sys::HtmlElement>().ok()
                });
            if let Some(el) = back {
                let _ = el.focus();
            }
            dispatch(&flow.element, "report-closed", &JsValue::UNDEFINED);
            flow.element.remove();
        }
    });
}
