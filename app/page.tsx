import { AchievementFigure } from "@/components/achievement-figure";
import { hasContact } from "@/components/contact-details";
import { ExperienceTimeline } from "@/components/experience-timeline";
import { JsonLd } from "@/components/json-ld";
import { LevelBadge } from "@/components/level-badge";
import { Link } from "@/components/link";
import { LinkArrow } from "@/components/link-arrow";
import { Picture } from "@/components/picture";
import { ProjectCard } from "@/components/project-card";
import { Prose } from "@/components/prose";
import { Section } from "@/components/section";
import { SkillCard } from "@/components/skill-card";
import { SkillChips } from "@/components/skill-chips";
import { SkillsRadar } from "@/components/skills-radar";
import { getCategories, getExperience, getProfile, getProjects, getShowcase, getSkills } from "@/lib/content";
import { yearsLabel } from "@/lib/format";
import { homeMetadata, homePage } from "@/lib/page-metadata";
import { radarFits } from "@/lib/radar/geometry";
import { routes } from "@/lib/routes";
import { basePath } from "@/lib/site-config";
import { homeGraph } from "@/lib/structured-data";

export const generateMetadata = homeMetadata;

const primaryButton =
  "inline-flex min-h-11 items-center rounded-lg bg-teal-700 px-5 text-sm font-semibold text-white hover:bg-teal-800 dark:bg-teal-300 dark:text-slate-950 dark:hover:bg-teal-200";
const secondaryButton =
  "inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-5 text-sm font-semibold text-slate-800 hover:border-slate-400 dark:border-slate-700 dark:text-slate-100 dark:hover:border-slate-500";

/** Home stays one glance long however much content there is; the full lists are a click away. */
const HOME_LIMITS = { chips: 16, experience: 4 };

export default function HomePage() {
  const profile = getProfile();
  const skills = getSkills();
  const learning = skills.filter((skill) => skill.proficiency === "learning");
  const { skills: featuredSkills, otherSkills, results: headlineResults, projects: featuredProjects } = getShowcase();
  const experience = getExperience();

  return (
    <div className="flex flex-col gap-16 sm:gap-20">
      <JsonLd graph={homeGraph(homePage(), skills)} />
      <header>
        {profile.image && (
          <Picture
            image={profile.image}
            sizes="7rem"
            priority
            className="mb-6 size-24 rounded-full object-cover ring-1 ring-slate-900/10 sm:size-28 dark:ring-white/15"
          />
        )}
        {profile.experience && (
          <p className="tabular mb-4 text-sm font-medium text-teal-800 dark:text-teal-300">{yearsLabel(profile.experience)} of production experience</p>
        )}
        <h1 className="max-w-3xl text-4xl font-semibold tracking-tight text-balance text-slate-900 sm:text-5xl dark:text-white">
          {profile.name ? `${profile.name}. ${profile.headline}` : profile.headline}
        </h1>
        <p className="mt-5 max-w-2xl text-lg text-pretty text-slate-700 dark:text-slate-300">{profile.summary}</p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href={routes.skills} className={primaryButton}>
            Skills and evidence
          </Link>
          {getProjects().length > 0 && (
            <Link href={routes.projects} className={secondaryButton}>
              Projects
            </Link>
          )}
          {/* A file, not a page: a plain link, with the base path Next's Link would otherwise add. */}
          <a href={`${basePath}${routes.resumePdf}`} className={secondaryButton}>
            Résumé (PDF)
          </a>
          {hasContact(profile) && (
            <Link href="#contact" className={secondaryButton}>
              Contact
            </Link>
          )}
        </div>
      </header>

      {headlineResults.length > 0 && (
        <Section title="Impact in numbers" action={<LinkArrow href={routes.achievements}>All results</LinkArrow>}>
          <ul className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
            {headlineResults.map((achievement) => (
              <li key={achievement.slug}>
                <AchievementFigure achievement={achievement} />
              </li>
            ))}
          </ul>
        </Section>
      )}

      {radarFits(skills.length) && (
        <Section
          title="Skills at a glance"
          description="Each dot is a skill: its sector is the category, its ring the level."
          action={<LinkArrow href={routes.skills}>All skills</LinkArrow>}
        >
          <SkillsRadar id="home-radar" variant="compact" categories={getCategories().filter((category) => category.skills.length > 0)} skills={skills} />
        </Section>
      )}

      {featuredSkills.length > 0 && (
        <Section
          title="Strongest technologies"
          description="Level as stated by the engineer, years in production, and the evidence behind each."
          action={<LinkArrow href={routes.skills}>All skills</LinkArrow>}
        >
          <ul className="grid gap-4 md:grid-cols-3">
            {featuredSkills.map((skill) => (
              <li key={skill.slug}>
                <SkillCard skill={skill} />
              </li>
            ))}
          </ul>
        </Section>
      )}

      {featuredProjects.length > 0 && (
        <Section title="Selected projects" action={<LinkArrow href={routes.projects}>All projects</LinkArrow>}>
          <ul className="grid gap-4 md:grid-cols-2">
            {featuredProjects.map((project) => (
              <li key={project.slug}>
                <ProjectCard project={project} />
              </li>
            ))}
          </ul>
        </Section>
      )}

      {experience.length > 0 && (
        <Section title="Experience" action={<LinkArrow href={routes.experience}>All experience</LinkArrow>}>
          <ExperienceTimeline experience={experience.slice(0, HOME_LIMITS.experience)} compact />
        </Section>
      )}

      {profile.html.trim() && (
        <Section title="About">
          <div className="max-w-2xl">
            <Prose html={profile.html} />
          </div>
        </Section>
      )}

      {otherSkills.length > 0 && (
        <Section title="Also works with">
          <SkillChips skills={otherSkills} label="Other skills" limit={HOME_LIMITS.chips} />
        </Section>
      )}

      {(learning.length > 0 || profile.focus) && (
        <section
          aria-labelledby="exploring-heading"
          className="rounded-2xl border border-dashed border-amber-600/40 bg-amber-50/60 p-6 sm:p-8 dark:border-amber-400/30 dark:bg-amber-400/5"
        >
          <div className="flex flex-wrap items-center gap-3">
            <h2 id="exploring-heading" className="text-xl font-semibold tracking-tight text-slate-900 dark:text-white">
              Currently exploring
            </h2>
            <LevelBadge level="learning" />
          </div>
          {profile.focus && <p className="mt-3 max-w-2xl text-slate-700 dark:text-slate-300">{profile.focus}</p>}
          {learning.length > 0 && (
            <div className="mt-5">
              <SkillChips skills={learning} label="Skills being learned" limit={HOME_LIMITS.chips} moreHref={`${routes.skills}?level=learning`} />
            </div>
          )}
        </section>
      )}
    </div>
  );
}
