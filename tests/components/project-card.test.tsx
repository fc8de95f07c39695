// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ProjectCard } from "@/components/project-card";
import { achievement, project, skill } from "./records";

afterEach(cleanup);

describe("ProjectCard", () => {
  it("shows the context, the key figure and the stack, each linked", () => {
    render(
      <ProjectCard
        project={project({
          context: "company",
          organization: "Acme Inc",
          achievements: [achievement({ figure: "$1M", metric: "processed a month", slug: "volume" })],
          skills: [skill({ slug: "python", title: "Python" })],
        })}
      />,
    );
    expect(screen.getByText("Company · Acme Inc")).toBeTruthy();
    expect(screen.getByRole("link", { name: /\$1M/ }).getAttribute("href")).toBe("/achievements/volume/");
    const stack = screen.getByRole("list", { name: "Skills used in Payments platform" });
    expect(within(stack).getByRole("link", { name: "Python" }).getAttribute("href")).toBe("/skills/python/");
  });

  it("does not say the kind twice when the organisation's name already does", () => {
    render(<ProjectCard project={project({ context: "lab", organization: "Robotics Lab" })} />);
    expect(screen.getByText("Robotics Lab")).toBeTruthy();
    expect(screen.queryByText(/Lab · Robotics Lab/)).toBeNull();
  });

  it("leads with the project's picture when it has one, as AVIF and WebP with its size, loaded lazily", () => {
    const asset = {
      file: "content/projects/shot.png",
      absolute: "/x/shot.png",
      format: "png" as const,
      width: 1600,
      height: 900,
      hash: "0123456789abcdef",
      stem: "shot",
    };
    const { container } = render(<ProjectCard project={project({ image: { asset, alt: "The dashboard" } })} />);
    const image = screen.getByRole("img", { name: "The dashboard" });
    expect([image.getAttribute("width"), image.getAttribute("height"), image.getAttribute("loading")]).toEqual(["1600", "900", "lazy"]);
    expect(image.getAttribute("srcset")).toMatch(/\/images\/shot-0123456789abcdef-480\.webp 480w, .*-1600\.webp 1600w$/);
    expect(container.querySelector('picture source[type="image/avif"]')?.getAttribute("srcset")).toMatch(/-1600\.avif 1600w$/);
  });

  it("reads well without context, results or skills", () => {
    const { container } = render(<ProjectCard project={project()} />);
    expect(screen.getByRole("link", { name: "Payments platform" })).toBeTruthy();
    expect(container.querySelectorAll("a")).toHaveLength(1);
  });
});
