/** The test-only switch that turns the markdown sanitizer off cannot be flipped by accident. */
import { describe, expect, it } from "vitest";
import { SANITIZER_CONFIRMATION, sanitizerSwitch } from "@/lib/content/sanitizer-switch";

describe("sanitizerSwitch", () => {
  it("keeps the sanitizer on by default", () => {
    expect(sanitizerSwitch({}).disabled).toBe(false);
  });

  it("refuses UNSAFE_DISABLE_SANITIZER without its confirmation", () => {
    expect(() => sanitizerSwitch({ UNSAFE_DISABLE_SANITIZER: "1" })).toThrow(/UNSAFE_DISABLE_SANITIZER_CONFIRM/);
    expect(() => sanitizerSwitch({ UNSAFE_DISABLE_SANITIZER: "1", UNSAFE_DISABLE_SANITIZER_CONFIRM: "yes" })).toThrow();
  });

  it("turns it off with both variables, and says so loudly", () => {
    const result = sanitizerSwitch({ UNSAFE_DISABLE_SANITIZER: "1", UNSAFE_DISABLE_SANITIZER_CONFIRM: SANITIZER_CONFIRMATION });
    expect(result.disabled).toBe(true);
    expect(result.warning?.join(" ")).toMatch(/SANITIZER IS OFF.*Do not publish/s);
  });
});
