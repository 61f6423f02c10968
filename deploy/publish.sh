#!/bin/sh
# Publish the built editions (dist/public and dist/staff) to the web server's folders and let
# nginx know (README.md, "Deploying"). Run it as root after `npm run build && npm run build:staff`:
#   deploy/publish.sh [--no-reload] [deploy/site.env]
#
# Each edition is copied (the files themselves, not the link dist/<edition> is) into a new folder
# WEB_ROOT/.builds/<edition>-<time>, its text files are compressed once (the .gz files nginx
# sends), and WEB_ROOT/<edition> is switched to it in one rename, so visitors never meet a
# half-copied site. The copy before stays as it was; older ones are removed. Then the
# Content-Security-Policy is worked out from the published pages into WEB_ROOT/csp.conf and
# nginx reloads it (--no-reload: leave nginx alone; the deployment test uses its own nginx).
set -eu
# nginx lives in /usr/sbin, which cron's PATH leaves out.
PATH=$PATH:/usr/sbin:/sbin
here=$(cd "$(dirname "$0")" && pwd)
project=$(dirname "$here")
reload=yes
if [ "${1:-}" = --no-reload ]; then
  reload=no
  shift
fi
env_file=${1:-$here/site.env}
[ -f "$env_file" ] || { echo "No $env_file: copy deploy/site.env.example to deploy/site.env and edit it." >&2; exit 1; }
WEB_ROOT=
. "$env_file"
case $WEB_ROOT in /?*) ;; *) echo "$env_file: WEB_ROOT must be a full path (starting with /)." >&2; exit 1 ;; esac

# The project's own Node.js (npm install puts it there), else the system's.
node="$project/node_modules/.bin/node"
[ -x "$node" ] || node=node

for edition in public staff; do
  [ -f "$project/dist/$edition/index.html" ] || {
    echo "dist/$edition is not built: run \"npm run build && npm run build:staff\" first." >&2
    exit 1
  }
done

mkdir -p "$WEB_ROOT/.builds"
chmod 755 "$WEB_ROOT" "$WEB_ROOT/.builds"
stamp=$(date +%Y%m%dT%H%M%S)-$$
for edition in public staff; do
  new="$WEB_ROOT/.builds/$edition-$stamp"
  cp -RL "$project/dist/$edition" "$new"
  chmod -R u=rwX,go=rX "$new"
  find "$new" -type f \( -name '*.html' -o -name '*.css' -o -name '*.js' -o -name '*.json' -o -name '*.svg' \
    -o -name '*.xml' -o -name '*.txt' \) -exec gzip -9 -k -n -f {} +

  link="$WEB_ROOT/$edition"
  # A real folder left from copying by hand is moved aside first (once).
  if [ -d "$link" ] && [ ! -L "$link" ]; then mv "$link" "$WEB_ROOT/.builds/$edition-0-by-hand"; fi
  previous=$(readlink "$link" 2>/dev/null || true)
  ln -s ".builds/$edition-$stamp" "$WEB_ROOT/.$edition.new"
  mv -T "$WEB_ROOT/.$edition.new" "$link"

  for old in "$WEB_ROOT/.builds/$edition"-*; do
    case $old in "$new" | "$WEB_ROOT/$previous") ;; *) rm -rf "$old" ;; esac
  done
  echo "Published dist/$edition to $link"
done

"$node" "$project/scripts/csp.mjs" --nginx "$WEB_ROOT/public" "$WEB_ROOT/staff" > "$WEB_ROOT/.csp.conf.new"
chmod 644 "$WEB_ROOT/.csp.conf.new"
if cmp -s "$WEB_ROOT/.csp.conf.new" "$WEB_ROOT/csp.conf"; then
  rm "$WEB_ROOT/.csp.conf.new"
  changed=no
else
  mv "$WEB_ROOT/.csp.conf.new" "$WEB_ROOT/csp.conf"
  changed=yes
  echo "Wrote $WEB_ROOT/csp.conf"
fi

if [ "$reload" = yes ] && [ "$changed" = yes ]; then
  if nginx -t -q; then
    nginx -s reload && echo "nginx reloaded" || echo "Could not reload nginx: is it running? (systemctl start nginx)" >&2
  else
    echo "nginx -t found a problem (above); nginx was not reloaded." >&2
    exit 1
  fi
fi
