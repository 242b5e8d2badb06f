"""gov-reports crawler: seeds, discovery and the `gov_reports` spider."""
