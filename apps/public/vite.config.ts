import react from '@vitejs/plugin-react';
import { precompress } from '@zi/ui/vite/precompress';
import { defineConfig } from 'vite';

// Served by the API at "/" in production; in development the API runs on port 4000.
export default defineConfig({
  plugins: [react(), precompress()],
  build: {
    // GraphiQL's editor (Monaco, 2.8 MB) is one chunk, loaded only by the API page.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      // GraphiQL ships React Compiler's "use no memo" directives, which are hints and safe to drop.
      checks: { moduleLevelDirective: false },
      // Libraries change less often than the app: in their own chunk they stay cached across releases.
      // Only those every page loads ($initial): GraphiQL and its editor stay in the API page's chunks.
      output: { codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/, tags: ['$initial'] }] } },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/graphql': 'http://localhost:4000', '/open-data': 'http://localhost:4000' },
  },
});
