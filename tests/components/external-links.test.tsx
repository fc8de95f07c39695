// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import { ExternalLinks } from "@/components/external-links";

afterEach(cleanup);

it("shows only the links the content gives, and nothing when it gives none", () => {
  render(
    <ExternalLinks
      links={[
        { label: "Slides", url: "https://example.com/slides" },
        { label: "Recording", url: undefined },
      ]}
    />,
  );
  expect(screen.getAllByRole("link").map((link) => [link.textContent, link.getAttribute("href")])).toEqual([["Slides", "https://example.com/slides"]]);
  cleanup();
  const { container } = render(<ExternalLinks links={[{ label: "Recording", url: undefined }]} />);
  expect(container.innerHTML).toBe("");
});
