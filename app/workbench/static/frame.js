// A preview frame must not take the keyboard from the planner's editor: the
// component moves the focus to each step's title, and opening a modal
// dialog focuses it, which in a frame would pull the focus out of the
// workbench on every update. In a frame the person is using (its document
// has the focus), the focus moves as in an app.
const focus = HTMLElement.prototype.focus;
HTMLElement.prototype.focus = function (options) {
  if (document.hasFocus()) focus.call(this, options);
};
const showModal = HTMLDialogElement.prototype.showModal;
HTMLDialogElement.prototype.showModal = function () {
  const away = document.hasFocus() ? null : window.parent.document.activeElement;
  showModal.call(this);
  if (away === null) return;
  if (away.tagName !== "IFRAME" && away !== away.ownerDocument.body) {
    away.focus({ preventScroll: true });
  } else {
    document.activeElement?.blur();
    window.parent.focus();
  }
};
