// First: the loader's one task is timed from here (in a benchmark build).
import '../lib/page/script-start';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '../lib/messaging';
import { isForeignFrame } from '../lib/page/frames';
import { leaveLoaderTime } from '../lib/page/task-timer';

/**
 * In every frame, a few lines instead of the page engine: a frame from the
 * page's own site (an article in an iframe) asks the background for the
 * engine; one from another site (an ad, a video player) costs next to
 * nothing. The top page gets the engine from the manifest.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  noScriptStartedPostMessage: true,
  main: () => {
    if (window !== window.top && !isForeignFrame(window)) void sendMessage('readThisFrame').catch(() => {});
    leaveLoaderTime();
  },
});
