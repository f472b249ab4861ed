#!/usr/bin/env bash
# Image throughput of the worker tier's ImagePipeline against libvips and ImageMagick, side by side in the
# same run, on a 12 MP and a 24 MP JPEG: images per second for WordPress's full size set using both cores,
# and peak memory. A benchmark, not a test; see bench/README.md. Stops by itself (BENCH_TIMEOUT).
#
# Settings (environment):
#   BENCH_IMAGES     images per tool per input, measured (default 24)
#   BENCH_ROUNDS     the measured images are split into this many rounds, tools taking turns (default 3)
#   BENCH_WARMUP     Beanpress warm-up images per input, not measured (default 4)
#   BENCH_JVM_FLAGS  the worker JVM's flags (default: bin/run-tier's for the worker, "-XX:+UseSerialGC -Xss512k
#                    -Xmx104m -XX:TieredStopAtLevel=1 -XX:TrimNativeHeapInterval=5000")
#   BENCH_XMX_SWEEP  heaps to try on the 12 MP input before the comparison, "" to skip (default "64m 96m 104m")
#   BENCH_SKIP_BUILD 1 to use the already built worker-tier classes and bench/target/cp.txt
#   BENCH_DIR        work folder, git-ignored (default bench/target/image-throughput)
#   BENCH_TIMEOUT    seconds before the whole run is stopped (default 900)
set -euo pipefail
trap 'echo "image-throughput.sh: failed at line $LINENO" >&2' ERR

BENCH_TIMEOUT=${BENCH_TIMEOUT:-900}
if [ -z "${BENCH_UNDER_TIMEOUT:-}" ]; then
	# timeout puts the run in its own process group and stops all of it
	export BENCH_UNDER_TIMEOUT=1
	exec timeout -k 15 "$BENCH_TIMEOUT" "$0" "$@"
fi

BENCH=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$BENCH")
IMAGES=${BENCH_IMAGES:-24}
ROUNDS=${BENCH_ROUNDS:-3}
WARMUP=${BENCH_WARMUP:-4}
JVM_FLAGS=${BENCH_JVM_FLAGS:--XX:+UseSerialGC -Xss512k -Xmx104m -XX:TieredStopAtLevel=1 -XX:TrimNativeHeapInterval=5000}
XMX_SWEEP=${BENCH_XMX_SWEEP-64m 96m 104m}
DIR=${BENCH_DIR:-$BENCH/target/image-throughput}
SOURCE=${BENCH_SOURCE:-$REPO/../shared/testdata/images/exif/jolla.jpg}
PARALLEL=2   # both cores: two images at a time for every tool
STEP_TIMEOUT=300
PER_ROUND=$(( (IMAGES + ROUNDS - 1) / ROUNDS ))

log() { printf '%s\n' "$*" >&2; }

# ---------------------------------------------------------------- tools

imagemagick() {
	# /usr/local/bin/convert may be a stand-in that is not ImageMagick: only ever call the real binaries
	local candidate
	for candidate in /usr/bin/magick /usr/bin/convert-im6.q16 /usr/bin/convert; do
		if [ -x "$candidate" ] && "$candidate" -version 2>/dev/null | grep -q 'ImageMagick'; then
			echo "$candidate"
			return 0
		fi
	done
	return 1
}

if ! command -v vips >/dev/null || ! command -v vipsheader >/dev/null || ! imagemagick >/dev/null \
		|| [ ! -x /usr/bin/time ]; then
	log "installing libvips-tools, imagemagick and time from Debian"
	export DEBIAN_FRONTEND=noninteractive
	apt-get install -y -qq libvips-tools imagemagick time >/dev/null 2>&1 \
		|| { apt-get update -qq && apt-get install -y -qq libvips-tools imagemagick time >/dev/null; }
fi
MAGICK=$(imagemagick)
JAVA=${JAVA:-java}

# ---------------------------------------------------------------- build

