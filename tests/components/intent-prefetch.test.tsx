// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { IntentPrefetch } from "@/components/intent-prefetch";

const prefetch = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ prefetch }) }));

function setConnection(connection: { saveData?: boolean; effectiveType?: string } | undefined) {
  Object.defineProperty(navigator, "connection", { value: connection, configurable: true });
}

function renderPage(basePath = "") {
  render(
    <>
      <a href={`${basePath}/skills/go/`}>Go</a>
      <a href={`${basePath}/resume.pdf`}>Résumé as PDF</a>
      <a href="https://elsewhere.example/">Elsewhere</a>
      <a href={`${basePath}/projects/`} target="_blank" rel="noopener">
        Projects in a new tab
      </a>
      <IntentPrefetch basePath={basePath} />
    </>,
  );
}

beforeEach(() => {
  prefetch.mockClear();
  setConnection({ effectiveType: "4g" });
});
afterEach(cleanup);

describe("IntentPrefetch", () => {
  it("fetches a page ahead when the pointer reaches its link, or focus does", () => {
    renderPage();
    fireEvent.pointerOver(screen.getByText("Go"));
    expect(prefetch).toHaveBeenCalledWith("/skills/go/");
    prefetch.mockClear();
    fireEvent.focusIn(screen.getByText("Go"));
    expect(prefetch).toHaveBeenCalledWith("/skills/go/");
  });

  it("asks the router for the route without the base path the link carries", () => {
    renderPage("/portfolio");
    fireEvent.pointerOver(screen.getByText("Go"));
    expect(prefetch).toHaveBeenCalledWith("/skills/go/");
  });

  it("leaves files, other sites and new tabs alone", () => {
    renderPage();
    for (const name of ["Résumé as PDF", "Elsewhere", "Projects in a new tab"]) fireEvent.pointerOver(screen.getByText(name));
    expect(prefetch).not.toHaveBeenCalled();
  });

  it("fetches nothing ahead for a visitor who saves data or is on a 2G connection", () => {
    for (const connection of [{ saveData: true, effectiveType: "4g" }, { effectiveType: "2g" }, { effectiveType: "slow-2g" }]) {
      setConnection(connection);
      renderPage();
      fireEvent.pointerOver(screen.getByText("Go"));
      cleanup();
    }
    expect(prefetch).not.toHaveBeenCalled();
  });
});
