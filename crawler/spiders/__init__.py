"""The project's one spider lives here so that `scrapy crawl gov_reports` finds it."""
