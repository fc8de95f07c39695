// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ContactDetails } from "@/components/contact-details";
import type { Profile } from "@/lib/content";
import { lookSchema } from "@/lib/content/schema";

afterEach(cleanup);

const profile: Profile = { headline: "Engineer", summary: "Builds things.", links: [], languages: [], look: lookSchema.parse({}), html: "" };

describe("ContactDetails", () => {
  it("renders nothing when the profile gives no way to get in touch", () => {
    const { container } = render(<ContactDetails profile={profile} />);
    expect(container.innerHTML).toBe("");
  });

  it("offers the e-mail address and every link", () => {
    render(<ContactDetails profile={{ ...profile, email: "jane@example.com", links: [{ label: "GitHub", url: "https://github.com/jane" }] }} />);
    expect(screen.getByRole("link", { name: "Email: jane@example.com" }).getAttribute("href")).toBe("mailto:jane@example.com");
    expect(screen.getByRole("link", { name: "GitHub" }).getAttribute("href")).toBe("https://github.com/jane");
  });

  it("offers the owner's own website first among the links, and alone when it is all there is", () => {
    const links = [{ label: "GitHub", url: "https://github.com/jane" }];
    const { container } = render(<ContactDetails profile={{ ...profile, website: "https://jane.example/", links }} />);
    expect([...container.querySelectorAll("a")].map((link) => [link.textContent, link.getAttribute("href")])).toEqual([
      ["Website", "https://jane.example/"],
      ["GitHub", "https://github.com/jane"],
    ]);
    cleanup();
    render(<ContactDetails profile={{ ...profile, website: "https://jane.example/" }} />);
    expect(screen.getByRole("link", { name: "Website" }).getAttribute("href")).toBe("https://jane.example/");
  });

  it("shows the location with the other details, as text rather than a link", () => {
    const { container } = render(<ContactDetails profile={{ ...profile, location: "Kraków, Poland", email: "jane@example.com" }} />);
    const items = [...container.querySelectorAll("li")].map((item) => item.textContent);
    expect(items).toEqual(["Location: Kraków, Poland", "jane@example.com"]);
    expect(screen.queryByRole("link", { name: /Kraków/ })).toBeNull();
  });

  it("says which languages the owner speaks, with the fluency they give, after the ways to write to them", () => {
    const languages = [{ language: "English", fluency: "native" }, { language: "German" }];
    const { container } = render(<ContactDetails profile={{ ...profile, email: "jane@example.com", languages }} />);
    const items = [...container.querySelectorAll("li")].map((item) => item.textContent);
    expect(items).toEqual(["jane@example.com", "Speaks English (native), German"]);
    // Languages alone are still something to show.
    cleanup();
    render(<ContactDetails profile={{ ...profile, languages }} />);
    expect(screen.getByText("Speaks English (native), German")).toBeTruthy();
  });

  it("shows a location alone, when that is all the profile gives", () => {
    render(<ContactDetails profile={{ ...profile, location: "Remote" }} />);
    expect(screen.getByText("Remote")).toBeTruthy();
  });
});
