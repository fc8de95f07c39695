import type { Skill } from "@/lib/content";
import { messages } from "@/lib/i18n";
import { ArticleEntry } from "./article-entry";
import { PublicationEntry } from "./publication-entry";
import { Section } from "./section";
import { TalkEntry } from "./talk-entry";

/** One section of records, when there are any, each drawn by `entry`. */
function Listed<T extends { slug: string }>({
  title,
  description,
  records,
  entry,
}: {
  title: string;
  description: string;
  records: T[];
  entry: (record: T) => React.ReactNode;
}) {
  if (records.length === 0) return null;
  return (
    <Section title={title} description={description}>
      <ul className="flex max-w-3xl flex-col gap-6">
        {records.map((record) => (
          <li key={record.slug}>{entry(record)}</li>
        ))}
      </ul>
    </Section>
  );
}

/** What the owner wrote, published and said about a skill: a section for each kind there is any of. */
export function SkillWriting({ skill }: { skill: Pick<Skill, "articles" | "publications" | "talks"> }) {
  const t = messages().skill;
  return (
    <>
      <Listed title={t.writtenAbout} description={t.writtenAboutDescription} records={skill.articles} entry={(article) => <ArticleEntry article={article} />} />
      <Listed
        title={t.published}
        description={t.publishedDescription}
        records={skill.publications}
        entry={(publication) => <PublicationEntry publication={publication} />}
      />
      <Listed title={t.talks} description={t.talksDescription} records={skill.talks} entry={(talk) => <TalkEntry talk={talk} />} />
    </>
  );
}
