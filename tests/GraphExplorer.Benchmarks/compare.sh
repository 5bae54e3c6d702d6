#!/usr/bin/env bash
# Runs the Kuzu peer and GraphExplorer's embedded database on the benchmark graph of GRAPH-SPEC.md, one after
# the other on the same machine, and prints the ratio table (ratio = kuzu ms / ours ms; above 1 we are faster).
# usage: tests/GraphExplorer.Benchmarks/compare.sh [--scale S|L] [--reuse-kuzu] [extra options for our benchmark...]
#   --reuse-kuzu  take Kuzu's lines from the previous run at this scale instead of running it again (L takes minutes)
# The "ours cpu" column is our process's processor time per run (from the benchmark's standard error): on a shared,
# loaded machine a single-threaded query's wall time is mostly waiting for a core, while Kuzu runs on several threads.
# Both raw outputs are kept in $GE_BENCH_OUT (default bench-data/compare-<scale>-{kuzu,ours}.txt).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
scale=S
extra=()
reuse_kuzu=0
while [ $# -gt 0 ]; do
  case $1 in
    --scale) scale=$2; shift 2;;
    --reuse-kuzu) reuse_kuzu=1; shift;;
    *) extra+=("$1"); shift;;
  esac
done
bench=${GE_SHARED_BENCH:-$root/../shared/bench}
out=${GE_BENCH_OUT:-$root/bench-data}
mkdir -p "$out"
kuzu_out=$out/compare-$scale-kuzu.txt
ours_out=$out/compare-$scale-ours.txt
ours_err=$out/compare-$scale-ours.err

if [ "$reuse_kuzu" = 1 ] && [ -s "$kuzu_out" ]; then
  echo "== Kuzu (scale $scale): reusing $kuzu_out" >&2
else
  echo "== Kuzu (scale $scale)" >&2
  "$bench/kuzu/run-bench" --scale "$scale" > "$kuzu_out"
fi
echo "== GraphExplorer (scale $scale)" >&2
dotnet build "$here" -c Release -v quiet -nologo >&2
status=0
dotnet run --project "$here" -c Release --no-build -- --scale "$scale" "${extra[@]}" > "$ours_out" 2> "$ours_err" || status=$?

awk -v kuzu="$kuzu_out" -v ours="$ours_out" -v err="$ours_err" '
  function load(file, ms, rows, fail, order,   line, f, n) {
    while ((getline line < file) > 0) {
      n = split(line, f, " ")
      if (f[1] == "LOAD") { ms["LOAD"] = f[2]; if (!("LOAD" in seen)) { seen["LOAD"] = 1; order[++count] = "LOAD" } }
      else if (f[1] == "RESULT") { ms[f[2]] = f[3]; rows[f[2]] = f[4]; if (!(f[2] in seen)) { seen[f[2]] = 1; order[++count] = f[2] } }
      else if (f[1] == "PEAK_RSS_MB") { ms["PEAK_RSS_MB"] = f[2] }
      else if (f[1] == "FAIL") { fail[f[2]] = 1 }
    }
    close(file)
  }
  function cpu(file,   line, f, n, i) {
    while ((getline line < file) > 0) {
      n = split(line, f, " ")
      if (f[1] == "load:" && f[2] == "cpu") ocpu["LOAD"] = f[3]
      else if (f[2] == "median") for (i = 3; i < n; i++) if (f[i] == "cpu") { ocpu[f[1]] = f[i + 1]; sub(/\)$/, "", ocpu[f[1]]) }
    }
    close(file)
  }
  BEGIN {
    load(kuzu, kms, krows, kfail, order)
    load(ours, oms, orows, ofail, order)
    cpu(err)
    printf "%-12s | %10s | %10s | %8s | %12s | %s\n", "id", "kuzu ms", "ours ms", "ratio", "ours cpu ms", "answer ok"
    printf "%-12s-+-%10s-+-%10s-+-%8s-+-%12s-+-%s\n", "------------", "----------", "----------", "--------", "------------", "---------"
    for (i = 1; i <= count; i++) {
      id = order[i]
      k = (id in kms) ? kms[id] : "-"
      o = (id in oms) ? oms[id] : "-"
      ratio = (k != "-" && o != "-" && o + 0 > 0) ? sprintf("%.2f", k / o) : "-"
      if (id == "LOAD") ok = ("LOAD" in ofail) ? "FAIL (counts)" : "ok"
      else if (id in ofail) ok = "FAIL"
      else if (!(id in oms)) ok = "not run"
      else if (id in krows && krows[id] != orows[id]) ok = "ok (kuzu rows " krows[id] ")"
      else ok = "ok"
      printf "%-12s | %10s | %10s | %8s | %12s | %s\n", id, k, o, ratio, (id in ocpu) ? ocpu[id] : "-", ok
    }
    for (id in ofail) if (!(id in seen)) printf "%-12s | %10s | %10s | %8s | %12s | %s\n", id, (id in kms) ? kms[id] : "-", "-", "-", "-", "FAIL"
    printf "%-12s | %10s | %10s | %8s | %12s |\n", "PEAK_RSS_MB", kms["PEAK_RSS_MB"], oms["PEAK_RSS_MB"], "-", "-"
  }'
grep '^FAIL' "$ours_out" >&2 || true
echo "(load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores)"
exit "$status"
