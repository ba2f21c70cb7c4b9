/**
 * Italian plurals, chosen by `Intl.PluralRules` rather than by hand. Italian has the forms "one"
 * (1) and "other"; the rules also name "many" for round millions (1000000 "di" …), which the
 * site writes like "other". The number is written as the existing texts write it, with its
 * digits only ("1000", not "1.000").
 */
const rules = new Intl.PluralRules("it-IT");

/** `one` for 1, `other` for any other count: "organizzazione" / "organizzazioni". */
export const pluralForm = (count: number, one: string, other: string): string =>
  rules.select(count) === "one" ? one : other;

/** The count and its word: "1 elemento", "3 elementi". */
export const plural = (count: number, one: string, other: string): string =>
  `${count} ${pluralForm(count, one, other)}`;
