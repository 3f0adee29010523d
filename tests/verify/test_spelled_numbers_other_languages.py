"""Numbers written as words in French, German, Spanish, Italian, Portuguese and Dutch, in
sentences written for this test: a line's number word is compared with its source's digits and
number words ("onze" for "11" passes, "seize" for "onze" is caught), compounds are one value
("vingt-deux", "veintidós", "dreihundert"), and a word that only looks like a number ("un stade
neuf", "el Once Caldas", "Acht geben") is no figure."""

from checking import problem_kinds

from summarizer.verify.spelled import spelled_numbers

MAGASINS = "Les deux groupes avaient proposé de céder onze points de vente en Normandie, selon l'autorité."
FILIALEN = "Die beiden Handelsketten wollten elf Filialen in Oberfranken abgeben, teilte das Kartellamt mit."
TIENDAS = "Las dos cadenas ofrecieron vender once tiendas en Cantabria, según la autoridad de competencia."
NEGOZI = "Le due catene hanno proposto di cedere ventitré negozi in Umbria, secondo l'autorità."
LOJAS = "As duas redes propuseram vender vinte e duas lojas no Algarve, segundo a autoridade."
WINKELS = "De twee ketens boden aan eenentwintig winkels in Drenthe te verkopen, meldde de toezichthouder."
STADE = "Le club de Vernay jouera la saison prochaine dans un stade neuf, a annoncé son président."
CLUB = "El Once Caldas ganó el jueves por dos goles a cero, informó el club."
VORSICHT = "Die Polizei bat die Autofahrer, auf der Landstraße bei Glatteis Acht zu geben."


def test_french_number_word_for_another_number_word_is_caught():
    assert "number" in problem_kinds(MAGASINS, "Les deux groupes avaient proposé de céder seize points de vente en Normandie.")


def test_french_number_word_for_its_digits():
    article = MAGASINS.replace("onze", "11")
    assert "number" not in problem_kinds(article, "Les deux groupes avaient proposé de céder onze points de vente en Normandie.")
    assert "number" in problem_kinds(article, "Les deux groupes avaient proposé de céder seize points de vente en Normandie.")


def test_german_number_words_compared():
    assert "number" not in problem_kinds(FILIALEN, "Die beiden Handelsketten wollten 11 Filialen in Oberfranken abgeben.")
    assert "number" in problem_kinds(FILIALEN, "Die beiden Handelsketten wollten zwölf Filialen in Oberfranken abgeben.")


def test_spanish_number_words_compared():
    assert "number" not in problem_kinds(TIENDAS, "Las dos cadenas ofrecieron vender 11 tiendas en Cantabria.")
    assert "number" in problem_kinds(TIENDAS, "Las dos cadenas ofrecieron vender doce tiendas en Cantabria.")


def test_italian_portuguese_dutch_compounds_compared():
    assert "number" not in problem_kinds(NEGOZI, "Le due catene hanno proposto di cedere 23 negozi in Umbria.")
    assert "number" in problem_kinds(NEGOZI, "Le due catene hanno proposto di cedere ventotto negozi in Umbria.")
    assert "number" not in problem_kinds(LOJAS, "As duas redes propuseram vender 22 lojas no Algarve.")
    assert "number" in problem_kinds(LOJAS, "As duas redes propuseram vender vinte e cinco lojas no Algarve.")
    assert "number" not in problem_kinds(WINKELS, "De twee ketens boden aan 21 winkels in Drenthe te verkopen.")
    assert "number" in problem_kinds(WINKELS, "De twee ketens boden aan drieëntwintig winkels in Drenthe te verkopen.")


def test_words_that_only_look_like_numbers_pass():
    assert "number" not in problem_kinds(STADE, "Le club de Vernay jouera dans un stade neuf, selon son président.")
    assert "number" not in problem_kinds(CLUB, "El Once Caldas ganó el jueves por dos goles a cero.")
    assert "number" not in problem_kinds(VORSICHT, "Die Polizei bat die Autofahrer, bei Glatteis Acht zu geben.")


def test_a_lone_article_counts_nothing():
    assert "number" not in problem_kinds(STADE, "Le club de Vernay jouera dans une enceinte neuve, a annoncé son président.")


def test_compounds_read_as_one_value():
    read = [
        (text, language, [value for *_, value, _ in spelled_numbers(text, language)])
        for text, language in (
            ("vingt-deux, quatre-vingt-dix-sept, trois cent vingt et un, deux mille", "french"),
            ("zweiundzwanzig, dreihundert, dreihundertfünfundzwanzig, eintausend", "german"),
            ("veintidós, treinta y dos, doscientos cincuenta, dos mil quinientos", "spanish"),
            ("ventitré, trentotto, trecentoventi, duemila", "italian"),
            ("vinte e dois, cento e vinte, quinhentos", "portuguese"),
            ("eenentwintig, drieëntwintig, driehonderd", "dutch"),
        )
    ]
    assert [values for *_, values in read] == [
        [22, 97, 321, 2000], [22, 300, 325, 1000], [22, 32, 250, 2500], [23, 38, 320, 2000], [22, 120, 500], [21, 23, 300]
    ]


def test_neuf_after_a_small_word_is_nine_after_a_noun_new():
    read = spelled_numbers("Neuf personnes et les neuf membres du club jouent dans le stade neuf dans la ville", "french")
    assert [value for *_, value, _ in read] == [9, 9]
