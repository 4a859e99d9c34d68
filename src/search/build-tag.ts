/**
 * A tag for this build, the same on every page of it. Pagefind fetches its
 * entry file with it (its `metaCacheTag`), so the browser keeps one copy for
 * the whole site, preloaded with the page, and a new build fetches anew.
 */
export const buildTag = Date.now().toString(36);
