import type { Metadata } from "next";
import { CertificationList, EducationList, HonourList } from "@/components/credentials";
import { ExperienceTimeline } from "@/components/experience-timeline";
import { JsonLd } from "@/components/json-ld";
import { PageIntro } from "@/components/page-intro";
import { Section } from "@/components/section";
import { getCertifications, getEducation, getExperience, getHonours } from "@/lib/content";
import { messages } from "@/lib/i18n";
import { type PageDescription, pageMetadata } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { simplePageGraph } from "@/lib/structured-data";

function page(): PageDescription {
  const t = messages();
  return { title: t.sections.experience.label, description: t.experience.description, route: routes.experience };
}

export const generateMetadata = (): Metadata => pageMetadata(page());

export default function ExperiencePage() {
  const t = messages();
  const experience = getExperience();
  const education = getEducation();
  const certifications = getCertifications();
  const honours = getHonours();
  const empty = experience.length + education.length + certifications.length + honours.length === 0;
  return (
    <>
      <JsonLd graph={simplePageGraph(page(), "CollectionPage")} />
      <PageIntro title={t.sections.experience.label} lede={t.experience.lede} />
      {empty && <p className="text-tone-600 dark:text-tone-400">{t.experience.empty}</p>}
      <div className="flex flex-col gap-16">
        {experience.length > 0 && (
          <Section title={t.experience.work}>
            <ExperienceTimeline experience={experience} />
          </Section>
        )}
        {education.length > 0 && (
          <Section title={t.experience.education}>
            <EducationList education={education} />
          </Section>
        )}
        {certifications.length > 0 && (
          <Section title={t.experience.certificates}>
            <CertificationList certifications={certifications} />
          </Section>
        )}
        {honours.length > 0 && (
          <Section title={t.experience.honours}>
            <HonourList honours={honours} />
          </Section>
        )}
      </div>
    </>
  );
}
