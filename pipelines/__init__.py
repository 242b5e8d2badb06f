"""gov-reports pipelines: from fetched bytes to archived, deduplicated reports."""
