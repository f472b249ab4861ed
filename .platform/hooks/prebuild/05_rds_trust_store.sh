#!/usr/bin/env bash
# Builds the trust store that the JDBC driver verifies Aurora's certificates against, before the application starts.
#
# The JDBC URLs (infra/bin/environment-properties) say sslMode=VERIFY_IDENTITY and name this file as
# trustCertificateKeyStoreUrl: Connector/J then refuses a server whose certificate does not chain to an RDS
# certificate authority or does not name the endpoint it connected to. The RDS authorities are not in the JDK's
# cacerts, so AWS's global bundle (every RDS root and intermediate of every region, PEM) is downloaded at deploy time
# over HTTPS and turned into a PKCS12 store, one trusted entry per certificate. Downloading (rather than committing
# the bundle) keeps it current when AWS adds authorities; a failed download or an empty bundle fails the deployment
# instead of starting an instance that cannot verify the database. An existing store is replaced only by a complete
# new one. Runs on both tiers; configuration-only deployments run it through .platform/confighooks/prebuild/.
#
# Reads (environment properties, both optional):
#   BEANPRESS_RDS_CA_BUNDLE_URL   where the bundle comes from (default AWS's global bundle below)
#   BEANPRESS_RDS_TRUST_STORE     the PKCS12 file to write (default /etc/pki/beanpress/rds-ca.p12, the path in the URLs)
set -euo pipefail

readonly NAME=beanpress-rds-trust-store
# shellcheck source=SCRIPTDIR/../hook-functions.sh
source "$(dirname "${BASH_SOURCE[0]}")/../hook-functions.sh"
readonly DEFAULT_BUNDLE_URL=https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem
# Not a secret: the store holds public certificates, and keytool insists on a password. The JDBC URLs repeat it.
readonly STORE_PASSWORD=rds-ca-bundle

bundle_url=$(prop BEANPRESS_RDS_CA_BUNDLE_URL)
bundle_url=${bundle_url:-$DEFAULT_BUNDLE_URL}
store=$(prop BEANPRESS_RDS_TRUST_STORE)
store=${store:-/etc/pki/beanpress/rds-ca.p12}
[[ $store =~ ^/[A-Za-z0-9._/-]+$ ]] || fail "BEANPRESS_RDS_TRUST_STORE '${store}' must be an absolute path"

if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/keytool ]]; then
	keytool=$JAVA_HOME/bin/keytool
else
	keytool=$(command -v keytool) || fail "no keytool on the PATH (the Corretto platform ships it)"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
curl --fail --silent --show-error --location --proto '=https,file' --max-time 60 --retry 3 \
	-o "$work/bundle.pem" "$bundle_url" || fail "could not download the RDS certificate bundle from ${bundle_url}"

# One file per certificate: keytool imports only the first certificate of a PEM file
awk -v dir="$work" '
	/-----BEGIN CERTIFICATE-----/ { n++; file = sprintf("%s/ca-%03d.pem", dir, n) }
	n > 0 { print > file }
	/-----END CERTIFICATE-----/ { close(file) }
' "$work/bundle.pem"
shopt -s nullglob
certificates=("$work"/ca-*.pem)
(( ${#certificates[@]} > 0 )) || fail "${bundle_url} holds no certificate"

for certificate in "${certificates[@]}"; do
	alias=rds-$(basename "$certificate" .pem)
	"$keytool" -importcert -noprompt -storetype PKCS12 -keystore "$work/store.p12" -storepass "$STORE_PASSWORD" \
		-alias "$alias" -file "$certificate" >/dev/null 2>&1 ||
		fail "keytool could not import certificate $(basename "$certificate") of ${bundle_url}"
done

mkdir -p "$(dirname "$store")"
install -m 0644 "$work/store.p12" "$store.new"
mv -f "$store.new" "$store"
log "wrote ${#certificates[@]} RDS certificate authorities from ${bundle_url} to ${store}"
