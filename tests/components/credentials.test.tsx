// @vitest-environment happy-dom
import { cleanup, render, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CertificationList, HonourList } from "@/components/credentials";
import type { Certification, Honour } from "@/lib/content";
import { skill } from "./records";

afterEach(cleanup);

const common = { slug: "x", html: "", source: "content/x.md", skills: [skill()] };

describe("credentials", () => {
  it("show an honour by name, awarder and date, with its announcement and the skills it recognises", () => {
    const honour = {
      ...common,
      kind: "honour",
      title: "Best Mobile App",
      awarder: "DACH Developer Awards",
      date: { year: 2024, month: 11, iso: "2024-11" },
      url: "https://awards.example/2024",
    } as Honour;
    const { container } = render(<HonourList honours={[honour]} />);
    const card = container.querySelector<HTMLElement>("#honour-x")!;
    expect(within(card).getByRole("heading", { level: 3 }).textContent).toBe("Best Mobile App");
    expect(within(card).getByText("DACH Developer Awards")).toBeTruthy();
    expect(card.querySelector("time")?.getAttribute("datetime")).toBe("2024-11");
    expect(within(card).getByRole("link", { name: "Announcement Best Mobile App" }).getAttribute("href")).toBe("https://awards.example/2024");
    expect(within(card).getByRole("list", { name: "Skills recognised by Best Mobile App" })).toBeTruthy();
  });

  it("show a certificate by its issuer, with a way to verify it, and nothing for what it lacks", () => {
    const certificate = { ...common, kind: "certification", title: "CKA", issuer: "CNCF", skills: [] } as unknown as Certification;
    const { container } = render(<CertificationList certifications={[certificate]} />);
    const card = container.querySelector<HTMLElement>("#certification-x")!;
    expect(within(card).getByText("CNCF")).toBeTruthy();
    expect(within(card).queryByRole("link")).toBeNull();
    expect(card.querySelector("time")).toBeNull();
  });
});
