"""Call scripts: tree validation, versions and test paths, runs checked into reports, analytics."""
