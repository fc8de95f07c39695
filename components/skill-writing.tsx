import type { Skill } from "@/lib/content";
import { ArticleEntry } from "./article-entry";
import { PublicationEntry } from "./publication-entry";
import { Section } from "./section";
import { TalkEntry } from "./talk-entry";

const list = "flex max-w-3xl flex-col gap-6";

/** What the owner wrote, published and said about a skill: a section for each kind there is any of. */
export function SkillWriting({ skill }: { skill: Pick<Skill, "articles" | "publications" | "talks"> }) {
  return (
    <>
      {skill.articles.length > 0 && (
        <Section title="Written about" description="Articles that show this skill.">
          <ul className={list}>
            {skill.articles.map((article) => (
              <li key={article.slug}>
                <ArticleEntry article={article} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {skill.publications.length > 0 && (
        <Section title="Published" description="Papers and articles that show this skill.">
          <ul className={list}>
            {skill.publications.map((publication) => (
              <li key={publication.slug}>
                <PublicationEntry publication={publication} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {skill.talks.length > 0 && (
        <Section title="Talks" description="Talks that cover this skill.">
          <ul className={list}>
            {skill.talks.map((talk) => (
              <li key={talk.slug}>
                <TalkEntry talk={talk} />
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}
