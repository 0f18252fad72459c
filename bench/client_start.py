#!/usr/bin/env python3
"""Cold start of the desktop client to its login window, next to a bare PySide6 window.

Both are started the same way (a fresh Python process, same platform plugin) and timed from
spawn until the window has been shown and the event loop has turned once. Prints medians,
p95 and the ratio ours / bare (target: < 1.5 s and ≤ 2×). With --bundle DIR the PyInstaller
bundle (dist/isp-desk, built by scripts/build-bundle) is timed the same way, next to the source start.

  python bench/client_start.py [--runs 15] [--platform offscreen|xcb] [--bundle dist/isp-desk]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
w = QWidget(); w.setWindowTitle("bare"); w.resize(420, 330); w.show()
def shown():
    print("shown", flush=True); app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def run(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    for line in proc.stdout:
        if line.startswith("shown"):
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError(f"{cmd} never showed its window")
    proc.wait(30)
    return elapsed


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument("--bundle", help="folder of the built one-dir bundle (dist/isp-desk)")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="isp-desk-bench-")
    env = {**os.environ, "QT_QPA_PLATFORM": args.platform, "ISP_DESK_HOME": home,
           "ISP_DESK_EXIT_WHEN_SHOWN": "1", "ISP_DESK_NO_CRASH_DIALOGS": "1"}
    commands = {"isp-desk login window": [sys.executable, "-m", "desk_client"],
                "bare PySide6 window": [sys.executable, "-c", BARE]}
    if args.bundle:
        exe = Path(args.bundle) / ("isp-desk.exe" if os.name == "nt" else "isp-desk")
        commands["bundle login window"] = [str(exe)]
    times: dict[str, list[float]] = {name: [] for name in commands}
    for cmd in commands.values():
        run(cmd, env)  # warm the OS file cache for each
    for _ in range(args.runs):  # interleaved so machine noise hits all alike
        for name, cmd in commands.items():
            times[name].append(run(cmd, env))
    print(f"platform={args.platform} runs={args.runs}")
    print(f"{'':22}{'median':>10}{'p95':>10}")
    for name, values in times.items():
        print(f"{name:22}{statistics.median(values):>9.3f}s{pct(values, .95):>9.3f}s")
    median = {name: statistics.median(values) for name, values in times.items()}
    ratio = median["isp-desk login window"] / median["bare PySide6 window"]
    print(f"ratio (median ours / bare) = {ratio:.2f}x   target: < 1.5 s and <= 2x")
    if args.bundle:
        print(f"ratio (median bundle / source) = "
              f"{median['bundle login window'] / median['isp-desk login window']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
