import type { Metadata } from "next";
import { JsonLd } from "@/components/json-ld";
import { PageIntro } from "@/components/page-intro";
import { PostingMatcher } from "@/components/posting-matcher";
import { getSkills, PROFICIENCY, PROFICIENCY_LEVELS } from "@/lib/content";
import { type PageDescription, pageMetadata } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { examplePosting } from "@/lib/search/examples";
import { buildSkillIndex } from "@/lib/search/skill-index";
import { simplePageGraph } from "@/lib/structured-data";

const page: PageDescription = {
  title: "Match a job posting",
  description: "Paste a job description to see which of its technologies are covered, with links to the evidence.",
  route: routes.match,
};

export const metadata: Metadata = pageMetadata(page);

const levelLabels = Object.fromEntries(PROFICIENCY_LEVELS.map((level) => [level, PROFICIENCY[level].label]));

export default function MatchPage() {
  return (
    <>
      <JsonLd graph={simplePageGraph(page)} />
      <PageIntro
        title="Match a job posting"
        lede="Paste a job description: the technologies it names that are covered here link to their evidence, and the ones that are not are listed plainly."
      />
      <PostingMatcher index={buildSkillIndex(getSkills())} levelLabels={levelLabels} example={examplePosting(getSkills())} />
    </>
  );
}
