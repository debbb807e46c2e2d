#!/usr/bin/env python3
# A copy of the shared scorer (../shared/tools/score_import.py), kept in the repository so that
# CI on a clean clone scores the development corpus (crates/duban-import/tests/corpus).
"""Scores `duban parse FILE --json` against hand-made ground truth.

usage (from the project's root, after `cargo build --release`):
  python3 ../shared/tools/score_import.py target/release/duban \
      ../shared/fixtures/000_a42a057c390f894e.truth.json --verbose

For each truth file NAME.truth.json the document is NAME.txt beside it; for
NAME.EXT.truth.json it is NAME.EXT (a .docx, .xlsx, ...); the seed's text is in ../seeds/. Triples (measure, role, department) are
compared after Traditional->Simplified conversion and whitespace removal;
roles listed as ambiguous in the truth are skipped.
The conversion needs the `opencc` module (`pip install opencc-python-reimplemented`);
without it Traditional documents are compared as written and may score lower. Prints per-document lines
and, last, one summary line: `micro-F1 X.XXX items-found A/B docs N crashes C`.
"""
import json, os, re, subprocess, sys

try:
    from opencc import OpenCC
    _t2s = OpenCC("t2s").convert
except Exception:  # scorer still runs, Traditional documents score lower
    _t2s = lambda s: s

ROLES = ("lead", "responsible", "participant")
PUNCT = re.compile(r"[\s\u3000<>/p]|等$")

def norm(s):
    s = _t2s(s or "")
    s = re.sub(r"</?p>", "", s)
    s = re.sub(r"\s+", "", s)
    s = s.replace("（", "(").replace("）", ")").replace("，", ",").replace("：", ":")
    return s

def norm_org(s):
    s = norm(s)
    return re.sub(r"等$", "", s)

def flatten(items, path=()):
    for it in items:
        num = it.get("number")
        p = path + ((num or ""),)
        yield p, it
        yield from flatten(it.get("children") or [], p)

def run_parse(binary, doc):
    try:
        out = subprocess.run([binary, "parse", doc, "--json"], capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    if out.returncode != 0:
        return None, "exit %d: %s" % (out.returncode, out.stderr.decode("utf-8", "replace")[-300:])
    try:
        return json.loads(out.stdout), None
    except Exception as e:
        return None, "bad json: %s" % e

def score(binary, truth_path, verbose):
    truth = json.load(open(truth_path, encoding="utf-8"))
    stem = truth_path[: -len(".truth.json")]
    doc = stem if os.path.splitext(stem)[1] else stem + ".txt"  # NAME.docx.truth.json -> NAME.docx
    if not os.path.exists(doc):  # the seed's truth sits in fixtures/, its text in seeds/
        alt = os.path.join(os.path.dirname(truth_path), "..", "seeds", os.path.basename(doc))
        doc = alt if os.path.exists(alt) else doc
    plan, err = run_parse(binary, doc)
    if plan is None:
        return dict(doc=os.path.basename(doc), err=err, tp=0, fp=0,
                    fn=sum(len(i.get(r, [])) for i in truth["items"] for r in ROLES if r not in i.get("ambiguous", [])),
                    found=0, total=len(truth["items"]), plan=None)
    nodes = list(flatten(plan.get("items") or []))
    used = set()
    tp = fp = fn = found = 0
    misses = []
    path_errors = []
    start = 0
    for ti in truth["items"]:
        key = norm(ti["text_start"])
        hit = None
        order = list(range(start, len(nodes))) + list(range(0, start))
        for k in order:
            if k in used:
                continue
            text = norm(nodes[k][1].get("text", ""))
            if text.startswith(key) or key in text[: len(key) + 8]:
                hit = k
                break
        if hit is None:
            misses.append("not found: " + ti["text_start"])
            fn += sum(len(ti.get(r, [])) for r in ROLES if r not in ti.get("ambiguous", []))
            continue
        used.add(hit)
        start = hit + 1
        found += 1
        if "path" in ti:
            want_path = [x for x in ti["path"] if x]
            got_path = [norm(x).strip("()") for x in nodes[hit][0] if x]
            if got_path != want_path:
                path_errors.append("%s: path %s, want %s" % (ti["text_start"], "/".join(got_path), "/".join(want_path)))
        got = {r: set() for r in ROLES}
        for a in nodes[hit][1].get("assignments") or []:
            r = a.get("role")
            if r in got:
                got[r].add(norm_org(a.get("as_written") or a.get("org") or ""))
        for r in ROLES:
            if r in ti.get("ambiguous", []):
                continue
            want = {norm_org(d) for d in (ti.get(r) or [])}
            t = len(want & got[r]); tp += t
            f1 = len(got[r] - want); fp += f1
            f2 = len(want - got[r]); fn += f2
            if (f1 or f2) and verbose:
                misses.append("%s %s: missing %s extra %s" % (ti["text_start"], r, sorted(want - got[r]), sorted(got[r] - want)))
    extra = {}
    if "areas" in truth:
        top = plan.get("items") or []
        extra["areas"] = "%d/%d" % (len(top), len(truth["areas"]))
        extra["tasks"] = "%d/%d" % (sum(len(a.get("children") or []) for a in top), len(truth["tasks"]))
        extra["paths"] = "%d/%d" % (found - len(path_errors), found)
    if "expected_diagnostics" in truth:
        diags = plan.get("diagnostics") or []
        blob = [norm((d.get("message") or "") + " " + (d.get("excerpt") or "")) for d in diags]
        ok = 0
        for e in truth["expected_diagnostics"]:
            needle = norm(e.get("text") or e.get("text_start", "")[:6])
            if any(needle in b for b in blob):
                ok += 1
            elif verbose:
                misses.append("no diagnostic about: " + e["about"])
        extra["diagnostics"] = "%d/%d" % (ok, len(truth["expected_diagnostics"]))
    misses.extend(path_errors if verbose else [])
    return dict(doc=os.path.basename(doc), err=None, tp=tp, fp=fp, fn=fn, found=found,
                total=len(truth["items"]), misses=misses, plan=plan, truth=truth, extra=extra)

def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return (2 * p * r / (p + r)) if p + r else 0.0

def main(argv):
    verbose = "--verbose" in argv
    args = [a for a in argv if not a.startswith("--")]
    binary, truths = args[0], args[1:]
    T = FP = FN = F = N = crashes = 0
    for t in truths:
        s = score(binary, t, verbose)
        T += s["tp"]; FP += s["fp"]; FN += s["fn"]; F += s["found"]; N += s["total"]
        if s["err"]:
            crashes += 1
            print("%-40s ERROR %s" % (s["doc"], s["err"]))
            continue
        more = "".join(" %s %s" % kv for kv in s["extra"].items())
        print("%-40s F1 %.3f items %d/%d%s" % (s["doc"], f1(s["tp"], s["fp"], s["fn"]), s["found"], s["total"], more))
        if verbose:
            for m in s["misses"][:40]:
                print("    " + m)
    print("micro-F1 %.3f items-found %d/%d docs %d crashes %d" % (f1(T, FP, FN), F, N, len(truths), crashes))

if __name__ == "__main__":
    main(sys.argv[1:])
