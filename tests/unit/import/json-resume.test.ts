/** A JSON Resume becomes content that builds, with what it left out said. `npm run import` itself: tests/unit/scripts/import-resume.test.ts. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sample from "@jsonresume/schema/sample.resume.json" with { type: "json" };
import { describe, expect, it, onTestFinished } from "vitest";
import { parse } from "yaml";
import { loadContent } from "@/lib/content/load";
import { homeShowcase } from "@/lib/content/showcase";
import { importJsonResume } from "@/lib/import/json-resume";
import { toJsonResume } from "@/lib/resume/json-resume";
import { buildResume } from "@/lib/resume/model";
import mobile from "@/tests/fixtures/json-resume/mobile-engineer.json" with { type: "json" };
import { VALID_FIXTURE } from "@/tests/unit/content/fixture";

function emptyFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-"));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, "content");
}

function writeAll(dir: string, files: Map<string, string>) {
  for (const [file, text] of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
}

describe("importJsonResume", () => {
  it("turns the schema's sample résumé into content that passes every check", () => {
    const { files, notes } = importJsonResume(sample);
    const dir = emptyFolder();
    writeAll(dir, files);
    const { content } = loadContent(dir);
    expect(content.profile).toMatchObject({
      name: sample.basics.name,
      headline: sample.basics.label,
      email: sample.basics.email,
      location: "San Francisco, California, US",
    });
    expect(content.experience.filter((work) => !work.volunteer).map((work) => work.organization)).toEqual(sample.work.map((work) => work.name));
    expect(content.experience[0]).toMatchObject({
      role: sample.work[0]!.position,
      start: { iso: sample.work[0]!.startDate },
      end: { iso: sample.work[0]!.endDate },
    });
    expect(content.education.map((study) => study.institution)).toEqual(sample.education.map((study) => study.institution));
    // Each group of skills is a category, each of its keywords a skill at the group's level ("Master").
    expect(content.categories.map((category) => category.title)).toEqual(sample.skills.map((group) => group.name).concat("Skills"));
    for (const group of sample.skills) {
      const category = content.categories.find((each) => each.title === group.name)!;
      expect(category.skills.map((skill) => skill.title).sort()).toEqual([...group.keywords].sort());
      expect(category.skills.every((skill) => skill.proficiency === "expert")).toBe(true);
    }
    // The strongest come first on home: every skill at the highest level, as many as home shows.
    expect(
      content.skills
        .filter((skill) => skill.featured)
        .map((skill) => skill.title)
        .sort(),
    ).toEqual(["CSS", "GIF", "HTML", "Javascript", "MP4", "Mpeg"]);
    // Every keyword of the project is one of its skills; those the résumé does not list are added, to be checked.
    expect(content.projects[0]!.skills.map((skill) => skill.title)).toEqual(sample.projects[0]!.keywords);
    expect(notes).toContain('skills/googlemaps.md: named by the project "Miss Direction" only; its level is set to "working", check it');
    // The owner's own website stays theirs, apart from the profiles elsewhere.
    expect(content.profile.website).toBe(sample.basics.url);
    expect(content.profile.links).toEqual(sample.basics.profiles.map(({ network, username, url }) => ({ label: network, username, url })));
    // An award without a number is an honour, never a figure; it keeps its awarder and date.
    expect(content.achievements).toEqual([]);
    expect(content.honours.map((honour) => ({ title: honour.title, awarder: honour.awarder, date: honour.date?.iso, summary: honour.summary }))).toEqual([
      { title: "Digital Compression Pioneer Award", awarder: "Techcrunch", date: "2014-11-01", summary: "There is no spoon." },
    ]);
    // Volunteer work is work, marked so.
    expect(content.experience.filter((entry) => entry.volunteer).map((entry) => [entry.organization, entry.role])).toEqual(
      sample.volunteer.map((entry) => [entry.organization, entry.position]),
    );
    expect(content.profile.languages).toEqual(sample.languages);
    expect(notes.join("\n")).toMatch(/phone number is not kept/);
  });

  it("gives a complete mobile résumé a home that leads with its strongest skills, and keeps its honour, dates, languages and profiles", () => {
    const dir = emptyFolder();
    writeAll(dir, importJsonResume(mobile).files);
    const { content } = loadContent(dir);
    // Seven experts for six cards: every card is an expert skill, and both skills the résumé names on their own are among them.
    const { skills } = homeShowcase(content);
    expect(skills).toHaveLength(6);
    expect(skills.every((skill) => skill.proficiency === "expert")).toBe(true);
    expect(skills.map((skill) => skill.title)).toEqual(expect.arrayContaining(["React Native", "TypeScript"]));
    expect(content.categories.length).toBeGreaterThan(1);
    expect(content.achievements).toEqual([]);
    expect(content.honours.map((honour) => [honour.title, honour.awarder, honour.date?.iso])).toEqual([
      ["Best Mobile App, DACH Developer Awards", "DACH Developer Awards", "2023-11-09"],
    ]);
    expect(content.projects.map((project) => [project.start?.iso, project.end?.iso, project.skills.map((skill) => skill.title)])).toEqual([
      ["2022-01", "2022-06", ["React Native", "SQLite"]],
    ]);
    expect(content.experience.map((work) => work.start?.iso)).toEqual(["2021-04-01", "2018-09"]);
    expect(content.profile.languages).toEqual(mobile.languages);
    expect(content.profile.links.map((link) => [link.label, link.username])).toEqual([
      ["GitHub", "mira-example"],
      ["Mastodon", "mira"],
    ]);
    expect(content.profile.website).toBe(mobile.basics.url);
  });

  it("round-trips this site's own JSON Resume into content that builds, keeping levels, years and results", () => {
    const original = loadContent(VALID_FIXTURE).content;
    const dir = emptyFolder();
    writeAll(dir, importJsonResume(JSON.parse(JSON.stringify(toJsonResume(buildResume(original))))).files);
    const { content } = loadContent(dir);
    expect(content.profile.headline).toBe(original.profile.headline);
    for (const skill of original.skills) {
      const imported = content.skills.find((each) => each.title === skill.title)!;
      expect(imported.proficiency, skill.title).toBe(skill.proficiency);
      expect(imported.years, skill.title).toEqual(skill.years);
    }
    expect(content.achievements.map((result) => result.figure).sort()).toEqual(original.achievements.map((result) => result.figure).sort());
  });

  it("maps levels written in words, and says which it could not", () => {
    const { files, notes } = importJsonResume({
      basics: { label: "Engineer", summary: "Builds." },
      skills: [
        { name: "Go", level: "Intermediate" },
        { name: "Zig", level: "Curious" },
      ],
    });
    expect(files.get("skills/go.md")).toMatch(/^proficiency: working$/m);
    expect(notes).toContain('skills/zig.md: level "Curious" is not one this site knows; set to "working"');
  });

  it("writes placeholders the check flags, rather than inventing a headline", () => {
    const dir = emptyFolder();
    writeAll(dir, importJsonResume({ work: [{ name: "Acme" }] }).files);
    expect(() => loadContent(dir)).toThrow(/headline: still holds the placeholder "TODO:"/);
  });
});

/** The front matter of one imported file, as the site will read it. */
function fields(files: Map<string, string>, file: string): Record<string, unknown> {
  const text = files.get(file);
  expect(text, `${file} was written`).toBeDefined();
  const [, yaml = ""] = /^---\n([\s\S]*?)---\n/.exec(text!) ?? [];
  return parse(yaml) as Record<string, unknown>;
}

