#!/usr/bin/env bash
# Build a .deb of the one-folder application: packaging/deb.sh [DIST_DIR] [OUT_DIR]
#   DIST_DIR  the PyInstaller build (default dist/cxdesigner, made by packaging/dev.sh package)
#   OUT_DIR   where cxdesigner_<version>_<arch>.deb goes (default dist)
# The folder goes to /opt/cxdesigner with /usr/bin/cxdesigner pointing at it; the desktop file, the MIME type,
# the icons and the AppStream metainfo go where packaging/README.md says. The mime, desktop and icon caches
# are refreshed by the dpkg triggers of shared-mime-info, desktop-file-utils and hicolor-icon-theme, so the
# package has no maintainer scripts.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dist=$(cd "${1:-$root/dist/cxdesigner}" && pwd)
out=${2:-$root/dist}
mkdir -p "$out"; out=$(cd "$out" && pwd)
[ -x "$dist/cxdesigner" ] || { echo "deb: no $dist/cxdesigner; run packaging/dev.sh package first" >&2; exit 1; }
version=$("$dist/cxdesigner" --version | awk '{print $NF}')
arch=$(dpkg --print-architecture)
app=io.github.cxdesigner.CXDesigner
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
pkg=$stage/pkg
mkdir -p "$pkg/opt" "$pkg/usr/bin" "$pkg/DEBIAN"
cp -a "$dist" "$pkg/opt/cxdesigner"
ln -s ../../opt/cxdesigner/cxdesigner "$pkg/usr/bin/cxdesigner"
linux=$root/packaging/linux
icons=$root/resources/icons/app
install -Dm644 "$linux/$app.desktop" "$pkg/usr/share/applications/$app.desktop"
install -Dm644 "$linux/cxdesigner-mime.xml" "$pkg/usr/share/mime/packages/cxdesigner-mime.xml"
install -Dm644 "$linux/$app.metainfo.xml" "$pkg/usr/share/metainfo/$app.metainfo.xml"
for n in 16 32 48 64 128 256; do
  install -Dm644 "$icons/cxdesigner-$n.png" "$pkg/usr/share/icons/hicolor/${n}x${n}/apps/$app.png"
done
install -Dm644 "$icons/cxdesigner.svg" "$pkg/usr/share/icons/hicolor/scalable/apps/$app.svg"
size=$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
cat > "$pkg/DEBIAN/control" <<CONTROL
Package: cxdesigner
Version: $version
Architecture: $arch
Maintainer: cxdesigner contributors <cxdesigner@users.noreply.github.com>
Installed-Size: $size
Depends: libc6, libegl1, libgl1, libfontconfig1, libxkbcommon0, libglib2.0-0, libdbus-1-3
Recommends: libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, libxcb-randr0, libxcb-xkb1
Section: graphics
Priority: optional
Homepage: https://github.com/cxdesigner/cxdesigner
Description: editor for customer journey maps
 CX Designer lays out the stages of a customer's journey, places touchpoints
 in lanes by channel, attaches quality requirements and emotions, checks the
 map for gaps and exports PDF posters and reports. One SQLite file per project.
CONTROL
deb=$out/cxdesigner_${version}_${arch}.deb
dpkg-deb --root-owner-group -Zxz --build "$pkg" "$deb" >/dev/null
echo "$deb"
