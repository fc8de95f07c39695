/**
 * `npm run bench:match`: how long the job-posting match takes in the browser's
 * worst case here: a 5,000-word posting against a 10,000-skill index (medians
 * of 9 runs after a warm-up). Timed here, not in a unit test, where a busy
 * machine would make it fail for nothing.
 */
import { slugify } from "@/lib/content/slug";
import { matchPosting } from "@/lib/search/match-posting";
import { indexEntry } from "@/lib/search/skill-index";
import { TECH_VOCABULARY } from "@/lib/search/tech-vocabulary";
import { table, writeSection } from "./report";

const names = TECH_VOCABULARY.map((term) => term.name);
const index = Array.from({ length: 10_000 }, (_, i) => {
  const title = i % 50 === 0 ? names[(i / 50) % names.length]! : `Skill ${i}`;
  const tags = [`Topic ${i % 300}`, "Query optimization", `Tag${i}`, "Logging"];
  return indexEntry({
    slug: slugify(title),
    title,
    category: "bench",
    proficiency: i % 7 ? "working" : "learning",
    aliases: [`Alias ${i}`, `alias-${i}-x`],
    tags: tags.map((label) => ({ slug: slugify(label), label })),
    evidence: { projects: 1, achievements: 0 },
  });
});
const sentence =
  "We're hiring a backend engineer to build services in Go, Python and TypeScript on AWS with Kubernetes, Terraform, Kafka and PostgreSQL; you will be the go-to person for CI/CD, REST and gRPC APIs, observability with Prometheus and Grafana, and the rest.".split(
    " ",
  );
const posting = Array.from({ length: 5_000 }, (_, i) => sentence[i % sentence.length]).join(" ");

matchPosting(posting, index);
const times = Array.from({ length: 9 }, () => {
  const started = performance.now();
  matchPosting(posting, index);
  return performance.now() - started;
}).sort((a, b) => a - b);
const median = times[4]!;
console.log(`median ${median.toFixed(1)} ms`);
writeSection(
  "match",
  "Job-posting match",
  "npm run bench:match",
  table(
    ["posting", "index", "median of 9", "fastest", "slowest"],
    [["5,000 words", "10,000 skills", `${median.toFixed(1)} ms`, `${times[0]!.toFixed(1)} ms`, `${times.at(-1)!.toFixed(1)} ms`]],
  ),
);
