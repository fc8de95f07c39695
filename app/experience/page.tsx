import type { Metadata } from "next";
import { CertificationList, EducationList, HonourList } from "@/components/credentials";
import { ExperienceTimeline } from "@/components/experience-timeline";
import { JsonLd } from "@/components/json-ld";
import { PageIntro } from "@/components/page-intro";
import { Section } from "@/components/section";
import { getCertifications, getEducation, getExperience, getHonours } from "@/lib/content";
import { type PageDescription, pageMetadata } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { simplePageGraph } from "@/lib/structured-data";

const page: PageDescription = {
  title: "Experience",
  description: "Where the work was done, most recent first, with education, certificates and honours.",
  route: routes.experience,
};

export const metadata: Metadata = pageMetadata(page);

export default function ExperiencePage() {
  const experience = getExperience();
  const education = getEducation();
  const certifications = getCertifications();
  const honours = getHonours();
  const empty = experience.length + education.length + certifications.length + honours.length === 0;
  return (
    <>
      <JsonLd graph={simplePageGraph(page, "CollectionPage")} />
      <PageIntro title="Experience" lede="Where the skills were put to work, most recent first, and what was learned along the way." />
      {empty && <p className="text-tone-600 dark:text-tone-400">No experience has been added yet.</p>}
      <div className="flex flex-col gap-16">
        {experience.length > 0 && (
          <Section title="Work">
            <ExperienceTimeline experience={experience} />
          </Section>
        )}
        {education.length > 0 && (
          <Section title="Education">
            <EducationList education={education} />
          </Section>
        )}
        {certifications.length > 0 && (
          <Section title="Certificates">
            <CertificationList certifications={certifications} />
          </Section>
        )}
        {honours.length > 0 && (
          <Section title="Honours and awards">
            <HonourList honours={honours} />
          </Section>
        )}
      </div>
    </>
  );
}