const BASICS = { label: "Engineer", summary: "Builds." };

describe("importJsonResume, field by field", () => {
  it("reads a level from this site's own labels, from common words, and the years it states", () => {
    const levels: [string, string, number | string | undefined][] = [
      ["Advanced, 5+ years", "advanced", "5+"],
      ["expert", "expert", undefined],
      ["Guru", "expert", undefined],
      ["Team lead", "expert", undefined],
      ["Senior", "advanced", undefined],
      ["Strong, 2.5 yrs", "advanced", 2.5],
      ["Professional experience, 3 years", "production", 3],
      ["Familiar", "working", undefined],
      ["Junior (1 year)", "working", 1],
      ["Novice", "learning", undefined],
      ["Learning", "learning", undefined],
      ["Elementary", "learning", undefined],
    ];
    const { files, notes } = importJsonResume({ basics: BASICS, skills: levels.map(([level], n) => ({ name: `Skill ${n}`, level })) });
    levels.forEach(([level, proficiency, years], n) => {
      const skill = fields(files, `skills/skill-${n}.md`);
      expect(skill.proficiency, level).toBe(proficiency);
      expect(skill.years, level).toBe(years);
    });
    expect(notes.filter((note) => note.includes("is not one this site knows"))).toEqual([]);
  });

  it("does not read a level out of part of a word, and sets an unknown one to working", () => {
    const { files, notes } = importJsonResume({ basics: BASICS, skills: [{ name: "Go", level: "Leadership" }, { name: "Rust" }] });
    expect(fields(files, "skills/go.md").proficiency).toBe("working");
    expect(notes).toContain('skills/go.md: level "Leadership" is not one this site knows; set to "working"');
    // No level at all is no mistake to report.
    expect(fields(files, "skills/rust.md").proficiency).toBe("working");
    expect(notes.filter((note) => note.startsWith("skills/rust.md"))).toEqual([]);
  });

  it("writes a skill's summary from its level, years and keywords, and its keywords as tags", () => {
    const { files, notes } = importJsonResume({
      basics: BASICS,
      skills: [
        { name: "Go", level: "Advanced, 5+ years", keywords: ["gRPC", " ", 7, "Concurrency "], category: "Languages" },
        { name: "Rust", level: "Beginner" },
      ],
    });
    expect(fields(files, "skills/go.md")).toEqual({
      title: "Go",
      category: "languages",
      proficiency: "advanced",
      years: "5+",
      featured: true,
      summary: "Advanced, 5+ years: gRPC, Concurrency.",
      tags: ["gRPC", "Concurrency"],
    });
    expect(fields(files, "skills/rust.md")).toEqual({ title: "Rust", category: "skills", proficiency: "learning", summary: "Learning." });
    expect(files.get("skills/rust.md")).toBe("---\ntitle: Rust\ncategory: skills\nproficiency: learning\nsummary: Learning.\n---\n");
    expect(notes).toContain("skills: each summary restates the level and keywords; rewrite them in your own words");
    expect(fields(files, "profile.md").categories).toEqual([
      { slug: "languages", title: "Languages" },
      { slug: "skills", title: "Skills" },
    ]);
  });

  it("makes a group of skills a category, each keyword a skill at the group's level, and the group's name a skill when it names a technology", () => {
    const { files } = importJsonResume({
      basics: BASICS,
      skills: [
        { name: "Mobile", level: "Expert, 6 years", keywords: ["React Native", "Expo"] },
        { name: "Node.js", level: "Intermediate", keywords: ["Express", "expo"] },
      ],
    });
    expect(fields(files, "profile.md").categories).toEqual([
      { slug: "mobile", title: "Mobile" },
      { slug: "node-js", title: "Node.js" },
    ]);
    expect(fields(files, "skills/react-native.md")).toEqual({
      title: "React Native",
      category: "mobile",
      proficiency: "expert",
      years: 6,
      featured: true,
      summary: "Expert, 6 years, used with Mobile.",
    });
    expect(fields(files, "skills/node-js.md")).toMatchObject({ title: "Node.js", category: "node-js", proficiency: "working" });
    // A skill listed in two groups is one skill, in the first.
    expect([...files.keys()].filter((file) => file.startsWith("skills/"))).toEqual([
      "skills/react-native.md",
      "skills/expo.md",
      "skills/node-js.md",
      "skills/express.md",
    ]);
  });

  it("features the strongest skills, as many as home shows, those the résumé names on their own first, and none when nothing is advanced", () => {
    const featured = (files: Map<string, string>) => [...files].filter(([, file]) => /^featured: true$/m.test(file)).map(([name]) => name);
    const strong = importJsonResume({
      basics: BASICS,
      skills: ["A", "B", "C", "D", "E", "F", "G"].map((name) => ({ name, level: "Advanced" })).concat({ name: "H", level: "Beginner" }),
    });
    expect(featured(strong.files)).toEqual(["a", "b", "c", "d", "e", "f"].map((slug) => `skills/${slug}.md`));
    const grouped = importJsonResume({
      basics: BASICS,
      skills: [
        { name: "Mobile", level: "Expert", keywords: ["Expo", "Hermes", "Reanimated", "Detox", "Fastlane", "Maestro"] },
        { name: "TypeScript", level: "Expert" },
      ],
    });
    // Seven experts, six places: TypeScript, named on its own, is one of them; the group's last keyword is not.
    expect(featured(grouped.files)).toEqual(["expo", "hermes", "reanimated", "detox", "fastlane", "typescript"].map((slug) => `skills/${slug}.md`));
    const working = importJsonResume({ basics: BASICS, skills: [{ name: "A", level: "Intermediate" }] });
    expect(fields(working.files, "skills/a.md").featured).toBeUndefined();
  });

  it("links each job to the skills its summary and highlights name", () => {
    const { files } = importJsonResume({
      basics: BASICS,
      skills: [{ name: "Go" }, { name: "PostgreSQL" }, { name: "Rust" }],
      work: [{ name: "Acme", summary: "Built the ledger in Go.", highlights: ["Cut query time on Postgresql by half"] }],
    });
    expect(fields(files, "experience/acme.md").skills).toEqual(["go", "postgresql"]);
  });

  it("gives names that slug alike their own files, and a name that slugs to nothing a fallback", () => {
    const { files } = importJsonResume({
      basics: BASICS,
      skills: [{ name: "C++" }, { name: "c++" }, { name: "C++!" }, { name: "!!!" }],
      work: [{ name: "Acme" }, { company: "Acme" }],
    });
    expect([...files.keys()].filter((file) => file.startsWith("skills/"))).toEqual(["skills/cpp.md", "skills/cpp-2.md", "skills/cpp-3.md", "skills/skill.md"]);
    expect(fields(files, "experience/acme-2.md").organization).toBe("Acme");
  });

  it("says what it left out: entries without a name, and sections this site has no place for", () => {
    const { files, notes } = importJsonResume({
      basics: { ...BASICS, phone: "+1 555 0100", image: "https://example.com/me.jpg" },
      skills: [{ level: "Expert" }, "Go", null],
      projects: [{ description: "No name" }],
      work: [{ position: "Engineer" }],
      education: [{ area: "Physics" }],
      certificates: [{ issuer: "Nobody" }],
      awards: [{ awarder: "Nobody" }],
      volunteer: [{}],
      publications: [{}, {}],
      interests: [{ name: "Hiking" }],
      languages: [],
    });
    expect(notes).toEqual([
      "skills: an entry without a name was left out",
      "projects: an entry without a name was left out",
      "work, volunteer: an entry without an organization was left out",
      "work, volunteer: an entry without an organization was left out",
      "publications: an entry without a name was left out",
      "publications: an entry without a name was left out",
      "education: an entry without an institution was left out",
      "profile.md: the phone number is not kept (the site shows no phone)",
      "profile.md: the image is not kept; add a photo with image: { src, alt }",
      "interests: 1 entry not kept (the site shows no interests; name them in profile.md's text if a recruiter should read them)",
    ]);
    expect([...files.keys()]).toEqual(["profile.md"]);
  });

  it("keeps publications: the owner as the author unless authors are listed, the publisher as the venue, a doi.org address as the DOI", () => {
    const { files, notes } = importJsonResume({
      basics: { ...BASICS, name: "Jo Doe" },
      skills: [{ name: "Rust", level: "Advanced" }],
      publications: [
        {
          name: "Fast parsing in Rust",
          publisher: "ACM",
          releaseDate: "2021-03-04",
          url: "https://doi.org/10.1145/3290605.3300233",
          summary: "Rust parses fast.",
        },
        { name: "Second paper", authors: ["Ada Lovelace", "Jo Doe"], doi: "10.1000/xyz", url: "https://example.com/paper.pdf" },
      ],
    });
    expect(fields(files, "publications/fast-parsing-in-rust.md")).toEqual({
      title: "Fast parsing in Rust",
      authors: ["Jo Doe"],
      venue: "ACM",
      date: "2021-03-04",
      doi: "10.1145/3290605.3300233",
      abstract: "Rust parses fast.",
      skills: ["rust"],
    });
    expect(fields(files, "publications/second-paper.md")).toMatchObject({
      authors: ["Ada Lovelace", "Jo Doe"],
      doi: "10.1000/xyz",
      url: "https://example.com/paper.pdf",
    });
    expect(notes).toContain("publications/second-paper.md: no summary to show as its abstract; write one in");
  });

  it("keeps the talks this site writes beside JSON Resume's sections, and leaves out one without its event", () => {
    const { files, notes } = importJsonResume({
      basics: BASICS,
      talks: [
        { name: "Idempotency", event: "KubeCon EU 2024", date: "2024-03-21", location: "Paris", summary: "On consumers.", slides: "https://example.com/s" },
        { name: "No event", summary: "Lost." },
      ],
    });
    expect(fields(files, "talks/idempotency.md")).toEqual({
      title: "Idempotency",
      event: "KubeCon EU 2024",
      date: "2024-03-21",
      location: "Paris",
      summary: "On consumers.",
      slides: "https://example.com/s",
    });
    expect(files.has("talks/no-event.md")).toBe(false);
    expect(notes).toContain('talks: "No event" was left out: a talk needs the event it was given at and a summary');
  });

  it("keeps the articles this site writes beside JSON Resume's sections, by title, date, summary and topics, and says their text stays behind", () => {
    const { files, notes } = importJsonResume({
      basics: BASICS,
      writing: [
        { name: "The outbox pattern", date: "2024-02-11", summary: "Forty lines of SQL.", keywords: ["Kafka"], url: "https://jo.example/writing/outbox/" },
        { name: "Undated", summary: "Lost." },
      ],
    });
    expect(fields(files, "writing/the-outbox-pattern.md")).toEqual({
      title: "The outbox pattern",
      date: "2024-02-11",
      summary: "Forty lines of SQL.",
      tags: ["Kafka"],
    });
    expect(files.has("writing/undated.md")).toBe(false);
    expect(notes).toEqual([
      'writing: "Undated" was left out: an article needs its date and a summary',
      "writing: 1 article keeps its title, date and summary; copy the text in from where it was published",
    ]);
  });

  it("keeps a project's organization, address and keywords that name a skill or one of its tags, and its dates, and says what projects here lack", () => {
    const { files, notes } = importJsonResume({
      basics: BASICS,
      skills: [{ name: "Go", keywords: ["Golang"] }, { name: "Golang" }, { name: "Node.js", keywords: ["JavaScript"] }],
      projects: [
        {
          name: "Ledger",
          entity: "Acme",
          description: "Keeps books.",
          keywords: ["golang", "NodeJS", "javascript", "Cobol"],
          highlights: ["Fast"],
          url: "HTTPS://ledger.example/",
          roles: ["Lead"],
          startDate: "2020-02-03",
          endDate: "2021",
        },
        { name: "Map", highlights: ["Offline maps"], url: "ftp://map.example/" },
        { name: "Notes", url: "https://notes.example/a b" },
      ],
    });
    expect(fields(files, "projects/ledger.md")).toEqual({
      title: "Ledger",
      organization: "Acme",
      summary: "Keeps books.",
      start: "2020-02-03",
      end: "2021",
      skills: ["golang", "node-js", "javascript", "cobol"],
      outcomes: ["Fast"],
      url: "HTTPS://ledger.example/",
    });
    expect(fields(files, "projects/map.md")).toEqual({ title: "Map", summary: "Offline maps", outcomes: ["Offline maps"] });
    expect(fields(files, "projects/notes.md")).toEqual({ title: "Notes", summary: "Notes" });
    expect(notes).toContain('skills/cobol.md: named by the project "Ledger" only; its level is set to "working", check it');
    expect(notes.filter((note) => note.startsWith("projects/"))).toEqual([
      "projects/ledger.md: roles are not kept (a project here has no roles; say yours in its summary or body)",
      "projects/map.md: no description; the summary is its first highlight",
      "projects/notes.md: no description; the summary is its name",
    ]);
  });

  it("keeps work, education and certificates with their dates as precise as written", () => {
    const { files, notes } = importJsonResume({
      basics: BASICS,
      work: [
        {
          company: "Acme",
          position: "Engineer",
          startDate: "2021-03-15",
          endDate: "2023",
          location: "Berlin",
          url: "http://acme.example",
          description: "Built things.",
          highlights: ["Shipped"],
        },
        { name: "Beta", summary: "Led things.", description: "Ignored.", startDate: "March 2020", url: "acme.example" },
      ],
      education: [
        {
          institution: "Example University",
          studyType: "BSc",
          area: "Computing",
          startDate: "2014-09-01",
          endDate: "2018-06",
          score: "3.8",
          url: "https://uni.example",
          courses: ["Algorithms"],
        },
      ],
      certificates: [{ name: "Cert", issuer: "Org", date: "2022-05-01", url: "https://cert.example/1" }],
    });
    expect(fields(files, "experience/acme.md")).toEqual({
      organization: "Acme",
      role: "Engineer",
      start: "2021-03-15",
      end: "2023",
      location: "Berlin",
      url: "http://acme.example",
      summary: "Built things.",
      highlights: ["Shipped"],
    });
    expect(fields(files, "experience/beta.md")).toEqual({ organization: "Beta", summary: "Led things." });
    expect(fields(files, "education/example-university.md")).toEqual({
      institution: "Example University",
      degree: "BSc",
      area: "Computing",
      start: "2014-09-01",
      end: "2018-06",
      score: "3.8",
      url: "https://uni.example",
    });
    expect(notes).toContain("education/example-university.md: courses are not kept");
    expect(fields(files, "certifications/cert.md")).toEqual({ title: "Cert", issuer: "Org", date: "2022-05-01", url: "https://cert.example/1" });
  });

  it("keeps volunteer work as work marked volunteer, in a file of its own beside a job at the same place", () => {
    const { files, notes } = importJsonResume({
      basics: BASICS,
      work: [{ name: "Code Club", position: "Engineer" }],
      volunteer: [{ organization: "Code Club", position: "Mentor", startDate: "2019-09-14", summary: "Taught.", highlights: ["Ran 40 sessions"] }],
    });
    expect(fields(files, "experience/code-club.md")).toEqual({ organization: "Code Club", role: "Engineer" });
    expect(fields(files, "experience/code-club-2.md")).toEqual({
      organization: "Code Club",
      role: "Mentor",
      volunteer: true,
      start: "2019-09-14",
      summary: "Taught.",
      highlights: ["Ran 40 sessions"],
    });
    expect(notes).toEqual([]);
  });

  it("splits an award's title into the figure it leads with and what it measures", () => {
    const titles: [string, string, string][] = [
      ["99.9% uptime", "99.9%", "uptime"],
      ["$1.2M in new revenue", "$1.2M", "in new revenue"],
      ["€300k saved", "€300k", "saved"],
      ["10x faster builds", "10x", "faster builds"],
      ["1,000+ users", "1,000+", "users"],
      ["3 K users", "3 K", "users"],
    ];
    const { files, notes } = importJsonResume({ basics: BASICS, awards: titles.map(([title]) => ({ title })) });
    const written = [...files.keys()].filter((file) => file.startsWith("achievements/"));
    expect(written.map((file) => fields(files, file)).map(({ figure, metric }) => [figure, metric])).toEqual(
      titles.map(([, figure, metric]) => [figure, metric]),
    );
    expect(notes.filter((note) => note.startsWith("achievements/"))).toEqual([]);
  });

  it("keeps an award without a number as an honour with its awarder and date, and one that leads with a number as a result", () => {
    const { files, notes } = importJsonResume({
      basics: BASICS,
      awards: [
        { title: "Best paper", awarder: "ACM", date: "2024-05-02" },
        { title: "2024 hackathon win", summary: "First of 40 teams.", awarder: "ACM" },
        { title: "Top talk", awarder: " " },
      ],
    });
    expect(fields(files, "honours/best-paper.md")).toEqual({ title: "Best paper", awarder: "ACM", date: "2024-05-02" });
    expect(fields(files, "achievements/2024-hackathon-win.md")).toMatchObject({ figure: "2024", metric: "hackathon win", summary: "First of 40 teams." });
    expect(fields(files, "honours/top-talk.md")).toEqual({ title: "Top talk" });
    expect(notes.filter((note) => note.includes("Best paper"))).toEqual([]);
  });

  it("writes the profile: where the owner is, the website first, then each profile named by its network or host", () => {
    const { files, notes } = importJsonResume({
      basics: {
        name: " Jo Doe ",
        label: "Engineer",
        summary: "Builds.",
        email: "jo@example.com",
        url: "https://jo.example",
        location: { address: "1 Main St", city: "Berlin", countryCode: "DE" },
        profiles: [{ network: "GitHub", url: "https://github.com/jo" }, { url: "https://social.example/@jo" }, { network: "Nowhere", url: "not a url" }],
      },
    });
    expect(fields(files, "profile.md")).toEqual({
      name: "Jo Doe",
      headline: "Engineer",
      summary: "Builds.",
      email: "jo@example.com",
      location: "Berlin, DE",
      website: "https://jo.example",
      links: [
        { label: "GitHub", url: "https://github.com/jo" },
        { label: "social.example", url: "https://social.example/@jo" },
      ],
      categories: [{ slug: "skills", title: "Skills" }],
    });
    expect(notes).toEqual([]);
    const addressOnly = importJsonResume({ basics: { ...BASICS, location: { address: "Remote, EU" } } }).files;
    expect(fields(addressOnly, "profile.md").location).toBe("Remote, EU");
    const region = importJsonResume({ basics: { ...BASICS, location: { city: "Austin", region: "Texas" } } }).files;
    expect(fields(region, "profile.md").location).toBe("Austin, Texas");
  });

  it("writes placeholders for a missing headline and summary, and says so", () => {
    for (const resume of [{}, { basics: "not an object" }, { basics: { label: " ", summary: "" } }]) {
      const { files, notes } = importJsonResume(resume);
      expect(fields(files, "profile.md")).toEqual({
        headline: "TODO: your headline",
        summary: "TODO: one or two sentences about your work",
        categories: [{ slug: "skills", title: "Skills" }],
      });
      expect(notes).toEqual(["profile.md: basics.label is missing; write a headline", "profile.md: basics.summary is missing; write a summary"]);
    }
  });
});

