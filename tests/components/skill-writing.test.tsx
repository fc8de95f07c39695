// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SkillWriting } from "@/components/skill-writing";
import type { Article, Publication, Talk } from "@/lib/content";

afterEach(cleanup);

const page = { formerSlugs: [], html: "<p>Text.</p>", source: "x.md", skills: [], featured: false };
const article: Article = {
  ...page,
  kind: "article",
  slug: "outbox",
  title: "The outbox pattern",
  date: { year: 2024, month: 2, iso: "2024-02" },
  summary: "SQL.",
  tags: [],
};
const publication: Publication = {
  ...page,
  kind: "publication",
  slug: "paper",
  title: "Exactly once",
  authors: ["Jo Doe", "Ada Lovelace"],
  abstract: "Found.",
  venue: "SoCC",
};
const talk: Talk = { ...page, kind: "talk", slug: "idempotency", title: "Idempotency", event: "KubeCon", location: "Paris", summary: "On consumers." };

describe("SkillWriting", () => {
  it("shows what was written, published and said about a skill, each linked to its page", () => {
    render(<SkillWriting skill={{ articles: [article], publications: [publication], talks: [talk] }} />);
    expect(screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent)).toEqual(["Written about", "Published", "Talks"]);
    expect(screen.getByRole("link", { name: "The outbox pattern" }).getAttribute("href")).toBe("/writing/outbox/");
    expect(screen.getByRole("link", { name: "Exactly once" }).getAttribute("href")).toBe("/publications/paper/");
    expect(screen.getByRole("link", { name: "Idempotency" }).getAttribute("href")).toBe("/talks/idempotency/");
    expect(screen.getByText("Jo Doe and Ada Lovelace")).toBeTruthy();
    expect(screen.getByText(/KubeCon · Paris/)).toBeTruthy();
    expect(screen.getByText(/1 min read/)).toBeTruthy();
  });

  it("shows nothing for a skill nobody wrote or spoke about", () => {
    const { container } = render(<SkillWriting skill={{ articles: [], publications: [], talks: [] }} />);
    expect(container.textContent).toBe("");
  });
});
