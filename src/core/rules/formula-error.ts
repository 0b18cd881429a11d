/**
 * A cell whose whole content is a formula's error value ("#N/A" from a broken
 * VLOOKUP, "#NAME?", "#REF!", LibreOffice's "Err:502"): it holds no task, no
 * agency and no deadline, and the finding says what is wrong with it instead
 * of taking the error for a name or a date.
 */
const ERROR_VALUE =
  /^(?:#(?:N\/A|NAME\?|DIV\/0!|REF!|VALUE!|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)|Err:\d{3})$/;

export function isFormulaError(text: string | null | undefined): boolean {
  return !!text && ERROR_VALUE.test(text.trim());
}
