// Runs inside the page, in any engine (Playwright evaluate, WebDriver execute).
// Finds characters that no installed font can draw ("tofu"): for every
// element matched by `selector`, returns its text, the font it is drawn in,
// and the code points that render as the engine's missing-glyph box.
//
// Why not document.fonts.check(): measured in WebKitGTK 2.50 and Firefox ESR,
// it returns true for U+E000 and U+10000 although no installed font has them.
// Why not measureText alone: WebKitGTK reports the same advance and bounding
// box for its .notdef box as for most CJK ideographs.
// What both engines share: a missing glyph is one box per font (WebKitGTK the
// same .notdef bitmap for every character, Firefox a frame with the hex code
// inside). So a character is missing when, drawn in the element's font, it
// has the advance and ink box of a noncharacter (U+FFFF, U+10FFFF: never
// assigned, so never in a font) and inks that box's whole outer frame.
// Limit: a real glyph shaped like an empty square (U+25A1, 口) with exactly
// the box's advance and ink bounds would be reported: loudly, never silently.
(function missingGlyphs(selector) {
  const SIZE = 32;
  const W = SIZE * 3;
  const H = SIZE * 2;
  const canvas = document.createElement("canvas");
  canvas.width = W;
  canvas.height = H;
  const g = canvas.getContext("2d", { willReadFrequently: true });

  function draw(ch) {
    g.clearRect(0, 0, W, H);
    g.fillText(ch, SIZE / 2, Math.round(SIZE * 1.4));
    const alpha = g.getImageData(0, 0, W, H).data;
    const ink = new Uint8Array(W * H);
    let [x0, y0, x1, y1] = [W, H, -1, -1];
    for (let i = 0; i < W * H; i++) {
      if (alpha[i * 4 + 3] < 128) continue;
      ink[i] = 1;
      const x = i % W;
      const y = (i - x) / W;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
    return { ink, box: `${g.measureText(ch).width.toFixed(2)} ${x0},${y0}-${x1},${y1}`, bounds: [x0, y0, x1, y1] };
  }

  function missingBox(ch) {
    const d = draw(ch);
    const [x0, y0, x1, y1] = d.bounds;
    const frame = [];
    for (let i = 0; i < W * H; i++) {
      if (!d.ink[i]) continue;
      const x = i % W;
      const y = (i - x) / W;
      if (x === x0 || x === x1 || y === y0 || y === y1) frame.push(i);
    }
    return { box: d.box, frame };
  }

  const looksMissing = (ch, boxes) => {
    const d = draw(ch);
    return boxes.some((b) => b.box === d.box && b.frame.every((i) => d.ink[i]));
  };

  // Nothing to draw: spaces, format characters (Fluent's U+2068/U+2069 isolates), controls.
  const invisible = /[\s\p{Cf}\p{Cc}]/u;
  const boxesByFont = new Map();
  const results = [];
  // Also inside the open shadow root the package renders the dialog in.
  const roots = [document, ...[...document.querySelectorAll("report-disclosure-flow")].map((h) => h.shadowRoot).filter(Boolean)];
  for (const el of roots.flatMap((r) => [...r.querySelectorAll(selector)])) {
    const cs = getComputedStyle(el);
    const font = `${cs.fontStyle} ${cs.fontWeight} ${SIZE}px ${cs.fontFamily}`;
    g.font = font;
    if (!boxesByFont.has(font)) boxesByFont.set(font, [missingBox("\uFFFF"), missingBox("\u{10FFFF}")]);
    const boxes = boxesByFont.get(font);
    const text = el.innerText;
    const missing = [];
    for (const ch of new Set(text)) {
      if (invisible.test(ch)) continue;
      if (looksMissing(ch, boxes)) missing.push(`U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
    }
    results.push({ text, font, missing });
  }
  return results;
})
