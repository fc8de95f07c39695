// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SiteHeader } from "@/components/site-header";

afterEach(cleanup);

const navLinks = () =>
  screen
    .getAllByRole("link")
    .map((link) => link.textContent)
    .slice(1);

describe("SiteHeader", () => {
  it("leads home by the owner's name and offers the sections it is given, in order", () => {
    const sections = [
      { href: "/skills/", label: "Skills" },
      { href: "/writing/", label: "Writing" },
      { href: "/resume/", label: "Résumé" },
    ];
    render(<SiteHeader brand="Jane Doe" sections={sections} theme="system" />);
    expect(screen.getByRole("link", { name: "Jane Doe" }).getAttribute("href")).toBe("/");
    expect(navLinks()).toEqual(["Skills", "Writing", "Résumé"]);
  });
});
