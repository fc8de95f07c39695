/**
 * Filling in the interface's messages: `{name}` placeholders and plural forms.
 * Plain functions of plain data, so the browser's components use them too,
 * with the slice of messages their server parent hands them.
 */

/** A message with a form for each plural category its language uses; `other` always. */
export type Plural = { other: string } & Partial<Record<Exclude<Intl.LDMLPluralRule, "other">, string>>;

/** `fill("Showing {shown} of {total}", { shown: 3, total: "9 skills" })` → "Showing 3 of 9 skills". */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}

/** The form of `forms` for `count` in `locale` (a BCP 47 tag), its `{count}` written the locale's way. */
export function plural(forms: Plural, count: number, locale: string, values: Record<string, string | number> = {}): string {
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
  return fill(form, { ...values, count: new Intl.NumberFormat(locale).format(count) });
}
