#!/bin/sh
# Rebuild both editions from content/ and publish them: what the daily timer runs
# (school-rules-rebuild.service; README.md, "Deploying"). A failed build publishes nothing: the
# site stays as it was, and the error is in `journalctl -u school-rules-rebuild`.
#   deploy/rebuild.sh [deploy/site.env]
set -eu
cd "$(dirname "$0")/.."
npm run build
npm run build:staff
deploy/publish.sh "$@"
