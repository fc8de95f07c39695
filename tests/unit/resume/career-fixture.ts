/**
 * The valid fixture with a whole career added: work (current, ended and
 * undated), education, a certificate, and a result behind a skill and no
 * project. Written into a temporary copy, so the fixture itself stays small.
 */

import type { Content } from "@/lib/content/records";
import { copyValidFixture, expectLoads, lines, writeFile } from "@/tests/unit/content/fixture";

export function careerFixture(): Content {
  const dir = copyValidFixture();
  const write = (file: string, ...fields: string[]) => writeFile(dir, file, lines("---", ...fields, "---"));
  write(
    "experience/acme.md",
    "organization: Acme",
    "role: Engineer",
    'start: "2021-03"',
    "location: Berlin, Germany",
    "summary: Built the sync service.",
    "highlights: [Cut sync time in half]",
    "skills: [kotlin]",
    "projects: [ledger-sync]",
  );
  write("experience/beta.md", "organization: Beta Labs", "start: 2018", 'end: "2020-12"', "skills: [go]");
  write("experience/undated.md", "organization: Undated Works");
  write("education/uni.md", "institution: Example University", "degree: BSc", "area: Computing", "end: 2018", "skills: [go]");
  write(
    "certifications/cert.md",
    "title: Example Certificate",
    "issuer: Example Org",
    'date: "2022-05"',
    "url: https://cert.example.org/123",
    "skills: [kotlin]",
  );
  write("achievements/cache-hits-90.md", "title: 90% cache hits", 'figure: "90%"', "metric: of reads served from the cache", "skills: [sqlite]");
  return expectLoads(dir).content;
}
