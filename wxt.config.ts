import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { bundledKnowledge } from './scripts/bundled-knowledge-plugin';
import { GECKO_ID } from './scripts/gecko-id';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), bundledKnowledge('sources')],
  }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description: 'Context while you read: who the people and organizations in an article are, with a cited background and timeline.',
    permissions: ['storage', 'scripting', 'tabs'],
    host_permissions: ['http://*/*', 'https://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Android's Firefox reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '116' }),
  }),
});
