/**
 * Field entry's side of the app, as one lazy chunk: fetched once the first map is drawn, so the
 * first picture never waits for forms.
 */
export { default as EntrySide } from './EntrySide.svelte';
export { default as EntryToolbar } from './EntryToolbar.svelte';
