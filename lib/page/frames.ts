/**
 * Whether this window is a frame from another site than the page around it
 * (an ad, a video player, a comment widget): that is not what the reader is
 * reading, and reading it would cost time and report names the page never
 * showed as its own.
 */
export function isForeignFrame(win: Window): boolean {
  if (win === win.top) return false;
  try {
    return win.top?.location.origin !== win.location.origin;
  } catch {
    // The browser refuses to say where the top page is from: it is from another site.
    return true;
  }
}
