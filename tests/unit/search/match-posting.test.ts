import { describe, expect, it } from "vitest";
import type { Proficiency } from "@/lib/content";
import { slugify } from "@/lib/content/slug";
import { MAX_PHRASE_WORDS, matchKey, matchPosting, type PostingMatch, tokenizePosting } from "@/lib/search/match-posting";
import { normalizeTerm } from "@/lib/search/normalize";
import { indexEntry, type SkillIndexEntry } from "@/lib/search/skill-index";
import { TECH_VOCABULARY, type TechTerm } from "@/lib/search/tech-vocabulary";

function skill(title: string, proficiency: Proficiency, { aliases = [], tags = [] }: { aliases?: string[]; tags?: string[] } = {}): SkillIndexEntry {
  return indexEntry({
    slug: slugify(title),
    title,
    category: "test",
    proficiency,
    aliases,
    tags: tags.map((label) => ({ slug: slugify(label), label })),
    evidence: { projects: 1, achievements: 0 },
  });
}

const INDEX: SkillIndexEntry[] = [
  skill("Node.js", "working", { aliases: ["Node", "NodeJS"], tags: ["Express", "JavaScript"] }),
  skill("PostgreSQL", "production", { aliases: ["Postgres"], tags: ["SQL", "Joins", "Query optimization"] }),
  skill("Kubernetes", "learning", { aliases: ["k8s"], tags: ["Helm"] }),
  skill("FastAPI", "production", { aliases: ["Fast API"], tags: ["WebSockets", "Streaming"] }),
  skill("Python", "advanced", { aliases: ["py"], tags: ["REST", "Microservices"] }),
  skill("API design", "working", { aliases: ["RESTful API design"], tags: ["REST", "OpenAPI"] }),
  skill("Microservices architecture", "working", { aliases: ["Microservices"] }),
  skill("Spring", "working", { aliases: ["Spring Framework"] }),
  skill("Rust", "learning"),
  skill("C#", "working", { aliases: ["CSharp"] }),
  skill(".NET", "working", { aliases: ["dotnet"] }),
  skill("DevOps", "working", { tags: ["CI/CD", "Monitoring"] }),
  skill("Redis", "working", { tags: ["Caching", "Sessions", "Pub/sub"] }),
];

/** [slug, found] pairs, compact enough for a table. */
interface Expected {
  matched?: [string, string][];
  learning?: [string, string][];
  missing?: string[];
}

function summary(result: PostingMatch): Required<Expected> {
  return {
    matched: result.matched.map(({ entry, found }) => [entry.slug, found]),
    learning: result.learning.map(({ entry, found }) => [entry.slug, found]),
    missing: result.missing,
  };
}

function expectMatch(posting: string, expected: Expected, index: SkillIndexEntry[] = INDEX) {
  expect(summary(matchPosting(posting, index))).toEqual({ matched: [], learning: [], missing: [], ...expected });
}

