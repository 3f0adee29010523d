"""The words each language's checks read: titles, negation, hedging, saying, clause-taking verbs,
dates and judgement words.

Negation, hedging and saying words come from the language's module (`summarizer/lang/`). Two
lists the verify stage alone reads are kept here, in one table, until `Language` grows fields
for them:

- titles: go before a name without being one ("Mr", "Frau", "Mme", "Sr.");
- open_verbs: verbs that need what follows them ("has found", "agreed"): a line that stops on
  one where its source goes on ("has found that ...") is a fragment.

A language with none of these words gets empty sets: the checks that need them step aside
rather than guess. French and Spanish news put unconfirmed facts in the conditional ("aurait",
"habría"), so their modules list those forms as hedges.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Lexicon:
    titles: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()
    hedges: frozenset[str] = frozenset()
    hedge_phrases: frozenset[str] = frozenset()  # two words: "expected to"
    saying: frozenset[str] = frozenset()
    open_verbs: frozenset[str] = frozenset()
    dates: frozenset[str] = frozenset()
    judgement: frozenset[str] = frozenset()
    # Verbs that give a judgement in words as saying words give words ("called the plan costly").
    labelling: frozenset[str] = frozenset()
    # A claim put now ("is safe", "should have") and the tense a report puts it in ("said it was
    # safe", German "sagte, sie sei"): a line in the first from a source in the second after a
    # saying word states as fact what someone said.
    claims_now: frozenset[str] = frozenset()
    claimed_then: frozenset[str] = frozenset()
    opinion: frozenset[str] = frozenset()  # modals of judgement ("should have sent him off"): someone's view


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Lowercase, without a final dot. Written for this project.
_TITLES: dict[str, frozenset[str]] = {
    "english": _words(
        """
        mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr st mister madam
        president vice prime minister chancellor secretary senator sen rep representative governor gov
        mayor councillor judge justice king queen prince princess duke duchess pope cardinal bishop
        archbishop sheikh general gen colonel col major maj captain capt lieutenant lt sergeant sgt
        officer detective inspector chief superintendent coach manager chairman chairwoman chair ceo
        """
    ),
    "german": _words(
        "herr frau dr prof präsident präsidentin kanzler kanzlerin bundeskanzler bundeskanzlerin "
        "minister ministerin bürgermeister bürgermeisterin trainer"
    ),
    "french": _words("m mme mlle dr pr président présidente ministre maire monsieur madame"),
    "spanish": _words("sr sra srta don doña dr dra presidente presidenta ministro ministra alcalde alcaldesa señor señora"),
}
_OPEN_VERBS: dict[str, frozenset[str]] = {
    "english": _words(
        """
        found finds find said says told agreed agrees revealed reveals shown announced announces claimed
        claims warned warns admitted admits insisted insists showed shows suggested suggests believes
        believed confirmed confirms reported reports noted notes argued argues explained explains
        added adds stated states denied denies discovered discovers learned learnt decided decides
        """
    ),
    "german": _words("fand festgestellt herausgefunden sagte erklärte zugestimmt berichtete"),
    "french": _words("trouvé constaté découvert dit déclaré accepté annoncé révélé"),
    "spanish": _words("encontró descubrió dijo aceptó anunció reveló afirmó"),
}


_LABELLING: dict[str, frozenset[str]] = {
    "english": _words("called calls call described describes describe branded brands labelled labels dubbed"),
    "german": _words("nannte nennt bezeichnete bezeichnet bezeichneten kritisierte kritisiert"),
    "french": _words("qualifié qualifie qualifiée qualifiés jugé juge jugée dénoncé dénonce traité traite"),
    "spanish": _words("calificó califica calificado tachó tacha describió describe definió"),
}


_CLAIMS_NOW: dict[str, frozenset[str]] = {
    "english": _words("is are should must ought"),
    "german": _words("ist sind muss müssen sollte"),
    "french": _words("est sont doit doivent devrait"),
    "spanish": _words("es son debe deben debería"),
}
_OPINION: dict[str, frozenset[str]] = {
    "english": _words("should ought"),
    "german": _words("sollte sollten müsste müssten"),
    "french": _words("aurait auraient"),
    "spanish": _words("debió debieron debería deberían"),
}
_CLAIMED_THEN: dict[str, frozenset[str]] = {
    "english": _words("was were"),
    "german": _words("sei seien war waren"),
    "french": _words("était étaient"),
    "spanish": _words("era eran"),
}


# Hedges in the language module that more often plan than doubt: German "sollen" is "is to" in
# "Die Arbeiten sollen im März beginnen" and a hedge only in "soll ... gesagt haben".
_PLANS: dict[str, frozenset[str]] = {"german": _words("soll sollen")}


@lru_cache(maxsize=64)
def lexicon(language: str) -> Lexicon:
    """The words of `language` (a name or code); empty sets where none are written."""
    import summarizer.lang as lang

    try:
        info = lang.get(language)
    except Exception:  # noqa: BLE001 - a language the registry does not know: no words
        return Lexicon()
    return Lexicon(
        titles=_TITLES.get(info.name, frozenset()),
        negations=info.negations,
        hedges=info.hedges - _PLANS.get(info.name, frozenset()),
        hedge_phrases=info.hedge_phrases,
        saying=info.saying_words,
        open_verbs=_OPEN_VERBS.get(info.name, frozenset()),
        dates=info.date_words,
        judgement=info.judgement_words,
        labelling=_LABELLING.get(info.name, frozenset()),
        claims_now=_CLAIMS_NOW.get(info.name, frozenset()),
        claimed_then=_CLAIMED_THEN.get(info.name, frozenset()),
        opinion=_OPINION.get(info.name, frozenset()),
    )
