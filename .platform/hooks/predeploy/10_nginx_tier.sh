#!/usr/bin/env bash
# Writes the tier-specific part of nginx's configuration, chosen by BEANPRESS_TIER, before nginx restarts.
#
# One bundle serves both environments, and .platform/nginx/ is copied to both. The static file
# .platform/nginx/conf.d/elasticbeanstalk/10_beanpress_tier.conf includes /var/lib/beanpress/nginx/*.conf inside the
# port-80 server block; this hook puts exactly one file there. Elastic Beanstalk's order on each instance: copy
# .platform/nginx, container_commands, predeploy hooks (this one), start the Procfile process, test and restart
# nginx, postdeploy hooks. A configuration-only deployment (eb setenv, eb config) runs
# .platform/confighooks/predeploy/, which runs this file.
#
# Reads (environment properties):
#   BEANPRESS_TIER                  web | worker; anything else fails the deployment here, before the app starts
#   BEANPRESS_MEDIA_MAXUPLOADSIZE   web: the application's upload limit in Spring's notation (20MB by default);
#                                   nginx's client_max_body_size is set to the same number of bytes
#   BEANPRESS_STORAGE_ROOT          web: the EFS storage root (/efs/beanpress) that /media/variants/ is served from
# The numbers on the worker follow the aws:elasticbeanstalk:sqsd options in the worker saved configurations.
set -euo pipefail

readonly NAME=beanpress-nginx
# shellcheck source=SCRIPTDIR/../hook-functions.sh
source "$(dirname "${BASH_SOURCE[0]}")/../hook-functions.sh"
readonly SNIPPET_DIR=/var/lib/beanpress/nginx
# Worker daemon (sqsd): InactivityTimeout 600 s in the worker saved configs; nginx must wait longer than the daemon,
# or it answers 504 (at its default 60 s) while a periodic task is still running.
readonly WORKER_PROXY_READ_TIMEOUT=660s

# Spring's DataSize notation (20MB, 512KB, 1GB, 1048576) to nginx's size (20m, 512k, 1g, 1048576). Both use
# binary units (1MB = 1024 KB), so the limits are equal to the byte.
nginx_size() {
	local value=${1^^} number unit
	[[ $value =~ ^([0-9]+)(B|KB|MB|GB|TB)?$ ]] || return 1
	number=${BASH_REMATCH[1]}
	unit=${BASH_REMATCH[2]}
	case "$unit" in
	"" | B) echo "$number" ;;
	KB) echo "${number}k" ;;
	MB) echo "${number}m" ;;
	GB) echo "${number}g" ;;
	TB) echo "$((number * 1024))g" ;;
	esac
}

