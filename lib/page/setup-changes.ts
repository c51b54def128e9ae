import { watchSettings, type Settings } from '../settings';
import { watchKnowledge } from '../sources/knowledge-stamp';

/** What a session does when the settings or the knowledge change. */
export interface SetupChangeHandlers {
  settings(next: Settings): void;
  knowledge(): void;
}

/**
 * Watches the settings and the knowledge from the moment a page asks for its
 * setup, so that a change made while the background's answer is on its way
 * (the answer read the old state) is not missed. Until the session takes the
 * changes over (the function returned), the latest of each kind waits.
 * Watching stops when `stopWith` is called back (the script is invalidated).
 */
export function watchSetupChanges(stopWith: (stop: () => void) => void): (handlers: SetupChangeHandlers) => void {
  let handlers: SetupChangeHandlers | undefined;
  let waitingSettings: Settings | undefined;
  let knowledgeChanged = false;
  stopWith(watchSettings((next) => (handlers ? handlers.settings(next) : (waitingSettings = next))));
  stopWith(
    watchKnowledge(() => {
      if (handlers) handlers.knowledge();
      else knowledgeChanged = true;
    }),
  );
  return (taken) => {
    handlers = taken;
    if (waitingSettings) taken.settings(waitingSettings);
    if (knowledgeChanged) taken.knowledge();
  };
}
