"""Ukrainian: no Punkt model or stemmer (the universal splitter reads it, words unstemmed). Its names
take case endings, and a stem's last "і" turns to "о" or "е" when one is added: "Львова", "Ірпеня",
"Києва" for "Львів", "Ірпінь", "Київ"."""

from summarizer.lang import Language

LANGUAGE = Language(
    "uk",
    "ukrainian",
    name_endings=3, support_prefix=5,
    stem_alternations=("оеі", "єї"),
)
