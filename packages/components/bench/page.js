// Runs inside chromium (loaded by scripts/bench.mjs). No framework: timings by performance.now().

/** Layout forced, so the figures include style and layout, not just DOM building. */
const settle = (el) => el.getBoundingClientRect().height;

/** Cold first render of <gk-report> with the report set as a property, to laid out. */
export async function firstRender(report) {
  const host = document.getElementById('host');
  const t0 = performance.now();
  const el = document.createElement('gk-report');
  el.report = report;
  host.append(el);
  await el.updateComplete;
  settle(host);
  const t = performance.now() - t0;
  host.replaceChildren();
  return t;
}

/** The same server-rendered markup parsed into the page (declarative shadow DOM honoured), to laid out. */
export function innerHtmlBaseline(markup) {
  const host = document.getElementById('host');
  const t0 = performance.now();
  host.setHTMLUnsafe(markup);
  settle(host);
  const t = performance.now() - t0;
  host.replaceChildren();
  return t;
}

/** Mounts the editor and measures, per keystroke, keydown → findings recomputed → next frame. */
export async function mountEditor(report) {
  const host = document.getElementById('host');
  const el = document.createElement('gk-report-editor');
  el.noDrafts = true;
  el.report = report;
  host.append(el);
  await el.updateComplete;
  window.__samples = [];
  window.__frames = [];
  let start = 0;
  el.addEventListener(
    'keydown',
    (e) => {
      start = e.timeStamp;
    },
    { capture: true },
  );
  el.addEventListener('gk-validate', async () => {
    const t0 = start;
    await el.updateComplete;
    // Ready to paint: totals derived, findings recomputed, DOM patched, style and layout done.
    settle(el);
    window.__samples.push(performance.now() - t0);
    // And to the next frame, which adds the wait for vsync (0–16.7 ms at 60 Hz) on top.
    requestAnimationFrame(() => window.__frames.push(performance.now() - t0));
  });
  const input = el.shadowRoot.getElementById('input-applications.granted.naturalPerson');
  input.focus();
  input.select();
  return el.shadowRoot.querySelectorAll('input').length;
}
