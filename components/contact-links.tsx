import type { Profile } from "@/lib/content";

/** The owner's ways to be reached; renders nothing when the profile gives none. */
export function ContactLinks({ profile }: { profile: Profile }) {
  const links = [
    ...(profile.email ? [{ label: "Email", url: `mailto:${profile.email}`, shown: profile.email }] : []),
    ...profile.links.map((link) => ({ ...link, shown: link.label })),
  ];
  if (links.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-3">
      {links.map(({ label, url, shown }) => (
        <li key={url}>
          <a
            href={url}
            rel={url.startsWith("mailto:") ? undefined : "me noopener"}
            className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-4 text-sm font-medium text-slate-800 hover:border-teal-600 hover:text-teal-800 dark:border-slate-700 dark:text-slate-200 dark:hover:border-teal-400 dark:hover:text-teal-200"
            aria-label={shown === label ? undefined : `${label}: ${shown}`}
          >
            {shown}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function hasContact(profile: Profile): boolean {
  return Boolean(profile.email) || profile.links.length > 0;
}
