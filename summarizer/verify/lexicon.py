"""The words each language's checks read: titles, negation, hedging, saying, clause-taking verbs.

One `Lexicon` per language, written for this project, kept together so that it can move into
a per-language registry as it is. A language without an entry gets an empty lexicon: its
checks that need these words step aside rather than guess.

- titles: go before a name without being one ("Mr", "Frau", "Mme", "Sr.").
- negations: a clause that has one says the event did not happen.
- hedges: words that make a claim less than certain ("may", "reportedly", "angeblich",
  "pourrait", "presuntamente"); a line that drops every one of them states as fact what its
  source only reports as possible. (French and Spanish news use the conditional for unconfirmed
  facts: "aurait", "habría" are listed as hedges for that reason.)
- saying: words that give words to a speaker ("said", "sagte", "a déclaré", "según").
- open_verbs: verbs that need what follows them ("has found", "agreed"): a line that stops on
  one where its source goes on is a fragment.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Lexicon:
    titles: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()
    hedges: frozenset[str] = frozenset()
    saying: frozenset[str] = frozenset()
    open_verbs: frozenset[str] = frozenset()


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_LEXICONS: dict[str, Lexicon] = {
    "english": Lexicon(
        titles=_words(
            """
            mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr st mister madam
            president vice prime minister chancellor secretary senator sen rep representative governor gov
            mayor councillor judge justice king queen prince princess duke duchess pope cardinal bishop
            archbishop sheikh general gen colonel col major maj captain capt lieutenant lt sergeant sgt
            officer detective inspector chief superintendent coach manager chairman chairwoman chair ceo
            """
        ),
        negations=_words("not no never nobody nothing none neither nor cannot without n't"),
        hedges=_words(
            """
            may might could possibly probably perhaps maybe reportedly allegedly apparently likely
            unlikely suspected alleged purportedly supposedly seemingly believed thought feared expected
            rumoured rumored unconfirmed seems seemed appears appeared suggests suggested
            """
        ),
        saying=_words(
            """
            said says say told tells according claimed claims claim added adds insisted insists explained
            explains warned warns admitted admits revealed reveals stated states wrote writes announced
            announces argued argues
            """
        ),
        open_verbs=_words(
            """
            found finds find said says told agreed agrees revealed reveals announced announces claimed
            claims warned warns admitted admits insisted insists showed shows suggested suggests believes
            believed confirmed confirms reported reports noted notes argued argues explained explains
            added adds stated states denied denies discovered discovers learned learnt decided decides
            """
        ),
    ),
    "german": Lexicon(
        titles=_words(
            "herr frau dr prof präsident präsidentin kanzler kanzlerin bundeskanzler bundeskanzlerin "
            "minister ministerin bürgermeister bürgermeisterin trainer"
        ),
        negations=_words("nicht kein keine keinen keinem keiner keines nie niemals niemand nichts weder ohne"),
        hedges=_words(
            "möglicherweise vielleicht angeblich offenbar wahrscheinlich vermutlich mutmaßlich "
            "soll sollen könnte könnten dürfte dürften kann können womöglich anscheinend"
        ),
        saying=_words(
            "sagte sagten sagt sagen erklärte erklärten erklärt betonte betont berichtete berichtet meinte "
            "meint laut zufolge warnte warnt kündigte räumte behauptete behauptet schrieb"
        ),
        open_verbs=_words("fand festgestellt herausgefunden sagte erklärte stimmte zugestimmt berichtete"),
    ),
    "french": Lexicon(
        titles=_words("m mme mlle dr pr président présidente ministre maire monsieur madame"),
        negations=_words("ne n' pas jamais rien personne aucun aucune ni sans"),
        hedges=_words(
            "peut pourrait pourraient peuvent aurait auraient serait seraient probablement peut-être "
            "possiblement apparemment présumé présumée présumés prétendument supposément vraisemblablement"
        ),
        saying=_words(
            "dit déclaré déclare affirmé affirme selon estimé estime expliqué explique annoncé annonce "
            "souligné souligne indiqué indique assuré assure ajouté ajoute averti prévenu"
        ),
        open_verbs=_words("trouvé constaté découvert dit déclaré accepté annoncé révélé"),
    ),
    "spanish": Lexicon(
        titles=_words("sr sra srta don doña dr dra presidente presidenta ministro ministra alcalde alcaldesa señor señora"),
        negations=_words("no nunca jamás nadie nada ningún ninguna ninguno ni sin tampoco"),
        hedges=_words(
            "podría podrían puede pueden posiblemente probablemente quizá quizás presuntamente "
            "supuestamente aparentemente habría habrían sería serían presunto presunta"
        ),
        saying=_words(
            "dijo dice dijeron afirmó afirma declaró declara explicó explica aseguró asegura señaló señala "
            "según indicó indica anunció anuncia añadió añade advirtió advierte"
        ),
        open_verbs=_words("encontró descubrió dijo aceptó anunció reveló afirmó"),
    ),
}

_EMPTY = Lexicon()


def lexicon(language: str) -> Lexicon:
    """The words of `language` (a name from read/language.py's table); empty where none are written."""
    return _LEXICONS.get(language, _EMPTY)
