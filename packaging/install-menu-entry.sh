#!/bin/sh
# Adds ISP Desk to the desktop's application menu, pointing at this folder (run it from the
# unpacked folder, e.g. /opt/isp-desk-0.1.0). As root: for every user; otherwise for you only.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" = 0 ]; then apps=/usr/share/applications; else apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"; fi
mkdir -p "$apps"
sed -e "s|@EXEC@|\"$here/isp-desk\"|" -e "s|@ICON@|$here/isp-desk.png|" "$here/isp-desk.desktop" > "$apps/isp-desk.desktop"
chmod 644 "$apps/isp-desk.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" >/dev/null 2>&1 || true
echo "ISP Desk no menu: $apps/isp-desk.desktop"
