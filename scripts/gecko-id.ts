/** Backstory's add-on id in Firefox (manifest `browser_specific_settings.gecko.id`). */
export const GECKO_ID = 'backstory@backstory.dev';
