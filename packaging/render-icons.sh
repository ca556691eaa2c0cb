#!/usr/bin/env bash
# Renders the app mark (resources/icons/repdesk.svg) into the hicolor PNG sizes the packages
# install (packaging/install.cmake), under resources/icons/hicolor/<n>x<n>/io.repdesk.Repdesk.png.
# The PNGs are committed, so building and packaging need no SVG rasterizer; run this again
# after changing the SVG and commit the result. tests/packaging/check-metadata.sh checks that
# every size exists with the right dimensions.
#
#   packaging/render-icons.sh        # needs rsvg-convert (apt install librsvg2-bin)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
svg="$root/resources/icons/repdesk.svg"
out="$root/resources/icons/hicolor"
# Keep in step with REPDESK_ICON_SIZES in packaging/install.cmake.
sizes=(16 22 24 32 48 64 128 256 512)

if ! command -v rsvg-convert >/dev/null; then
  echo "render-icons: rsvg-convert not found (apt install librsvg2-bin)" >&2
  exit 1
fi
for n in "${sizes[@]}"; do
  mkdir -p "$out/${n}x${n}"
  # librsvg renders the gradient and the antialiased strokes as a browser would (Qt SVG agrees
  # for this Tiny-1.2 drawing, see tst_icons); the PNG keeps its alpha channel.
  rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio --format png \
    --output "$out/${n}x${n}/io.repdesk.Repdesk.png" "$svg"
done
echo "render-icons: ${#sizes[@]} sizes written to ${out#"$root"/}"
