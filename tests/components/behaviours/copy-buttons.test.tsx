// @vitest-environment happy-dom
/** Copy buttons: what a press copies and what the status beside the button says. */
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { copyButtons } from "@/components/behaviours/copy-buttons";
import { CopyLinkButton } from "@/components/copy-link-button";
import { removeListenersAfterEach } from "./listeners";

const labels = { copy: "Copy link", copied: "Link copied", failed: "Could not copy" };

function clipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, "clipboard", { value: { writeText: vi.fn(writeText) }, configurable: true });
  return navigator.clipboard.writeText;
}

removeListenersAfterEach();
afterEach(cleanup);

describe("copy buttons", () => {
  it("copy the page's address without query or fragment, and say so", async () => {
    const write = clipboard(async () => {});
    history.replaceState(null, "", "/skills/go/?q=x#top");
    render(<CopyLinkButton labels={labels} />);
    copyButtons();
    fireEvent.click(screen.getByRole("button", { name: "Copy link" }));
    await vi.waitFor(() => expect(screen.getByRole("status").textContent).toBe("Link copied"));
    expect(write).toHaveBeenCalledWith(`${location.origin}/skills/go/`);
  });

  it("copy the text they are given", async () => {
    const write = clipboard(async () => {});
    render(<CopyLinkButton text="@article{x}" labels={labels} />);
    copyButtons();
    fireEvent.click(screen.getByRole("button"));
    await vi.waitFor(() => expect(write).toHaveBeenCalledWith("@article{x}"));
  });

  it("say when the browser refused, and clear the message after a moment", async () => {
    clipboard(async () => {
      throw new Error("denied");
    });
    vi.useFakeTimers();
    try {
      render(<CopyLinkButton labels={labels} />);
      copyButtons();
      fireEvent.click(screen.getByRole("button"));
      await vi.waitFor(() => expect(screen.getByRole("status").textContent).toBe("Could not copy"));
      vi.advanceTimersByTime(3000);
      expect(screen.getByRole("status").textContent).toBe("");
    } finally {
      vi.useRealTimers();
    }
  });
});