describe("matchPosting: realistic postings", () => {
  it.each<[string, string, Expected]>([
    [
      "a backend posting",
      `Senior Backend Engineer
We're looking for someone with 5+ years of Python (FastAPI or Django), PostgreSQL and Redis.
You'll deploy with Docker and Kubernetes on AWS, and build RESTful APIs and event-driven microservices with Kafka.
Nice to have: Go and Rust. CI/CD with GitHub Actions.`,
      {
        matched: [
          ["python", "Python"],
          ["fastapi", "FastAPI"],
          ["postgresql", "PostgreSQL"],
          ["redis", "Redis"],
          ["api-design", "RESTful APIs"],
          ["microservices-architecture", "microservices"],
          ["devops", "CI/CD"],
        ],
        learning: [
          ["kubernetes", "Kubernetes"],
          ["rust", "Rust"],
        ],
        missing: ["Django", "Docker", "AWS", "Event-driven architecture", "Kafka", "Go", "GitHub Actions"],
      },
    ],
    [
      "a full-stack posting pasted as HTML",
      "<h2>Full Stack Developer</h2><ul><li><b>Node.js</b>/Express &amp; TypeScript</li><li>React, Next.js</li><li>Postgres or MongoDB</li></ul><p>Spring&nbsp;Boot is a plus.</p>",
      {
        matched: [
          ["node-js", "Node.js"],
          ["postgresql", "Postgres"],
        ],
        missing: ["TypeScript", "React", "Next.js", "MongoDB", "Spring Boot"],
      },
    ],
    [
      "a bullet-point posting",
      "Requirements:\n• Kubernetes (k8s) and Helm\n- Terraform\n* Kafka's Streams API\n1. GraphQL\n\t– continuous integration",
      {
        learning: [["kubernetes", "Kubernetes"]],
        missing: ["Terraform", "Kafka", "GraphQL"],
        matched: [["devops", "continuous integration"]],
      },
    ],
    [
      "a .NET posting",
      "We build on C#/.NET Core and Azure. Some C/C++ for drivers. Target: positive net income; we're Series C funded, with an R&D team reporting to the C-level.",
      {
        matched: [
          ["c-sharp", "C#"],
          ["net", ".NET Core"],
        ],
        missing: ["Azure", "C", "C++"],
      },
    ],
    ["a posting that names none of the skills", "We sell hand-made shoes. Great team, free lunch, flexible hours. Go ahead and apply!", {}],
  ])("%s", (_name, posting, expected) => {
    expectMatch(posting, expected);
  });
});

