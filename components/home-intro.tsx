import { hasContact } from "@/components/contact-details";
import { Link } from "@/components/link";
import { Picture } from "@/components/picture";
import type { Profile } from "@/lib/content";
import { yearsLabel } from "@/lib/format";
import { fill, messages } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { basePath } from "@/lib/site-config";

const primaryButton = "inline-flex min-h-11 items-center rounded-lg bg-accent px-5 text-sm font-semibold text-on-accent hover:bg-accent-strong";
const secondaryButton =
  "inline-flex min-h-11 items-center rounded-lg border border-tone-300 px-5 text-sm font-semibold text-tone-800 hover:border-tone-400 dark:border-tone-700 dark:text-tone-100 dark:hover:border-tone-500";

/** The top of home: who the engineer is, in a sentence, and the ways on: skills, projects, the résumé, contact. */
export function HomeIntro({ profile, hasProjects }: { profile: Profile; hasProjects: boolean }) {
  const t = messages();
  return (
    <header>
      {profile.image && (
        <Picture
          image={profile.image}
          sizes="7rem"
          priority
          className="mb-6 size-24 rounded-full object-cover ring-1 ring-tone-900/10 sm:size-28 dark:ring-white/15"
        />
      )}
      {profile.experience && (
        <p className="tabular mb-4 text-sm font-medium text-accent-strong">{fill(t.words.productionExperience, { years: yearsLabel(profile.experience) })}</p>
      )}
      <h1 className="max-w-3xl text-4xl font-semibold tracking-tight text-balance text-tone-900 sm:text-5xl dark:text-white">
        {profile.name ? `${profile.name}. ${profile.headline}` : profile.headline}
      </h1>
      <p className="mt-5 max-w-2xl text-lg text-pretty text-tone-700 dark:text-tone-300">{profile.summary}</p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link href={routes.skills} className={primaryButton}>
          {t.home.skillsAndEvidence}
        </Link>
        {hasProjects && (
          <Link href={routes.projects} className={secondaryButton}>
            {t.home.projects}
          </Link>
        )}
        {/* A file, not a page: a plain link, with the base path Next's Link would otherwise add. */}
        <a href={`${basePath}${routes.resumePdf}`} className={secondaryButton}>
          {t.home.resumePdf}
        </a>
        {hasContact(profile) && (
          <Link href="#contact" className={secondaryButton}>
            {t.home.contact}
          </Link>
        )}
      </div>
    </header>
  );
}
