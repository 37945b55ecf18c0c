import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { pointDataPlugin } from './scripts/vitePointData.ts';

/**
 * The production page allows only its own origin. Inline styles are needed by React's style props;
 * 'wasm-unsafe-eval' lets the self-hosted meshopt decoder compile its WebAssembly. Dev mode skips it
 * because Vite's hot reload injects inline scripts.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
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
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  plugins: [
    react(),
    pointDataPlugin(),
    cspPlugin(),
    // Offline after the first visit: the app shell, the point data and both bodies are precached.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer', // an external file: the CSP allows no inline script
      includeAssets: ['icon.svg', 'icon-192.png', 'icon-512.png', 'models/*'],
      manifest: {
        name: 'Acupoint Atlas',
        short_name: 'Acupoints',
        description: 'A 3D atlas of acupuncture points, placed by anatomical rule.',
        theme_color: '#0d1117',
        background_color: '#12161c',
        display: 'standalone',
        start_url: '.',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,glb,json}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
