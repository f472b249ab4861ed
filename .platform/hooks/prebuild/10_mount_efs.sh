#!/usr/bin/env bash
# Mounts the shared EFS file system (uploads and image variants) before the application starts.
#
# prebuild runs on every instance before the Procfile's process starts, on the first deployment of a new instance as
# well as on every later one; configuration-only deployments run it through .platform/confighooks/prebuild/.
# Idempotent: a directory that is already a mount point is checked and
# kept. Any failure exits non-zero, which fails the deployment with the message below in eb-hooks.log / eb-engine.log.
#
# Reads (environment properties, set per stage by infra/bin/environment-properties):
#   EFS_FILE_SYSTEM_ID     fs-...    the file system of the stage's infrastructure stack
#   EFS_ACCESS_POINT_ID    fsap-...  its access point (fixes the POSIX owner and the root directory)
#   EFS_MOUNT_DIRECTORY    /efs      where to mount (default /efs)
#   BEANPRESS_STORAGE_ROOT /efs/beanpress  created if missing, checked writable by the application user
#
# amazon-efs-utils (the mount.efs helper, with stunnel for TLS) is installed here with dnf when missing, rather than
# through .ebextensions packages: the one thing that needs it says how it failed, and the check is skipped on
# instances that have it already.
set -euo pipefail

readonly NAME=beanpress-efs
# shellcheck source=SCRIPTDIR/../hook-functions.sh
source "$(dirname "${BASH_SOURCE[0]}")/../hook-functions.sh"
readonly APP_USER=webapp

fs_id=$(prop EFS_FILE_SYSTEM_ID)
access_point=$(prop EFS_ACCESS_POINT_ID)
mount_dir=$(prop EFS_MOUNT_DIRECTORY)
mount_dir=${mount_dir:-/efs}
storage_root=$(prop BEANPRESS_STORAGE_ROOT)
storage_root=${storage_root:-$mount_dir/beanpress}

[[ $fs_id =~ ^fs-[0-9a-f]{8,40}$ ]] ||
	fail "EFS_FILE_SYSTEM_ID is '${fs_id}', not a file system id (fs-...). Set the stage's stack outputs with infra/bin/environment-properties <stage>."
[[ $access_point =~ ^fsap-[0-9a-f]{8,40}$ ]] ||
	fail "EFS_ACCESS_POINT_ID is '${access_point}', not an access point id (fsap-...). Set the stage's stack outputs with infra/bin/environment-properties <stage>."
[[ $mount_dir =~ ^/[A-Za-z0-9._/-]+$ && $mount_dir != / ]] ||
	fail "EFS_MOUNT_DIRECTORY '${mount_dir}' must be an absolute path other than /"
mount_dir=${mount_dir%/}
[[ $storage_root == "$mount_dir"/* ]] ||
	fail "BEANPRESS_STORAGE_ROOT '${storage_root}' is not inside the EFS mount ${mount_dir}: uploads would stay on this instance"

if ! command -v mount.efs >/dev/null 2>&1; then
	log "installing amazon-efs-utils"
	dnf install -y -q amazon-efs-utils ||
		fail "could not install amazon-efs-utils with dnf (the instance needs a route to the Amazon Linux repositories: NAT or an S3 gateway endpoint)"
fi

options="tls,accesspoint=${access_point}"
mkdir -p "$mount_dir"

if mountpoint -q "$mount_dir"; then
	log "$mount_dir is already mounted ($(findmnt -n -o FSTYPE,SOURCE "$mount_dir" | tr -s ' '))"
else
	# Mount targets can take a minute to answer after the stack is created; a blocked port 2049 makes mount hang, so
	# every attempt is bounded.
	attempt=1
	until timeout 60 mount -t efs -o "$options" "${fs_id}:/" "$mount_dir"; do
		if ((attempt >= 5)); then
			fail "could not mount ${fs_id} (access point ${access_point}) on ${mount_dir} after ${attempt} attempts. Check: a mount target in this instance's Availability Zone, NFS (TCP 2049) allowed from this instance's security group to the mount targets' group, DNS hostnames on in the VPC, and the instance profile's elasticfilesystem:ClientMount/ClientWrite if the file system policy requires IAM."
		fi
		log "mount attempt ${attempt} failed; retrying in 10 s"
		attempt=$((attempt + 1))
		sleep 10
	done
	log "mounted ${fs_id} (access point ${access_point}) on ${mount_dir}"
fi

fstype=$(findmnt -n -o FSTYPE "$mount_dir" || true)
[[ $fstype == nfs4 ]] || fail "${mount_dir} is mounted as '${fstype}', not EFS (nfs4)"

# Mount again after a reboot (Elastic Beanstalk does not rerun hooks then): without this line the application would
# write into the empty local directory. Rewritten on every run, so a changed file system or access point is recorded.
fstab_line="${fs_id}:/ ${mount_dir} efs _netdev,${options} 0 0"
if ! grep -qxF "$fstab_line" /etc/fstab; then
	awk -v dir="$mount_dir" '$2 != dir' /etc/fstab >/etc/fstab.beanpress
	echo "$fstab_line" >>/etc/fstab.beanpress
	cat /etc/fstab.beanpress >/etc/fstab
	rm -f /etc/fstab.beanpress
	log "recorded the mount in /etc/fstab"
fi

mkdir -p "$storage_root" || fail "cannot create ${storage_root} on EFS (the access point's POSIX user must own its root directory)"
if id "$APP_USER" >/dev/null 2>&1; then
	probe="${storage_root}/.mount-check-$(hostname)"
	runuser -u "$APP_USER" -- touch "$probe" 2>/dev/null ||
		fail "${APP_USER} cannot write to ${storage_root}: the access point must enforce a POSIX user that owns its root directory"
	runuser -u "$APP_USER" -- rm -f "$probe"
fi
log "storage root ${storage_root} is on EFS and writable"
