import type { merge as vi } from '../vi/merge';

/** English messages: merge. Typed against the Vietnamese source so a missing translation fails to compile. */
export const merge: Record<keyof typeof vi, string> = {
};
