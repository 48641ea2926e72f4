#!/usr/bin/env python3
"""The graph of Spanline's top-level modules, and whether it has a cycle.

Reads every `.rs` file under `src/` (not `main.rs`, a separate binary crate) and records which
top-level module (a `mod` declared in `src/lib.rs`) refers to which other one, through
`crate::x` paths, grouped `use crate::{a::X, b::{Y, Z}}` forms, and `super::` chains that climb
to the crate root. Comments and string literals are skipped: a doc link is not a dependency.

Exits 1, printing the cycle(s), when the modules other than `ui` and `app` refer to each other
in a cycle, or when one of them refers to `ui` or `app` (the top of the stack, which may use
everything). Exits 0 otherwise.

    python3 .ci/module_cycles.py            # check
    python3 .ci/module_cycles.py --graph    # also print every edge (and where, with -v)
    python3 .ci/module_cycles.py --no-tests # leave out references made only in #[cfg(test)] code

Standard library only.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

# The top of the stack: allowed to depend on every module, depended on by none of them.
TOP = ("ui", "app")

IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
RAW_STRING = re.compile(r'(?:br|cr|r)(#*)"')


def tokens(text: str):
    """(token, line) pairs of Rust source, without comments, strings or char literals."""
    i, line, n = 0, 1, len(text)
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
            i += 1
        elif c.isspace():
            i += 1
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif text.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if text.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif text.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    line += text[i] == "\n"
                    i += 1
        elif (m := RAW_STRING.match(text, i)) and (i == 0 or not is_ident_char(text[i - 1])):
            close = '"' + m.group(1)
            end = text.find(close, m.end())
            end = n if end < 0 else end + len(close)
            line += text.count("\n", i, end)
            i = end
        elif c == '"' or (c in "bc" and text.startswith('"', i + 1) and not is_ident_char(text[i - 1] if i else " ")):
            i = text.index('"', i) + 1
            while i < n and text[i] != '"':
                if text[i] == "\\":
                    i += 1
                line += text[i] == "\n"
                i += 1
            i += 1
        elif c == "'":
            # A char literal ('x', '\n', '\u{..}'; b'x') or a lifetime ('a).
            if text.startswith("\\", i + 1):
                i = text.index("'", i + 3) + 1
            elif i + 2 < n and text[i + 2] == "'":
                i += 3
            else:
                i += 1
        elif m := IDENT.match(text, i):
            yield m.group(), line
            i = m.end()
        elif text.startswith("::", i):
            yield "::", line
            i += 2
        else:
            yield c, line
            i += 1


def is_ident_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def declared_modules(lib: Path) -> list[str]:
    toks = [t for t, _ in tokens(lib.read_text(encoding="utf-8"))]
    return [toks[k + 1] for k in range(len(toks) - 2) if toks[k] == "mod" and toks[k + 2] == ";"]


def module_path(src: Path, file: Path) -> list[str]:
    parts = list(file.relative_to(src).with_suffix("").parts)
    return parts[:-1] if parts[-1] == "mod" else parts


def references(src: Path, file: Path):
    """(top-level module referred to, line, whether only in test code) for each reference."""
    toks = list(tokens(file.read_text(encoding="utf-8")))
    words = [t for t, _ in toks]
    path = module_path(src, file)
    # One entry per open brace: (inline module name or None, inside test code).
    scopes: list[tuple[str | None, bool]] = []
    cfg_test = False  # a #[cfg(test)] waits for the item it applies to

    def in_test() -> bool:
        return cfg_test or bool(scopes and scopes[-1][1])

    def group_heads(k: int):
        """The first segment of each path in the group opening at words[k] == '{'."""
        depth, start = 0, True
        while k < len(words):
            w = words[k]
            if w == "{":
                depth += 1
                start = depth == 1
            elif w == "}":
                depth -= 1
                if depth == 0:
                    return
            elif w == "," and depth == 1:
                start = True
            elif start and depth == 1:
                start = False
                if IDENT.fullmatch(w) and w not in ("self", "super", "crate"):
                    yield w
            k += 1

    for k, (w, line) in enumerate(toks):
        if w == "{":
            prev = words[k - 2] if k >= 2 else ""
            name = words[k - 1] if prev == "mod" else None
            scopes.append((name, in_test()))
            cfg_test = False
            continue
        if w == "}":
            if scopes:
                scopes.pop()
            cfg_test = False
            continue
        if w == ";":
            cfg_test = False
            continue
        if w == "#" and words[k + 1 : k + 7] == ["[", "cfg", "(", "test", ")", "]"]:
            cfg_test = True
            continue
        if w not in ("crate", "super", "self") or words[k + 1 : k + 2] != ["::"]:
            continue
        if k and words[k - 1] in ("$", "::"):
            continue  # $crate in a macro, or the middle of a path already read
        here = path + [name for name, _ in scopes if name]
        j = k
        if w == "crate":
            base: list[str] = []
            j += 2
        else:
            if w == "self":
                j += 2
                if words[j : j + 2] != ["super", "::"]:
                    continue  # self::x stays in this module
            ups = 0
            while words[j : j + 2] == ["super", "::"]:
                ups += 1
                j += 2
            if ups > len(here):
                continue
            base = here[: len(here) - ups]
        if base:
            yield base[0], line, in_test()
        elif words[j] == "{":
            for head in group_heads(j):
                yield head, line, in_test()
        elif IDENT.fullmatch(words[j]):
            yield words[j], line, in_test()


def graph(root: Path, with_tests: bool):
    """{module: {used module: [(file, line, test only)]}} and the modules."""
    src = root / "src"
    modules = declared_modules(src / "lib.rs")
    edges: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for file in sorted(src.rglob("*.rs")):
        if file.name in ("lib.rs", "main.rs") and file.parent == src:
            continue
        here = module_path(src, file)[0]
        if here not in modules:
            continue
        for used, line, test in references(src, file):
            if used != here and used in modules and (with_tests or not test):
                edges[here][used].append((file.relative_to(root), line, test))
    return edges, modules


def cycles(edges, modules):
    """The strongly connected components with more than one module (Tarjan)."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, {})):
            if w not in modules:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(modules):
        if v not in index:
            visit(v)
    return found


