"""Decoding text reports: BOMs, UTF-16 without BOM, UTF-8, legacy encodings, binary input."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from gri_check.errors import InputError
from gri_check.ingest.encoding import decode

WESTERN = "Café naïve résumé – “quoted”: our employees and the environment in 2024 cost €5 million.\n"
GERMAN = "Die Gesellschaft für Umweltschutz veröffentlicht jährlich einen Bericht über Maßnahmen.\n"
CHINESE = "关于我们\n\n本公司致力于可持续发展，员工人数为1,200人。\n\nGRI内容索引\n2-1\t组织详细信息\t关于我们\n"
TAIWANESE = "關於我們\n\n本公司致力於永續發展，員工人數為1,200人。\n\nGRI內容索引\n2-1\t組織詳細資訊\t關於我們\n"
JAPANESE = "当社について\n\n当社は持続可能な発展に取り組んでいます。従業員数は1,200名です。\n"
POLISH = "Spółka ogłasza raport zrównoważonego rozwoju za rok 2023. Środowisko.\n"
CZECH = ("Společnost zveřejňuje zprávu o udržitelnosti za rok 2023. Počet zaměstnanců činil 1 200 osob. "
         "Emise skleníkových plynů jsme snížili o 5 %.\n")
TURKISH = ("Sürdürülebilirlik raporu 2023: çalışanlar ve çevre için ölçümler. Şirketimiz 1.200 çalışanı ile "
           "İstanbul'da faaliyet göstermektedir.\n")
FRENCH = ("L'entreprise publie son rapport de développement durable. Nous avons réduit nos émissions de 5 %. "
          "« Être responsable » est notre priorité.\n")
RUSSIAN = "Отчет об устойчивом развитии компании за 2023 год. Сотрудники и окружающая среда.\n"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (WESTERN, "cp1252"),
        (GERMAN, "latin-1"),
        ("Señor Müller\n", "latin-1"),  # short: detectors tie-break badly here
        (CHINESE, "gbk"),
        (CHINESE, "gb18030"),
        (TAIWANESE, "big5"),
        (JAPANESE, "shift_jis"),
        (POLISH, "cp1250"),
        (CZECH, "cp1250"),  # ties with cp1252 in the detector: the alphabet check decides
        (TURKISH, "cp1254"),  # the detector alone says cp1252 ("ş" -> "þ")
        (FRENCH, "cp1252"),
        (RUSSIAN, "cp1251"),
        (CHINESE, "utf-8"),
    ],
)
def test_legacy_encodings_are_detected(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding), "r.txt") == text


def test_latin1_is_not_misread_as_gb18030() -> None:
    # The old fallback decoded any non-UTF-8 bytes as GB18030, which nearly always "succeeds".
    data = GERMAN.encode("latin-1")
    data.decode("gb18030")  # the trap: this does not fail
    assert decode(data, "r.txt") == GERMAN


@pytest.mark.parametrize(
    ("prefix", "encoding"),
    [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
     (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be")],
)
def test_byte_order_marks(prefix: bytes, encoding: str) -> None:
    assert decode(prefix + CHINESE.encode(encoding), "r.txt") == CHINESE


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(encoding: str) -> None:
    text = "GRI content index\n2-1\tOrganizational details\tAbout Us\n"
    assert decode(text.encode(encoding), "r.txt") == text


def test_utf8_with_a_stray_cp1252_byte_stays_utf8() -> None:
    text = "Caf\u00e9 \u00e9t\u00e9 " * 10 + "it\u2019s"
    data = text.encode("utf-8").replace("\u2019".encode("utf-8"), b"\x92")
    assert decode(data, "r.txt") == text.replace("\u2019", "\ufffd")


@pytest.mark.parametrize(
    "data",
    [b"\x00\x01\x02binary\x00", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
     random.Random(7).randbytes(5000).replace(b"\x00", b"\x01")],
    ids=["nul-bytes", "png", "noise"],
)
def test_binary_input_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="^r.bin: file is binary, not a text report") as err:
        decode(data, "r.bin")
    assert err.value.exit_code == 3


def test_cli_reads_a_gbk_markdown_report(run_cli, tmp_path: Path) -> None:
    report = ("# 关于我们\n\n本公司参照GRI标准报告了本GRI内容索引中引用的信息。公司总部位于上海，是一家上市公司。\n\n"
              "# 员工\n\n截至年底，公司共有员工1,200人，其中女性520人。\n\n# GRI内容索引\n\n"
              "| 披露项 | 标题 | 位置 |\n|---|---|---|\n| 2-1 | 组织详细情况 | 关于我们 |\n"
              "| 2-7 | 员工 | 员工 |\n| 2-8 | 非雇员工作者 | 员工 |\n")
    p = tmp_path / "report.md"
    p.write_bytes(report.encode("gbk"))
    r = run_cli("check", p, "--format", "json")
    assert r.exit_code == 0
    data = json.loads(r.output)
    assert data["content_index"]["rows"] == 3
    found = {d["code"]: d for d in data["disclosures"] if d["indexed"]}
    assert found["2-1"]["index_row"]["raw_title"] == "组织详细情况"
    assert found["2-1"]["locations"][0]["resolved"] == ["关于我们"]
