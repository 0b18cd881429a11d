/**
 * Formula error values as text. Every reader gives an error the same shape,
 * `{ value: null, error: '#N/A' }`, so the engine never takes one for an
 * agency's name or a task. OOXML and BIFF type their errors; OpenDocument
 * marks them only with LibreOffice's `calcext:value-type="error"` (which
 * SheetJS understands only for Excel's seven codes), and other writers leave
 * a formula's error as its string result.
 */
const ERROR_LITERAL =
  /^(?:#NULL!|#DIV\/0!|#VALUE!|#REF!|#NAME\?|#NUM!|#N\/A|#GETTING_DATA|#SPILL!|#CALC!|#FIELD!|#BLOCKED!|#CONNECT!|#BUSY!|#UNKNOWN!|Err:\d{3})$/;

/** The error a formula's string result stands for ("#N/A", LibreOffice's "Err:502"), or null for ordinary text. */
export function formulaErrorText(result: string): string | null {
  const text = result.trim();
  return ERROR_LITERAL.test(text) ? text : null;
}
