/**
 * The one way to build with the markdown sanitizer off, for the test that
 * proves the Content-Security-Policy blocks what the sanitizer would have
 * removed (tests/e2e/csp-defence.once.spec.ts, built by scripts/build-unsanitized-site.sh).
 *
 * TEST ONLY. Two variables must agree, so that neither a stray
 * `UNSAFE_DISABLE_SANITIZER=1` nor a copied half of the command turns it off:
 *   UNSAFE_DISABLE_SANITIZER=1 UNSAFE_DISABLE_SANITIZER_CONFIRM=test-build-only
 * The first alone fails the build. When both are set, the build says so loudly.
 */
export const SANITIZER_CONFIRMATION = "test-build-only";

export interface SanitizerSwitch {
  disabled: boolean;
  /** Printed by the build when the sanitizer is off. */
  warning?: string[];
  /** The variables as they enter the build ID: an unsanitized build is a different build. */
  inputs: Record<string, string | undefined>;
}

export function sanitizerSwitch(env: Readonly<Record<string, string | undefined>>): SanitizerSwitch {
  const requested = Boolean(env.UNSAFE_DISABLE_SANITIZER);
  const inputs = { UNSAFE_DISABLE_SANITIZER: env.UNSAFE_DISABLE_SANITIZER, UNSAFE_DISABLE_SANITIZER_CONFIRM: env.UNSAFE_DISABLE_SANITIZER_CONFIRM };
  if (!requested) return { disabled: false, inputs };
  if (env.UNSAFE_DISABLE_SANITIZER_CONFIRM !== SANITIZER_CONFIRMATION) {
    throw new Error(
      `UNSAFE_DISABLE_SANITIZER is set, but the markdown sanitizer stays on unless UNSAFE_DISABLE_SANITIZER_CONFIRM=${SANITIZER_CONFIRMATION} is set too. ` +
        "It exists only for the CSP defence-in-depth test; never publish such a build.",
    );
  }
  return {
    disabled: true,
    inputs,
    warning: [
      "THE MARKDOWN SANITIZER IS OFF (UNSAFE_DISABLE_SANITIZER): raw HTML and scripts from content/ reach the pages.",
      "This build is for the CSP defence-in-depth test only. Do not publish it.",
    ],
  };
}
