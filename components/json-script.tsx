/**
 * Data for the browser in a `<script>` of a data type, which no browser runs
 * and the policy does not govern. Content can hold any text, so `<` is
 * escaped: a "</script>" in a summary must not end the element.
 */
export function JsonScript({ type = "application/json", value }: { type?: string; value: unknown }) {
  const json = JSON.stringify(value).replace(/</g, "\\u003c");
  // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON with "<" escaped, so it cannot end the script element.
  return <script type={type} dangerouslySetInnerHTML={{ __html: json }} />;
}
