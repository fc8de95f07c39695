import { Fragment, type ReactNode } from "react";

/** A message whose `{name}` placeholders are elements, such as links: "Also as a {pdf} and as {json}". */
export function Filled({ template, values }: { template: string; values: Record<string, ReactNode> }) {
  return template.split(/\{(\w+)\}/).map((part, index) => (
    // Odd parts are placeholder names; the parts of one message never reorder.
    // biome-ignore lint/suspicious/noArrayIndexKey: see above.
    <Fragment key={index}>{index % 2 ? (values[part] ?? `{${part}}`) : part}</Fragment>
  ));
}
