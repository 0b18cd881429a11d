/**
 * A formula's error value written as text: "#N/A" from a broken VLOOKUP,
 * "#NAME?", "#REF!", LibreOffice's "Err:502". Readers use it to give such a
 * result the shape of a typed error (`{ value: null, error }`), and the rules
 * to tell a cell holding only one that it holds no task, agency or deadline.
 */
const ERROR_VALUE =
  /^(?:#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)|Err:\d{3})$/;

/** The error a text stands for, trimmed, or null for ordinary text. */
export function formulaErrorText(text: string): string | null {
  const t = text.trim();
  return ERROR_VALUE.test(t) ? t : null;
}

export function isFormulaError(text: string | null | undefined): boolean {
  return !!text && formulaErrorText(text) !== null;
}