web_snippet() {
	local upload_limit=$1 storage_root=$2 upload_setting=$3
	cat <<EOF
# Beanpress web tier: written by .platform/hooks/predeploy/10_nginx_tier.sh (BEANPRESS_TIER=web). Do not edit.

# Uploads: the same limit as the application (BEANPRESS_MEDIA_MAXUPLOADSIZE=${upload_setting}), which applies it to
# the whole multipart request too, so nginx never refuses what the application would accept. nginx reads the body
# completely (to its temporary files on local disk) before passing it on, so slow clients hold no application thread.
client_max_body_size ${upload_limit};

# HTTPS only: the load balancer (test, prod) terminates TLS on 443 and forwards plain HTTP from 80 as well; it says
# which one a request came in on in X-Forwarded-Proto, and what came in over HTTP is sent to the same URL over
# HTTPS before it reaches the application. The load balancer's own health checks carry no such header, nor does
# anything on dev's single instance (no load balancer; see infra/README.md for TLS there), so they are served.
if (\$http_x_forwarded_proto = "http") {
    return 301 https://\$host\$request_uri;
}

# Under the load balancer's idle timeout (aws:elbv2:loadbalancer IdleTimeout 50 s in the web saved configs), so
# that a slow answer ends as nginx's 504, which the health agent sees, rather than a dropped connection. Requests
# take milliseconds; an upload of the largest size is written to EFS in a second or two.
proxy_connect_timeout 5s;
proxy_send_timeout 45s;
proxy_read_timeout 45s;

# /media/variants/<key> is <storage root>/variants/<key>, served straight from EFS. Keys name their content (they hold
# its hash), so a response may be cached for a year. Only well-formed keys are served (the same rule as the
# application's key pattern); dot files and anything else under /media/variants/ is 404.
# Originals are NOT served from here: they keep the upload's metadata (GPS position, camera serial), and only their
# owner and admins may fetch them, which only the application can tell. So /media/originals/ (like the rest of /media/,
# tmp/ included) falls through to Elastic Beanstalk's "location /", which proxies to the application: it answers 404
# to anyone else, and to anything that is not a media key.
location ^~ /media/variants/ {
    location ~ "^/media/(variants(?:/[a-z0-9][a-z0-9._-]*)+)\$" {
        alias ${storage_root}/\$1;
        add_header Cache-Control "public, max-age=31536000, immutable";
        add_header X-Content-Type-Options nosniff;
        # NFS lookups cost a round trip; keep open descriptors briefly (files never change, and a missing file is
        # not remembered, so a new variant shows at once).
        open_file_cache max=10000 inactive=60s;
        open_file_cache_valid 60s;
        open_file_cache_errors off;
        sendfile on;
        tcp_nopush on;
    }
    return 404;
}
EOF
}

worker_snippet() {
	cat <<EOF
# Beanpress worker tier: written by .platform/hooks/predeploy/10_nginx_tier.sh (BEANPRESS_TIER=worker). Do not edit.

# Only this instance's worker daemon (sqsd) talks to nginx here. The task endpoints check for a local caller, and
# every request through nginx comes from 127.0.0.1, so nginx must not accept anyone else.
allow 127.0.0.1;
allow ::1;
deny all;

# Periodic tasks (cron.yaml) can run for minutes. The daemon waits InactivityTimeout (600 s) for an answer; nginx
# waits longer, so it never cuts a running task short with a 504.
proxy_connect_timeout 5s;
proxy_send_timeout 60s;
proxy_read_timeout ${WORKER_PROXY_READ_TIMEOUT};
EOF
}

tier=$(prop BEANPRESS_TIER)
case "$tier" in
web)
	upload_setting=$(prop BEANPRESS_MEDIA_MAXUPLOADSIZE)
	[[ -n $upload_setting ]] || upload_setting=$(prop BEANPRESS_MEDIA_MAX_UPLOAD_SIZE)
	upload_setting=${upload_setting:-20MB}
	upload_limit=$(nginx_size "$upload_setting") ||
		fail "BEANPRESS_MEDIA_MAXUPLOADSIZE '${upload_setting}' is not a size such as 20MB"
	storage_root=$(prop BEANPRESS_STORAGE_ROOT)
	storage_root=${storage_root:-/efs/beanpress}
	[[ $storage_root =~ ^/[A-Za-z0-9._/-]+$ ]] ||
		fail "BEANPRESS_STORAGE_ROOT '${storage_root}' must be an absolute path of letters, digits, '.', '_', '-' and '/'"
	storage_root=${storage_root%/}
	content=$(web_snippet "$upload_limit" "$storage_root" "$upload_setting")
	;;
worker)
	content=$(worker_snippet)
	;;
*)
	fail "BEANPRESS_TIER is '${tier}'; set it to web or worker (it is in the saved configuration of each environment)"
	;;
esac

mkdir -p "$SNIPPET_DIR"
printf '%s\n' "$content" >"$SNIPPET_DIR/.tier.conf.new"
mv -f "$SNIPPET_DIR/.tier.conf.new" "$SNIPPET_DIR/tier.conf"
# Exactly one snippet: nothing left from an earlier layout or the other tier.
find "$SNIPPET_DIR" -maxdepth 1 -name '*.conf' ! -name tier.conf -delete
log "wrote the ${tier} tier's nginx configuration to ${SNIPPET_DIR}/tier.conf"
