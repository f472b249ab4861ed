#!/usr/bin/env bash
# Sourced by the platform hooks (not a hook itself: Elastic Beanstalk runs only the files in prebuild/, predeploy/ and
# postdeploy/). The caller sets NAME, which prefixes every line it prints.

readonly GET_CONFIG=/opt/elasticbeanstalk/bin/get-config

log() { echo "$NAME: $*"; }

fail() {
	echo "$NAME: ERROR: $*" >&2
	exit 1
}

# An environment property: from get-config on Elastic Beanstalk, else from this process's environment.
prop() {
	local value=""
	if [[ -x $GET_CONFIG ]]; then
		value=$("$GET_CONFIG" environment -k "$1" 2>/dev/null || true)
	fi
	[[ -n $value ]] || value=${!1:-}
	printf '%s' "$value"
}
