import { Link } from "@/components/link";
import type { Profile } from "@/lib/content";
import { messages } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { ContactDetails, hasContact } from "./contact-details";

/**
 * Every page ends with the ways to get in touch, so a visitor who landed deep
 * need not go looking; home's "Contact" button leads here, so home shows them once.
 */
export function SiteFooter({ profile }: { profile: Profile }) {
  const { frame } = messages();
  const links = [
    { href: routes.match, label: frame.matchPosting },
    { href: routes.tags, label: frame.technologyTags },
  ];
  return (
    <footer className="mt-24 border-t border-tone-200 dark:border-tone-800 print:hidden">
      <div className="mx-auto flex max-w-5xl flex-col gap-6 px-5 py-10 text-sm text-tone-600 sm:px-8 dark:text-tone-400">
        {hasContact(profile) && (
          <section id="contact" aria-labelledby="contact-heading" className="scroll-mt-6">
            <h2 id="contact-heading" className="mb-3 text-base font-semibold text-tone-900 dark:text-white">
              {frame.getInTouch}
            </h2>
            <ContactDetails profile={profile} />
          </section>
        )}
        <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
          <p>{profile.name ?? profile.headline}</p>
          <ul className="flex flex-wrap gap-x-5">
            {links.map(({ href, label }) => (
              <li key={href}>
                <Link href={href} className="inline-flex min-h-11 items-center hover:text-tone-900 dark:hover:text-white">
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </footer>
  );
}
