/**
 * NHS numbers (and Scotland's CHI and Northern Ireland's H&C numbers, which share the format)
 * are 10 digits whose last digit is a modulus-11 check digit.
 * https://www.datadictionary.nhs.uk/attributes/nhs_number.html
 */
export function normaliseNhsNumber(value: string): string {
  return value.replace(/[\s-]/g, "");
}

export function isValidNhsNumber(value: string): boolean {
  const digits = normaliseNhsNumber(value);
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** "9434765919" → "943 476 5919", the way the NHS prints it. */
export function formatNhsNumber(value: string): string {
  const d = normaliseNhsNumber(value);
  return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
}

/** "1958-03-31" → "310358": the date of birth as a Scottish CHI number starts with it (DDMMYY). */
export function chiDatePart(dateOfBirth: string): string {
  const [year = "", month = "", day = ""] = dateOfBirth.split("-");
  return `${day}${month}${year.slice(2)}`;
}

/**
 * Whether a CHI number starts with the date of birth (DDMMYY), as nearly every one does (NHS Data
 * Dictionary, "Community Health Index number"). A few do not, so one that does not is a warning to
 * check it, never a refusal (letters.md, "Letter 1").
 */
export function chiStartsWithBirthDate(number: string, dateOfBirth: string): boolean {
  return normaliseNhsNumber(number).startsWith(chiDatePart(dateOfBirth));
}