mkdir -p "$DIR"
CLASSES=$DIR/classes
if [ "${BENCH_SKIP_BUILD:-}" != 1 ]; then
	log "building (./mvnw -q -o install -DskipTests)"
	(cd "$REPO" && ./mvnw -q -o install -DskipTests >&2)
	(cd "$REPO" && ./mvnw -q -o -pl worker-tier dependency:build-classpath -Dmdep.outputFile="$DIR/cp.txt" >&2)
fi
CP=$REPO/worker-tier/target/classes:$(cat "$DIR/cp.txt")
rm -rf "$CLASSES"
javac -d "$CLASSES" -cp "$CP" --release 17 "$BENCH/java/ImageThroughput.java"
CP=$CLASSES:$CP

# ---------------------------------------------------------------- inputs

# upscaled (and for 3:2 centre-cropped) from a 3264x2448 camera photo, JPEG quality 90; the same bytes every
# time with the same libvips
INPUTS=()
make_input() { # name width height
	local file=$DIR/$1.jpg
	if [ ! -s "$file" ]; then
		vips thumbnail "$SOURCE" "${file}[Q=90]" "$2" --height "$3" --size up --crop centre
	fi
	INPUTS+=("$1")
}
make_input 12mp 4000 3000
make_input 24mp 6000 4000

# ---------------------------------------------------------------- one image with each baseline

# libvips: one `vips thumbnail` process per variant (shrink-on-load from the original each time,
# auto-rotate is vips thumbnail's default), single-threaded, two images at a time
cat >"$DIR/vips-sizes.sh" <<'EOF'
#!/bin/sh
set -e
in=$1; out=$2; mkdir -p "$out"
vips thumbnail "$in" "$out/scaled.jpg[Q=82,strip]" 2560 --height 2560 --size down
vips thumbnail "$in" "$out/2048x2048.jpg[Q=82,strip]" 2048 --height 2048 --size down
vips thumbnail "$in" "$out/1536x1536.jpg[Q=82,strip]" 1536 --height 1536 --size down
vips thumbnail "$in" "$out/large.jpg[Q=82,strip]" 1024 --height 1024 --size down
vips thumbnail "$in" "$out/medium_large.jpg[Q=82,strip]" 768 --height 10000000 --size down
vips thumbnail "$in" "$out/medium.jpg[Q=82,strip]" 300 --height 300 --size down
vips thumbnail "$in" "$out/thumbnail.jpg[Q=82,strip]" 150 --height 150 --size down --crop centre
EOF
# ImageMagick: one process per image decoding it once and making every size from a clone of the
# (auto-oriented, stripped) original, as WordPress's Imagick editor does; single-threaded, two at a time
cat >"$DIR/magick-sizes.sh" <<EOF
#!/bin/sh
set -e
in=\$1; out=\$2; mkdir -p "\$out"
exec $MAGICK "\$in" -auto-orient -strip -quality 82 \\
  \\( +clone -resize '2560x2560>' -write "\$out/scaled.jpg" +delete \\) \\
  \\( +clone -resize '2048x2048>' -write "\$out/2048x2048.jpg" +delete \\) \\
  \\( +clone -resize '1536x1536>' -write "\$out/1536x1536.jpg" +delete \\) \\
  \\( +clone -resize '1024x1024>' -write "\$out/large.jpg" +delete \\) \\
  \\( +clone -resize '768x>' -write "\$out/medium_large.jpg" +delete \\) \\
  \\( +clone -resize '300x300>' -write "\$out/medium.jpg" +delete \\) \\
  \\( +clone -thumbnail '150x150^' -gravity center -extent 150x150 -write "\$out/thumbnail.jpg" +delete \\) \\
  null:
EOF
chmod +x "$DIR/vips-sizes.sh" "$DIR/magick-sizes.sh"
# single-threaded baselines (two processes at a time use both cores); ImageMagick spills to files here
BASELINE_ENV=(VIPS_CONCURRENCY=1 MAGICK_THREAD_LIMIT=1 OMP_NUM_THREADS=1 MAGICK_TMPDIR="$DIR" MAGICK_TEMPORARY_PATH="$DIR")

# ---------------------------------------------------------------- measuring

