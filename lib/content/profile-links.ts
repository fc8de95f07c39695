import type { Link, Profile } from "./records";

/** The owner's links as every page shows them: their own website first, then their profiles elsewhere. */
export function profileLinks(profile: Pick<Profile, "website" | "links">): Link[] {
  return [...(profile.website ? [{ label: "Website", url: profile.website }] : []), ...profile.links];
}
