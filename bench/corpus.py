"""A deterministic synthetic news corpus for benchmarking `claims`.

Every article is built from sentence templates written for this benchmark,
filled with invented names, organisations, outlets and numbers from a seeded
RNG, so the same (n, seed) always gives byte-identical files.

Shape, chosen to resemble real wire and web coverage:
- ~4 KB of body text per article, 8 to 12 attribution acts each ("X said ...",
  "..., X told <Outlet>.", "according to ...", direct quotes, mixed quotes,
  "declined to comment"), the rest unattributed filler sentences;
- stories covered by one to six outlets: shared propositions are reworded per
  outlet (direct quotes stay verbatim, as they do in practice), and each
  article adds claims only its outlet carries;
- a story's articles are published within three days of each other (`published`
  is the story's day plus 0-2 days), as coverage of one event is.

The generator also records where each claim's content sits in the file
(`TruthClaim`), so grouping can be benchmarked on a known claim set even when
the extractor finds nothing.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

FIRST = (
    "Dana", "Amara", "Tomas", "Ingrid", "Kwame", "Lucia", "Farid", "Mireille", "Oskar", "Priya", "Rafael",
    "Sunniva", "Tobias", "Yara", "Anselm", "Beatriz", "Caspar", "Delphine", "Emeka", "Fiona", "Gideon", "Hana",
    "Idris", "Jolene", "Kenji", "Leona", "Matteo", "Nadia", "Orla", "Pavel", "Quentin", "Rosalind", "Soren",
    "Talia", "Umar", "Vera", "Wendell", "Ximena", "Yusuf", "Zofia",
)
LAST = (
    "Whitfield", "Okafor", "Lindqvist", "Marchetti", "Haddad", "Brennan", "Castellanos", "Novak", "Achterberg",
    "Szabo", "Mwangi", "Ferreira", "Kowalczyk", "Ostrander", "Delacroix", "Tanaka", "Varga", "Quist", "Rasmussen",
    "Abernathy", "Petrakis", "Oyelaran", "Halvorsen", "Ibarra", "Muldoon", "Renfrew", "Sokolova", "Thorne",
    "Vasquez", "Wexley", "Yilmaz", "Zeller", "Banerjee", "Coughlan", "Drummond", "Esposito", "Fairbairn",
    "Gallagher", "Holmqvist", "Jankowski",
)
ORG_HEAD = (
    "Norvale", "Brightwater", "Corran", "Halden", "Kestrel", "Lumen", "Marlow", "Northgate", "Orison", "Pellham",
    "Quarry", "Redfern", "Silverline", "Tamsin", "Upland", "Vantor", "Westmere", "Yarrow", "Ashgrove", "Bellcourt",
    "Cinder", "Dunmore", "Elmstead", "Foxley",
)
ORG_TAIL = (
    "Energy", "Foods", "Logistics", "Pharmaceuticals", "Motors", "Telecom", "Holdings", "Airways",
    "Robotics", "Water", "Textiles", "Bank", "Mining", "Software", "Shipping", "Grocers",
)
PLACES = (
    "Port Alder", "Gransby", "Lake Verrin", "Eastmoor", "Caldwick", "Santa Oriel", "Brimley", "Hollins Ford",
    "New Tarrow", "Kelso Bay", "Marrowgate", "Stenfield", "Oakhurst", "Rivelin", "Dunmarsh", "Ashby Cross",
)
PRODUCTS = (
    "frozen meals", "electric vans", "solar panels", "budget flights", "home insurance", "broadband plans",
    "farm machinery", "cough medicine", "steel pipes", "delivery drones", "payment terminals", "school buses",
)
OUTLET_A = (
    "Meridian", "Coastline", "Northern", "Capital", "Harbour", "Evening", "Civic", "Granite", "Lantern",
    "Summit", "Prairie", "Tidewater", "Keystone", "Orchard", "Beacon",
)
OUTLET_B = ("Post", "Herald", "Wire", "Ledger", "Courier", "Tribune", "Dispatch", "Gazette", "Chronicle", "Report")
FIRMS = ("Castor Research", "Halloway Partners", "Birchfield Analytics", "Ostend Securities", "Pike & Lowry",
         "Granger Capital", "Telford Institute", "Mossgiel Advisory")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")

# Propositions: each has 2-3 wordings, so outlets carrying the same claim word it differently.
PROPOSITIONS: tuple[tuple[str, ...], ...] = (
    ("the company would cut {n} jobs at its {place} plant by the end of the year",
     "{n} jobs at the {place} plant would go before the year is out",
     "about {n} positions in {place} would be eliminated by December"),
    ("sales of {product} had fallen {pct} percent in the last quarter",
     "{product} sales dropped by {pct} percent over the past three months",
     "demand for {product} was down {pct} percent on the previous quarter"),
    ("talks with {rival} over a possible merger had stalled on price",
     "merger discussions with {rival} were stuck over valuation"),
    ("the firm had no plans to raise prices before {month}",
     "prices would stay where they are until at least {month}",
     "there would be no price increase before {month}"),
    ("regulators had asked for more documents about the {place} site",
     "the regulator wanted further paperwork on the {place} facility"),
    ("the new factory in {place} would open in {month} and employ {n} people",
     "a {place} plant employing {n} workers was due to open in {month}"),
    ("the outage affected roughly {n} customers for several hours",
     "about {n} customers lost service for a number of hours"),
    ("the board had approved a share buyback worth {amount} million dollars",
     "directors signed off on a {amount} million dollar buyback"),
    ("{rival} had been offered a stake of {pct} percent in the venture",
     "a {pct} percent stake in the joint venture had been offered to {rival}"),
    ("the recall covered {n} units of {product} sold since {year}",
     "{n} units of {product} sold since {year} were being recalled"),
    ("the company expected profits to recover in the second half of the year",
     "earnings should pick up again in the second half",
     "profit would rebound later in the year"),
    ("the contract with the city of {place} was worth about {amount} million dollars",
     "{place} agreed to pay roughly {amount} million dollars under the deal"),
    ("staff at the {place} depot had voted to strike in {month}",
     "workers at the {place} depot backed strike action for {month}"),
    ("the investigation into the accident at {place} was still under way",
     "inquiries into what happened at {place} had not yet finished"),
    ("the government would not bail out {org}",
     "there would be no state rescue for {org}"),
    ("{org} had hired advisers to look at selling its {product} business",
     "advisers were studying a sale of the {product} unit at {org}"),
)
QUOTES: tuple[str, ...] = (
    "We are not going to rush a decision that affects {n} families",
    "This is a difficult day for everyone in {place}",
    "Nobody at this company wanted it to end this way",
    "We have been clear with our staff from the very beginning",
    "The numbers simply do not add up for {product} any more",
    "I think customers will see the benefit within a year",
    "Our door remains open to {rival}",
    "There is no question of cutting corners on safety",
    "We expect to have more to say in {month}",
    "Frankly, the market has moved faster than anyone expected",
    "It is too early to say what this means for {place}",
    "We will keep investing in {place}, full stop",
)
FRAGMENTS: tuple[str, ...] = (
    "a serious setback", "entirely premature", "the right call", "deeply disappointing", "a fresh start",
    "long overdue", "unworkable in its current form", "a matter for the courts",
)
FILLER: tuple[str, ...] = (
    "{org} was founded in {year} and employs about {n} people across {k} countries.",
    "Shares in {org} closed {pct} percent {updown} on {day}.",
    "The {place} site opened in {year} and was expanded a decade later.",
    "The sector has faced rising costs for energy, wages and raw materials since {year}.",
    "{rival} reported quarterly revenue of {amount} million dollars last month.",
    "The announcement came a week after the company published its annual report.",
    "Local councillors in {place} are due to discuss the matter at their next meeting.",
    "Trading volumes were higher than usual for a {day}.",
    "The figures do not include contractors or seasonal workers.",
    "{place} has a population of roughly {n}0 people and relies heavily on manufacturing.",
    "It was not immediately clear how the plan would be financed.",
    "The company's previous chief executive left in {year} after a dispute with investors.",
    "Industry data published in {month} showed orders for {product} slowing across the region.",
    "The move follows a broader shift in the market towards cheaper {product}.",
    "A hearing on the case has been scheduled for {month}.",
    "The firm's largest shareholder holds a stake of about {pct} percent.",
    "Analysts had expected a smaller decline.",
    "The story was updated with additional detail on {day}.",
    "Background: a decade of change in {product}",
    "Competition from overseas suppliers has intensified over the past two years.",
)


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    title: str  # "chief executive", "analyst at Castor Research", ...
    pronoun: str  # "He" / "She" / "They"

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def slug(self) -> str:
        return f"{self.first}-{self.last}".lower()


@dataclass(frozen=True)
class TruthClaim:
    """A claim the generator placed: content is text[start:end] of the written file."""

    source: str
    outlet: str
    speaker: str
    speaker_id: str
    via: str | None
    cue: str
    kind: str
    content: str
    start: int
    end: int
    group: str


@dataclass
class Story:
    key: str
    slots: dict[str, str]
    people: list[Person]
    org: str
    props: list[tuple[int, tuple[str, ...]]]  # (proposition index, wordings) shared across outlets
    quotes: list[str]


@dataclass
class Article:
    stem: str
    outlet: str
    text: str
    truth: list[TruthClaim] = field(default_factory=list)


class _Body:
    """Builds an article body while tracking each claim's offsets."""

    def __init__(self, offset: int) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.offset = offset

    def add(self, text: str) -> int:
        start = self.offset + self.length
        self.parts.append(text)
        self.length += len(text)
        return start

    def begin(self) -> None:
        """Start a sentence: a space unless at the start of a paragraph."""
        if self.parts and not self.parts[-1].endswith("\n"):
            self.add(" ")

    def paragraph(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.add("\n\n")

    def text(self) -> str:
        return "".join(self.parts)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fill(template: str, slots: dict[str, str]) -> str:
    return template.format(**slots)


class Generator:
    """Seeded source of stories and articles."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.outlets = sorted({f"The {a} {b}" for a in OUTLET_A for b in OUTLET_B})

    def _person(self, title: str) -> Person:
        r = self.rng
        return Person(r.choice(FIRST), r.choice(LAST), title, r.choice(("He", "She", "She", "He", "They")))

    def _slots(self, org: str, rival: str) -> dict[str, str]:
        r = self.rng
        return {
            "org": org,
            "rival": rival,
            "place": r.choice(PLACES),
            "product": r.choice(PRODUCTS),
            "n": str(r.randrange(40, 4000)),
            "k": str(r.randrange(2, 30)),
            "pct": str(r.randrange(2, 45)),
            "amount": str(r.randrange(5, 900)),
            "year": str(r.randrange(1950, 2024)),
            "month": r.choice(MONTHS),
            "day": r.choice(DAYS),
            "updown": r.choice(("up", "down")),
        }

    def story(self, index: int) -> Story:
        r = self.rng
        org = f"{r.choice(ORG_HEAD)} {r.choice(ORG_TAIL)}"
        rival = f"{r.choice(ORG_HEAD)} {r.choice(ORG_TAIL)}"
        people = [
            self._person("chief executive"),
            self._person(f"an analyst at {r.choice(FIRMS)}"),
            self._person(r.choice(("the transport minister", "the city's mayor", "a union organiser",
                                   "the regional governor", "a consumer advocate"))),
        ]
        chosen = r.sample(range(len(PROPOSITIONS)), r.randrange(5, 9))
        slots = self._slots(org, rival)
        props = [(i, tuple(_fill(w, slots) for w in PROPOSITIONS[i])) for i in chosen]
        quotes = [_fill(q, slots) for q in r.sample(QUOTES, 3)]
        return Story(f"s{index:05d}", slots, people, org, props, quotes)

    # -- speakers -------------------------------------------------------------------------------

    def _speaker(self, story: Story, seen: set[str]) -> tuple[str, str]:
        """(speaker as written, speaker id); people are introduced in full once, then by surname."""
        r = self.rng
        roll = r.random()
        if roll < 0.15:
            return f"a spokesperson for {story.org}", f"{story.org.lower().replace(' ', '-')}-spokesperson"
        if roll < 0.22:
            return r.choice(("two people familiar with the matter", "sources close to the talks",
                             "a person briefed on the plans")), "anonymous-sources"
        person = r.choice(story.people)
        if person.slug in seen:
            return person.last, person.slug
        seen.add(person.slug)
        if person.title == "chief executive":
            return f"{story.org} chief executive {person.full}", person.slug
        return f"{person.full}, {person.title},", person.slug

    # -- sentences ------------------------------------------------------------------------------

    def _attributed(self, body: _Body, art: Article, story: Story, seen: set[str], content: str,
                    group: str, outlet: str) -> None:
        """Write one attributed sentence around `content` and record the truth claim."""
        r = self.rng
        speaker, sid = self._speaker(story, seen)
        plain = speaker.rstrip(",")
        form = r.randrange(7)
        body.begin()
        via: str | None = None
        if form == 0:
            cue = "said"
            body.add(f"{_cap(speaker)} said on {r.choice(DAYS)} that ")
            start = body.add(content)
            body.add(".")
        elif form == 1:
            cue = "said"
            start = body.add(_cap(content))
            body.add(f", {speaker} said.")
            content = _cap(content)
        elif form == 2:
            cue, via = "told", outlet
            start = body.add(_cap(content))
            body.add(f", {speaker} told {outlet}.")
            content = _cap(content)
        elif form == 3:
            cue = "according to"
            body.add(f"According to {plain}, ")
            start = body.add(content)
            body.add(".")
        elif form == 4:
            cue = "said in a statement that"
            body.add(f"{_cap(speaker)} said in a statement that ")
            start = body.add(content)
            body.add(".")
        elif form == 5:
            cue, via = "told", outlet
            body.add(f"{_cap(speaker)} told {outlet} that ")
            start = body.add(content)
            body.add(".")
        else:
            cue = "added that"
            body.add(f"{_cap(speaker)} added that ")
            start = body.add(content)
            body.add(".")
        art.truth.append(TruthClaim(art.stem, outlet, plain, sid, via, cue, "indirect", content,
                                    start, start + len(content), group))

    def _quoted(self, body: _Body, art: Article, story: Story, seen: set[str], quote: str,
                group: str, outlet: str) -> None:
        r = self.rng
        speaker, sid = self._speaker(story, seen)
        plain = speaker.rstrip(",")
        body.begin()
        if r.random() < 0.5:
            body.add("\u201c")
            start = body.add(quote)
            body.add(f",\u201d {speaker} said.")
        else:
            body.add(f"{_cap(speaker)} said: \u201c")
            start = body.add(quote)
            body.add(".\u201d")
        art.truth.append(TruthClaim(art.stem, outlet, plain, sid, None, "said", "direct", quote,
                                    start, start + len(quote), group))

    def _mixed(self, body: _Body, art: Article, story: Story, seen: set[str], outlet: str) -> None:
        r = self.rng
        speaker, sid = self._speaker(story, seen)
        plain = speaker.rstrip(",")
        subject = r.choice(("the decision", "the offer", "the ruling", "the proposal", "the timing"))
        content = f"{subject} was \u201c{r.choice(FRAGMENTS)}\u201d"
        body.begin()
        body.add(f"{_cap(speaker)} said ")
        start = body.add(content)
        body.add(".")
        art.truth.append(TruthClaim(art.stem, outlet, plain, sid, None, "said", "mixed", content,
                                    start, start + len(content), f"{art.stem}-m{start}"))

    def _no_comment(self, body: _Body, art: Article, story: Story, outlet: str) -> None:
        r = self.rng
        who = r.choice((story.slots["rival"], f"A spokesperson for {story.org}", "The ministry"))
        verb = r.choice(("declined to comment", "did not respond to a request for comment",
                         "declined to comment on the report"))
        body.begin()
        start = body.add(who)
        content = f"{who} {verb}"
        body.add(f" {verb}.")
        art.truth.append(TruthClaim(art.stem, outlet, who, who.lower().replace(" ", "-"), None, verb,
                                    "no_comment", content, start, start + len(content), f"{story.key}-nc"))

    def _filler(self, body: _Body, story: Story) -> None:
        slots = self._slots(story.org, story.slots["rival"])
        slots["place"] = story.slots["place"]
        sentence = _fill(self.rng.choice(FILLER), slots)
        if sentence.startswith("Background:"):  # a subheading on a line of its own
            body.paragraph()
            body.add(sentence + "\n\n")
        else:
            body.begin()
            body.add(sentence)

    # -- articles -------------------------------------------------------------------------------

    def article(self, stem: str, outlet: str, story: Story, target: int) -> Article:
        r = self.rng
        title = f"{story.org}: {_cap(r.choice(story.props[0][1]))}"[:110]
        r.randrange(1, 13), r.randrange(1, 29)  # drawn as before, so every other byte of a corpus stays as it was
        head = (f"---\noutlet: {outlet}\npublished: \"{_published(story.key, stem)}\"\n"
                f"url: https://www.{outlet.lower().replace('the ', '').replace(' ', '')}.example/{stem}\n"
                f"title: \"{title.replace(chr(34), '')}\"\n---\n\n")
        art = Article(stem, outlet, "")
        body = _Body(len(head))
        seen: set[str] = set()
        n_claims = r.randrange(8, 13)
        shared = r.sample(story.props, min(len(story.props), r.randrange(3, 7)))
        plan: list[str] = [f"shared:{j}" for j in range(len(shared))]
        plan += ["quote"] * r.randrange(1, 3)
        plan += ["mixed"] * r.randrange(0, 2)
        plan += ["nocomment"] * (1 if r.random() < 0.6 else 0)
        while len(plan) < n_claims:
            plan.append("own")
        plan = plan[:n_claims]
        r.shuffle(plan)
        # Spread the filler sentences (about 80 characters each) evenly between the claims.
        n_filler = max(0, (target - 190 * n_claims) // 80)
        slots = [0] * (n_claims + 1)
        for _ in range(n_filler):
            slots[r.randrange(n_claims + 1)] += 1
        for pos, step in enumerate(plan):
            for _ in range(slots[pos]):
                self._filler(body, story)
            if step.startswith("shared:"):
                idx, wordings = shared[int(step.split(":")[1])]
                self._attributed(body, art, story, seen, r.choice(wordings), f"{story.key}-p{idx}", outlet)
            elif step == "quote":
                q = r.randrange(len(story.quotes))
                self._quoted(body, art, story, seen, story.quotes[q], f"{story.key}-q{q}", outlet)
            elif step == "mixed":
                self._mixed(body, art, story, seen, outlet)
            elif step == "nocomment":
                self._no_comment(body, art, story, outlet)
            else:
                idx = r.randrange(len(PROPOSITIONS))
                own = _fill(r.choice(PROPOSITIONS[idx]), self._slots(story.org, story.slots["rival"]))
                self._attributed(body, art, story, seen, own, f"{stem}-o{body.length}", outlet)
            if r.random() < 0.45:
                body.paragraph()
        for _ in range(slots[-1]):
            self._filler(body, story)
        while body.length < target - 150:
            self._filler(body, story)
        art.text = head + body.text().rstrip() + "\n"
        return art


def _published(story_key: str, stem: str) -> str:
    """The story's day in 2026 (from its key) plus 0-2 days (from the article's stem): ISO, 10 characters."""
    def number(text: str) -> int:
        return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=4).digest(), "big")

    return (date(2026, 1, 1) + timedelta(days=number(story_key) % 360 + number(stem) % 3)).isoformat()


def generate(n: int, seed: int = 1) -> Iterator[Article]:
    """n articles, deterministic for (n, seed); stories are covered by 1-6 outlets each."""
    gen = Generator(seed)
    r = gen.rng
    made = 0
    story_index = 0
    while made < n:
        story = gen.story(story_index)
        coverage = min(n - made, r.choices((1, 2, 3, 4, 5, 6), weights=(3, 3, 3, 2, 2, 1))[0])
        for outlet in r.sample(gen.outlets, coverage):
            slug = outlet.lower().replace("the ", "").replace(" ", "-")
            stem = f"{made:06d}_{story.key}_{slug}"
            yield gen.article(stem, outlet, story, target=r.randrange(3700, 4300))
            made += 1
        story_index += 1


def write_corpus(folder: Path, n: int, seed: int = 1) -> list[TruthClaim]:
    """Write n articles as `<stem>.md` into `folder` (emptied of old .md files); return the truth claims."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.md"):
        old.unlink()
    truth: list[TruthClaim] = []
    for art in generate(n, seed):
        (folder / f"{art.stem}.md").write_text(art.text, encoding="utf-8")
        truth.extend(art.truth)
    return truth
