"""Romanian: a Snowball stemmer, but no Punkt model (the universal splitter reads it)."""

from summarizer.lang import Language, words

LANGUAGE = Language(
    "ro",
    "romanian",
    stemmer="snowball",
    name_endings=4,  # the article joined to a name: "Bucureștiului", "României" for "București", "România"
    # Titles, addresses, legal references and amounts, which go on before a capital ("dl. Popescu",
    # "art. 15 alin. (5)", "tel. 0740"); sentencex, lacking a Romanian list, knows English ones only.
    abbreviations=words("dl dna dra dr prof conf lect ing av tel nr art alin lit pct str bd jud mun sec mil mld"),
)
