import { routes } from "@/lib/routes";
import { basePath } from "@/lib/site-config";

/**
 * The site's behaviours in the browser (components/behaviours/site.ts), as a
 * file the browser runs once the page is parsed: inline, they ran before the
 * first paint on every page, and every page carried them again.
 */
export function SiteBehaviours() {
  return <script src={`${basePath}${routes.siteScript}`} defer />;
}
