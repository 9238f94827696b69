"""Writing `claims.yaml` by editing the reviewer's file in place (ruamel.yaml round trip).

A rebuild changes only what changed: the file is loaded as a round-trip tree (comments, key order,
quoting style and scalars kept as written), each source, group and claim is matched to its entry in
the new registry by id, and only fields whose value differs are set. Entries are moved, not
re-created, so a comment travels with its claim when a claim changes group. Fields a reviewer left
out stay out while their value is unchanged; `status: false`, `note: yes` or `note: 2023-03-10` stay
as typed. Long values are never folded, so a value a reviewer typed on one line stays on one line.

ruamel.yaml loads only text that `parse_yaml` has already accepted without problems (the caller
guarantees it), so the bounds and checks applied there cover this load too.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from enum import Enum
from functools import lru_cache
from itertools import pairwise
from typing import Any

import yaml
from pydantic import BaseModel
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarstring import SingleQuotedScalarString
from ruamel.yaml.util import load_yaml_guess_indent

from claims.registry.model import Registry, RegistryClaim, RegistryGroup, RegistrySource
from claims.registry.store import HEADER

_NESTED = {"sources", "groups", "retired", "claims"}
_RESOLVER = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"


class _Null:
    """A null as written: `null`, `~` or nothing at all (`note:`); new nulls are written `null`."""

    def __init__(self, text: str = "null") -> None:
        self.text = text


def _represent_null(rep: RoundTripRepresenter, data: _Null) -> Any:
    return rep.represent_scalar("tag:yaml.org,2002:null", data.text)


def _typed_nulls(node: Any, lines: list[str]) -> None:
    """Replace loaded nulls by `_Null`s that remember how they were written."""
    if isinstance(node, CommentedMap):
        for key, value in node.items():
            if value is None:
                kline = node.lc.key(key)[0]
                vline, vcol = node.lc.value(key)
                token = lines[vline][vcol:].split("#", 1)[0].split() if vline == kline < len(lines) else []
                node[key] = _Null(token[0] if token else "")
            else:
                _typed_nulls(value, lines)
    elif isinstance(node, CommentedSeq):
        for item in node:
            _typed_nulls(item, lines)


@lru_cache(maxsize=1)
def _yaml() -> YAML:
    return _new_yaml()


def _new_yaml() -> YAML:
    y = YAML(typ="rt", pure=True)
    y.preserve_quotes = True
    y.allow_unicode = True
    y.width = 1_000_000  # never fold: a value typed on one line stays on one line
    y.indent(mapping=2, sequence=2, offset=0)
    y.representer.add_representer(_Null, _represent_null)
    return y


def _text(value: str) -> str:
    """Quote text that a YAML 1.1 reader (PyYAML, which `claims` reads with) would take for another type."""
    tag: str = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
    if value and tag == _STR_TAG:
        return value
    quoted: str = SingleQuotedScalarString(value)
    return quoted


def _plain(value: Any) -> Any:
    if value is None:
        return _Null()
    if isinstance(value, Enum):
        return _text(str(value.value))
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, list):
        seq = CommentedSeq(_plain(v) for v in value)
        if not value:
            seq.fa.set_flow_style()
        return seq
    if isinstance(value, BaseModel):  # a small nested record (a group's `nearest`)
        return CommentedMap((k, _plain(v)) for k, v in value.model_dump(mode="json").items())
    return value


def _absent(model: BaseModel, name: str, value: Any) -> bool:
    """A field the file leaves out when it has no value (declared with `exclude_if`)."""
    field = type(model).model_fields[name]
    return value is None and getattr(field, "exclude_if", None) is not None


def _new_map(item: BaseModel) -> CommentedMap:
    out = CommentedMap()
    for name in type(item).model_fields:
        value = getattr(item, name)
        if _absent(item, name, value):
            continue
        if name in _NESTED:
            out[name] = _new_seq(value)
        else:
            out[name] = _plain(value)
    return out


def _new_seq(items: Iterable[BaseModel]) -> CommentedSeq:
    seq = CommentedSeq(_new_map(i) for i in items)
    if not seq:
        seq.fa.set_flow_style()
    return seq


class _Pool:
    """The old file's entries, by id: the round-trip map and the model it was validated as.

    With `chunks` (the text of each entry of `groups`, for a file edited entry by entry), the groups
    are loaded only when a build needs them; `doc` then holds the rest of the file.
    """

    def __init__(self, doc: CommentedMap, old: Registry, chunks: list[str] | None = None) -> None:
        self.old = old
        self.sources: dict[str, tuple[CommentedMap, RegistrySource]] = {}
        self.groups: dict[tuple[str, str], tuple[CommentedMap, RegistryGroup]] = {}
        self.claims: dict[str, tuple[CommentedMap, RegistryClaim]] = {}
        self.chunks = chunks
        self.unloaded: dict[str, int] = {}  # group id -> index of its chunk, not loaded yet
        self.home: dict[str, str] = {}  # claim id -> id of the group whose chunk holds it
        for cm, src in zip(_seq(doc, "sources"), old.sources, strict=False):
            self.sources.setdefault(src.id, (cm, src))
        sections = ("retired",) if chunks is not None else ("groups", "retired")
        for section in sections:
            for gm, group in zip(_seq(doc, section), getattr(old, section), strict=False):
                self._register(section, gm, group)
        if chunks is not None:
            for i, group in enumerate(old.groups):
                self.unloaded.setdefault(group.id, i)
                for c in group.claims:
                    self.home.setdefault(c.id, group.id)

    def _register(self, section: str, gm: CommentedMap, group: RegistryGroup) -> None:
        self.groups.setdefault((section, group.id), (gm, group))
        for cm, claim in zip(_seq(gm, "claims"), group.claims, strict=False):
            self.claims.setdefault(claim.id, (cm, claim))

    def _load(self, gid: str) -> None:
        i = self.unloaded.pop(gid, None)
        if i is None or self.chunks is None:
            return
        seq = _yaml().load(self.chunks[i])
        _typed_nulls(seq, self.chunks[i].split("\n"))
        self._register("groups", seq[0], self.old.groups[i])

    def group(self, section: str, gid: str) -> tuple[CommentedMap, RegistryGroup] | None:
        self._load(gid)
        other = "retired" if section == "groups" else "groups"
        return self.groups.pop((section, gid), None) or self.groups.pop((other, gid), None)

    def claim(self, cid: str) -> tuple[CommentedMap, RegistryClaim] | None:
        if cid not in self.claims and cid in self.home:
            self._load(self.home[cid])
        return self.claims.pop(cid, None)


def _seq(cm: Any, key: str) -> list[Any]:
    value = cm.get(key) if isinstance(cm, CommentedMap) else None
    return list(value) if isinstance(value, list) else []


def _sync_map(cm: CommentedMap, old: BaseModel, new: BaseModel, pool: _Pool) -> CommentedMap:
    names = list(type(new).model_fields)
    for i, name in enumerate(names):
        value = getattr(new, name)
        if name == "claims":
            _sync_seq(cm, name, [_claim_map(c, pool) for c in value])
            continue
        if _absent(new, name, value):
            cm.pop(name, None)
            continue
        if name in cm and getattr(old, name) == value:
            continue
        if name not in cm:
            if getattr(old, name) == value:
                continue  # left out by the reviewer and unchanged: stays out
            cm.insert(_position(cm, names, i), name, _plain(value))
        else:
            cm[name] = _plain(value)
    return cm


def _position(cm: CommentedMap, names: list[str], index: int) -> int:
    keys = list(cm)
    before = [keys.index(n) for n in names[:index] if n in cm]
    return max(before) + 1 if before else 0


def _sync_seq(cm: CommentedMap, key: str, items: list[CommentedMap]) -> None:
    current = cm.get(key)
    if (
        isinstance(current, CommentedSeq)
        and len(current) == len(items)
        and all(a is b for a, b in zip(current, items, strict=True))
    ):
        return
    if isinstance(current, CommentedSeq):
        # Comments on a sequence are kept by index: move them with their entries.
        comments = {id(item): current.ca.items.pop(i) for i, item in enumerate(current) if i in current.ca.items}
        current.ca.items.clear()
        del current[:]
        current.extend(items)
        for i, item in enumerate(items):
            if id(item) in comments:
                current.ca.items[i] = comments[id(item)]
        if items and current.fa.flow_style():
            current.fa.set_block_style()
        elif not items:
            current.fa.set_flow_style()
        return
    seq = CommentedSeq(items)
    if not items:
        seq.fa.set_flow_style()
    if key in cm:
        cm[key] = seq
    else:
        model = Registry if key in {"sources", "groups", "retired"} else RegistryGroup
        names = list(model.model_fields)
        cm.insert(_position(cm, names, names.index(key)), key, seq)


def _claim_map(claim: RegistryClaim, pool: _Pool) -> CommentedMap:
    found = pool.claim(claim.id)
    return _new_map(claim) if found is None else _sync_map(found[0], found[1], claim, pool)


def _group_map(section: str, group: RegistryGroup, pool: _Pool) -> CommentedMap:
    found = pool.group(section, group.id)
    if found is None:
        out = _new_map(group.model_copy(update={"claims": []}))
        _sync_seq(out, "claims", [_claim_map(c, pool) for c in group.claims])
        return out
    return _sync_map(found[0], found[1], group, pool)


def _source_map(source: RegistrySource, pool: _Pool) -> CommentedMap:
    found = pool.sources.pop(source.id, None)
    return _new_map(source) if found is None else _sync_map(found[0], found[1], source, pool)


def render_new(registry: Registry) -> str:
    """The text of a new registry file: the schema header, then block YAML (no `retired` when empty).

    Written with PyYAML's (C) emitter for speed, in the layout the round-trip writer keeps: block style,
    sequences at their key's indentation, `null`, no folding. A rebuild that changes nothing in an
    entry leaves its text exactly as written here.
    """
    data = registry.model_dump(mode="json")
    if not data.get("retired"):
        data.pop("retired", None)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    body = yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=1_000_000)
    return HEADER + body


def _dump(doc: CommentedMap | CommentedSeq, y: YAML | None = None) -> str:
    out = io.StringIO()
    (y or _yaml()).dump(doc, out)
    return out.getvalue()


def _folded(node: yaml.Node | None, text: str) -> list[tuple[str, str]]:
    """(value, text as written) of the plain scalars the file folds over several lines."""
    out: list[tuple[str, str]] = []
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, yaml.MappingNode):
            stack.extend(v for pair in n.value for v in pair)
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)
        elif isinstance(n, yaml.ScalarNode) and not n.style and n.end_mark.line > n.start_mark.line:
            out.append((n.value, text[n.start_mark.index : n.end_mark.index]))
    return out


def _refold(out: str, folded: list[tuple[str, str]]) -> str:
    """Put back the line folding a file had for values this build left unchanged.

    The writer never folds, so an unchanged value appears as `key: VALUE` on one line; it is
    written again exactly as the file had it (same value, same text).
    """
    for value, written in folded:
        if "\n" in value or not value:
            continue
        out = out.replace(f": {value}\n", f": {written}\n", 1)
    return out


def render_update(text: str, old: Registry, new: Registry, node: yaml.Node | None = None) -> str:
    """`text` (the file `old` was read from, already accepted by `parse_yaml`) edited to hold `new`.

    Unchanged entries keep their exact text, comments and quoting; changed fields are rewritten.
    `node` (the `parse_yaml` node tree of `text`) lets values folded over several lines stay folded,
    and lets a file in the usual layout be edited group by group: groups that did not change are
    copied as they are, and only the others go through the (slower) round-trip loader.
    """
    folded = _folded(node, text)
    split = _split_groups(text, node) if new.groups else None
    if split is None:
        return _render_whole(text, old, new, folded)
    head, chunks, tail = split
    skeleton = head + f"- {_PLACEHOLDER}\n" + tail
    doc = _yaml().load(skeleton)
    if not isinstance(doc, CommentedMap):
        return _render_whole(text, old, new, folded)
    _typed_nulls(doc, skeleton.split("\n"))
    pool = _Pool(doc, old, chunks)
    old_index = {g.id: i for i, g in enumerate(old.groups)}
    parts: list[str] = []
    for g in new.groups:
        i = old_index.get(g.id)
        if i is not None and pool.unloaded.get(g.id) == i and old.groups[i] == g:
            pool.unloaded.pop(g.id)
            parts.append(chunks[i])
        else:
            parts.append(_refold(_dump(CommentedSeq([_group_map("groups", g, pool)])), folded))
    _sync_top(doc, old, new, pool, skip_groups=True)
    out = _refold(_dump(doc), folded)
    line = f"- {_PLACEHOLDER}\n"
    if out.count(line) != 1:
        return _render_whole(text, old, new, folded)
    return out.replace(line, "".join(parts))


_PLACEHOLDER = "claims-registry-groups-placeholder-5b1f0c"


def _split_groups(text: str, node: yaml.Node | None) -> tuple[str, list[str], str] | None:
    """(text before the first group, the text of each group entry, text after the last), or None when
    the file is not in the usual layout (block sequence of groups, entries at column 0)."""
    if not isinstance(node, yaml.MappingNode):
        return None
    keys = [(k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)]
    found = [i for i, (k, _) in enumerate(keys) if k.value == "groups"]
    if len(found) != 1:
        return None
    seq = keys[found[0]][1]
    if not isinstance(seq, yaml.SequenceNode) or seq.flow_style or not seq.value:
        return None
    starts = []
    for item in seq.value:
        at = item.start_mark.index
        line = text.rfind("\n", 0, at) + 1
        if text[line:at] != "- " or not isinstance(item, yaml.MappingNode):
            return None
        starts.append(line)
    after = keys[found[0] + 1 :]
    end = text.rfind("\n", 0, after[0][0].start_mark.index) + 1 if after else len(text)
    if end <= starts[-1]:
        return None
    bounds = [*starts, end]
    chunks = [text[a:b] for a, b in pairwise(bounds)]
    if not all(c.endswith("\n") for c in chunks):  # e.g. a file that ends without a newline
        return None
    return text[: starts[0]], chunks, text[end:]


def _render_whole(text: str, old: Registry, new: Registry, folded: list[tuple[str, str]]) -> str:
    """The whole file through the round-trip loader, written back with the indentation it uses."""
    y = _new_yaml()
    doc, indent, dash = load_yaml_guess_indent(text, yaml=y)
    if not isinstance(doc, CommentedMap):
        return render_new(new)
    if indent is not None and dash is not None:
        y.indent(mapping=indent, sequence=indent, offset=dash)
    _typed_nulls(doc, text.split("\n"))
    pool = _Pool(doc, old)
    _sync_top(doc, old, new, pool)
    return _refold(_dump(doc, y), folded)


def _sync_top(doc: CommentedMap, old: Registry, new: Registry, pool: _Pool, skip_groups: bool = False) -> None:
    top = Registry.model_fields
    for i, name in enumerate(top):
        value = getattr(new, name)
        if name == "sources":
            _sync_seq(doc, name, [_source_map(s, pool) for s in value])
        elif name == "groups" and skip_groups:
            continue
        elif name in ("groups", "retired"):
            if name == "retired" and not value:
                if old.retired:  # the build restored or cleared them; an empty `retired: []` typed by hand stays
                    doc.pop(name, None)
                continue
            _sync_seq(doc, name, [_group_map(name, g, pool) for g in value])
        elif name in doc and getattr(old, name) == value:
            continue
        elif name not in doc:
            if getattr(old, name) != value:
                doc.insert(_position(doc, list(top), i), name, _plain(value))
        else:
            doc[name] = _plain(value)
