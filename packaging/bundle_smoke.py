#!/usr/bin/env python3
"""Smoke test of a built client bundle (scripts/build-bundle and tests/packaging run it):

  python packaging/bundle_smoke.py dist/isp-desk

1. nothing of the server inside (no SQLAlchemy, FastAPI, psycopg, librouteros, reportlab...);
2. size ≤ 250 MiB unpacked (printed);
3. `isp-desk --version` prints the package's version, and every client module imports in the bundle;
4. started offscreen, the login window is shown, in Portuguese and with --language en in English,
   and the process ends cleanly (exit code 0, no traceback);
5. an isp-desk.ini next to the executable presets the server shown in the login window;
6. with one of its files gone (antivirus quarantine), it refuses to start and names the file.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_contents
import bundle_meta

MAX_MIB = 250
TITLES = {"pt_BR": "ISP Desk — Entrar", "en": "ISP Desk — Sign in"}


class SmokeFailure(AssertionError):
    pass


def _exe(bundle: Path) -> Path:
    return bundle / (bundle_meta.EXE_NAME + (".exe" if os.name == "nt" else ""))


def _env(home: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "ISP_DESK_HOME": home, "ISP_DESK_EXIT_WHEN_SHOWN": "1", "ISP_DESK_NO_CRASH_DIALOGS": "1"}


def _run(bundle: Path, *args: str, home: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(_exe(bundle)), *args], env=_env(home), capture_output=True, text=True, check=False,
                          timeout=120)


def check_contents(bundle: Path) -> float:
    modules = bundle_contents.bundled_modules(bundle, bundle_meta.EXE_NAME)
    leaked = bundle_contents.forbidden_in(modules) + bundle_contents.forbidden_files(bundle)
    if leaked:
        raise SmokeFailure("server-side code inside the client bundle: " + ", ".join(leaked[:20]))
    # Modules loaded by name at run time (wizard steps) are missed by import analysis: all must be in.
    absent = sorted(set(bundle_contents.client_modules()) - modules)
    if absent:
        raise SmokeFailure("client modules missing from the bundle: " + ", ".join(absent[:20]))
    mib = bundle_contents.size_bytes(bundle) / 2**20
    if mib > MAX_MIB:
        raise SmokeFailure(f"bundle is {mib:.1f} MiB unpacked, over the {MAX_MIB} MiB budget")
    return mib


def check_version(bundle: Path, home: str) -> str:
    expected = f"{bundle_meta.EXE_NAME} {bundle_meta.read().version}"
    done = _run(bundle, "--version", home=home)
    if done.returncode != 0 or done.stdout.strip() != expected:
        raise SmokeFailure(f"--version: exit {done.returncode}, printed {done.stdout!r} {done.stderr[-2000:]}")
    return done.stdout.strip()


def check_every_module_imports(bundle: Path, home: str) -> int:
    done = subprocess.run([str(_exe(bundle))], env={**_env(home), "ISP_DESK_IMPORT_ALL": "1"},
                          capture_output=True, text=True, timeout=120, check=False)
    counts = [line for line in done.stdout.splitlines() if line.startswith("imported=")]
    if done.returncode != 0 or not counts:
        raise SmokeFailure(f"client modules fail to import inside the bundle:\n{done.stdout}{done.stderr[-4000:]}")
    return int(counts[0].split()[0].split("=")[1])


def check_login_shown(bundle: Path, language: str, home: str) -> float:
    done = _run(bundle, "--language", language, home=home)
    shown = [line for line in done.stdout.splitlines() if line.startswith("shown_after_s=")]
    problems = []
    if done.returncode != 0:
        problems.append(f"exit code {done.returncode}")
    if "Traceback" in done.stderr:
        problems.append("a traceback on stderr")
    if "not found" in done.stderr:
        problems.append("a translation catalogue not found (ours or Qt's qtbase)")
    if not shown or "window=LoginDialog visible=True" not in shown[0]:
        problems.append("the login window was not shown")
    elif not shown[0].endswith(f"title={TITLES[language]}"):
        problems.append(f"title not in {language}: {shown[0]}")
    if problems:
        raise SmokeFailure(f"start ({language}): {', '.join(problems)}\n{done.stdout}\n{done.stderr[-3000:]}")
    return float(shown[0].split()[0].split("=")[1])


def check_missing_file_named(bundle: Path, home: str) -> str:
    """Hides one file of the bundle (as a quarantine would), expects a refusal naming it, restores it."""
    victim = bundle / "_internal" / "desk_client" / "i18n" / "isp_desk_en.qm"
    hidden = victim.with_name(victim.name + ".quarantined")
    victim.rename(hidden)
    try:
        done = _run(bundle, home=home)
    finally:
        hidden.rename(victim)
    if done.returncode != 3 or "desk_client/i18n/isp_desk_en.qm" not in done.stderr:
        raise SmokeFailure(f"missing file not reported: exit {done.returncode}\n{done.stderr[-2000:]}")
    return done.stderr.strip().splitlines()[1].strip()


def check_preset_read(bundle: Path, home: str) -> str:
    """An isp-desk.ini next to the executable presets the server the login window shows."""
    preset = bundle / "isp-desk.ini"
    if preset.exists():
        raise SmokeFailure(f"{preset} exists already: the smoke test will not overwrite an admin's preset")
    url = "http://atendimento.exemplo.invalid:8470"
    preset.write_text(f"[connection]\nserver_url = {url}\n", encoding="utf-8")
    try:
        done = _run(bundle, home=home)
    finally:
        preset.unlink()
    if f"server={url} " not in done.stdout:
        raise SmokeFailure(f"preset server not shown in the login window:\n{done.stdout}\n{done.stderr[-2000:]}")
    return url


def run_all(bundle: Path, out=print) -> None:
    with tempfile.TemporaryDirectory(prefix="isp-desk-smoke-") as home:
        out(f"contents: client only, {check_contents(bundle):.1f} MiB unpacked (budget {MAX_MIB} MiB)")
        out(f"--version: {check_version(bundle, home)}")
        out(f"every client module imports inside the bundle: {check_every_module_imports(bundle, home)}")
        for language in ("pt_BR", "en"):
            out(f"login window ({language}) shown after {check_login_shown(bundle, language, home):.2f} s, "
                f"clean exit")
        out(f"server preset by isp-desk.ini next to the executable: {check_preset_read(bundle, home)}")
        out(f"self-check names the missing file: {check_missing_file_named(bundle, home)}")


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else bundle_meta.ROOT / "dist" / bundle_meta.EXE_NAME)
    try:
        run_all(bundle)
    except SmokeFailure as failure:
        print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
