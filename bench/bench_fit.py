"""CV import, posting import and fit report: in-process time per step, and a whole `coach fit`
process (wall and CPU) on a 5-page CV PDF and a posting.

Run: python bench/bench_fit.py [--runs N]   -> prints JSON
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

JOB = """Senior AI Application Engineer
Requirements
- 3+ years of Python; strong SQL
- Experience building RAG systems with vector databases
- Familiarity with Docker and Kubernetes, CI/CD
- Experience with LangChain or LlamaIndex a plus
- Nice to have: PyTorch, fine-tuning, Temporal
"""
ROLE_BLOCK = [
    "Senior Backend Engineer, Acme Logistics, {a} - {b}",
    "Built services in Python and Go; PostgreSQL, Redis, Docker, Kubernetes, Kafka",
    "Designed REST APIs and system design reviews; mentored 4 engineers",
    "Ran CI/CD with GitHub Actions; observability with Prometheus and Grafana",
    "Worked with data engineering pipelines in Airflow and SQL",
]


def _cv_lines(pages: int) -> list[list[str]]:
    out = []
    for p in range(pages):
        lines = ["Experience"] if p == 0 else []
        for j in range(9):
            year = 2024 - (p * 9 + j) % 20
            lines += [ln.format(a=year - 2, b=year) for ln in ROLE_BLOCK]
        out.append(lines)
    out[-1] += ["Skills", "Python, Go, Java, SQL, Docker, Kubernetes, Git, AWS", "Education", "BSc"]
    return out


def write_pdf(path: Path, pages: list[list[str]]) -> None:
    """A text PDF (Helvetica), one content stream per page, written by hand."""
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", ""]
    kids = []
    for lines in pages:
        body = "BT /F1 9 Tf 40 800 Td 12 TL " + " ".join(f"({ln}) '" for ln in lines) + " ET"
        page_no = len(objs) + 1
        kids.append(f"{page_no} 0 R")
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {page_no + 1} 0 R "
            "/Resources << /Font << /F1 FONT 0 R >> >> >>"
        )
        objs.append(f"<< /Length {len(body)} >>\nstream\n{body}\nendstream")
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    font = len(objs)
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    objs = [o.replace("FONT", str(font)) for o in objs]
    out, offsets = b"%PDF-1.4\n", []
    for n, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer << /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(out)


def _in_process(cv: Path, job: Path, runs: int) -> dict[str, float]:
    from coach.cli_fit import import_cv, import_posting
    from coach.engine.fit import fit_report
    from coach.knowledge.loader import load_kb

    kb = load_kb()
    times: dict[str, list[float]] = {"cv_import_s": [], "posting_import_s": [], "fit_report_s": []}
    for _ in range(runs):
        t0 = time.perf_counter()
        profile = import_cv(cv, "en", date(2026, 12, 1)).profile
        t1 = time.perf_counter()
        posting = import_posting(job)
        t2 = time.perf_counter()
        fit_report(profile, posting, kb)
        t3 = time.perf_counter()
        for key, value in zip(times, (t1 - t0, t2 - t1, t3 - t2), strict=True):
            times[key].append(value)
    return {k: round(statistics.median(v), 4) for k, v in times.items()}


def _pasted(runs: int) -> dict[str, float]:
    """A 5-page CV pasted into the chat (detected and read), and an ordinary long turn."""
    from coach.knowledge.loader import load_kb
    from coach.nodes.common import MAX_MESSAGE_CHARS
    from coach.nodes.documents import read_pasted
    from coach.text import clean

    kb = load_kb()
    cv = clean("\n".join(line for page in _cv_lines(5) for line in page), MAX_MESSAGE_CHARS)
    talk = clean(
        "\n".join(["I'm a backend dev, Python and Go, and I want to learn RAG this year."] * 60),
        MAX_MESSAGE_CHARS,
    )
    times: dict[str, list[float]] = {"pasted_cv_read_s": [], "ordinary_long_turn_s": []}
    for _ in range(runs):
        t0 = time.perf_counter()
        assert read_pasted(cv, None, "en", kb, date(2026, 12, 1)) is not None
        t1 = time.perf_counter()
        assert read_pasted(talk, None, "en", kb, date(2026, 12, 1)) is None
        t2 = time.perf_counter()
        times["pasted_cv_read_s"].append(t1 - t0)
        times["ordinary_long_turn_s"].append(t2 - t1)
    return {k: round(statistics.median(v), 4) for k, v in times.items()}


def _process(cv: Path, job: Path, runs: int, tmp: Path) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), COACH_CACHE_DIR=str(tmp / "cache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    cmd = [sys.executable, "-m", "coach", "fit", "--cv", str(cv), "--job", str(job)]
    subprocess.run(cmd, env=env, capture_output=True, check=True)  # warm-up
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(cmd, env=env, capture_output=True, check=True)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return {
        "coach_fit_wall_median_s": round(statistics.median(walls), 3),
        "coach_fit_cpu_median_s": round(statistics.median(cpus), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="coach-fit-bench-") as name:
        tmp = Path(name)
        cv, job = tmp / "cv.pdf", tmp / "job.md"
        write_pdf(cv, _cv_lines(5))
        job.write_text(JOB, encoding="utf-8")
        from pypdf import PdfReader

        report = {
            "benchmark": "CV import, posting import, fit report",
            "cv_pages": len(PdfReader(str(cv)).pages),
            "load_average": os.getloadavg(),
            "in_process": _in_process(cv, job, args.runs),
            "pasted_in_chat": _pasted(args.runs),
            "process": _process(cv, job, args.runs, tmp),
        }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
