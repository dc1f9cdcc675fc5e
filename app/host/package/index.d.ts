// Types of the report flow's host API (index.js).
//
// The receiver's rules (app/core/src/limits.rs) are checked when the flow is
// mounted, before the person can agree: a value that breaks one rejects
// mountReportFlow's promise with an Error naming the field as written here
// ("report flow options.conversation.messages[3].id: is longer than 128
// characters"). Lengths count characters (Unicode scalar values):
// - every id (`id`, `sender.id`, `chosenMessageId`, `hostAppVersion`): 1 to 128
//   characters, no control characters;
// - times (`sent_at`, `posted_at`): whole Unix seconds from 0 to 253402300799
//   (9999-12-31T23:59:59Z);
// - message `text`, `status_message`, post `text`: at most 10000 characters
//   (and 40000 bytes as JSON: each control character but tab and line breaks
//   takes 6); `caption`: at most 2000; `display_name`, `file_name`,
//   `sticker_name`: at most 300; links (`media_url`, `photo_url`): at most
//   2048 characters, no control characters;
// - only the messages a report sends are judged by these, but message ids must
//   be unique in the whole chat; at most 50 notices or unsent messages may lie
//   between the messages sent; a post holds at most 20 media.
// Together they keep the largest report under the receiver's 1 MiB body limit.

export type Platform = "ios" | "android" | "desktop";

/** A chat as the person's device holds it; oldest message first. */
export interface Conversation {
  id: string;
  title: string;
  is_group: boolean;
  messages: Message[];
}

export interface Sender {
  id: string;
  display_name: string;
}

export type Message = { id: string; sender: Sender; /** Unix seconds, UTC. */ sent_at: number } & (
  | { kind: "text"; text: string }
  | { kind: "image"; media_url: string; caption?: string | null; size_bytes: number }
  | { kind: "video"; media_url: string; caption?: string | null; duration_seconds: number; size_bytes: number }
  | { kind: "file"; file_name: string; size_bytes: number }
  | { kind: "sticker"; sticker_name: string; media_url: string }
  | { kind: "system_notice"; text: string }
  | { kind: "unsent" }
);

/** An account's facts, every one of them sent when it (or its post) is reported. */
export interface Profile {
  id: string;
  display_name: string;
  status_message?: string | null;
  /** A link the review team can open. */
  photo_url?: string | null;
}

/** A post in the feed; its text, media links and author's facts are sent. */
export interface Post {
  id: string;
  author: Profile;
  /** Unix seconds, UTC. */
  posted_at: number;
  text?: string | null;
  media: PostMedia[];
}

export type PostMedia =
  | { kind: "image"; media_url: string; size_bytes: number }
  | { kind: "video"; media_url: string; duration_seconds: number; size_bytes: number };

/** The operator's settings; each id is worded in the locale files. */
export interface Policy {
  operator: string;
  purposes: string[];
  recipients: string[];
  processing_countries: string[];
  retention_days: number;
  /** Messages sent on each side of a reported message: 0 to 9. */
  context_size: number;
  /** At most how many of the latest messages received from a reported account are sent: 0 to 20. */
  account_messages: number;
}

/** What the person reports; each kind sends, and its notice names, something different. */
export type ReportSubject =
  /**
   * A message, from the chat (or the part around the chosen message).
   * `chosenMessageId` must be in `conversation.messages` and not a system
   * notice or an unsent message.
   */
  | { kind: "message"; conversation: Conversation; chosenMessageId: string }
  /**
   * An account, from its profile. `conversation` is the person's chat with it, if any:
   * the latest messages the account sent in it are sent, never the person's own.
   */
  | { kind: "account"; account: Profile; conversation?: Conversation }
  /** A post, from the feed. */
  | { kind: "post"; post: Post };

/**
 * Sends the report through the host instead (a native bridge). Must resolve
 * with the receiver's reference once the report is filed, treat `reportId`
 * as an idempotency key, and reject when it was not filed. The send timeout
 * applies to it too. Reject with an Error whose `final` is true when the
 * receiver refused the report itself (sending it again would be refused
 * again): the flow then ends on a step without retry and dispatches
 * `report-refused` with the Error's `status` (a number), `field` and
 * `message`. Any other rejection offers the person a retry.
 */
