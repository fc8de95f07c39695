# Builds the static export and serves it with nginx, as a non-root user on port 8080.
#
#   docker build -t portfolio --build-arg SITE_URL=https://example.com .
#   docker run --rm -p 8080:8080 portfolio      # http://localhost:8080/
#
# The image serves the site at the root of the host. Leave BASE_PATH empty here:
# it is for hosts that serve the folder under a sub-path (a GitHub Pages project
# site, see .github/workflows/pages.yml); deploy/nginx.conf does not add a prefix.

# ---- build: npm ci, then `npm run build` (content check + next build) into /app/out
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1

COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

COPY . .

# Public origin for canonical URLs, preview images, sitemap.xml and robots.txt.
ARG SITE_URL=http://localhost:8080
ARG BASE_PATH=""
ENV SITE_URL=${SITE_URL} \
    BASE_PATH=${BASE_PATH}
RUN npm run build

# ---- serve: nginx as an unprivileged user (uid 101), listening on 8080
FROM nginxinc/nginx-unprivileged:1.28-alpine

COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/out /usr/share/nginx/html

EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1:8080/ || exit 1
