"""`python -m desk_client` and the entry script of the PyInstaller bundle.

Absolute imports only: PyInstaller runs this file as a top-level script, where a relative import
has no parent package ("attempted relative import with no known parent package").
"""
import os
import sys

from desk_client.bundle_check import exit_if_incomplete

if __name__ == "__main__":
    exit_if_incomplete()  # before Qt: a quarantined Qt DLL is named instead of a cryptic crash
    if os.environ.get("ISP_DESK_IMPORT_ALL") == "1":  # the bundle's smoke test (packaging/bundle_smoke.py)
        from desk_client.bundle_check import import_everything

        sys.exit(import_everything())
    from desk_client.installer_mutex import hold

    hold()  # Windows: the installer sees the client running and asks to close it
    from desk_client.app import main

    sys.exit(main())