export type SubmitReport = (payloadJson: string, reportId: string) => Promise<string>;

/** Where the report goes: an endpoint, or the host's submit (which wins when both are given). */
export type ReportTarget =
  /** POSTed as JSON, with its report id as Idempotency-Key. */
  | { endpoint: string; submit?: SubmitReport }
  | { endpoint?: string; submit: SubmitReport };

export type ReportFlowOptions = ReportSubject & ReportTarget & {
  /** The person's languages, most preferred first (for example navigator.languages). */
  languages?: readonly string[];
  platform: Platform;
  /** The host app's version: shown on the notice and sent with the report (an id: 1 to 128 characters). */
  hostAppVersion?: string;
  /** Default: the operator settings the approved notices were registered with. */
  policy?: Policy;
  /**
   * How long one send may take before the person is offered a retry, in whole
   * milliseconds from 1000 to 120000 (default 15000); others reject the mount.
   */
  sendTimeoutMs?: number;
  /**
   * The URL of the folder that holds the package's `report_flow_bg.wasm`
   * and `locales/` (with its locale folders), ending in "/"
   * (for example "/report-flow/"; relative URLs resolve against the page).
   * Default: the folder of the package's `index.js`, which is right when the
   * package is served as built. A host that bundles the package (Vite,
   * esbuild) copies those files to one folder of its site and names it here.
   * The first call that loads the flow fixes it; a later different value is
   * an error.
   */
  assetsUrl?: string;
};

export interface MountedReportFlow {
  /** Closes the flow, as Cancel would. */
  close(): void;
}

/** Detail of the `report-sent` event, dispatched on the element (bubbles). */
export interface ReportSentDetail {
  /** Exactly what was sent. */
  payload: Record<string, unknown>;
  /** The receiver's reference for the report. */
  reference: string;
}

/**
 * Detail of the `report-display-failed` event: the page could not show the
 * notice as formatted (covered, hidden, clipped, truncated, or other text),
 * so the flow failed closed and nothing can be sent from it.
 */
export interface ReportDisplayFailedDetail {
  /** The first problem, in one line, e.g. `headline: ...: covered by <div class="pane">`. */
  cause: string;
  /** Every problem found. */
  problems: string[];
}

/**
 * Detail of the `report-refused` event, dispatched on the element (bubbles,
 * composed) when the receiver refused the report in a way no retry can change:
 * an HTTP 4xx other than 408, 425 and 429, or a `submit` rejection with
 * `final: true`. The flow shows that the report was not accepted, with Close
 * only; fix what the host sends.
 */
export interface ReportRefusedDetail {
  /** The HTTP status, or the `status` of the host's Error; null when none. */
  status: number | null;
  /** The field the receiver named (its JSON error body's `field`), if any. */
  field: string | null;
  /** The receiver's `error` (or the host Error's message), if any. */
  message: string | null;
}

declare global {
  interface HTMLElementEventMap {
    "report-sent": CustomEvent<ReportSentDetail>;
    "report-refused": CustomEvent<ReportRefusedDetail>;
    /** The flow closed (sent or not); focus is back where it was when it opened, or on the element if that is gone. */
    "report-closed": CustomEvent<undefined>;
    "report-display-failed": CustomEvent<ReportDisplayFailedDetail>;
  }
}

/**
 * Shows the report flow in `element`: the package adds a
 * `<report-disclosure-flow>` element there, whose open shadow root holds a
 * modal `<dialog>` (drawn in the top layer, above any z-index of the page).
 * Events bubble from it to `element`. The reason list is shown at once (its
 * wording is in index.js); the rest of the flow loads while the person
 * chooses. Resolves once the options are checked and the wording loaded;
 * rejects with an Error naming a wrong option (the dialog then leaves the
 * page), or if a flow is already open in `element`.
 */
export function mountReportFlow(element: HTMLElement, options: ReportFlowOptions): Promise<MountedReportFlow>;
/**
 * Starts loading the component ahead of time (for example on hover of
 * "Report"). A host that passes `assetsUrl` to mountReportFlow passes the
 * same here.
 */
export function preloadReportFlow(options?: { assetsUrl?: string }): Promise<void>;