describe("matchPosting: spelling", () => {
  it.each(["Node", "NodeJS", "node.js", "Node.JS", "NODEJS", "node js", "Node-JS", "Node.js's"])("finds the Node.js skill from %j", (written) => {
    expectMatch(`Experience with ${written} required.`, { matched: [["node-js", written.replace(/'s$/, "")]] });
  });

  it.each(["Postgres", "postgres", "PostgreSQL", "POSTGRESQL", "Postgre"])("finds PostgreSQL from %j", (written) => {
    expectMatch(`${written}, please`, { matched: [["postgresql", written]] });
  });

  it("finds a skill whose name starts with a # (the posting's words never do)", () => {
    const index = [skill("#hashtag ops", "working")];
    expect(matchPosting("Experience with #hashtag ops in production.", index).matched.map(({ entry }) => entry.title)).toEqual(["#hashtag ops"]);
  });

  it("finds a skill through one of its tags that is a technology", () => {
    expectMatch("Our API runs on Express.", { matched: [["node-js", "Express"]] });
    expectMatch("Our API runs on Express.js.", { matched: [["node-js", "Express.js"]] });
  });

  it("finds a skill through another spelling of a vocabulary technology it answers to", () => {
    expectMatch("Comfortable with K8S and kubernetes", { learning: [["kubernetes", "K8S"]] });
    expectMatch("continuous delivery", { matched: [["devops", "continuous delivery"]] });
    expectMatch("Golang", { missing: ["Go"] });
  });

  it("ignores a trailing s: singular and plural meet", () => {
    expectMatch("a WebSocket gateway", { matched: [["fastapi", "WebSocket"]] });
    expectMatch("REST APIs", {
      matched: [
        ["python", "REST APIs"],
        ["api-design", "REST APIs"],
      ],
    });
  });

  it("reads a slash-separated list word by word but keeps known slash phrases whole", () => {
    expectMatch("Python/Django, C#/.NET", {
      matched: [
        ["python", "Python"],
        ["c-sharp", "C#"],
        ["net", ".NET"],
      ],
      missing: ["Django"],
    });
    expectMatch("Pub/Sub and CI / CD", {
      matched: [
        ["redis", "Pub/Sub"],
        ["devops", "CI / CD"],
      ],
    });
  });
});

describe("matchPosting: which skills a phrase names", () => {
  it("prefers the longest phrase at a position", () => {
    expectMatch("Spring Boot", { missing: ["Spring Boot"] });
    expectMatch("Spring and Spring Boot", { matched: [["spring", "Spring"]], missing: ["Spring Boot"] });
    expectMatch("the Spring Framework", { matched: [["spring", "Spring Framework"]] });
  });

  it("lists each skill once, found where it is first named, in order of first mention", () => {
    expectMatch("postgres, then Redis, then PostgreSQL, postgres and Express and Node.js", {
      matched: [
        ["postgresql", "postgres"],
        ["redis", "Redis"],
        ["node-js", "Express"],
      ],
    });
  });

  it("lists each missing technology once, in order of first mention", () => {
    expectMatch("Kafka, Go, Terraform, Golang, kafka, Terraform", { missing: ["Kafka", "Go", "Terraform"] });
  });

  it("prefers a skill's title or alias to another skill's tag", () => {
    expectMatch("microservices", { matched: [["microservices-architecture", "microservices"]] });
  });

  it("names every skill sharing a tag when no title or alias claims the phrase", () => {
    expectMatch("REST", {
      matched: [
        ["python", "REST"],
        ["api-design", "REST"],
      ],
    });
  });

  it("keeps learning skills apart from experience", () => {
    const result = matchPosting("Kubernetes and Rust, PostgreSQL", INDEX);
    expect(result.matched.map(({ entry }) => entry.slug)).toEqual(["postgresql"]);
    expect(result.learning.map(({ entry }) => entry.slug)).toEqual(["kubernetes", "rust"]);
  });

  it("does not turn one-word everyday tags into experience", () => {
    expectMatch("Whoever joins the team runs pairing sessions on our streaming platform, with monitoring.", {});
  });

  it("still uses a one-word tag the vocabulary knows, and phrases of several words", () => {
    expectMatch("Caching and query optimization", {
      matched: [
        ["redis", "Caching"],
        ["postgresql", "query optimization"],
      ],
    });
  });
});

describe("matchPosting: ambiguous words", () => {
  it.each([
    "You'll be the go-to person for payments.",
    "We are ready to go live next month.",
    "Go ahead and apply.",
    "Go above and beyond for customers.",
    "Our go-to-market team",
    "Own the Go-to-market plan",
    "READY TO GO?",
    "Let Go of old habits",
  ])("finds no Go in %j", (posting) => {
    expectMatch(posting, {});
  });

  it.each(["Go and Rust", "Experience with Go, Python", "Golang", "GOLANG", "Go/Rust", "(Go)", "services in Go.", "Go's concurrency model"])(
    "finds Go in %j",
    (posting) => {
      expect(matchPosting(posting, INDEX).missing[0]).toBe("Go");
    },
  );

  it("finds a skill whose owner spells it GO, where the posting writes it so, still not in 'READY TO GO ahead'", () => {
    const index = [skill("GO", "production")];
    expect(matchPosting("Experience with GO in production.", index).matched.map((hit) => hit.entry.title)).toEqual(["GO"]);
    expect(matchPosting("We are READY TO GO ahead.", index).matched).toEqual([]);
  });

  it("finds a skill by an alias its owner spells GO, and not by 'go'", () => {
    const index = [skill("Backend services", "production", { aliases: ["GO"] })];
    expect(matchPosting("Experience with GO in production.", index).matched.map((hit) => hit.entry.title)).toEqual(["Backend services"]);
    expect(matchPosting("Ready to go in production.", index).matched).toEqual([]);
  });

  it("finds Go and the learning skill in 'Go and Rust'", () => {
    expectMatch("Go and Rust", { learning: [["rust", "Rust"]], missing: ["Go"] });
  });

  it.each([
    ["Series C funding", {}],
    ["C-suite and C level", {}],
    ["R&D and R & D", {}],
    ["C and R", { missing: ["C", "R"] }],
    ["USB Type C", {}],
  ] as [string, Expected][])("treats lone letters as languages only in context: %j", (posting, expected) => {
    expectMatch(posting, expected);
  });

  it.each([
    ["Please express your interest", {}],
    ["Express your interest by Friday", {}],
    ["react to incidents", {}],
    ["React to incidents", {}],
    ["We use React", { missing: ["React"] }],
    ["the rest of the team", {}],
    ["Rest assured", {}],
    [
      "REST and gRPC",
      {
        matched: [
          ["python", "REST"],
          ["api-design", "REST"],
        ],
        missing: ["gRPC"],
      },
    ],
    ["each node in the cluster, three nodes", {}],
    ["net income, net new", {}],
    ["Spring 2025 internship", {}],
    ["at the helm of the team", {}],
    ["guard rails", {}],
  ] as [string, Expected][])("%j", (posting, expected) => {
    expectMatch(posting, expected);
  });

  it("applies the vocabulary's rules to a skill that has an ambiguous title", () => {
    const index = [skill("Go", "production", { aliases: ["Golang"] }), skill("R", "working")];
    expectMatch("go-to person, ready to go live, R&D", {}, index);
    expectMatch(
      "Go and R",
      {
        matched: [
          ["go", "Go"],
          ["r", "R"],
        ],
      },
      index,
    );
  });

  it("treats any one-letter skill term as a capital letter standing alone", () => {
    const index = [skill("D", "working")];
    expectMatch("a d b, Series D, D-day", {}, index);
    expectMatch("Written in D and C", { matched: [["d", "D"]], missing: ["C"] }, index);
  });
});

describe("matchPosting: the owner's own names", () => {
  it("finds a skill by an alias that is also one of its tags (Iceberg)", () => {
    const index = [skill("Apache Iceberg", "production", { aliases: ["Iceberg"], tags: ["Iceberg", "Table formats"] }), skill("DuckDB", "working")];
    expectMatch(
      "Iceberg, DuckDB, Rust",
      {
        matched: [
          ["apache-iceberg", "Iceberg"],
          ["duckdb", "DuckDB"],
        ],
        missing: ["Rust"],
      },
      index,
    );
  });

  it("finds a title of any length, whatever punctuation it holds, on one line", () => {
    const title = "Designing, building and operating multi-region storage (with audits)";
    const index = [skill(title, "expert"), skill("Amazon Web Services (AWS)", "working")];
    expectMatch(
      `You have experience ${title}.\nAmazon Web Services (AWS) is a plus.`,
      {
        matched: [
          // What was found is quoted from its first word to its last.
          [skill(title, "expert").slug, title.slice(0, -1)],
          ["amazon-web-services-aws", "Amazon Web Services (AWS"],
        ],
      },
      index,
    );
    expectMatch("Designing, building\nand operating multi-region storage (with audits)", {}, index);
  });
});

describe("matchPosting: edge cases", () => {
  it.each(["", "   \n\t ", "<p></p>", "—, •, ...!"])("returns nothing for %j", (posting) => {
    expectMatch(posting, {});
  });

  it("returns nothing for an empty index but still lists missing technologies", () => {
    expectMatch("Node.js and Kubernetes", { missing: ["Node.js", "Kubernetes"] }, []);
  });

  it("uses a given vocabulary", () => {
    const vocabulary: TechTerm[] = [{ name: "Cobol", aliases: ["COBOL-85"] }];
    expect(matchPosting("COBOL-85 and Kafka and Node", INDEX, vocabulary)).toMatchObject({
      matched: [{ entry: { slug: "node-js" }, found: "Node" }],
      missing: ["Cobol"],
    });
  });

  it("does not match across punctuation or line breaks", () => {
    expectMatch("Spring.\nBoot camp", { matched: [["spring", "Spring"]] });
    expectMatch("Spring, Boot", { matched: [["spring", "Spring"]] });
  });
});

describe("tokenizePosting", () => {
  it("keeps dots, plus and sharp inside words and drops trailing punctuation", () => {
    expect(tokenizePosting("Node.js, C++ and C#. .NET e.g. it's Kafka's").map((token) => token.text)).toEqual([
      "Node.js",
      "C++",
      "and",
      "C#",
      ".NET",
      "e.g",
      "it",
      "Kafka",
    ]);
  });

  it("records what separates a word from the previous one", () => {
    const tokens = tokenizePosting("CI/CD go-to R&D x,\ny");
    expect(tokens.map(({ text, joinsPrevious, gluedToPrevious }) => [text, joinsPrevious, gluedToPrevious])).toEqual([
      ["CI", false, false],
      ["CD", true, false],
      ["go", true, false],
      ["to", true, true],
      ["R", true, false],
      ["D", false, true],
      ["x", true, false],
      ["y", false, false],
    ]);
  });
});

describe("TECH_VOCABULARY", () => {
  const spellings = (term: TechTerm) => [term.name, ...(term.aliases ?? [])];

  it("is a compact list", () => {
    expect(TECH_VOCABULARY.length).toBeGreaterThanOrEqual(150);
    expect(TECH_VOCABULARY.length).toBeLessThanOrEqual(250);
  });

  it("gives every spelling to one technology only", () => {
    const owner = new Map<string, string>();
    for (const term of TECH_VOCABULARY) {
      for (const key of new Set(spellings(term).map((spelling) => matchKey(normalizeTerm(spelling))))) {
        expect(owner.get(key), `${term.name} and ${owner.get(key)} share "${key}"`).toBeUndefined();
        owner.set(key, term.name);
      }
    }
  });

  it("writes every spelling as one phrase the matcher can read", () => {
    for (const term of TECH_VOCABULARY) {
      for (const spelling of spellings(term)) {
        const tokens = tokenizePosting(spelling);
        expect(tokens.length, spelling).toBeGreaterThan(0);
        expect(tokens.length, spelling).toBeLessThanOrEqual(MAX_PHRASE_WORDS);
        expect(
          tokens.slice(1).every((token) => token.joinsPrevious),
          spelling,
        ).toBe(true);
      }
    }
  });

  it("lists as ambiguous forms only spellings of the same technology", () => {
    for (const term of TECH_VOCABULARY) {
      const keys = new Set(spellings(term).map(normalizeTerm));
      for (const form of term.ambiguous?.forms ?? []) expect(keys.has(normalizeTerm(form)), `${term.name}: ${form}`).toBe(true);
    }
  });

  it("finds every technology by each of its spellings", () => {
    for (const term of TECH_VOCABULARY) {
      for (const spelling of spellings(term)) {
        const written = term.ambiguous?.forms.some((form) => normalizeTerm(form) === normalizeTerm(spelling)) ? term.ambiguous.forms[0]! : spelling;
        expect(matchPosting(`Experience with ${written} is required.`, []).missing, written).toEqual([term.name]);
      }
    }
  });
});

// How long this takes is measured by `npm run bench:match`, not here, where a busy machine would fail it for nothing.
describe("matchPosting at scale", () => {
  it("handles a 5,000-word posting against a 10,000-entry index", () => {
    const names = TECH_VOCABULARY.map((term) => term.name);
    const index = Array.from({ length: 10_000 }, (_, i) =>
      skill(i % 50 === 0 ? names[(i / 50) % names.length]! : `Skill ${i}`, i % 7 ? "working" : "learning", {
        aliases: [`Alias ${i}`, `alias-${i}-x`],
        tags: [`Topic ${i % 300}`, "Query optimization", `Tag${i}`, "Logging"],
      }),
    );
    const sentence =
      "We're hiring a backend engineer to build services in Go, Python and TypeScript on AWS with Kubernetes, Terraform, Kafka and PostgreSQL; you will be the go-to person for CI/CD, REST and gRPC APIs, observability with Prometheus and Grafana, and the rest.".split(
        " ",
      );
    const posting = Array.from({ length: 5_000 }, (_, i) => sentence[i % sentence.length]).join(" ");
    expect(posting.split(" ")).toHaveLength(5_000);

    const result = matchPosting(posting, index);
    expect(result.matched.length + result.learning.length).toBeGreaterThan(0);
  });
});
