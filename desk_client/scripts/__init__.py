"""Call scripts in the desktop client: the Qt-free runner and report, the runner widget, the wizard's
"Script Atend." and "Rel. Script" steps, and the supervisors' editor with its analytics."""