now() { date +%s.%N; }

# a baseline round: N images, PARALLEL at a time, each image's processes under /usr/bin/time, whose
# "maximum resident set size" of a shell is that of its largest child; adds "seconds cpu_s" to $acc
baseline_round() { # tool-script input images out acc rsslog
	local script=$1 input=$2 images=$3 out=$4 acc=$5 rsslog=$6 start end
	rm -rf "$out"
	mkdir -p "$out"
	: >"$out.times"
	start=$(now)
	seq "$images" | timeout "$STEP_TIMEOUT" xargs -P "$PARALLEL" -I{} \
		env "${BASELINE_ENV[@]}" /usr/bin/time -a -o "$out.times" -f '%M %U %S' "$script" "$input" "$out/{}"
	end=$(now)
	awk -v s="$start" -v e="$end" '{ cpu += $2 + $3 } END { printf "%.3f %.3f\n", e - s, cpu }' "$out.times" >>"$acc"
	awk '{ print $1 }' "$out.times" >>"$rsslog"
}

# the Beanpress JVM, kept running across rounds like a worker; talks over stdin/stdout
bp_start() { # input out
	rm -rf "$2"
	coproc BP { exec /usr/bin/time -o "$2.time" -f '%M' "$JAVA" $JVM_FLAGS -cp "$CP" ImageThroughput "$1" "$2" "$PARALLEL" 2>"$2.stderr"; }
	exec {BP_IN}>&"${BP[1]}" {BP_OUT}<&"${BP[0]}"
}
bp_ask() { # command -> the answer line
	local line
	printf '%s\n' "$1" >&"$BP_IN"
	if ! IFS= read -r -t "$STEP_TIMEOUT" line <&"$BP_OUT"; then
		line="error no answer to '$1' (JVM died or timed out; see ${BP_DIR}.stderr)"
	fi
	printf '%s\n' "$line"
}
bp_stop() {
	local pid=${BP_PID:-} # bash unsets it as soon as the coprocess has exited
	exec {BP_IN}>&-
	[ -z "$pid" ] || wait "$pid" 2>/dev/null || true
	exec {BP_OUT}<&-
}
field() { # line key
	printf '%s\n' "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"
}

