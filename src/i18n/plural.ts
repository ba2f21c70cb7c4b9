/**
 * Plurals chosen by `Intl.PluralRules` rather than by hand, per language. Italian and English both
 * have the forms "one" (1) and "other"; Italian's rules also name "many" for round millions
 * (1000000 "di" …), which the site writes like "other". The number is written with its digits
 * only ("1000", not "1.000"), as the texts always have.
 */
export interface Plurals {
  /** `one` for 1, `other` for any other count: "organizzazione" / "organizzazioni". */
  pluralForm: (count: number, one: string, other: string) => string;
  /** The count and its word: "1 elemento", "3 elementi". */
  plural: (count: number, one: string, other: string) => string;
}

export function pluralsFor(locale: string): Plurals {
  const rules = new Intl.PluralRules(locale);
  const pluralForm = (count: number, one: string, other: string) =>
    rules.select(count) === "one" ? one : other;
  return { pluralForm, plural: (count, one, other) => `${count} ${pluralForm(count, one, other)}` };
}

export const { plural, pluralForm } = pluralsFor("it-IT");
