/**
 * A pasted job posting travels from /match/ to /resume/ in the URL fragment
 * (`#posting=…`), which browsers never send to a server: the posting stays
 * on the visitor's machine.
 */
const KEY = "posting";

export function postingFragment(posting: string): string {
  return `#${new URLSearchParams({ [KEY]: posting.trim() })}`;
}

/** The posting a fragment carries, or undefined when it carries none. */
export function postingFromFragment(hash: string): string | undefined {
  return new URLSearchParams(hash.replace(/^#/, "")).get(KEY)?.trim() || undefined;
}
