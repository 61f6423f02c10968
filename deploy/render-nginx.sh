#!/bin/sh
# Write the nginx configuration of the site, from deploy/school-rules.conf.template and the
# values in deploy/site.env (README.md, "Deploying"):
#   deploy/render-nginx.sh [deploy/site.env] > /etc/nginx/sites-available/school-rules.conf
set -eu
here=$(cd "$(dirname "$0")" && pwd)
env_file=${1:-$here/site.env}
[ -f "$env_file" ] || { echo "No $env_file: copy deploy/site.env.example to deploy/site.env and edit it." >&2; exit 1; }
PUBLIC_NAME= STAFF_NAME= PUBLIC_LISTEN= STAFF_LISTEN= WEB_ROOT= HTPASSWD= STAFF_ALLOW= STAFF_SATISFY=all
. "$env_file"

for name in PUBLIC_NAME STAFF_NAME PUBLIC_LISTEN STAFF_LISTEN WEB_ROOT HTPASSWD; do
  eval "value=\${$name}"
  [ -n "$value" ] || { echo "$env_file: $name is empty." >&2; exit 1; }
  case $value in *[\;\{\}\'\"\$\|\\\&]*) echo "$env_file: $name may not contain ; { } quotes \$ | \\ or &." >&2; exit 1 ;; esac
done
case $WEB_ROOT in /*) ;; *) echo "$env_file: WEB_ROOT must be a full path (starting with /)." >&2; exit 1 ;; esac
case $HTPASSWD in /*) ;; *) echo "$env_file: HTPASSWD must be a full path (starting with /)." >&2; exit 1 ;; esac
case $STAFF_SATISFY in all | any) ;; *) echo "$env_file: STAFF_SATISFY must be all or any." >&2; exit 1 ;; esac

# The staff edition's network allow-list, as nginx lines (nothing when STAFF_ALLOW is empty).
access=""
if [ -n "$STAFF_ALLOW" ]; then
  access="    satisfy $STAFF_SATISFY;"
  for net in $STAFF_ALLOW; do
    case $net in *[!0-9a-fA-F.:/]*) echo "$env_file: STAFF_ALLOW: \"$net\" is not an address or network." >&2; exit 1 ;; esac
    access="$access\\n    allow $net;"
  done
  access="$access\\n    deny all;"
fi

# The values hold no | or \ (checked above), so they are safe in these sed expressions.
sed -e "s|@PUBLIC_NAME@|$PUBLIC_NAME|g" \
  -e "s|@STAFF_NAME@|$STAFF_NAME|g" \
  -e "s|@PUBLIC_LISTEN@|$PUBLIC_LISTEN|g" \
  -e "s|@STAFF_LISTEN@|$STAFF_LISTEN|g" \
  -e "s|@WEB_ROOT@|$WEB_ROOT|g" \
  -e "s|@HTPASSWD@|$HTPASSWD|g" \
  -e "s|^ *@STAFF_ACCESS@\$|$access|" \
  "$here/school-rules.conf.template"
