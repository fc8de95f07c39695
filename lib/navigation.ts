/**
 * Where a visitor can go: the main navigation and the 404 page's list, both
 * from the page kinds the site has records of (lib/page-kinds.ts), its career
 * when it has one, and the résumé.
 */
import { hasCareer } from "./content";
import { type Messages, messages } from "./i18n";
import { PAGE_KINDS, presentPageKinds } from "./page-kinds";
import { routes } from "./routes";

export interface Destination {
  href: string;
  label: string;
}

type Name = keyof Messages["sections"]["skill"];

/** Each kind of record the site has, then its career when it has one, and the résumé: each called by its `name`. */
function sections(name: Name): Destination[] {
  const { sections } = messages();
  return [
    ...presentPageKinds().map((kind) => ({ href: PAGE_KINDS[kind].list, label: sections[kind][name] })),
    ...(hasCareer() ? [{ href: routes.experience, label: sections.experience[name] }] : []),
    { href: routes.resume, label: sections.resume[name] },
  ];
}

export function navigation(): Destination[] {
  return sections("label");
}

/** Every page of the site is one of these, or reached from one. */
export function notFoundDestinations(): Destination[] {
  return [...sections("destination"), { href: routes.home, label: messages().sections.home.destination }];
}
