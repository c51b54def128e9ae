// First: Backstory's start-up is timed from here.
import '../../lib/page/script-start';
import '../../lib/page/highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isForeignFrame } from '../../lib/page/frames';
import { startPageSession } from '../../lib/page/session';
import { createCardSurface } from './card-surface';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Top pages only: a frame of the page's own site (an article in an iframe) gets this script on asking
  // (`frames.content.ts`), so frames from other sites never run it. Each frame reads its own document.
  allFrames: false,
  // WXT tells older copies of this script that a new one started with a DOM event; its extra
  // window.postMessage reaches the page's own message listeners, and took 6 ms of every start-up here.
  noScriptStartedPostMessage: true,
  main: (ctx) => {
    if (!isForeignFrame(window)) void startPageSession(ctx, (actions) => createCardSurface(ctx, actions));
  },
});
