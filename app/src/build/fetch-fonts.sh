#!/usr/bin/env bash
# Fetches Noto Sans Khmer, Lao and Thai (SIL OFL) from the npm registry with the machine's npm, once per build dir.
set -euo pipefail
dir=$1
out=$dir/out
[ -f "$out/.complete" ] && exit 0
command -v npm >/dev/null || { echo "npm is needed to fetch the Khmer and Lao web fonts (apt-get install -y npm)" >&2; exit 1; }
mkdir -p "$dir/pack" "$out"
for pkg in noto-sans-khmer noto-sans-lao noto-sans-thai; do
  (cd "$dir/pack" && npm pack --silent "@fontsource/$pkg@5.3.0" >/dev/null 2>&1)
  tar -xzf "$dir/pack/fontsource-$pkg-5.3.0.tgz" -C "$dir/pack"
  script=${pkg#noto-sans-}
  for weight in 400 700; do
    cp "$dir/pack/package/files/$pkg-$script-$weight-normal.woff2" "$out/"
  done
  cp "$dir/pack/package/LICENSE" "$out/LICENSE-$pkg.txt"
  rm -rf "$dir/pack/package"
done
touch "$out/.complete"
