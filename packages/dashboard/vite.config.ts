import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // Relative asset paths: the built page works from any path it is served under.
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1000 },
  // Beside `npm start`, whose dashboard has 4173: start it with CORS_ORIGINS=http://localhost:5173.
  server: { port: 5173, strictPort: true },
  test: { include: ['test/**/*.test.ts'], environment: 'node' },
});
