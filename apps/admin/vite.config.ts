import react from '@vitejs/plugin-react';
import { precompress } from '@zi/ui/vite/precompress';
import { defineConfig } from 'vite';

// Served by the API under /admin/ in production; in development the API runs on port 4000.
export default defineConfig({
  base: '/admin/',
  plugins: [react(), precompress()],
  build: {
    rolldownOptions: {
      // Libraries change less often than the app: in their own chunk they stay cached across releases.
      output: { codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] } },
    },
  },
  server: {
    port: 5174,
    strictPort: true,
    proxy: { '/admin/graphql': 'http://localhost:4000' },
  },
});
