// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ContactLinks } from "@/components/contact-links";
import type { Profile } from "@/lib/content";

afterEach(cleanup);

const profile: Profile = { headline: "Engineer", summary: "Builds things.", links: [], html: "" };

describe("ContactLinks", () => {
  it("renders nothing when the profile gives no way to get in touch", () => {
    const { container } = render(<ContactLinks profile={profile} />);
    expect(container.innerHTML).toBe("");
  });

  it("offers the e-mail address and every link", () => {
    render(<ContactLinks profile={{ ...profile, email: "jane@example.com", links: [{ label: "GitHub", url: "https://github.com/jane" }] }} />);
    expect(screen.getByRole("link", { name: "Email: jane@example.com" }).getAttribute("href")).toBe("mailto:jane@example.com");
    expect(screen.getByRole("link", { name: "GitHub" }).getAttribute("href")).toBe("https://github.com/jane");
  });
});