def a_cycle_through(component, edges):
    """One closed walk through the component's first module, by breadth-first search."""
    start, members = component[0], set(component)
    previous = {start: None}
    queue = [start]
    while queue:
        v = queue.pop(0)
        for w in sorted(edges.get(v, {})):
            if w == start:
                walk = [v]
                while previous[walk[-1]] is not None:
                    walk.append(previous[walk[-1]])
                return list(reversed(walk)) + [start]
            if w in members and w not in previous:
                previous[w] = v
                queue.append(w)
    return component


def site(sites) -> str:
    file, line, test = sites[0]
    more = f" and {len(sites) - 1} more" if len(sites) > 1 else ""
    return f"{file}:{line}{' (test)' if test else ''}{more}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--graph", action="store_true", help="print every edge")
    parser.add_argument("-v", "--verbose", action="store_true", help="with --graph: every site")
    parser.add_argument(
        "--no-tests", action="store_true", help="leave out references made only in test code"
    )
    args = parser.parse_args()

    edges, modules = graph(args.root, with_tests=not args.no_tests)
    if args.graph:
        for m in sorted(modules):
            used = edges.get(m, {})
            print(f"{m} -> {', '.join(sorted(used)) or '(nothing)'}")
            for u in sorted(used):
                test_only = all(test for _, _, test in used[u])
                sites = used[u] if args.verbose else used[u][:1]
                note = " [test only]" if test_only else ""
                print(f"    {u}{note}: " + ", ".join(f"{f}:{l}" for f, l, _ in sites))
        print()

    failed = False
    lower = [m for m in modules if m not in TOP]
    for m in sorted(lower):
        for top in TOP:
            if top in edges.get(m, {}):
                failed = True
                print(f"{m} uses {top} ({site(edges[m][top])}): only {' and '.join(TOP)} sit on top")
    lower_edges = {m: {u: s for u, s in edges.get(m, {}).items() if u in lower} for m in lower}
    for component in cycles(lower_edges, set(lower)):
        failed = True
        walk = a_cycle_through(component, lower_edges)
        print(f"cycle among {', '.join(component)}:")
        for a, b in zip(walk, walk[1:]):
            print(f"    {a} -> {b}  ({site(lower_edges[a][b])})")
    if not failed:
        print(f"no module cycle among the {len(lower)} modules below {' and '.join(TOP)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
