/** Marks text the owner still has to write; `npm run check` reports any field that still holds it. */
export const PLACEHOLDER = "TODO:";
export const PLACEHOLDER_PATTERN = /\bTODO:/;
