import '../../lib/page/highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isForeignFrame } from '../../lib/page/frames';
import { startPageSession } from '../../lib/page/session';
import { createCardSurface } from './card-surface';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Each frame reads its own document: an article in a same-origin iframe gets highlights too.
  allFrames: true,
  main: (ctx) => {
    if (!isForeignFrame(window)) void startPageSession(ctx, (actions) => createCardSurface(ctx, actions));
  },
});
