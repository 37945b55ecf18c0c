/*
 * In-page half of the benchmark, installed with Playwright's addInitScript before any page script runs.
 * Plain browser JavaScript on purpose: functions handed to page.evaluate from a tsx-compiled file can carry
 * esbuild helpers (__name) that do not exist in the page. Every wait here is bounded.
 */
(() => {
  const state = { readyAt: null, moveAt: null, clickAt: null, armed: false, f0: 0 };

  // The atlas creates window.__ATLAS__ once, before React renders. Catch that assignment so the moment
  // `ready` resolves is recorded exactly, however late the benchmark asks for it.
  let atlas;
  try {
    Object.defineProperty(window, '__ATLAS__', {
      configurable: true,
      enumerable: true,
      get: () => atlas,
      set: (handle) => {
        atlas = handle;
        if (handle && handle.ready && typeof handle.ready.then === 'function') {
          handle.ready.then(() => {
            if (state.readyAt === null) state.readyAt = performance.now();
          });
        }
      },
    });
  } catch {
    /* left to the benchmark's fallback */
  }

  const frames = () => (window.__ATLAS__ ? window.__ATLAS__.frames : window.__MV__ ? window.__MV__.frames : 0);
  const raf = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));

  /** Resolves with the time of the first requestAnimationFrame after `frames` has passed f0; null on timeout. */
  const frameAfter = async (f0, timeoutMs) => {
    const start = performance.now();
    while (frames() <= f0) {
      if (performance.now() - start > timeoutMs) return null;
      await raf();
    }
    return raf();
  };

  // Input times, taken before any handler of the page sees the event.
  window.addEventListener(
    'pointermove',
    () => {
      if (state.armed && state.moveAt === null) state.moveAt = performance.now();
    },
    { capture: true },
  );
  window.addEventListener(
    'click',
    () => {
      if (state.armed && state.clickAt === null) state.clickAt = performance.now();
    },
    { capture: true },
  );

  let panelWait = null;

  window.__bench = {
    readyAt: () => state.readyAt,
    frames,

    /** True once no frame has been drawn for `quiet` animation frames in a row (false if maxMs passed first). */
    waitIdle: async (maxMs = 10000, quiet = 3) => {
      const start = performance.now();
      let last = frames();
      let still = 0;
      while (still < quiet) {
        if (performance.now() - start > maxMs) return false;
        await raf();
        const now = frames();
        if (now === last) still += 1;
        else {
          still = 0;
          last = now;
        }
      }
      return true;
    },

    /** Call before one page.mouse.move; moveDone then gives pointermove → frame drawn → next rAF, in ms. */
    armMove: () => {
      state.f0 = frames();
      state.moveAt = null;
      state.armed = true;
    },
    moveDone: async (timeoutMs = 5000) => {
      const end = await frameAfter(state.f0, timeoutMs);
      state.armed = false;
      if (end === null || state.moveAt === null) return null;
      return end - state.moveAt;
    },

    /** Call before the mouse goes down; clickDone gives click → `selector` in the DOM → next rAF, in ms. */
    armClick: (selector) => {
      state.clickAt = null;
      state.armed = true;
      panelWait = new Promise((resolve) => {
        let fired = false;
        const done = () => {
          if (fired) return;
          fired = true;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now()));
        };
        const observer = new MutationObserver(() => {
          if (document.querySelector(selector)) done();
        });
        observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
        if (document.querySelector(selector)) done();
      });
    },
    clickDone: async (timeoutMs = 10000) => {
      const timeout = new Promise((resolve) => setTimeout(() => resolve(null), timeoutMs));
      const end = await Promise.race([panelWait, timeout]);
      state.armed = false;
      if (end === null || state.clickAt === null) return null;
      return end - state.clickAt;
    },

    /** The WebGL renderer string the page gets (unmasked when the browser allows it). */
    renderer: () => {
      const gl = document.createElement('canvas').getContext('webgl2') || document.createElement('canvas').getContext('webgl');
      if (!gl) return 'no WebGL';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const name = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
      const lose = gl.getExtension('WEBGL_lose_context');
      if (lose) lose.loseContext();
      return String(name);
    },
  };
})();
