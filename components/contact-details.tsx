import { type Profile, profileLinks } from "@/lib/content";
import { fill, messages } from "@/lib/i18n";
import { spokenLanguages } from "@/lib/resume/lines";

/**
 * How to reach the owner, all together wherever contact is shown: where they
 * are, their e-mail and links, and the languages they speak. Renders nothing
 * when the profile gives none.
 */
export function ContactDetails({ profile }: { profile: Profile }) {
  const t = messages();
  const links = [
    ...(profile.email ? [{ label: t.words.email, url: `mailto:${profile.email}`, shown: profile.email }] : []),
    ...profileLinks(profile).map((link) => ({ ...link, shown: link.label })),
  ];
  const languages = spokenLanguages(profile);
  if (!hasContact(profile)) return null;
  return (
    <ul className="flex flex-wrap items-center gap-3">
      {profile.location && (
        <li className="inline-flex min-h-11 items-center gap-1.5 pr-2 text-sm text-tone-700 dark:text-tone-300">
          <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 text-tone-500 dark:text-tone-400">
            <path
              fill="currentColor"
              d="M8 1.5a4.75 4.75 0 0 0-4.75 4.75c0 3.4 4.1 7.6 4.27 7.78a.67.67 0 0 0 .96 0c.17-.18 4.27-4.38 4.27-7.78A4.75 4.75 0 0 0 8 1.5Zm0 6.5a1.75 1.75 0 1 1 0-3.5 1.75 1.75 0 0 1 0 3.5Z"
            />
          </svg>
          <span className="sr-only">{t.words.location}: </span>
          <span>{profile.location}</span>
        </li>
      )}
      {links.map(({ label, url, shown }) => (
        <li key={url}>
          <a
            href={url}
            rel={url.startsWith("mailto:") ? undefined : "me noopener"}
            className="inline-flex min-h-11 items-center rounded-lg border border-tone-300 px-4 text-sm font-medium text-tone-800 hover:border-accent hover:text-accent-strong dark:border-tone-700 dark:text-tone-200"
            aria-label={shown === label ? undefined : `${label}: ${shown}`}
          >
            {shown}
          </a>
        </li>
      ))}
      {languages && <li className="inline-flex min-h-11 items-center pr-2 text-sm text-tone-700 dark:text-tone-300">{fill(t.words.speaks, { languages })}</li>}
    </ul>
  );
}

export function hasContact(profile: Profile): boolean {
  return Boolean(profile.email || profile.location) || profileLinks(profile).length > 0 || profile.languages.length > 0;
}
