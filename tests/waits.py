"""How long a GUI test waits for what must happen: an upper bound, never a speed claim (speed is
asserted on its own, with measured figures). Generous because the suite runs in two workers on a
2-core machine, where a first login (imports, argon2) once took more than 10 s."""
GUI_WAIT_MS = 30_000
