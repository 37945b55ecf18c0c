import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { pointDataPlugin } from './vite-plugins/pointData.ts';
import { traditionalStringsPlugin } from './vite-plugins/traditionalStrings.ts';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  // The app's own data modules, so component tests render real points and strings.
  plugins: [react(), pointDataPlugin(), traditionalStringsPlugin()],
  resolve: {
    // One copy of three: three-mesh-bvh's published build would otherwise pull its own in Node.
    alias: { 'three-mesh-bvh': fileURLToPath(new URL('./node_modules/three-mesh-bvh/src/index.js', import.meta.url)) },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    server: { deps: { inline: ['three-mesh-bvh'] } },
    pool: 'forks',
  },
});
