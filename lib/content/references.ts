/**
 * Checks between files: slugs are unique within a kind (former slugs count,
 * since their URLs are still served) and every reference names a record that
 * exists.
 */
import type { Draft } from "./drafts";
import { lineOf } from "./drafts";
import type { ProblemList } from "./problems";
import { didYouMean } from "./slug";

export function checkUniqueSlugs(drafts: readonly Draft<{ slug?: unknown; formerSlugs?: unknown }>[], kind: string, problems: ProblemList): void {
  const owners = new Map<string, string>();
  for (const draft of drafts) {
    const claims = [draft.slug, ...((draft.data.formerSlugs as string[] | undefined) ?? [])];
    for (const [index, slug] of claims.entries()) {
      const owner = owners.get(slug);
      const path = index === 0 ? ["slug"] : ["formerSlugs", index - 1];
      if (owner && owner !== draft.source.file.path) {
        problems.error(draft.source.file.path, `${kind} slug "${slug}" is already used by ${owner}; each ${kind} needs its own slug`, {
          field: index === 0 ? "slug" : `formerSlugs[${index - 1}]`,
          // A slug taken from the file name has no line to point at.
          line: index === 0 && draft.data.slug === undefined ? undefined : lineOf(draft, path),
        });
      } else {
        owners.set(slug, draft.source.file.path);
      }
    }
  }
}

/** Reports each slug in `draft.data[field]` that is not one of `known`, suggesting the nearest. */
export function checkReferences<Data>(draft: Draft<Data>, field: keyof Data & string, known: ReadonlySet<string>, kind: string, problems: ProblemList): void {
  const value = draft.data[field] as unknown;
  const slugs = Array.isArray(value) ? (value as string[]) : [value as string];
  for (const [index, slug] of slugs.entries()) {
    if (known.has(slug)) continue;
    const choices = known.size <= 12 ? ` (expected one of: ${[...known].join(", ")})` : "";
    problems.error(draft.source.file.path, `no ${kind} "${slug}" exists${choices}${didYouMean(slug, known)}`, {
      field: Array.isArray(value) ? `${field}[${index}]` : field,
      line: lineOf(draft, Array.isArray(value) ? [field, index] : [field]),
    });
  }
}

/** Category slugs in the profile must be unique, since skills name their category by slug. */
export function checkUniqueCategories(profile: Draft<{ categories: { slug: string }[] }>, problems: ProblemList): void {
  const seen = new Set<string>();
  profile.data.categories.forEach(({ slug }, index) => {
    if (seen.has(slug)) {
      problems.error(profile.source.file.path, `category slug "${slug}" appears twice; each category needs its own slug`, {
        field: `categories[${index}].slug`,
        line: lineOf(profile, ["categories", index, "slug"]),
      });
    }
    seen.add(slug);
  });
}
