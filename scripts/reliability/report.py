"""results.json as Markdown: the figures docs/reliability.md quotes."""


def summary(results):
    out = ["# Reliability trials: figures", ""]
    for name, r in results.items():
        out.append(f"## {name}")
        out.append("")
        if "skipped" in r:
            out += [f"skipped: {r['skipped']}", ""]
            continue
        out.append(f"- finished {r.get('finished')}, took {r.get('took_s')} s; "
                   f"**{r.get('violations', 0)} violations**")
        if name == "fuzz":
            out.append(f"- {r['invocations']} processes (seed {r['seed']}, {r['parallel']} at "
                       f"once, timeout {r['timeout_s']} s), median {r['median_s']} s, max "
                       f"{r['max_s']} s; {r['vectors_with_escape_values']} with an escaping value")
            out.append("- exit codes: " + ", ".join(f"{k}: {v}" for k, v in r["histogram"].items()))
            out.append("- most frequent exit-2 messages:")
            out += [f"  - {n} × `{m}`" for m, n in r["top_exit2_messages"][:12]]
            out.append("- exit-1 messages:")
            out += [f"  - {n} × `{m}`" for m, n in r["top_exit1_messages"][:10]]
        elif name in ("kill", "interrupt"):
            out.append(f"- {r['signals']} signals ({r['attempts']} runs started); chains: "
                       + "; ".join(f"`{c}`" for c in r["chains"]))
            out.append(f"- reference runs {r['reference_s']} s, {r['reference_outputs']} outputs;"
                       f" re-run median {r['rerun_median_s']} s")
            out.append(f"- exit after the signal: {r['exit_after_signal']}")
            out.append(f"- history's record of the signalled run: {r['history_status_after_signal']}")
            out.append(f"- signals that left some outputs done: "
                       f"{r['signals_with_some_outputs_done']}; temporary files right after the "
                       f"signal: {r['temp_files_right_after_signal']}")
            if r.get("observed"):
                out.append(f"- observed: {r['observed']}")
        elif name == "escape":
            out.append(f"- {r['attempts']} attempts: {len(r['targets'])} parameters × "
                       f"{len(r['values'])} values × modes {r['modes']}")
            out.append(f"- exit codes: {r['histogram']}")
        elif name in ("disk-full", "read-only"):
            out.append("")
            out.append("| setting | exit | said | problems |")
            out.append("|---|---|---|---|")
            for row in r["rows"]:
                setting = (f"{row['free_bytes']} bytes free" if "free_bytes" in row
                           else f"{row['store']}: {row['case']}")
                said = " / ".join(row.get("said") or [])[:160].replace("|", "\\|")
                out.append(f"| {setting} | {row['exit']} | {said} | "
                           f"{'; '.join(row['problems'])[:200].replace('|', '/')} |")
        examples = r.get("violation_examples") or []
        if examples:
            out.append("")
            out.append("Violations (first few):")
            for v in examples[:8]:
                if isinstance(v, dict):
                    what = v.get("args") or v.get("chain") or v.get("case")
                    out.append(f"- `{str(what)[:200]}` → exit {v.get('exit')}: "
                               f"{'; '.join(v.get('problems', []))[:300]}")
                else:
                    out.append(f"- {v}")
        out.append("")
    return "\n".join(out)
