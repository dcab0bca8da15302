"""What a comment's cues add up to: _Evidence (weights and cues per side), _Additions (cues the
thread adds to a comment's own evidence) and StanceResult (the stance decided, with its reason)."""

from dataclasses import dataclass, field


@dataclass
class StanceResult:
    """A stance with its confidence (0-1) and the cues that decided it, in words. `backed`: how many
    sides the cues weighed gave evidence above zero, None when no cues were weighed (an empty
    comment, or one settled as no side's whatever its words); rules that read the decision (the
    reply rules) read this, never the reason's words, which are for people."""

    stance: str
    confidence: float
    reason: str
    scores: dict[str, float] = field(default_factory=dict)
    backed: int | None = None


@dataclass
class _Evidence:
    scores: dict[str, float] = field(default_factory=dict)
    cues: dict[str, list[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    touched: bool = False  # names someone or uses a side's words, even negated or echoed
    on_topic: bool = False  # uses a word of either side's claims
    hedged: bool = False  # weighs both sides ("hard to know who's right")

    weights: dict[str, list[float]] = field(default_factory=dict)  # each cue's weight, as cues
    # (side, weight, cue) that count only when another cue of the comment's own text already
    # backs that side (settle_tentative): a mild hostile feeling, on its own, is as often the
    # story's harm told as the commenter's verdict
    tentative: list[tuple[str, float, str]] = field(default_factory=list)

    def add(self, side: str, weight: float, cue: str) -> None:
        self.scores[side] = self.scores.get(side, 0.0) + weight
        self.cues.setdefault(side, []).append(cue)
        self.weights.setdefault(side, []).append(weight)

    def merge(self, other: "_Evidence", scale: float = 1.0, suffix: str = "") -> None:
        for side, cues in other.cues.items():
            self.scores[side] = self.scores.get(side, 0.0) + other.scores[side] * scale
            self.cues.setdefault(side, []).extend(c + suffix for c in cues)
            self.weights.setdefault(side, []).extend(w * scale for w in other.weights.get(side, ()))
        self.tentative.extend((side, weight * scale, cue + suffix) for side, weight, cue in other.tentative)
        self.notes.extend(other.notes)
        self.touched = self.touched or other.touched
        self.on_topic = self.on_topic or other.on_topic
        self.hedged = self.hedged or other.hedged

    def settle_tentative(self) -> None:
        """Count each tentative cue whose side another cue already backs, and drop the rest."""
        backed = set(self.scores)
        for side, weight, cue in self.tentative:
            if side in backed:
                self.add(side, weight, cue)
        self.tentative = []


@dataclass
class _Additions:
    """Cues added to a comment's own evidence, in order (replayed onto a copy of it)."""

    items: list[tuple[str, float, str]] = field(default_factory=list)

    def add(self, side: str, weight: float, cue: str) -> None:
        self.items.append((side, weight, cue))

    def onto(self, own: _Evidence) -> _Evidence:
        """The own evidence with these cues added, as if added to it one by one."""
        ev = _Evidence()
        ev.merge(own)
        for side, weight, cue in self.items:
            ev.add(side, weight, cue)
        return ev