describe("importJsonResume, edge cases", () => {
  it("reads years however they are written, and this site's own label before any word after it", () => {
    const levels: [string, string, number | string | undefined][] = [
      ["Advanced, 10 years", "advanced", 10],
      ["Expert, 2.25 years", "expert", 2.25],
      ["Working, 5years", "working", 5],
      ["Learning, 1 yr", "learning", 1],
      ["Working knowledge, some production use", "working", undefined],
      ["ADVANCED", "advanced", undefined],
    ];
    const { files } = importJsonResume({ basics: BASICS, skills: levels.map(([level], n) => ({ name: `Skill ${n}`, level })) });
    levels.forEach(([level, proficiency, years], n) => {
      expect(fields(files, `skills/skill-${n}.md`), level).toMatchObject({ proficiency });
      expect(fields(files, `skills/skill-${n}.md`).years, level).toBe(years);
    });
  });

  it("reads a figure only at the start of a title, and keeps its long text on one line", () => {
    const summary = "A result measured over a whole quarter of nightly runs, on every one of the production clusters.";
    const { files } = importJsonResume({ basics: BASICS, awards: [{ title: "Top 10 finish" }, { title: "10  users", summary }] });
    expect(fields(files, "honours/top-10-finish.md")).toEqual({ title: "Top 10 finish" });
    expect(fields(files, "achievements/10-users.md")).toMatchObject({ figure: "10", metric: "users" });
    expect(files.get("achievements/10-users.md")).toContain(`\nsummary: ${summary}\n`);
  });

  it("keeps a skill's name for the skill that has it, not for a group that lists it again", () => {
    const { files } = importJsonResume({
      basics: BASICS,
      skills: [{ name: "Go" }, { name: "Golang tools", keywords: ["Go", "Delve"] }, { name: "Debugging", keywords: ["Delve"] }],
      projects: [{ name: "Ledger", description: "Keeps books.", keywords: ["Go", "Delve"] }],
    });
    expect(fields(files, "projects/ledger.md").skills).toEqual(["go", "delve"]);
    expect(fields(files, "skills/go.md").category).toBe("skills");
    expect(fields(files, "skills/delve.md").category).toBe("golang-tools");
  });

  it("finds a project's skill by its own name before another skill's tag", () => {
    const { files } = importJsonResume({
      basics: BASICS,
      skills: [
        { name: "C#", keywords: [".NET"], category: "Languages" },
        { name: ".NET", category: "Platforms" },
      ],
      projects: [{ name: "Compiler", description: "Compiles.", keywords: ["C#", ".NET"] }],
    });
    expect(fields(files, "projects/compiler.md").skills).toEqual(["csharp", "dotnet"]);
  });

  it("keeps only an address that is a whole web address", () => {
    const { files } = importJsonResume({ basics: BASICS, work: [{ name: "Acme", url: "see https://acme.example" }] });
    expect(fields(files, "experience/acme.md")).toEqual({ organization: "Acme" });
  });

  it("gives each kind its own fallback name for an entry whose name slugs to nothing", () => {
    const { files } = importJsonResume({
      basics: BASICS,
      projects: [{ name: "!!!", description: "Unnamed." }],
      work: [{ name: "!!!" }],
      education: [{ institution: "!!!" }],
      certificates: [{ name: "!!!" }],
      awards: [{ title: "!!!" }],
    });
    expect([...files.keys()].sort()).toEqual([
      "certifications/certificate.md",
      "education/education.md",
      "experience/work.md",
      "honours/honour.md",
      "profile.md",
      "projects/project.md",
    ]);
  });

  it("names every section it leaves out, and says nothing of courses that are not there", () => {
    const { notes } = importJsonResume({
      basics: BASICS,
      education: [{ institution: "Example University", courses: [] }],
      languages: [{ language: "English" }],
      interests: [{ name: "Chess" }, { name: "Running" }],
      references: [{ name: "Jo" }],
    });
    expect(notes).toEqual([
      "interests: 2 entries not kept (the site shows no interests; name them in profile.md's text if a recruiter should read them)",
      "references: 1 entry not kept (a public site is no place for references; give them when asked)",
    ]);
  });
});

