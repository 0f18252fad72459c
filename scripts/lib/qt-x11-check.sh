# Sourced by scripts/run-demo (and its test): which X11 libraries Qt's xcb plugin needs are missing.
QT_X11_LIBS=(libxcb-cursor.so.0 libxkbcommon-x11.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1
             libxcb-render-util.so.0 libxcb-image.so.0 libxcb-shape.so.0 libxcb-xinerama.so.0)
QT_X11_APT="libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-render-util0 libxcb-image0 libxcb-shape0 libxcb-xinerama0"

# Prints the missing libraries, one per line. The cache is read once into a variable: piping
# `ldconfig -p` into `grep -q` under `set -o pipefail` reported present libraries as missing,
# because grep -q exits at the first match and ldconfig then dies of SIGPIPE (status 141).
qt_x11_missing_libs() {
  local cache lib ldconfig_bin
  # Debian keeps ldconfig in /sbin, which is not on an ordinary user's PATH.
  ldconfig_bin=$(command -v ldconfig || echo /sbin/ldconfig)
  [ -x "$ldconfig_bin" ] || return 0  # cannot tell: let Qt itself say what is missing
  cache=$("$ldconfig_bin" -p 2>/dev/null || true)
  for lib in "${QT_X11_LIBS[@]}"; do
    case "$cache" in
      *"$lib"*) ;;
      *) printf '%s\n' "$lib" ;;
    esac
  done
}
