"""Hindi: no Punkt model or stemmer (the universal splitter reads it; ।  ends a sentence), words
unstemmed. News writes large sums in the Indian scales, lakh (1,00,000) and crore (1,00,00,000),
as often as in millions: "२० लाख" is "2 मिलियन". Crore is written with the nukta letter ड़ or with
ड and the nukta sign apart; both are listed."""

from summarizer.lang import Language

LANGUAGE = Language(
    "hi",
    "hindi",
    scale_words=(
        (1e3, "हज़ार हजार"),
        (1e5, "लाख"),
        (1e6, "मिलियन"),
        (1e7, "करोड़ करोड़"),
        (1e9, "अरब बिलियन"),
        (0.01, "प्रतिशत फ़ीसदी फीसदी"),
    ),
)  # fmt: skip
