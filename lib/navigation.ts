/**
 * Where a visitor can go: the main navigation and the 404 page's list, both
 * from the page kinds the site has records of (lib/page-kinds.ts), its career
 * when it has one, and the résumé.
 */
import { hasCareer, type PageKind } from "./content";
import { PAGE_KINDS, presentPageKinds } from "./page-kinds";
import { routes } from "./routes";

export interface Destination {
  href: string;
  label: string;
}

/** Each kind of record the site has, named by `label`, then its career when it has one. */
function sections(label: (kind: PageKind) => string): Destination[] {
  return [
    ...presentPageKinds().map((kind) => ({ href: PAGE_KINDS[kind].list, label: label(kind) })),
    ...(hasCareer() ? [{ href: routes.experience, label: "Experience" }] : []),
  ];
}

export function navigation(): Destination[] {
  return [...sections((kind) => PAGE_KINDS[kind].label), { href: routes.resume, label: "Résumé" }];
}

/** Every page of the site is one of these, or reached from one. */
export function notFoundDestinations(): Destination[] {
  return [...sections((kind) => PAGE_KINDS[kind].destination), { href: routes.resume, label: "One-page résumé" }, { href: routes.home, label: "Home" }];
}
