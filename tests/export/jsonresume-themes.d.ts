/** The two published JSON Resume themes the résumé is rendered through in tests/e2e/resume-files.spec.ts. */
declare module "jsonresume-theme-elegant" {
  export function render(resume: unknown): string;
}
