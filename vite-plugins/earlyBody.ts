import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { bodies, defaultBodyId } from '../src/data/bodies.ts';

/**
 * Starts the body's download from the page itself, before any script file has arrived, and shows its bytes on
 * the loading screen that index.html paints. On a slow link the scripts take about two seconds; the body, the
 * largest file, no longer waits for them, and the screen says from the first paint that it is coming. The app
 * adopts this download (`takeEarlyDownload` in src/lib/bodyDownload.ts) instead of fetching the file again; when
 * the download fails here, the app fetches again and reports why. The script is inline, right after the loading
 * screen (the marker comment in index.html), so the page's Content-Security-Policy allows it by its hash.
 */
export interface EarlyBodyPlugin extends Plugin {
  /** `'sha256-…'` of the inline script, for script-src */
  scriptHash(): string;
}

const marker = '<!--atlas:early-body-->';

/** The inline script: plain JavaScript (it runs before anything is compiled or loaded), one body table. */
export function earlyBodyScript(base: string): string {
  const files = Object.fromEntries(bodies.map((b) => [b.id, base + b.glb]));
  return `(function () {
  var files = ${JSON.stringify(files)};
  try {
    var chosen = new URLSearchParams(location.search).get('body') || ${JSON.stringify(defaultBodyId)};
    var url = files[chosen];
    var box = document.querySelector('#root [data-early-loading]');
    if (!url || !box || !window.fetch || !window.ReadableStream || !window.AbortController) return;
    var controller = new AbortController();
    var bar = document.createElement('progress');
    bar.className = 'model-status__progress';
    var bytes = document.createElement('span');
    bytes.style.fontWeight = '400';
    bytes.textContent = '0 KB';
    box.appendChild(bytes);
    box.appendChild(bar);
    var total = 0;
    var say = function (loaded) {
      bytes.textContent = Math.round(loaded / 1024) + (total ? ' / ' + Math.round(total / 1024) : '') + ' KB';
    };
    var follow = function (copy) {
      var loaded = 0;
      var reader = copy.getReader();
      var next = function () {
        reader.read().then(function (part) {
          // React has replaced the loading screen: the app shows the progress from here on.
          if (part.done || !bar.isConnected) return reader.cancel();
          loaded += part.value.byteLength;
          bar.value = loaded;
          say(loaded);
          next();
        }, function () {});
      };
      next();
    };
    var response = fetch(url, { signal: controller.signal }).then(function (r) {
      var type = r.headers.get('content-type') || '';
      if (!r.ok || !r.body || type.indexOf('text/html') >= 0) {
        bar.remove();
        bytes.remove();
        return null;
      }
      var length = Number(r.headers.get('content-length'));
      total = length > 0 && !r.headers.get('content-encoding') ? length : 0;
      if (total) bar.max = total;
      bar.value = 0;
      say(0);
      follow(r.clone().body);
      return r;
    }).catch(function () { return null; });
    window.__atlasEarlyBody = { url: url, response: response, abort: function () { controller.abort(); } };
  } catch (e) {}
})();`;
}

/**
 * Moves the app's stylesheets from the head to the end of the body. In the head they hold back the first paint
 * of the loading screen (which has its own inline styles) until they arrive, sharing the slow link with the body
 * and the scripts; at the end of the body they still come before the app's first render, because the module
 * scripts wait for every stylesheet the parser has met.
 */
export function stylesheetsAfterLoadingScreen(html: string): string {
  const links: string[] = [];
  const rest = html.replace(/[ \t]*<link rel="stylesheet"[^>]*>\n?/g, (tag) => {
    links.push(tag.trim());
    return '';
  });
  return links.length ? rest.replace('</body>', `${links.map((l) => `  ${l}\n`).join('')}  </body>`) : html;
}

export function earlyBodyPlugin(): EarlyBodyPlugin {
  let script = earlyBodyScript('/');
  let building = false;
  return {
    name: 'atlas-early-body',
    configResolved(config) {
      script = earlyBodyScript(config.base);
      building = config.command === 'build';
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        if (!html.includes(marker)) throw new Error(`index.html has lost the ${marker} marker for the early body download`);
        const withScript = html.replace(marker, `<script>${script}</script>`);
        return building ? stylesheetsAfterLoadingScreen(withScript) : withScript;
      },
    },
    scriptHash: () => `'sha256-${createHash('sha256').update(script).digest('base64')}'`,
  };
}
