"""`gri-check batch`: per-report JSON byte for byte what `check --format json` gives, the same sequentially, on a
local dask process pool and on a dask.distributed cluster started here; failures recorded, cache, resume,
manifests with per-report options."""
from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from gri_check import batch_run
from tests.conftest import ROOT

SAMPLES = sorted((ROOT / "reports").glob("*.md"))
CHECK_TASK = batch_run.check_task  # the real one, wrapped by Counting
CORPUS_PDFS = ("origin_2023_gri-index_en.pdf", "macquarie_2023_gri-index_en.pdf")  # the two shortest


def check_json(run_cli, path: Path | str, *options: str) -> str:
    result = run_cli("check", str(path), "--format", "json", *options)
    assert result.exit_code in (0, 1), result.output
    return result.output


def outputs(out: Path) -> dict[str, bytes]:
    """Every file of a batch's output folder except the cache (summary included)."""
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def summary(out: Path) -> dict:
    return json.loads((out / "summary.json").read_text(encoding="utf-8"))


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    """The two samples, a copy of one under the same file name in a subfolder, and an unreadable report."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    for s in SAMPLES:
        shutil.copy(s, folder / s.name)
    shutil.copy(SAMPLES[0], folder / "sub" / SAMPLES[0].name)
    (folder / "broken.pdf").write_bytes(b"")
    (folder / "notes.csv").write_text("not a report\n", encoding="utf-8")  # only report suffixes are searched
    return folder


def test_samples_match_check_byte_for_byte(run_cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_cli("batch", *map(str, SAMPLES), "--out", out, "--jobs", "1")
    assert result.exit_code == 0, result.output
    for s in SAMPLES:
        assert (out / f"{s.stem}.json").read_text(encoding="utf-8") == check_json(run_cli, s)
    rows = summary(out)["reports"]
    assert [r["path"] for r in rows] == [str(s) for s in SAMPLES]
    north = rows[[s.name for s in SAMPLES].index("northwind_2024.md")]
    data = json.loads((out / "northwind_2024.json").read_text(encoding="utf-8"))
    assert north["coverage_percent"] == data["coverage"]["percent"] == 56.0  # hand-checked in the terminal report
    assert north["statuses"]["supported"] == data["coverage"]["supported"]
    assert north["findings"]["error"] == sum(f["severity"] == "error" for f in data["findings"])
    assert (north["status"], north["exit_code"], north["gate_passed"], north["cached"]) == ("ok", 0, True, False)
    assert "2 reports: 2 checked (0 gate failed)" in result.output


def test_sequential_pool_and_cluster_agree_and_failures_are_recorded(run_cli, inputs: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    distributed = pytest.importorskip("distributed")
    runs = {}
    for label, args in (("seq", ["--jobs", "1"]), ("pool", ["--jobs", "2"])):
        result = run_cli("batch", inputs, "--out", tmp_path / label, *args, "-q")
        assert result.exit_code == 3, result.output  # the unreadable report is the worst
        runs[label] = outputs(tmp_path / label)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        result = run_cli("batch", inputs, "--out", tmp_path / "cluster", "--scheduler", cluster.scheduler_address,
                         "-q")
        assert result.exit_code == 3, result.output
        runs["cluster"] = outputs(tmp_path / "cluster")
    assert runs["seq"] == runs["pool"] == runs["cluster"]
    names = sorted(runs["seq"])
    twin = [n for n in names if n.startswith(SAMPLES[0].stem)]
    assert len(twin) == 2 and len({n for n in twin}) == 2  # same file name twice: one gets a short hash
    rows = summary(tmp_path / "seq")["reports"]
    assert [r["path"] for r in rows] == sorted(r["path"] for r in rows)
    broken = next(r for r in rows if r["path"].endswith("broken.pdf"))
    assert (broken["status"], broken["exit_code"], broken["output"]) == ("error", 3, None)
    assert "broken.pdf" in broken["error"] and "empty" in broken["error"].lower()
    assert "broken.json" not in names
    monkeypatch.chdir(inputs.parent)  # short relative paths: the table clips long ones
    table = run_cli("batch", inputs.name, "--out", tmp_path / "table", "--jobs", "1").output
    broken_lines = [line for line in table.splitlines() if "broken.pdf" in line]
    assert broken_lines and all(line.count("broken.pdf") == 1 for line in broken_lines), table
    assert [r["status"] for r in rows].count("ok") == 3
    assert not any(r["path"].endswith("notes.csv") for r in rows)
    for r in rows:
        if r["status"] == "ok":
            assert runs["seq"][r["output"]].decode("utf-8") == check_json(run_cli, r["path"])
    with (tmp_path / "seq" / "summary.csv").open(encoding="utf-8", newline="") as fh:
        table = list(csv.DictReader(fh))
    assert [t["path"] for t in table] == [r["path"] for r in rows]
    assert [t["exit_code"] for t in table] == [str(r["exit_code"]) for r in rows]


class Counting:
    """check_task wrapped to count the reports actually checked (the cache must avoid them)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, stop_after: int | None = None) -> None:
        self.paths: list[str] = []
        self.stop_after = stop_after
        real = CHECK_TASK

        def counted(task, today):
            if self.stop_after is not None and len(self.paths) == self.stop_after:
                raise KeyboardInterrupt
            self.paths.append(task.path)
            return real(task, today)

        monkeypatch.setattr(batch_run, "check_task", counted)


