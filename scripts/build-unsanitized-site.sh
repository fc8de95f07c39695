#!/bin/sh
# TEST ONLY. Builds the fixture site (tests/fixtures/site, whose skills/scala.md
# holds hostile markdown) with the markdown sanitizer turned OFF, into
# .test-sites/unsanitized/ (or the folder given as $1), for
# tests/e2e/csp-defence.once.spec.ts: it proves that the Content-Security-Policy
# alone blocks the inline script and the event handler the sanitizer would
# have removed. Never publish its output.
#
# Usage: sh scripts/build-unsanitized-site.sh [folder]
# Like every build, it replaces out/ while it runs.
set -eu
dest="${1:-.test-sites/unsanitized}"

CONTENT_DIR=tests/fixtures/site \
SITE_URL=https://unsanitized.example \
BASE_PATH= \
UNSAFE_DISABLE_SANITIZER=1 \
UNSAFE_DISABLE_SANITIZER_CONFIRM=test-build-only \
  npm run --silent build

rm -rf "$dest"
mkdir -p "$(dirname "$dest")"
mv out "$dest"
echo "Unsanitized test build (never publish it): $dest"
