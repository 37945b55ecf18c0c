import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { licencesPlugin } from './vite-plugins/licences.ts';
import { offlinePlugin } from './vite-plugins/offline.ts';
import { traditionalStringsPlugin } from './vite-plugins/traditionalStrings.ts';
import { pointDataPlugin } from './vite-plugins/pointData.ts';
import { earlyBodyPlugin } from './vite-plugins/earlyBody.ts';

const earlyBody = earlyBodyPlugin();

/**
 * The production page allows only its own origin. Inline styles are needed by React's style props;
 * 'wasm-unsafe-eval' lets the self-hosted meshopt decoder compile its WebAssembly; the one inline script (the
 * early body download) is allowed by its hash, `inlineScripts`. Dev mode skips the policy because Vite's hot
 * reload injects inline scripts.
 */
const contentSecurityPolicyWith = (inlineScripts: readonly string[]) =>
  [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${inlineScripts.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self' data: blob:",
    "worker-src 'self' blob:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');

function cspPlugin(): Plugin {
  return {
    name: 'atlas-csp',
    apply: 'build',
    // after the early body's inline script is added, so the policy comes first in the head
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicyWith([earlyBody.scriptHash()]) },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    earlyBody,
    pointDataPlugin(),
    traditionalStringsPlugin(),
    cspPlugin(),
    // the worker bundles these itself, outside the app's module graph
    licencesPlugin(['workbox-core', 'workbox-precaching', 'workbox-routing', 'workbox-strategies']),
    offlinePlugin(),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
