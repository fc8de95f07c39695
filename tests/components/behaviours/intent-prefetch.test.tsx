// @vitest-environment happy-dom
/** Fetching pages ahead: on the visitor's intent, for pages of this site only, and never on a slow or metered line. */
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { intentPrefetch } from "@/components/behaviours/intent-prefetch";
import { removeListenersAfterEach } from "./listeners";

function setConnection(connection: { saveData?: boolean; effectiveType?: string } | undefined) {
  Object.defineProperty(navigator, "connection", { value: connection, configurable: true });
}

const prefetched = () => [...document.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]')].map((link) => new URL(link.href).pathname);

function renderPage(basePath = "") {
  render(
    <>
      <a href={`${basePath}/skills/go/`}>Go</a>
      <a href={`${basePath}/resume.pdf`}>Résumé as PDF</a>
      <a href="https://elsewhere.example/">Elsewhere</a>
      <a href={`${basePath}/projects/`} target="_blank" rel="noopener">
        Projects in a new tab
      </a>
    </>,
  );
  intentPrefetch();
}

removeListenersAfterEach();
beforeEach(() => {
  setConnection({ effectiveType: "4g" });
  // The page these links are on: none of them (files share a document, and another test may have left it elsewhere).
  history.replaceState(null, "", "/");
});
afterEach(() => {
  cleanup();
  for (const link of document.querySelectorAll('link[rel="prefetch"]')) link.remove();
});

describe("intentPrefetch", () => {
  it("fetches a page ahead when the pointer reaches its link, or focus does, once", () => {
    renderPage("/portfolio");
    fireEvent.pointerOver(screen.getByText("Go"));
    expect(prefetched()).toEqual(["/portfolio/skills/go/"]);
    fireEvent.focusIn(screen.getByText("Go"));
    expect(prefetched()).toEqual(["/portfolio/skills/go/"]);
  });

  it("fetches the page a drawing's link leads to", () => {
    render(
      <svg role="img" aria-label="Radar">
        <a href="/skills/go/">
          <circle r="4" aria-label="Go" />
        </a>
      </svg>,
    );
    intentPrefetch();
    fireEvent.pointerOver(screen.getByLabelText("Go"));
    expect(prefetched()).toEqual(["/skills/go/"]);
  });

  it("leaves files, other sites and new tabs alone", () => {
    renderPage();
    for (const name of ["Résumé as PDF", "Elsewhere", "Projects in a new tab"]) fireEvent.pointerOver(screen.getByText(name));
    expect(prefetched()).toEqual([]);
  });

  it("fetches nothing ahead for a visitor who saves data or is on a 2G connection", () => {
    for (const connection of [{ saveData: true, effectiveType: "4g" }, { effectiveType: "2g" }, { effectiveType: "slow-2g" }]) {
      setConnection(connection);
      renderPage();
      fireEvent.pointerOver(screen.getByText("Go"));
      cleanup();
    }
    expect(prefetched()).toEqual([]);
  });
});
