import type { Metadata } from "next";
import { JsonLd } from "@/components/json-ld";
import { PageIntro } from "@/components/page-intro";
import { PostingMatcher } from "@/components/posting-matcher";
import { getSkills, PROFICIENCY_LEVELS } from "@/lib/content";
import { messages, siteLanguageTag } from "@/lib/i18n";
import { type PageDescription, pageMetadata } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { examplePosting } from "@/lib/search/examples";
import { buildSkillIndex } from "@/lib/search/skill-index";
import { simplePageGraph } from "@/lib/structured-data";

function page(): PageDescription {
  const t = messages();
  return { title: t.frame.matchPosting, description: t.match.description, route: routes.match };
}

export const generateMetadata = (): Metadata => pageMetadata(page());

export default function MatchPage() {
  const t = messages();
  return (
    <>
      <JsonLd graph={simplePageGraph(page())} />
      <PageIntro title={t.frame.matchPosting} lede={t.match.lede} />
      <PostingMatcher
        index={buildSkillIndex(getSkills())}
        levelLabels={Object.fromEntries(PROFICIENCY_LEVELS.map((level) => [level, t.levels[level].label]))}
        example={examplePosting(getSkills())}
        labels={t.match}
        counts={t.counts}
        locale={siteLanguageTag()}
      />
    </>
  );
}
