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
  it("leads home by the owner's name and offers every section", () => {
    render(<SiteHeader brand="Jane Doe" has={{ projects: true, achievements: true, writing: true, publications: true, talks: true, experience: true }} />);
    expect(screen.getByRole("link", { name: "Jane Doe" }).getAttribute("href")).toBe("/");
    expect(navLinks()).toEqual(["Skills", "Projects", "Results", "Writing", "Publications", "Talks", "Experience", "Résumé"]);
  });

  it("leaves out sections the site has nothing in", () => {
    render(
      <SiteHeader brand="Jane Doe" has={{ projects: false, achievements: false, writing: false, publications: false, talks: false, experience: false }} />,
    );
    expect(navLinks()).toEqual(["Skills", "Résumé"]);
  });
});
