"""Project commands: a `crawl` that reports a bad seed list or archive in one line."""
