import { notFound } from "next/navigation";
import { CareerLinks } from "@/components/career-links";
import { Evidence } from "@/components/evidence";
import { JsonLd } from "@/components/json-ld";
import { LinkArrow } from "@/components/link-arrow";
import { MovedPage } from "@/components/moved-page";
import { Prose } from "@/components/prose";
import { Section } from "@/components/section";
import { SkillChips, TagChips } from "@/components/skill-chips";
import { SkillIntro } from "@/components/skill-intro";
import { SkillWriting } from "@/components/skill-writing";
import { resolveRecord } from "@/lib/content";
import { fill, messages } from "@/lib/i18n";
import { type RecordPageProps, recordMetadata, recordStaticParams } from "@/lib/record-page";
import { routes } from "@/lib/routes";
import { skillGraph } from "@/lib/structured-data";

export const dynamicParams = false;

export const generateStaticParams = () => recordStaticParams("skill");

export const generateMetadata = (props: RecordPageProps) => recordMetadata("skill", props);

export default async function SkillPage({ params }: RecordPageProps) {
  const resolved = resolveRecord("skill", (await params).slug);
  if (!resolved) notFound();
  if (resolved.moved) return <MovedPage record={resolved.record} />;
  const skill = resolved.record;
  const isLearning = skill.proficiency === "learning";
  const hasEvidence = skill.projects.length > 0 || skill.achievements.length > 0;
  const career = [...skill.experience, ...skill.education, ...skill.certifications, ...skill.honours];
  const t = messages();

  return (
    <article className="flex flex-col gap-12">
      <JsonLd graph={skillGraph(skill)} />
      <SkillIntro skill={skill} />

      {isLearning && (
        <p className="-mt-6 max-w-2xl rounded-lg border border-dashed border-amber-600/40 bg-amber-50/60 p-4 text-sm text-amber-950 dark:border-amber-400/30 dark:bg-amber-400/5 dark:text-amber-100">
          {t.skill.learningNote}
        </p>
      )}

      {hasEvidence && (
        <Section title={t.skill.evidence} description={t.skill.evidenceDescription}>
          <Evidence achievements={skill.achievements} projects={skill.projects} />
        </Section>
      )}

      <SkillWriting skill={skill} />

      {career.length > 0 && (
        <Section title={t.skill.whereUsed} description={t.skill.whereUsedDescription}>
          <CareerLinks records={career} label={fill(t.skill.whereUsedLabel, { skill: skill.title })} />
        </Section>
      )}

      {skill.html.trim() && (
        <Section title={t.skill.inDepth}>
          <div className="max-w-2xl">
            <Prose html={skill.html} />
          </div>
        </Section>
      )}

      {skill.related.length > 0 && (
        <Section title={t.skill.related}>
          <SkillChips skills={skill.related} label={fill(t.skill.relatedLabel, { skill: skill.title })} />
        </Section>
      )}

      {skill.tags.length > 0 && (
        <Section title={t.skill.tags}>
          <TagChips tags={skill.tags} label={fill(t.skill.tagsLabel, { skill: skill.title })} />
        </Section>
      )}

      <LinkArrow href={routes.skills}>{t.home.allSkills}</LinkArrow>
    </article>
  );
}
