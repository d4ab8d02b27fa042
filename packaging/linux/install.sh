#!/bin/sh
# Register this Tresse folder for the current user: menu entry, icon, the .tresse file type (opened by Tresse).
#   ./install.sh              register (run it again after moving the folder)
#   ./install.sh --uninstall  remove what it registered (the folder itself and your data stay)
# Nothing is copied out of this folder but three small files under ~/.local/share; no administrator rights.
# Uses xdg-utils (xdg-desktop-menu, xdg-icon-resource, xdg-mime) when installed, else writes the same files itself.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
has() { command -v "$1" >/dev/null 2>&1; }
# xdg-utils do not quote every path they are given: they get copies from a folder without spaces.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/tresse-mime.xml" "$here/tresse.png" "$work/"

if [ "${1:-}" = "--uninstall" ]; then
    if has xdg-desktop-menu; then xdg-desktop-menu uninstall --mode user tresse.desktop || true; fi
    if has xdg-mime; then xdg-mime uninstall --mode user --novendor "$work/tresse-mime.xml" || true; fi
    if has xdg-icon-resource; then xdg-icon-resource uninstall --mode user --noupdate --novendor --context apps --size 256 tresse || true; fi
    rm -f "$data/applications/tresse.desktop" "$data/mime/packages/tresse-mime.xml" \
          "$data/icons/hicolor/256x256/apps/tresse.png"
    if has update-mime-database; then update-mime-database "$data/mime" >/dev/null 2>&1 || true; fi
    if has update-desktop-database; then update-desktop-database "$data/applications" >/dev/null 2>&1 || true; fi
    echo "Tresse n'est plus inscrit dans le menu. Ce dossier et vos données n'ont pas été touchés."
    exit 0
fi

if [ ! -x "$here/Tresse" ]; then
    echo "install.sh : le programme Tresse est introuvable à côté de ce script ($here)." >&2
    exit 1
fi

# The menu entry, pointing at this folder (a path with spaces is quoted, as the Desktop Entry spec wants).
# Inside the quotes " ` $ \ take a backslash, and the backslashes are doubled again as in any string value.
quoted=$(printf '%s' "$here/Tresse" | sed 's/[\\"`$]/\\\\&/g')
{ cat "$here/tresse.desktop"; printf 'Exec="%s" %%f\nTryExec=%s\n' "$quoted" "$here/Tresse"; } > "$work/tresse.desktop"

if has xdg-icon-resource; then
    xdg-icon-resource install --mode user --noupdate --novendor --context apps --size 256 "$work/tresse.png" tresse
    xdg-icon-resource forceupdate --mode user
else
    mkdir -p "$data/icons/hicolor/256x256/apps"
    cp "$here/tresse.png" "$data/icons/hicolor/256x256/apps/tresse.png"
fi
if has xdg-mime; then
    xdg-mime install --mode user --novendor "$work/tresse-mime.xml"
else
    mkdir -p "$data/mime/packages"
    cp "$here/tresse-mime.xml" "$data/mime/packages/tresse-mime.xml"
    if has update-mime-database; then update-mime-database "$data/mime" >/dev/null 2>&1 || true; fi
fi
if has xdg-desktop-menu; then
    xdg-desktop-menu install --mode user --novendor "$work/tresse.desktop"
else
    mkdir -p "$data/applications"
    cp "$work/tresse.desktop" "$data/applications/tresse.desktop"
    if has update-desktop-database; then update-desktop-database "$data/applications" >/dev/null 2>&1 || true; fi
fi
if has xdg-mime; then xdg-mime default tresse.desktop application/x-tresse; fi
echo "Tresse est inscrit dans le menu des applications ; les fichiers .tresse s'ouvrent avec lui."
echo "Pour une clé USB : créez un fichier tresse-portable.ini dans ce dossier, les données iront dans « Données Tresse »."
