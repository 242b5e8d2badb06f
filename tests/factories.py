"""Records and report texts that several test modules build: saved report bodies read from
`tests/fixtures/seeds` (`body_of`) and a `ReportRecord` of a county report with every field
filled, any of them overridden (`record`)."""

from pathlib import Path

from archive.records import ReportRecord

SEEDS = Path(__file__).parent / "fixtures" / "seeds"


def body_of(name: str) -> str:
    """The body of a saved report: its lines after the three header lines, blank ones dropped."""
    lines = (SEEDS / name).read_text(encoding="utf-8").split("\n")
    return "\n".join(line for line in lines[3:] if line.strip())


def record(url: str, body: str, year: int = 2022, **overrides) -> ReportRecord:
    """A simplified HTML copy of 鄂托克旗's report on its own site; keywords override fields."""
    fields = dict(
        url=url, fetched_at="2026-11-26T00:00:00+00:00", http_status=200, kind="html",
        title=f"鄂托克旗{year}年法治政府建设工作报告", body=body, body_original=body,
        script="simplified", report_year=year, region="鄂托克旗", region_code="150624",
        province="内蒙古自治区", city="鄂尔多斯市", publisher="鄂托克旗人民政府办公室",
        publish_date="2022-12-05", issuer_kind="government", score=1.0, reason="test",
        site_key="www.etkq.gov.cn/", own_site=True,
    )
    fields.update(overrides)
    return ReportRecord(**fields)
