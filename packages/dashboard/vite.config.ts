import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // Relative asset paths: the built page works from any path it is served under.
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The workbench's chunks (GraphiQL, and Monaco at about 2.8 MB) load only on its own page.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL's React Compiler output marks modules "use no memo", which bundling drops harmlessly.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  // Beside `npm start`, whose dashboard has 4173: start it with CORS_ORIGINS=http://localhost:5173.
  server: { port: 5173, strictPort: true },
  test: { include: ['test/**/*.test.ts'], environment: 'node' },
});