describe("awards", () => {
  const imported = (awards: unknown[]) => {
    const dir = emptyFolder();
    writeAll(dir, importJsonResume({ basics: { label: "Engineer", summary: "Builds things." }, skills: [{ name: "Go" }], awards }).files);
    return loadContent(dir).content;
  };

  it("keep a result this site exported whole, even one whose figure is no number", () => {
    const content = imported([{ title: "Top 1 ranking", result: { figure: "Top 1", metric: "ranking" } }]);
    expect(content.achievements.map(({ figure, metric }) => ({ figure, metric }))).toEqual([{ figure: "Top 1", metric: "ranking" }]);
    expect(content.honours).toEqual([]);
  });

  it("read a number-led award as a result and any other as an honour", () => {
    const content = imported([{ title: "99.9% uptime" }, { title: "Best App", awarder: "Example Awards", date: "2024-05-02" }]);
    expect(content.achievements.map(({ figure, metric }) => ({ figure, metric }))).toEqual([{ figure: "99.9%", metric: "uptime" }]);
    expect(content.honours.map(({ title, awarder, date }) => ({ title, awarder, date: date?.iso }))).toEqual([
      { title: "Best App", awarder: "Example Awards", date: "2024-05-02" },
    ]);
  });
});

it("quotes a name that YAML would read as a date, so it stays text", () => {
  const dir = emptyFolder();
  writeAll(dir, importJsonResume({ basics: { label: "Engineer", summary: "Builds things." }, skills: [{ name: "2021-03-04" }] }).files);
  expect(loadContent(dir).content.skills.map((skill) => skill.title)).toEqual(["2021-03-04"]);
});
