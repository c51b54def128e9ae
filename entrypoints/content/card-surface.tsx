import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CardFrame } from '../../components/CardFrame';
import type { CardActions, CardSurface } from '../../lib/page/card';
import type { EntityView } from '../../lib/knowledge/views';
import cardCss from './card.css?inline';

interface Reference {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList;
  /** Where the name is in the page, so the card follows it when a scrolling box around it scrolls. */
  contextElement?: Element;
}

/**
 * The card lives in a closed shadow root, so the page can neither style it nor
 * read the knowledge in it; its host element is the one change Backstory
 * makes to the page's DOM, added on first use. The shadow root itself is made
 * then too: most pages never show a card, and none should pay for one at
 * load. The card is a popover in the top layer, above fixed headers and
 * full-screen overlays.
 */
export function createCardSurface(ctx: ContentScriptContext, actions: CardActions): CardSurface {
  let ui: Promise<unknown> | undefined;
  let container: HTMLElement | undefined;
  let host: HTMLElement | undefined;
  let stopPositioning: (() => void) | undefined;
  // What had focus before a keyboard-opened card took it: it gets it back when the card closes.
  let focusBefore: HTMLElement | undefined;
  // Each show or hide supersedes the last: a card still waiting for its surface is not shown after either.
  let latest = 0;
  const surface = () =>
    (ui ??= createShadowRootUi(ctx, {
      name: 'backstory-card',
      position: 'inline',
      mode: 'closed',
      css: cardCss,
      onMount: (uiContainer, _shadow, shadowHost) => {
        container = uiContainer;
        host = shadowHost;
      },
    })
      // Stopped meanwhile (the extension was updated): nothing goes into the page, as nothing would take it out.
      .then((created) => ctx.isValid && created.mount())
      // Not made or not mounted: no card this time; the next one tries again.
      .catch(() => void (ui = undefined)));
  const present = (view: EntityView, anchor: Range, focused: boolean) => {
    stopPositioning?.();
    // A card opened by hover and then by the keyboard starts anew, pinned.
    render(<CardFrame key={String(focused)} view={view} actions={actions} focused={focused} />, container!);
    const card = container!.querySelector<HTMLElement>('.bs-card-frame')!;
    card.setAttribute('popover', 'manual');
    if (!card.matches(':popover-open')) card.showPopover?.();
    const reference: Reference = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
      ...(anchor.startContainer.parentElement ? { contextElement: anchor.startContainer.parentElement } : {}),
    };
    stopPositioning = autoUpdate(reference, card, () => void place(reference, card));
  };
  const hide = () => {
    latest++;
    stopPositioning?.();
    stopPositioning = undefined;
    if (container) render(null, container);
    focusBefore?.focus({ preventScroll: true });
    focusBefore = undefined;
  };
  ctx.onInvalidated(hide);
  return {
    show(view, anchor, focused) {
      const thisShow = ++latest;
      if (focused && !focusBefore && document.activeElement instanceof HTMLElement && !host?.contains(document.activeElement)) focusBefore = document.activeElement;
      if (container) present(view, anchor, focused);
      else void surface().then(() => thisShow === latest && container && present(view, anchor, focused));
    },
    hide,
    owns: (node) => host !== undefined && node instanceof Node && host.contains(node),
  };
}

async function place(reference: Reference, card: HTMLElement): Promise<void> {
  const { x, y } = await computePosition(reference, card, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      inline(),
      offset(6),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      size({
        padding: 8,
        apply: ({ availableHeight }) => card.style.setProperty('max-height', `${Math.max(160, availableHeight)}px`),
      }),
    ],
  });
  Object.assign(card.style, { left: `${x}px`, top: `${y}px` });
}
