/**
 * A text that does not keep the document it was cut from alive. V8 makes a
 * substring of 13 characters or more a view into its parent string: a cell's
 * text cut from a decoded sheet or shared-strings part would keep the whole
 * part alive for as long as the text is kept — in a merge's outcome until the
 * last file is read, or as the key of a cache of agency names — one whole part
 * per file, most of what each file cost a merge in memory. Prefixing a
 * character and slicing it off again makes V8 copy the text into a string of
 * its own (the usual way to "unslice" a string in V8).
 */
const MIN_SLICED = 13;

/** Whether texts are copied here; a reading thread's are copied when it posts them. */
let copying = true;

/** For a thread whose texts all leave it by postMessage, which copies each: a copy here first is thrown away. */
export function textsLeaveThisThread(): void {
  copying = false;
}

export function detached(text: string): string {
  return !copying || text.length < MIN_SLICED ? text : (' ' + text).slice(1);
}
