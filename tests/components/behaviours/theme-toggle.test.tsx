// @vitest-environment happy-dom
/** The header's theme button: the markup rendered at build time, and what a press does in the browser. */
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { themeToggle } from "@/components/behaviours/theme-toggle";
import { ThemeToggle } from "@/components/theme-toggle";
import { THEME_STORAGE_KEY } from "@/lib/look/themes";
import { removeListenersAfterEach } from "./listeners";

const labels = { label: "Theme: {theme}. Switch to {next}", title: "Theme: {theme}", themes: { system: "system", light: "light", dark: "dark" } };
const toggle = () => screen.getByRole("button");
const start = () => themeToggle();

removeListenersAfterEach();
beforeEach(() => {
  localStorage.clear();
  document.documentElement.className = "";
});
afterEach(cleanup);

describe("the theme toggle", () => {
  it("is named for the owner's default until the visitor chooses", () => {
    render(<ThemeToggle initial="dark" labels={labels} />);
    start();
    expect(toggle().getAttribute("aria-label")).toBe("Theme: dark. Switch to system");
    expect(toggle().title).toBe("Theme: dark");
  });

  it("is named for the visitor's stored choice", () => {
    localStorage.setItem(THEME_STORAGE_KEY, "light");
    render(<ThemeToggle initial="system" labels={labels} />);
    start();
    expect(toggle().getAttribute("aria-label")).toBe("Theme: light. Switch to dark");
  });

  it("cycles system, light, dark: the class on <html>, the stored choice and the button's name follow", () => {
    render(<ThemeToggle initial="system" labels={labels} />);
    start();
    const seen = [1, 2, 3].map(() => {
      fireEvent.click(toggle());
      return [document.documentElement.className, localStorage.getItem(THEME_STORAGE_KEY), toggle().getAttribute("aria-label")];
    });
    expect(seen).toEqual([
      ["light", "light", "Theme: light. Switch to dark"],
      ["dark", "dark", "Theme: dark. Switch to system"],
      ["", "system", "Theme: system. Switch to light"],
    ]);
  });

  it("still switches the page, and names the button for it, where storage is refused", () => {
    render(<ThemeToggle initial="system" labels={labels} />);
    vi.spyOn(localStorage, "setItem").mockImplementation(() => {
      throw new Error("refused");
    });
    start();
    fireEvent.click(toggle());
    expect(document.documentElement.className).toBe("light");
    expect(toggle().getAttribute("aria-label")).toBe("Theme: light. Switch to dark");
  });
});
