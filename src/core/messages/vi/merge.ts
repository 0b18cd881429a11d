/** Vietnamese messages: merge. Placeholders are named: {name}. */
export const merge = {
} as const;
