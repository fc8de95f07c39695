import { AchievementFigure } from "@/components/achievement-figure";
import { CurrentlyExploring } from "@/components/currently-exploring";
import { ExperienceTimeline } from "@/components/experience-timeline";
import { HomeIntro } from "@/components/home-intro";
import { JsonLd } from "@/components/json-ld";
import { LinkArrow } from "@/components/link-arrow";
import { ProjectCard } from "@/components/project-card";
import { Prose } from "@/components/prose";
import { Section } from "@/components/section";
import { SkillCard } from "@/components/skill-card";
import { SkillChips } from "@/components/skill-chips";
import { SkillsRadar } from "@/components/skills-radar";
import { getCategories, getExperience, getProfile, getProjects, getShowcase, getSkills } from "@/lib/content";
import { messages } from "@/lib/i18n";
import { homeMetadata, homePage } from "@/lib/page-metadata";
import { radarFits } from "@/lib/radar/geometry";
import { routes } from "@/lib/routes";
import { homeGraph } from "@/lib/structured-data";

export const generateMetadata = homeMetadata;

/** Home stays one glance long however much content there is; the full lists are a click away. */
const HOME_LIMITS = { chips: 16, experience: 4 };

export default function HomePage() {
  const profile = getProfile();
  const skills = getSkills();
  const learning = skills.filter((skill) => skill.proficiency === "learning");
  const { skills: featuredSkills, otherSkills, results: headlineResults, projects: featuredProjects } = getShowcase();
  const experience = getExperience();
  const t = messages().home;

  return (
    <div className="flex flex-col gap-16 sm:gap-20">
      <JsonLd graph={homeGraph(homePage(), skills)} />
      <HomeIntro profile={profile} hasProjects={getProjects().length > 0} />

      {headlineResults.length > 0 && (
        <Section title={t.impact} action={<LinkArrow href={routes.achievements}>{t.allResults}</LinkArrow>}>
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
        <Section title={t.atAGlance} description={t.atAGlanceDescription} action={<LinkArrow href={routes.skills}>{t.allSkills}</LinkArrow>}>
          <SkillsRadar id="home-radar" variant="compact" categories={getCategories().filter((category) => category.skills.length > 0)} skills={skills} />
        </Section>
      )}

      {featuredSkills.length > 0 && (
        <Section title={t.strongest} description={t.strongestDescription} action={<LinkArrow href={routes.skills}>{t.allSkills}</LinkArrow>}>
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
        <Section title={t.selectedProjects} action={<LinkArrow href={routes.projects}>{t.allProjects}</LinkArrow>}>
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
        <Section title={t.experience} action={<LinkArrow href={routes.experience}>{t.allExperience}</LinkArrow>}>
          <ExperienceTimeline experience={experience.slice(0, HOME_LIMITS.experience)} compact />
        </Section>
      )}

      {profile.html.trim() && (
        <Section title={t.about}>
          <div className="max-w-2xl">
            <Prose html={profile.html} />
          </div>
        </Section>
      )}

      {otherSkills.length > 0 && (
        <Section title={t.alsoWorksWith}>
          <SkillChips skills={otherSkills} label={t.otherSkills} limit={HOME_LIMITS.chips} />
        </Section>
      )}

      <CurrentlyExploring focus={profile.focus} learning={learning} chipLimit={HOME_LIMITS.chips} />
    </div>
  );
}
