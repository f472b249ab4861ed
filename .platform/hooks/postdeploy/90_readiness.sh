#!/usr/bin/env bash
# Fails the deployment unless the application on this instance reports ready within a bound.
#
# postdeploy runs after the Procfile's process has started and nginx has restarted. The readiness group covers the
# database and Redis, so an instance with wrong endpoints, credentials or security groups fails here, with the
# answer and the end of the application's log, instead of passing the deployment and failing every request. With
# rolling deployments a failed batch stops the deployment before it reaches the next batch. Both tiers.
# Configuration-only deployments, which restart the application too, run it through .platform/confighooks/postdeploy/.
#
# Reads: PORT (default 5000); BEANPRESS_READINESS_TIMEOUT in seconds (default 180; Elastic Beanstalk's own command
# timeout, 600 + 240 s, is far above it).
set -euo pipefail

readonly NAME=beanpress-readiness
# shellcheck source=SCRIPTDIR/../hook-functions.sh
source "$(dirname "${BASH_SOURCE[0]}")/../hook-functions.sh"
readonly APP_LOG=/var/log/web.stdout.log

port=$(prop PORT)
port=${port:-5000}
limit=$(prop BEANPRESS_READINESS_TIMEOUT)
limit=${limit:-180}
[[ $port =~ ^[0-9]+$ && $limit =~ ^[0-9]+$ ]] ||
	fail "PORT '${port}' and BEANPRESS_READINESS_TIMEOUT '${limit}' must be numbers"

url="http://127.0.0.1:${port}/actuator/health/readiness"
deadline=$((SECONDS + limit))
code=000
body=""
while :; do
	answer=$(curl -s --max-time 5 -w $'\n%{http_code}' "$url" 2>/dev/null || true)
	code=${answer##*$'\n'}
	body=${answer%$'\n'*}
	if [[ $code == 200 && $body =~ \"status\":\"UP\" ]]; then
		echo "$NAME: ${url} is UP after $((SECONDS + limit - deadline)) s"
		exit 0
	fi
	if ((SECONDS >= deadline)); then
		break
	fi
	sleep 2
done

{
	echo "$NAME: ERROR: ${url} did not report UP within ${limit} s."
	echo "$NAME: last answer: HTTP ${code:-none} ${body:0:2000}"
	if [[ -r $APP_LOG ]]; then
		echo "$NAME: last lines of ${APP_LOG}:"
		tail -n 40 "$APP_LOG"
	fi
} >&2
exit 1