sizes_of() { # folder: "name WxH, ..." of one output set
	local f out=""
	for f in "$1"/*.jpg; do
		out+="$(basename "$f" .jpg) $(vipsheader -f width "$f")x$(vipsheader -f height "$f"), "
	done
	printf '%s\n' "${out%, }"
}

# ---------------------------------------------------------------- run

echo "== Beanpress image throughput, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $(awk '/MemTotal/ { printf "%d MiB", $2 / 1024 }' /proc/meminfo)"
echo "load before: $(uptime)"
echo "java: $("$JAVA" -version 2>&1 | head -1); JVM flags: $JVM_FLAGS; $PARALLEL pipeline threads in one JVM"
echo "libvips: $(vips --version), VIPS_CONCURRENCY=1, $PARALLEL processes at a time, one vips thumbnail per variant"
echo "ImageMagick: $("$MAGICK" -version | head -1 | sed 's/^Version: //') ($MAGICK), MAGICK_THREAD_LIMIT=1, $PARALLEL processes at a time, one process per image"
for name in "${INPUTS[@]}"; do
	echo "input $name: $(vipsheader "$DIR/$name.jpg" | sed 's/.*: //') $(stat -c %s "$DIR/$name.jpg") bytes md5 $(md5sum <"$DIR/$name.jpg" | cut -c1-12)"
done
echo "per input and tool: $WARMUP warm-up images (Beanpress only), then $IMAGES measured images in $ROUNDS rounds of $PER_ROUND, tools taking turns"
echo "images/s: measured images / wall seconds of the measured rounds; CPU s/image: user + sys time per image (Beanpress: the"
echo "whole JVM, JIT and GC included), which shared cores do not skew; peak RSS: Beanpress the JVM's VmHWM, the baselines their"
echo "largest single process (/usr/bin/time); RSS both cores: the baselines run two processes at once, so twice that (an upper bound)"

if [ -n "$XMX_SWEEP" ]; then
	echo
	echo "-- heap floor: 12 mp, $PARALLEL threads, $WARMUP + 10 images, flags as above but the -Xmx"
	printf '%-8s %-7s %10s %8s %14s\n' "-Xmx" "result" "images/s" "GC ms" "peak RSS MiB"
	base_flags=$(printf '%s\n' "$JVM_FLAGS" | sed 's/-Xmx[^ ]*//')
	for xmx in $XMX_SWEEP; do
		out=$DIR/sweep-$xmx
		rm -rf "$out"
		answer=$(printf 'run %s\nrun 10\nquit\n' "$WARMUP" \
			| timeout "$STEP_TIMEOUT" "$JAVA" $base_flags -Xmx"$xmx" -cp "$CP" ImageThroughput "$DIR/12mp.jpg" "$out" "$PARALLEL" 2>"$out.stderr" || true)
		result=$(printf '%s\n' "$answer" | sed -n '2p')
		final=$(printf '%s\n' "$answer" | grep '^final' || true)
		if [ -n "$final" ] && [[ "$result" == result* ]]; then
			printf '%-8s %-7s %10.2f %8s %14d\n' "$xmx" ok \
				"$(awk -v i="$(field "$result" images)" -v s="$(field "$result" seconds)" 'BEGIN { print i / s }')" \
				"$(field "$result" gc_ms)" $(( $(field "$final" vm_hwm_kib) / 1024 ))
		else
			printf '%-8s %-7s %s\n' "$xmx" FAILED "$(printf '%s\n' "$answer" | grep -m1 '^error' || echo 'no answer')"
		fi
	done
fi

verdicts=()
for name in "${INPUTS[@]}"; do
	input=$DIR/$name.jpg
	work=$DIR/run-$name
	rm -rf "$work"
	mkdir -p "$work"
	: >"$work/vips.acc"; : >"$work/magick.acc"; : >"$work/vips.rss"; : >"$work/magick.rss"; : >"$work/bp.acc"
	BP_DIR=$work/beanpress
	bp_start "$input" "$BP_DIR"
	BP_PID=$!
	bp_failed=""
	warm=$(bp_ask "run $WARMUP")
	[[ "$warm" == result* ]] || bp_failed=$warm
	done_images=0
	for ((round = 1; round <= ROUNDS; round++)); do
		n=$(( IMAGES - done_images < PER_ROUND ? IMAGES - done_images : PER_ROUND ))
		(( n > 0 )) || break
		log "$name round $round: $n images each"
		if [ -z "$bp_failed" ]; then
			answer=$(bp_ask "run $n")
			if [[ "$answer" == result* ]]; then
				echo "$(field "$answer" seconds) $(field "$answer" cpu_s) $(field "$answer" gc_ms)" >>"$work/bp.acc"
			else
				bp_failed=$answer
			fi
		fi
		baseline_round "$DIR/vips-sizes.sh" "$input" "$n" "$work/vips" "$work/vips.acc" "$work/vips.rss"
		baseline_round "$DIR/magick-sizes.sh" "$input" "$n" "$work/magick" "$work/magick.acc" "$work/magick.rss"
		done_images=$(( done_images + n ))
	done
	bp_hwm=0
	if [ -z "$bp_failed" ]; then
		final=$(bp_ask quit)
		if [[ "$final" == final* ]]; then
			bp_hwm=$(field "$final" vm_hwm_kib)
			bp_heap=$(field "$final" heap_peak_mib)
		else
			bp_failed=$final
		fi
	fi
	bp_stop
	[ -s "$BP_DIR.time" ] && bp_time_rss=$(tail -1 "$BP_DIR.time") || bp_time_rss=0

	# images/s = images / wall seconds summed over the rounds; CPU s/image = user + sys per image
	read -r bp_s bp_cpu bp_gc < <(awk '{ s += $1; c += $2; g += $3 } END { printf "%.3f %.3f %d\n", s, c, g }' "$work/bp.acc")
	read -r v_s v_cpu < <(awk '{ s += $1; c += $2 } END { printf "%.3f %.3f\n", s, c }' "$work/vips.acc")
	read -r m_s m_cpu < <(awk '{ s += $1; c += $2 } END { printf "%.3f %.3f\n", s, c }' "$work/magick.acc")
	v_rss=$(sort -n "$work/vips.rss" | tail -1)
	m_rss=$(sort -n "$work/magick.rss" | tail -1)
	rate() { awk -v i="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.2f", i / s; else print "-" }'; }
	v_rate=$(rate "$done_images" "$v_s")
	m_rate=$(rate "$done_images" "$m_s")
	bp_rate=-
	[ -n "$bp_failed" ] || bp_rate=$(rate "$done_images" "$bp_s")
	ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "-" && b > 0) printf "%.2fx", a / b; else print "-" }'; }
	per() { awk -v c="$1" -v i="$done_images" 'BEGIN { printf "%.2f", c / i }'; }
	bp_rss_mib=$(( (bp_hwm > bp_time_rss ? bp_hwm : bp_time_rss) / 1024 ))

	echo
	echo "-- $name: $(vipsheader "$input" | sed 's/.*: //'), $done_images images per tool, $PARALLEL at a time"
	printf '%-26s %9s %10s %12s %13s %16s\n' tool images/s "x libvips" "CPU s/image" "peak RSS MiB" "RSS both cores"
	printf '%-26s %9s %10s %12s %13s %16s\n' "beanpress (1 JVM, ${PARALLEL}t)" "$bp_rate" "$(ratio "$bp_rate" "$v_rate")" \
		"$( [ -n "$bp_failed" ] && echo - || per "$bp_cpu")" "$bp_rss_mib" "$bp_rss_mib"
	printf '%-26s %9s %10s %12s %13s %16s\n' "libvips (vips thumbnail)" "$v_rate" "1.00x" "$(per "$v_cpu")" \
		$(( v_rss / 1024 )) "~$(( 2 * v_rss / 1024 ))"
	printf '%-26s %9s %10s %12s %13s %16s\n' "imagemagick (convert)" "$m_rate" "$(ratio "$m_rate" "$v_rate")" "$(per "$m_cpu")" \
		$(( m_rss / 1024 )) "~$(( 2 * m_rss / 1024 ))"
	if [ -n "$bp_failed" ]; then
		verdict="$name: Beanpress FAILED: $bp_failed"
	else
		echo "beanpress: GC ${bp_gc} ms in the measured rounds, heap pools' peak ${bp_heap} MiB, VmHWM $(( bp_hwm / 1024 )) MiB, /usr/bin/time max RSS $(( bp_time_rss / 1024 )) MiB"
		throughput_ok=$(awk -v b="$bp_rate" -v v="$v_rate" 'BEGIN { print (b >= 0.6 * v) ? "MET" : "MISSED" }')
		cpu_ratio=$(awk -v b="$bp_cpu" -v v="$v_cpu" 'BEGIN { printf "%.2fx", v / b }')
		rss_ok=$( (( bp_rss_mib < 256 )) && echo MET || echo MISSED)
		verdict="$name: Beanpress $(ratio "$bp_rate" "$v_rate") libvips' images/s (target >= 0.60x: $throughput_ok; by CPU time per image $cpu_ratio), $(ratio "$bp_rate" "$m_rate") ImageMagick's; pipeline JVM peak RSS $bp_rss_mib MiB (under 256 MiB: $rss_ok; the whole worker process: bench/worker-memory.sh)"
	fi
	echo "$verdict"
	verdicts+=("$verdict")
	echo "load after $name: $(uptime)"
	echo "outputs beanpress: $(sizes_of "$BP_DIR/t0")"
	echo "outputs libvips:   $(sizes_of "$work/vips/1")"
	echo "outputs magick:    $(sizes_of "$work/magick/1")"
done

echo
echo "load after: $(uptime)"
echo "== summary"
printf '%s\n' "${verdicts[@]}"
