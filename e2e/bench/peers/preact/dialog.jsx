import { useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { REASONS, WORDING } from "../wording.js";

export function ReportDialog({ locale, onClose }) {
  const t = useMemo(() => {
    const bundle = new FluentBundle(locale);
    bundle.addResource(new FluentResource(WORDING[locale] ?? WORDING.en));
    return (id) => bundle.formatPattern(bundle.getMessage(id).value);
  }, [locale]);
  const [reason, setReason] = useState(null);
  const dialog = useRef(null);
  useLayoutEffect(() => {
    dialog.current.showModal();
    dialog.current.querySelector("h2").focus();
    performance.mark("report-disclosure:dialog-rendered");
  }, []);
  return (
    <dialog ref={dialog} class="report" aria-labelledby="report-title" onClose={onClose}>
      <h2 id="report-title" tabIndex={-1}>{t("report-title")}</h2>
      <fieldset>
        <legend>{t("reason-intro")}</legend>
        {REASONS.map((r) => (
          <label key={r} class="reason">
            <input type="radio" name="reason" value={r} checked={reason === r} onChange={() => setReason(r)} />
            <span>{t(`reason-${r}`)}</span>
          </label>
        ))}
      </fieldset>
      <label for="comment">{t("comment-label")}</label>
      <textarea id="comment" rows={3} aria-describedby="comment-hint" />
      <p id="comment-hint">{t("comment-hint")}</p>
      <div class="actions">
        <button type="button" disabled={reason === null}>{t("button-next")}</button>
        <button type="button" onClick={onClose}>{t("button-cancel")}</button>
      </div>
    </dialog>
  );
}