def test_cache_skips_unchanged_reports(run_cli, inputs: Path, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    first = Counting(monkeypatch)
    assert run_cli("batch", inputs, "--out", out, "--jobs", "1", "-q").exit_code == 3
    assert len(first.paths) == 4
    before = outputs(out)
    again = Counting(monkeypatch)
    assert run_cli("batch", inputs, "--out", out, "--jobs", "1", "-q").exit_code == 3
    assert [Path(p).name for p in again.paths] == ["broken.pdf"]  # only a failed report is tried again
    rows = summary(out)["reports"]
    assert [r["cached"] for r in rows] == [r["status"] == "ok" for r in rows]
    assert {k: v for k, v in outputs(out).items() if not k.startswith("summary")} == \
        {k: v for k, v in before.items() if not k.startswith("summary")}  # the summaries' `cached` changed
    changed = inputs / SAMPLES[1].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    third = Counting(monkeypatch)
    assert run_cli("batch", inputs, "--out", out, "--jobs", "1", "-q", "--fail-on", "error").exit_code == 3
    assert len(third.paths) == 4  # other options: another key for every report
    fourth = Counting(monkeypatch)
    run_cli("batch", inputs, "--out", out, "--jobs", "1", "-q", "--no-cache")
    assert len(fourth.paths) == 4
    assert (out / f"{SAMPLES[1].stem}.json").read_text(encoding="utf-8") == check_json(run_cli, changed)


def test_resume_after_interruption_skips_finished_reports(run_cli, inputs: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    Counting(monkeypatch, stop_after=2)
    assert run_cli("batch", inputs, "--out", out, "--jobs", "1", "-q").exit_code == 130  # interrupted
    assert not (out / "summary.json").exists()
    finished = sorted(p.name for p in out.glob("*.json"))
    assert len(finished) == 1  # broken.pdf (first in order) failed, one report finished
    resumed = Counting(monkeypatch)
    assert run_cli("batch", inputs, "--out", out, "--jobs", "1", "-q", "--resume").exit_code == 3
    assert len(resumed.paths) == 2  # neither the failed report nor the finished one again
    rows = summary(out)["reports"]
    assert sum(r["cached"] for r in rows) == 2
    assert next(r for r in rows if r["path"].endswith("broken.pdf"))["exit_code"] == 3
    fresh = tmp_path / "fresh"
    run_cli("batch", inputs, "--out", fresh, "--jobs", "1", "-q")
    assert {k: v for k, v in outputs(out).items() if not k.startswith("summary")} == \
        {k: v for k, v in outputs(fresh).items() if not k.startswith("summary")}


@pytest.mark.parametrize("kind", ["csv", "json"])
def test_manifest_with_per_report_options(run_cli, tmp_path: Path, kind: str) -> None:
    north, harbour = ROOT / "reports" / "northwind_2024.md", ROOT / "reports" / "harbourline_2024.md"
    for s in (north, harbour):
        shutil.copy(s, tmp_path / s.name)
    rows = [{"path": "northwind_2024.md", "mode": "in-accordance", "frameworks": "SASB", "industry": "RT-IG"},
            {"path": "harbourline_2024.md", "against": "northwind_2024.md"}]
    manifest = tmp_path / f"list.{kind}"
    if kind == "json":
        manifest.write_text(json.dumps({"reports": rows}), encoding="utf-8")
    else:
        with manifest.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, ["path", "against", "industry", "frameworks", "mode"])
            writer.writeheader()
            writer.writerows(rows)
    out = tmp_path / "out"
    result = run_cli("batch", manifest, "--out", out, "--jobs", "1", "-q")
    assert result.exit_code in (0, 1), result.output
    n, h = tmp_path / "northwind_2024.md", tmp_path / "harbourline_2024.md"
    expected_n = check_json(run_cli, n, "--mode", "in-accordance", "--framework", "SASB", "--industry", "RT-IG")
    assert (out / "northwind_2024.json").read_text(encoding="utf-8") == expected_n
    assert json.loads(expected_n)["mode"] == {"value": "in_accordance", "source": "option"}
    assert (out / "harbourline_2024.json").read_text(encoding="utf-8") == check_json(run_cli, h, "--against", n)
    assert json.loads(expected_n) != json.loads(check_json(run_cli, n))  # the options did change the result


def test_usage_errors(run_cli, tmp_path: Path) -> None:
    bad = tmp_path / "m.csv"
    bad.write_text("path,colour\nx.md,red\n", encoding="utf-8")
    result = run_cli("batch", bad, "--out", tmp_path / "o")
    assert result.exit_code == 2 and "unknown column 'colour'" in result.output
    result = run_cli("batch", str(tmp_path / "*.pdf"), "--out", tmp_path / "o")
    assert result.exit_code == 2 and "matches no report" in result.output
    result = run_cli("batch", SAMPLES[0], "--out", tmp_path / "o", "--jobs", "2", "--scheduler", "tcp://h:1")
    assert result.exit_code == 2


@pytest.mark.shared
def test_corpus_pdfs_match_check_on_pool(run_cli, shared_dir: Path, tmp_path: Path) -> None:
    """Two real PDFs: the dask workers read them serially (a daemon may not fork), `check` in parallel."""
    pytest.importorskip("distributed")
    pdfs = [shared_dir / "corpus" / name for name in CORPUS_PDFS]
    if not all(p.is_file() for p in pdfs):
        pytest.skip(f"{CORPUS_PDFS} not in ../shared/corpus")
    out = tmp_path / "out"
    result = run_cli("batch", *map(str, pdfs), "--out", out, "--jobs", "2", "-q")
    assert result.exit_code in (0, 1), result.output
    for p in pdfs:
        assert (out / f"{p.stem}.json").read_text(encoding="utf-8") == check_json(run_cli, p)
