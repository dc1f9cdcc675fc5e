import { useLayoutEffect, useMemo, useRef, useState } from "react";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { LocalizationProvider, Localized, ReactLocalization } from "@fluent/react";
import { REASONS, WORDING } from "../wording.js";

export function ReportDialog({ locale, onClose }) {
  const l10n = useMemo(() => {
    const bundle = new FluentBundle(locale);
    bundle.addResource(new FluentResource(WORDING[locale] ?? WORDING.en));
    return new ReactLocalization([bundle]);
  }, [locale]);
  return (
    <LocalizationProvider l10n={l10n}>
      <Reasons onClose={onClose} />
    </LocalizationProvider>
  );
}

function Reasons({ onClose }) {
  const [reason, setReason] = useState(null);
  const dialog = useRef(null);
  useLayoutEffect(() => {
    dialog.current.showModal();
    dialog.current.querySelector("h2").focus();
    performance.mark("report-disclosure:dialog-rendered");
  }, []);
  return (
    <dialog ref={dialog} className="report" aria-labelledby="report-title" onClose={onClose}>
      <Localized id="report-title">
        <h2 id="report-title" tabIndex={-1} />
      </Localized>
      <fieldset>
        <Localized id="reason-intro">
          <legend />
        </Localized>
        {REASONS.map((r) => (
          <label key={r} className="reason">
            <input type="radio" name="reason" value={r} checked={reason === r} onChange={() => setReason(r)} />
            <Localized id={`reason-${r}`}>
              <span />
            </Localized>
          </label>
        ))}
      </fieldset>
      <Localized id="comment-label">
        <label htmlFor="comment" />
      </Localized>
      <textarea id="comment" rows={3} aria-describedby="comment-hint" />
      <Localized id="comment-hint">
        <p id="comment-hint" />
      </Localized>
      <div className="actions">
        <Localized id="button-next">
          <button type="button" disabled={reason === null} />
        </Localized>
        <Localized id="button-cancel">
          <button type="button" onClick={onClose} />
        </Localized>
      </div>
    </dialog>
  );
}
