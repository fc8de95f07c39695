/**
 * The JSON-LD of every kind of page is one self-contained schema.org graph:
 * every type and property exists in schema.org's vocabulary, every reference
 * points at a node in the same graph, and the Person carries the owner's name
 * exactly when the profile has one.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { graphProblems, isSchemaType, propertiesOf } from "@/tests/schema-org/vocabulary";

afterAll(() => vi.unstubAllEnvs());

/** The builders and the content, loaded fresh from one content folder. */
async function site(contentDir: string) {
  vi.resetModules();
  vi.stubEnv("CONTENT_DIR", contentDir);
  vi.stubEnv("SITE_URL", "https://jane.example");
  const content = await import("@/lib/content");
  const data = await import("@/lib/structured-data");
  const { homePage } = await import("@/lib/page-metadata");
  const page = { title: "Skills", description: "All of them.", route: "/skills/" };
  const graphs = {
    home: data.homeGraph(homePage(), content.getSkills()),
    list: data.simplePageGraph(page, "CollectionPage"),
    page: data.simplePageGraph(page),
    notFound: data.notFoundGraph(),
    ...Object.fromEntries(content.getSkills().map((skill) => [`skill ${skill.slug}`, data.skillGraph(skill)])),
    ...Object.fromEntries(content.getProjects().map((project) => [`project ${project.slug}`, data.projectGraph(project)])),
    ...Object.fromEntries(content.getAchievements().map((result) => [`achievement ${result.slug}`, data.achievementGraph(result)])),
    ...Object.fromEntries(content.getPublications().map((publication) => [`publication ${publication.slug}`, data.publicationGraph(publication)])),
    ...Object.fromEntries(content.getTalks().map((talk) => [`talk ${talk.slug}`, data.talkGraph(talk)])),
    ...Object.fromEntries(content.getArticles().map((article) => [`article ${article.slug}`, data.articleGraph(article)])),
  };
  return { profile: content.getProfile(), skills: content.getSkills(), publications: content.getPublications(), graphs };
}

type Node = Record<string, unknown>;
const nodes = (graph: unknown) => (graph as { "@graph": Node[] })["@graph"];
const ofType = (graph: unknown, type: string) => nodes(graph).filter((node) => node["@type"] === type);

describe("the schema.org vocabulary the tests check against", () => {
  it("knows real types and properties and rejects made-up ones", () => {
    expect(isSchemaType("Person")).toBe(true);
    expect(isSchemaType("DefinedTermSet")).toBe(true);
    expect(isSchemaType("Skill")).toBe(false);
    expect(propertiesOf("Person")).toContain("knowsAbout");
    expect(propertiesOf("Person")).toContain("name"); // inherited from Thing
    expect(propertiesOf("DefinedTerm")).toContain("inDefinedTermSet");
    expect(propertiesOf("WebPage")).not.toContain("jobTitle");
  });

  it("finds what is wrong with a graph", () => {
    const graph = {
      "@context": "https://schema.org",
      "@graph": [{ "@type": "Person", "@id": "#me", jobTitel: "x" }, { "@type": "Skill" }, { "@type": "WebPage", author: { "@id": "#someone" } }],
    };
    expect(graphProblems(graph)).toEqual([
      "@graph[0]: Person has no property jobTitel",
      "@graph[1]: schema.org has no type Skill",
      "@graph[2].author: refers to #someone, which is not in the graph",
    ]);
  });
});

for (const contentDir of ["tests/fixtures/site", "tests/fixtures/edge/minimal", "tests/fixtures/edge/maximal"]) {
  describe(`JSON-LD of ${contentDir}`, () => {
    // Loading a content set (images, highlighting) takes a while; once per set.
    let loaded: Awaited<ReturnType<typeof site>>;
    beforeAll(async () => {
      loaded = await site(contentDir);
    }, 120_000);

    it("is a valid, self-contained schema.org graph on every kind of page", () => {
      const { graphs } = loaded;
      for (const [name, graph] of Object.entries(graphs)) expect(graphProblems(graph), name).toEqual([]);
    });

    it("describes the owner on every page, by name when the profile has one", () => {
      const { profile, graphs } = loaded;
      for (const [name, graph] of Object.entries(graphs)) {
        const [person] = ofType(graph, "Person");
        expect(person, name).toMatchObject({ jobTitle: profile.headline, url: "https://jane.example/" });
        if (profile.name) expect(person!.name, name).toBe(profile.name);
        else expect(person, name).not.toHaveProperty("name");
        expect(ofType(graph, "WebSite"), name).toHaveLength(1);
      }
    });

    it("describes each publication as a ScholarlyArticle by its authors, the owner among them as the page's Person", () => {
      const { graphs, profile, publications } = loaded;
      for (const publication of publications) {
        const graph = (graphs as Record<string, unknown>)[`publication ${publication.slug}`];
        const [article] = ofType(graph, "ScholarlyArticle");
        const authors = article!.author as Node[];
        expect(authors, publication.slug).toHaveLength(publication.authors.length);
        const [person] = ofType(graph, "Person");
        const owner = authors.filter((author) => author["@id"] === person!["@id"]);
        expect(owner, publication.slug).toHaveLength(profile.name && publication.authors.includes(profile.name) ? 1 : 0);
      }
    });

    it("puts each skill in its category's DefinedTermSet, and lists only practised skills as known", () => {
      const { skills, graphs } = loaded;
      for (const skill of skills) {
        const graph = graphs[`skill ${skill.slug}` as keyof typeof graphs];
        const [term] = ofType(graph, "DefinedTerm");
        const [set] = ofType(graph, "DefinedTermSet");
        expect(term).toMatchObject({ name: skill.title, inDefinedTermSet: { "@id": set!["@id"] } });
        expect(set).toMatchObject({ name: skill.category.title });
      }
      const [person] = ofType(graphs.home, "Person");
      const practised = skills.filter((skill) => skill.proficiency !== "learning").map((skill) => skill.title);
      expect(person!.knowsAbout ?? []).toEqual(practised);
    });
  });
}
