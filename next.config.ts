import type { NextConfig } from "next";
import { basePath } from "./lib/site-config";

const nextConfig: NextConfig = {
  output: "export",
  // Every page becomes `route/index.html`, which any static host serves without rewrites.
  trailingSlash: true,
  basePath,
  images: { unoptimized: true },
  poweredByHeader: false,
};

export default nextConfig;
