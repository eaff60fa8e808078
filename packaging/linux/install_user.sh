#!/usr/bin/env bash
# Install a built bundle for the current user only (no root): the app folder, a `rehablogg`
# command, the menu entry, the icon and the AppStream metadata.
#
#   packaging/linux/install_user.sh [packaging/dist/rehablogg]     # install or update
#   packaging/linux/install_user.sh --uninstall                     # remove (data stays)
#
# Data, logs and backups are not here: they live in ~/.local/share/rehablogg (or
# $XDG_DATA_HOME/rehablogg) and are never touched by installing, updating or uninstalling.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app_id="no.rehablogg.Rehablogg"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$HOME/.local/opt/rehablogg"
bin_dir="$HOME/.local/bin"

if [[ "${1:-}" == "--uninstall" ]]; then
    rm -rf "$target"
    rm -f "$bin_dir/rehablogg" "$data_home/applications/$app_id.desktop" \
          "$data_home/icons/hicolor/scalable/apps/$app_id.svg" \
          "$data_home/metainfo/$app_id.metainfo.xml"
    echo "rehablogg er avinstallert; dataene i $data_home/rehablogg er ikke rørt."
    exit 0
fi

bundle="${1:-$here/../dist/rehablogg}"
if [[ ! -x "$bundle/rehablogg" ]]; then
    echo "Fant ikke en bygget app i $bundle; kjør packaging/build_linux.sh først." >&2
    exit 1
fi
mkdir -p "$target" "$bin_dir" "$data_home/applications" \
         "$data_home/icons/hicolor/scalable/apps" "$data_home/metainfo"
# Replace the whole folder so files of an older version do not linger.
rm -rf "$target.new" && cp -a "$bundle" "$target.new" && rm -rf "$target" && mv "$target.new" "$target"
ln -sf "$target/rehablogg" "$bin_dir/rehablogg"
# The menu entry gets the absolute path, so it works even when ~/.local/bin is not on PATH.
sed -e "s|^Exec=rehablogg|Exec=$target/rehablogg|" -e "s|^TryExec=rehablogg|TryExec=$target/rehablogg|" \
    "$here/$app_id.desktop" > "$data_home/applications/$app_id.desktop"
cp "$here/$app_id.svg" "$data_home/icons/hicolor/scalable/apps/$app_id.svg"
cp "$here/$app_id.metainfo.xml" "$data_home/metainfo/$app_id.metainfo.xml"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data_home/applications" || true
echo "rehablogg er installert i $target og ligger i programmenyen."
